"""“also” and “further” on repeated openings (spec PRE-06, OP-04).

In the default ``repeat_scope = "adjacent"`` a run of paragraphs opening with the same
phrase reads *Recalling* → *Recalling also* → *Recalling further*; after another opening
or a heading the plain form is used again.  Each paragraph is judged against the one before
it, as that one should read: one missing adverb gives one finding, and in a run of plain
repeats each paragraph is told the adverb its place in the run takes.  With
``repeat_scope = "whole_part"`` the count runs over the whole part.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..lexicon import OPERATIVE, PREAMBLE, _with_adverb
from .context import Doc, Hit, Opening, Place
from .openings import same_case
from .registry import INFO, SAFE, WARNING, doc, rule

_NEXT = {None: "also", "also": "further", "further": None}


def _expected(doc_: Doc, ctx) -> list[tuple[Place, Opening, str | None, bool]]:
    """(place, opening, adverb expected, whether the phrase was used earlier in the part) for the openings that
    expect an adverb or have one (the others are right); computed once per run."""
    if "repeats" not in doc_.memo:
        doc_.memo["repeats"] = _rows(doc_, ctx)
    return doc_.memo["repeats"]


def _rows(doc_: Doc, ctx) -> list[tuple[Place, Opening, str | None, bool]]:
    whole = ctx.setting("repeat_scope", "adjacent") == "whole_part"
    rows = []
    for kind in ("preamble", "operative"):
        previous: Opening | None = None
        previous_adverb: str | None = None  # the adverb the paragraph before takes where it stands
        seen: dict[str, str | None] = {}  # base → adverb of its last use
        index = -2
        for place, facts in doc_.rows(kind):
            o = facts.opening
            if place.local[1] != index + 1:
                previous = None  # a heading stands between: a new run starts
            index = place.local[1]
            if o is None:
                previous = None
                continue
            before = seen.get(o.base, "none")
            if whole:
                expected = "fourth" if before == "further" else _NEXT[before] if before != "none" else None
            elif previous is not None and previous.base == o.base:
                # A plain repeat is told the adverb its place in the run takes; an adverb written is judged
                # against the paragraph before as it stands (“Requests, Requests, Also requests” has one slip).
                adverb = previous_adverb if o.adverb is None else previous.adverb
                expected = _NEXT[adverb] if adverb != "further" else "fourth"
            else:
                expected = None
            if expected is not None or o.adverb is not None:
                rows.append((place, o, expected, before != "none"))
            seen[o.base] = o.adverb if o.adverb in _NEXT else None
            previous = o
            # A plain repeat counts as the adverb it lacks: Requests, Requests, Requests → also, then further; after
            # “further” the plain form starts the count again, as official texts do (Reaffirming, also, further,
            # Reaffirming).
            missing = o.adverb is None and expected not in (None, "fourth")
            previous_adverb = expected if missing else o.adverb
    return rows


def _form(o: Opening, adverb: str | None, kind: str) -> str:
    part = PREAMBLE if kind == "preamble" else OPERATIVE
    form = _with_adverb(o.base_phrase, part, adverb) if adverb else o.base_phrase
    return same_case(o.text, form)


@rule("RES208", "repeat-adverb", parts=("preamble", "operative"), severity=WARNING, fix=SAFE, scope="text",
      facets=("opening",), confidence="H",
      message="A repeated opening takes “also”, then “further”: Recalling → Recalling also → Recalling further "
              "(in the operative part Requests → Also requests → Further requests).",
      rationale="When consecutive paragraphs open with the same phrase, the second takes “also” and the third "
                "“further”: after the participle in the preamble, before the verb in the operative part. By default "
                "only adjacent paragraphs count (EX reuses the plain form after another opening); the pack setting "
                "repeat_scope = \"whole_part\" counts over the whole part.",
      source="PRE-06, OP-04; EX, A/RES/73/341, A/RES/60/251, S/RES/1325 (2000)",
      wrong=[doc("The General Assembly,\n\nRecalling its resolution 76/7,\n\nRecalling its resolution 76/186,\n\n"
                 "1. Requests the Secretary-General to report;\n\n2. Requests the Secretary-General to act."),
             doc("The General Assembly,\n\nRecalling its resolution 76/7,\n\nRecalling further its resolution 76/186,"
                 "\n\n1. Decides to act.")],
      right=[doc("The General Assembly,\n\nRecalling its resolution 76/7,\n\nRecalling also its resolution 76/186,\n\n"
                 "Noting the report,\n\nRecalling its resolution 70/1,\n\n1. Requests the Secretary-General to report;"
                 "\n\n2. Also requests the Secretary-General to act.")])
def repeat_adverb(doc_: Doc, ctx) -> Iterator[tuple[Place, Hit]]:
    whole = ctx.setting("repeat_scope", "adjacent") == "whole_part"
    for place, o, expected, used_before in _expected(doc_, ctx):
        if expected == "fourth" or o.adverb == expected or o.tier == "mun-only":
            continue  # “Further recalling” (adverb first) is RES206's
        if expected is None:
            if whole or used_before:
                continue  # an adverb after another opening: accepted in adjacent scope
            target = _form(o, None, place.kind)
            message = f"“{o.text}” repeats no earlier “{o.base_phrase}”: write “{target}”"
        else:
            target = _form(o, expected, place.kind)
            message = f"“{o.text}” repeats the opening before it: write “{target}”"
        # A missing adverb is a hint: UN editors let about one adjacent repeat in four stand without it (150
        # official GA resolutions), and in texts that do so a slip cannot be told from a choice; an adverb where
        # none belongs, or the wrong one, stays a warning.
        yield place, Hit(0, o.end, message, replacement=target, safe=not whole,
                         hint=o.adverb is None and expected is not None)


@rule("RES209", "repeat-fourth", parts=("preamble", "operative"), severity=INFO, scope="text",
      facets=("opening",), confidence="L", default_on=False,  # official GA resolutions run four in a row
      message="A fourth paragraph in a row with the same opening: no adverb after “further” is attested; consider "
              "another opening (Reaffirming → Stressing, Recalling → Bearing in mind).",
      rationale="Real texts stop at “further”; for a fourth repetition editors reword.",
      source="PRE-06 (no source for a fourth adverb)",
      wrong=[doc("The General Assembly,\n\nRecalling its resolution 76/7,\n\nRecalling also its resolution 76/186,\n\n"
                 "Recalling further its resolution 70/1,\n\nRecalling its resolution 75/1,\n\n1. Decides to act.")],
      right=[doc("The General Assembly,\n\nRecalling its resolution 76/7,\n\nRecalling also its resolution 76/186,\n\n"
                 "Recalling further its resolution 70/1,\n\nBearing in mind its resolution 75/1,\n\n"
                 "1. Decides to act.")])
def repeat_fourth(doc_: Doc, ctx) -> Iterator[tuple[Place, Hit]]:
    for place, o, expected, _ in _expected(doc_, ctx):
        if expected == "fourth":
            yield place, Hit(0, o.end, f"a fourth “{o.base_phrase}” in a row: consider another opening")
