"""Numbering and lettering (spec OP-01, OP-07, PRE-05, ANAT-08).

Numbers and letters are derived (drafting/numbering.py).  What an imported text typed is
kept in ``Paragraph.source.label``; these rules compare it with the derived label, and the
fix drops the typed labels (“renumber”), carrying cross-references along.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..digits import whole_number
from ..numbering import parse_letters, parse_roman, roman, subparagraph_label
from .context import Doc, Hit, Place, split_text, text_at
from .registry import ERROR, SAFE, WARNING, doc, rule

_NUMBER = re.compile(r"^(\d{1,3})\.$")
_BULLETS = set("•▪◦·-")


_NOT_DIGITS = re.compile(r"\D")


def _number_of(label: str) -> int | None:
    digits = _NOT_DIGITS.sub("", label)
    return whole_number(digits)


@rule("RES130", "operative-numbering", parts=("operative",), severity=ERROR, fix=SAFE, scope="text",
      facets=("label",),
      message="Operative paragraphs are numbered 1., 2., 3. … in arabic numerals with a full stop, without gaps "
              "or repeats.",
      rationale="Numbers run consecutively; “1)”, “(1)”, “I.” and negotiators' “OP1” are not UN forms, and a "
                "deleted paragraph leaves a gap. The fix renumbers (the numbers are derived) and updates "
                "references such as “paragraph 4 above”.",
      source="OP-01; EX, EM-PARA, R-73/341",
      wrong=[doc("The General Assembly,\n\nRecalling its resolution 76/7,\n\n1. Decides to act;\n\n3. Requests the "
                 "Secretary-General to report on paragraph 3 above."),
             doc("The General Assembly,\n\nRecalling its resolution 76/7,\n\n1) Decides to act;\n\n2) Requests the "
                 "Secretary-General to report.")],
      right=[doc("The General Assembly,\n\nRecalling its resolution 76/7,\n\n1. Decides to act;\n\n2. Requests the "
                 "Secretary-General to report.")])
def operative_numbering(doc_: Doc, ctx) -> Iterator[tuple[Place, Hit]]:
    rows = [(p, f.label) for p, f in doc_.rows("operative")]
    if len(rows) < 2 or all(label is None or label in _BULLETS for _, label in rows):
        return
    previous = 0
    for i, (place, label) in enumerate(rows):
        if label in _BULLETS:
            previous += 1
            continue  # RES134
        if label is None:
            yield place, Hit(0, 0, f"paragraph {i + 1} has no number", action="renumber")
            previous += 1
            continue
        numbered = _NUMBER.match(label)
        number = int(numbered.group(1)) if numbered else _number_of(label)
        if not numbered:
            yield place, Hit(0, 0, f"“{label}”: operative paragraphs are numbered “{i + 1}.”", action="renumber")
        elif number != previous + 1:
            yield place, Hit(0, 0, f"paragraph numbered {number} follows {previous}: numbers run without gaps or "
                                   "repeats", action="renumber")
        previous = number if number is not None else previous + 1


@rule("RES131", "single-operative", parts=("operative",), severity=ERROR, fix=SAFE,
      message="A single operative paragraph is not numbered.",
      rationale="Numbering starts when there are two operative paragraphs or more.",
      source="OP-01; EM-RES §C example, A/80/L.8",
      wrong=[doc("The General Assembly\n\n1. Adopts the Declaration annexed to the present resolution.")],
      right=[doc("The General Assembly\n\nAdopts the Declaration annexed to the present resolution.")])
def single_operative(place: Place, ctx) -> list[Hit]:
    source = place.source
    if not place.position[1] or source is None or source.label is None:
        return []
    return [Hit(0, 0, f"“{source.label}”: a single operative paragraph is not numbered", action="drop-label")]


@rule("RES132", "preamble-numbered", parts=("preamble",), severity=ERROR, fix=SAFE,
      message="Preambular paragraphs are not numbered (negotiators' labels such as “PP3” are removed).",
      rationale="Only operative paragraphs are numbered; “PP1” labels of negotiation drafts do not stay in the text.",
      source="PRE-05; EX, R-73/341",
      wrong=[doc("The General Assembly,\n\nPP1 Recalling its resolution 76/7,\n\nOP1 Decides to act.")],
      right=[doc("The General Assembly,\n\nRecalling its resolution 76/7,\n\n1. Decides to act.")])
def preamble_numbered(place: Place, ctx) -> list[Hit]:
    source = place.source
    if source is None or source.label is None:
        return []
    return [Hit(0, 0, f"“{source.label}”: preambular paragraphs are not numbered", action="drop-label")]


def _parse(label: str, depth: int) -> int | None:
    """The position a typed label gives at ``depth`` (1 = (a)), or None when its form is wrong there."""
    kind = (depth - 1) % 4
    patterns = [r"\(([a-z]{1,3})\)", r"\(([ivxlc]{1,6})\)", r"([a-z]{1,3})\.", r"([ivxlc]{1,6})\."]
    m = re.fullmatch(patterns[kind], label)
    if m is None:
        return None
    return parse_letters(m.group(1)) if kind in (0, 2) else parse_roman(m.group(1))


def _list_form(first: str | None, depth: int, forms: list[str]) -> str:
    """The form a first-degree list is labelled in where the pack accepts it ("number": 1., 2.; "roman": (i),
    (ii): Council mandate lists and reporting lists), else "" (the degree's own form)."""
    if depth != 1 or not first:
        return ""
    if "number" in forms and _NUMBER.match(first):
        return "number"
    return "roman" if "roman" in forms and first == "(i)" else ""


def _parse_in(label: str, depth: int, form: str) -> int | None:
    if form == "number":
        m = _NUMBER.match(label)
        return whole_number(m.group(1)) if m else None
    if form == "roman":
        m = re.fullmatch(r"\(([ivxlc]{1,6})\)", label)
        return parse_roman(m.group(1)) if m else None
    return _parse(label, depth)


def _label_in(depth: int, n: int, form: str) -> str:
    return f"{n}." if form == "number" else f"({roman(n)})" if form == "roman" else subparagraph_label(depth, n)


def _lists(doc_: Doc, kinds: tuple[str, ...]) -> Iterator[tuple[tuple, list[Place]]]:
    """(parent path, subparagraph places) for every list of subparagraphs."""
    groups: dict[tuple, list[Place]] = {}
    for place in doc_.of(*kinds):
        if place.depth >= 1:
            groups.setdefault(place.path[:-1], []).append(place)
    yield from groups.items()


@rule("RES133", "subparagraph-lettering", parts=("subparagraph", "annex"), severity=ERROR, fix=SAFE,
      scope="text", facets=("label",),
      message="Subparagraphs are lettered (a), (b), (c) …; within them (i), (ii) …; then a., b. and i., ii.; "
              "each list starts again at (a).",
      rationale="The degrees of subparagraphs have fixed forms; “a)” and “a.” at the first degree are French or "
                "Spanish or Model UN forms, and lettering restarts in each paragraph.",
      source="OP-07; EM-PARA, EX",
      wrong=[doc("The General Assembly,\n\nRecalling its resolution 76/7,\n\n1. Calls upon States:\n\n"
                 "(a) To act;\n\n(c) To report;\n\n2. Decides to remain seized of the matter.")],
      right=[doc("The General Assembly,\n\nRecalling its resolution 76/7,\n\n1. Calls upon States:\n\n"
                 "(a) To act;\n\n(b) To report;\n\n2. Decides to remain seized of the matter.")])
def subparagraph_lettering(doc_: Doc, ctx) -> Iterator[tuple[Place, Hit]]:
    forms = ctx.setting("list_forms", [])
    for parent, places in _lists(doc_, ("subparagraph", "annex")):
        labels = [doc_.fact(p).label for p in places]
        if all(label is None for label in labels) or any(label in _BULLETS for label in labels if label):
            continue
        form = _list_form(labels[0], places[0].depth, forms)
        previous = 0
        for j, (place, label) in enumerate(zip(places, labels, strict=False)):
            right = _label_in(place.depth, j + 1, form)
            value = _parse_in(label, place.depth, form) if label else None
            if label is None:
                yield place, Hit(0, 0, f"subparagraph {right} has no label", action="relabel", data=parent)
            elif value is None:
                yield place, Hit(0, 0, f"“{label}”: this degree of subparagraph is lettered “{right}”",
                                 action="relabel", data=parent)
            elif value != previous + 1:
                before = _label_in(place.depth, previous, form) if previous else "nothing"
                yield place, Hit(0, 0, f"“{label}” follows {before}: expected “{right}”", action="relabel",
                                 data=parent)
            previous = value if value is not None else previous + 1


@rule("RES134", "subparagraph-bullets", parts=("operative", "subparagraph"), severity=WARNING, fix=SAFE,
      scope="text",
      facets=("label",), confidence="M",
      message="Resolutions do not use bullets: subparagraphs are lettered (a), (b), (c).",
      rationale="Bullets are for other documents; in resolutions lists are lettered.",
      source="OP-07; EM-PARA",
      wrong=[doc("The General Assembly,\n\nRecalling its resolution 76/7,\n\n1. Calls upon States:\n\n"
                 "• To act;\n\n• To report;\n\n2. Decides to remain seized of the matter.")],
      right=[doc("The General Assembly,\n\nRecalling its resolution 76/7,\n\n1. Calls upon States:\n\n"
                 "(a) To act;\n\n(b) To report;\n\n2. Decides to remain seized of the matter.")])
def subparagraph_bullets(doc_: Doc, ctx) -> Iterator[tuple[Place, Hit]]:
    for parent, places in _lists(doc_, ("subparagraph",)):
        for place in places:
            if doc_.fact(place).label in _BULLETS:
                yield place, Hit(0, 0, "a bullet: subparagraphs are lettered", action="relabel", data=parent)
    for place, facts in doc_.rows("operative"):
        if facts.label in _BULLETS:
            yield place, Hit(0, 0, "a bullet: operative paragraphs are numbered and subparagraphs lettered",
                             action="drop-label")


@rule("RES136", "annex-numbering", parts=("annex",), severity=ERROR, fix=SAFE, scope="text", facets=("label",),
      message="The numbered paragraphs of an annex run 1., 2., 3. … without gaps or repeats.",
      rationale="Annex paragraphs are numbered consecutively like operative paragraphs.",
      source="ANAT-08, OP-01; A/80/L.8",
      wrong=[doc("The General Assembly\n\nAdopts the Declaration annexed to the present resolution.\n\nAnnex\n\n"
                 "Declaration\n\n1. We commit to act.\n\n3. We commit to report.")],
      right=[doc("The General Assembly\n\nAdopts the Declaration annexed to the present resolution.\n\nAnnex\n\n"
                 "Declaration\n\n1. We commit to act.\n\n2. We commit to report.")])
def annex_numbering(doc_: Doc, ctx) -> Iterator[tuple[Place, Hit]]:
    by_annex: dict[tuple, list[Place]] = {}
    for place in doc_.of("annex"):
        if place.depth == 0 and place.position[0] == "numbered":
            by_annex.setdefault(place.path[:-1], []).append(place)  # (…, "annex", a)
    for annex, places in by_annex.items():
        previous = 0
        for place in places:
            label = doc_.fact(place).label
            number = _number_of(label) if label else None
            if label is not None and (not _NUMBER.match(label) or number != previous + 1):
                yield place, Hit(0, 0, f"“{label}” follows {previous}: annex paragraphs run without gaps",
                                 action="relabel", data=annex)
            previous = number if number is not None else previous + 1


@rule("RES137", "annex-heading", parts=("annex",), severity=WARNING, confidence="M",
      message="One annex is headed “Annex”; several are “Annex I”, “Annex II” … in order.",
      rationale="Annexes are numbered with roman numerals only when there are several.",
      source="ANAT-08; EM-FN9, EM-MAST",
      wrong=[doc("The General Assembly\n\nAdopts the Declaration annexed to the present resolution.\n\nAnnex II\n\n"
                 "Declaration\n\n1. We commit to act.")],
      right=[doc("The General Assembly\n\nAdopts the Declaration annexed to the present resolution.\n\nAnnex\n\n"
                 "Declaration\n\n1. We commit to act.")])
def annex_heading(place: Place, ctx) -> list[Hit]:
    if place.kind != "annex-title":
        return []
    index, total, heading = place.position
    if not heading:
        return []  # a text adopted in full right after the operative part, with no "Annex" line
    right = "Annex" if total == 1 else f"Annex {roman(index + 1).upper()}"
    if heading.strip() == right:
        return []
    return [Hit(0, 0, f"“{heading}”: this annex is headed “{right}”")]


@rule("RES138", "paragraph-reference", parts=("operative", "subparagraph"), severity=WARNING, scope="text",
      facets=("refs",), confidence="H",
      message="A reference to “paragraph N above/below” points to a paragraph that does not stand there.",
      rationale="Internal references follow the numbering; after paragraphs are moved or deleted they must be "
                "updated (renumbering through Resolute does it).",
      source="OP-01",
      wrong=[doc("The General Assembly,\n\nRecalling its resolution 76/7,\n\n1. Decides to act as set out in "
                 "paragraph 2 above;\n\n2. Requests the Secretary-General to report.")],
      right=[doc("The General Assembly,\n\nRecalling its resolution 76/7,\n\n1. Decides to act;\n\n2. Requests the "
                 "Secretary-General to report on paragraph 1 above.")])
def paragraph_reference(doc_: Doc, ctx) -> Iterator[tuple[Place, Hit]]:
    rows = doc_.rows("operative", "subparagraph")
    if not rows:
        return
    total = len(text_at(ctx.res, split_text(rows[0][0].path)[0]).operative)
    for place, facts in rows:
        here = place.local[1] + 1
        for n, start, end, where in facts.refs:
            if n > total or (where == "above" and n >= here) or (where == "below" and n <= here):
                yield place, Hit(start, end, f"paragraph {n} does not stand {where} (this is paragraph {here} of "
                                             f"{total})")
