"""Recall of the rules engine: plant one known departure at a time in the corpus texts, check, and
count how often it is found at the right place.  Goal: at least 95 % for every kind.

Each case is a copy of a corpus text (tests/corpus), and then of a sample of official GA resolutions
(their PDFs imported, written as text), with one change made to the text as a
drafter would make it.  The place of the departure is where the imported model differs from
the untouched text's model (a paragraph's text, its typed label, a footnote mark's position,
the sponsor line); a finding counts when it has one of the kind's codes, stands at that place
and covers (or starts within a few characters of) the first changed character.  A change the
importer turns into a different structure (paragraphs merged or split) counts as missed.
"""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from common import CORPUS

from drafting.exporters.text import to_text
from drafting.importers.text import import_text
from drafting.lexicon import OPERATIVE, PREAMBLE, Lexicon
from drafting.model import Resolution
from drafting.rules import check
from tests.support.official import load_official, official_pdfs

SAMPLES = 30  # cases per kind
OFFICIAL_SAMPLE = 25  # official resolutions the official run plants into
SLACK = 16  # how far (in characters) a finding may start from the first changed character
GOAL = 95.0
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
NOTES_START = "__________________"


@dataclass
class Kind:
    name: str
    codes: tuple[str, ...]
    parts: tuple[str, ...]  # where the departure must land to be a case of this kind ("masthead.date" for a line)
    mutate: Callable[[str, Resolution], Iterator[str]]
    needle: str | None = None  # the wrong text itself, when the change also inserts words around it
    at_start: bool = False  # the departure is the first letter of the place (an opening)
    is_case: Callable[[Resolution, tuple], bool] | None = None  # whether the change, where it landed, is one


# -- mutations: each yields copies of a raw text with one departure planted ------------------------


def _body_start(raw: str) -> int:
    """Where the text proper starts: the body line (the masthead lines are not paragraphs)."""
    m = re.search(r"(?m)^\*?The [A-Z][^\n]*$", raw)
    return m.end() if m else 0


def _each(raw: str, pattern: str, replace: Callable[[re.Match], str | None], body_only: bool = False,
          whole: bool = False) -> Iterator[str]:
    """One copy per match of ``pattern`` in the text proper (``whole``: anywhere), with that match replaced.

    ``body_only`` leaves the footnote texts out; ``replace`` returning None skips a match.
    """
    start = 0 if whole else _body_start(raw)
    end = raw.find(NOTES_START) if body_only and NOTES_START in raw else len(raw)
    for m in re.finditer(pattern, raw[start:end], flags=re.M):
        m_start, m_end = m.start() + start, m.end() + start
        new = replace(m)
        if new is not None and new != m.group():
            yield raw[:m_start] + new + raw[m_end:]


def _insert_after_opening(raw: str, phrase: str) -> Iterator[str]:
    """“Recalling, <phrase> its resolution …”: a clean phrase carrying the departure, inside paragraphs."""
    return _each(raw, r"^((?:\d{1,2}\. )?(?:\*[A-Z][a-z]+\*|(?!Annex\b)[A-Z][a-z]+))( )",
                 lambda m: f"{m.group(1)}, {phrase}, ")


def _openings(res: Resolution, part: str) -> set[str]:
    lex = Lexicon.default()
    found = (lex.match(p.text, part) for p in (res.preamble if part == PREAMBLE else res.operative))
    return {o.text for o in found if o is not None}


def recalls(raw: str, res: Resolution) -> Iterator[str]:
    lex = Lexicon.default()
    for opening in sorted(_openings(res, PREAMBLE)):
        finite = lex.convert(opening, OPERATIVE)
        if finite and lex.lookup(finite, OPERATIVE):
            yield from _each(raw, rf"^(\*?){re.escape(opening)}\b", lambda m, f=finite: m.group(1) + f)


def urging(raw: str, res: Resolution) -> Iterator[str]:
    lex = Lexicon.default()
    for opening in sorted(_openings(res, OPERATIVE)):
        participle = lex.convert(opening, PREAMBLE)
        if participle and not lex.match(opening, OPERATIVE).phrase.adverb:
            yield from _each(raw, rf"^(\d{{1,2}}\. \*?){re.escape(opening)}\b", lambda m, p=participle: m.group(1) + p)


def lower_case(raw: str, res: Resolution) -> Iterator[str]:
    return _each(raw, r"^((?:\d{1,2}\. |\([a-z]{1,3}\) )?\*?)([A-Z])(?=[a-z]+ )",
                 lambda m: m.group(1) + m.group(2).lower(), body_only=True)


def missing_also(raw: str, res: Resolution) -> Iterator[str]:
    """Drop the “also” of a repeat, or repeat the opening of the paragraph before without one."""
    yield from _each(raw, r"^(\d{1,2}\. \*?)Also (\w)", lambda m: m.group(1) + m.group(2).upper())
    yield from _each(raw, r"^(\*?[A-Z][a-z]+(?: [a-z]+){0,2}) also\b", lambda m: m.group(1))
    lex = Lexicon.default()
    openings = sorted(_openings(res, PREAMBLE) | _openings(res, OPERATIVE), key=len, reverse=True)
    pattern = re.compile(r"(?m)^((?:\d{1,2}\. )?\*?)(" + "|".join(re.escape(o) for o in openings) + r")\b")
    starts = [m for m in pattern.finditer(raw, _body_start(raw))]
    for before, here in zip(starts, starts[1:], strict=False):
        part = OPERATIVE if here.group(1)[:1].isdigit() else PREAMBLE
        previous = lex.match(before.group(2), part)
        if previous is None or previous.phrase.adverb or before.group(1)[:1].isdigit() != here.group(1)[:1].isdigit():
            continue  # only a plain opening repeated without “also” is a missing “also”
        if previous.phrase.base.lower() != lex.match(here.group(2), part).phrase.base.lower():
            yield raw[:here.start(2)] + previous.phrase.base + raw[here.end(2):]


def repeats_the_paragraph_before(changed: Resolution, where: tuple) -> bool:
    """A missing “also” is a plain opening that repeats the opening of the paragraph just before it, in the same
    part with no heading between (the spec's adjacent repeat): after a heading, or after a paragraph the
    mutation's pattern did not see (“*Taking note* of”), the plain form is right and the change is no slip."""
    path = where[0]
    texts = changed.texts()
    if path[0] == "section" and len(path) == 4:
        text, part, index = texts[path[1] + 1], path[2], path[3]
    elif len(path) == 2:
        text, part, index = changed, path[0], path[1]
    else:
        return False
    paragraphs = text.preamble if part == "preamble" else text.operative
    if index == 0 or paragraphs[index - 1].style:
        return False
    lex = Lexicon.default()
    side = PREAMBLE if part == "preamble" else OPERATIVE
    here, before = lex.match(paragraphs[index].text, side), lex.match(paragraphs[index - 1].text, side)
    return here is not None and before is not None and here.phrase.adverb is None and \
        here.phrase.base.lower() == before.phrase.base.lower()


def skipped_number(raw: str, res: Resolution) -> Iterator[str]:
    end = raw.find(NOTES_START) if NOTES_START in raw else len(raw)
    body, notes = raw[:end], raw[end:]
    numbers = sorted({int(n) for n in re.findall(r"(?m)^(\d{1,2})\. ", body)})
    for k in numbers[1:]:
        yield re.sub(r"(?m)^(\d{1,2})\. ",
                     lambda m, k=k: f"{int(m.group(1)) + 1 if int(m.group(1)) >= k else m.group(1)}. ",
                     body) + notes


def end_dropped(raw: str, res: Resolution) -> Iterator[str]:
    return _each(raw, r"[,;:.](?=(?:\[\^[^\]]+\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)*\*?\n\n)", lambda m: "", body_only=True)


def end_wrong(raw: str, res: Resolution) -> Iterator[str]:
    swap = {",": ";", ";": ".", ".": ";", ":": ";"}
    return _each(raw, r"[,;:.](?=(?:\[\^[^\]]+\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)*\*?\n\n)", lambda m: swap[m.group()], body_only=True)


def word(right: str, wrong: str, phrase: str) -> Callable:
    def mutate(raw: str, res: Resolution) -> Iterator[str]:
        yield from _each(raw, rf"\b{right}\b", lambda m: wrong)
        yield from _insert_after_opening(raw, phrase)
    return mutate


def straight_quotes(raw: str, res: Resolution) -> Iterator[str]:
    yield from _each(raw, r"“([^”\n]*)”", lambda m: f'"{m.group(1)}"')
    yield from _insert_after_opening(raw, 'as set out in the "Global Plan of Action"')


def date_comma(raw: str, res: Resolution) -> Iterator[str]:
    return _each(raw, rf"\b(\d{{1,2}} (?:{MONTHS})) (\d{{4}})\b", lambda m: f"{m.group(1)}, {m.group(2)}")


def date_us(raw: str, res: Resolution) -> Iterator[str]:
    return _each(raw, rf"\b(\d{{1,2}}) ({MONTHS}) (\d{{4}})\b", lambda m: f"{m.group(2)} {m.group(1)}, {m.group(3)}")


def date_range(raw: str, res: Resolution) -> Iterator[str]:
    yield from _each(raw, r"\b(\d{1,4})–(\d{1,4})\b", lambda m: f"{m.group(1)}-{m.group(2)}", whole=True)
    yield from _each(raw, rf"\b(\d{{1,2}}) ({MONTHS}) (\d{{4}})\b",
                     lambda m: f"{m.group(1)}-{int(m.group(1)) + 1} {m.group(2)} {m.group(3)}"
                     if int(m.group(1)) < 28 else None)


def spaced_symbol(raw: str, res: Resolution) -> Iterator[str]:
    return _each(raw, r"(?<![\w/])[A-Z][A-Za-z]{0,5}(?:\.\d+)?(?:/[A-Za-z0-9][A-Za-z0-9.]*){2,}",
                 lambda m: m.group().replace("/", " / "))


def mark_before_comma(raw: str, res: Resolution) -> Iterator[str]:
    yield from _each(raw, r",(\[\^[^\]]+\])", lambda m: m.group(1) + ",")
    yield from _each(raw, r",([¹²³⁴⁵⁶⁷⁸⁹⁰]+)", lambda m: m.group(1) + ",")


def serial_comma(raw: str, res: Resolution) -> Iterator[str]:
    sponsors = res.submission.sponsors
    line = res.submission.source_line
    if not line:
        return
    if len(sponsors) >= 3:
        for k in range(3, len(sponsors) + 1):
            names = sponsors[:k]
            yield raw.replace(line, f"{', '.join(names[:-1])}, and {names[-1]}: {res.submission.kind}", 1)
    others = [("Argentina", "Brazil"), ("Austria", "Chile"), ("Albania", "Peru"), ("Benin", "Mexico")]
    for a, b in others:
        yield raw.replace(line, f"{a}, {b}, and Uruguay: draft resolution", 1)


PARAGRAPHS = ("preamble", "operative")
TEXT = PARAGRAPHS + ("annex", "footnote", "title")
KINDS = [
    Kind("dropped end punctuation", ("RES301", "RES302", "RES303"), PARAGRAPHS, end_dropped),
    Kind("wrong end punctuation", ("RES301", "RES302", "RES303"), PARAGRAPHS, end_wrong),
    Kind("“Recalls” in the preamble", ("RES201",), ("preamble",), recalls),
    Kind("“Urging” in the operative part", ("RES202",), ("operative",), urging),
    Kind("lower-case opening", ("RES204", "RES214"), PARAGRAPHS, lower_case, at_start=True),
    Kind("missing “also”", ("RES208",), PARAGRAPHS, missing_also, is_case=repeats_the_paragraph_before),
    Kind("skipped number", ("RES130", "RES136"), ("operative", "annex"), skipped_number),
    Kind("“percent”", ("RES605",), TEXT, word("per cent", "percent", "in 40 percent of cases"), "percent"),
    Kind("“program”", ("RES701",), TEXT, word("programme", "program", "through its program"), "program"),
    Kind("“organisation”", ("RES702",), TEXT, word("organization", "organisation", "with the organisation of meetings"),
         "organisation"),
    Kind("“labor”", ("RES701",), TEXT, word("labour", "labor", "including forced labor"), "labor"),
    Kind("straight quotes", ("RES304",), TEXT, straight_quotes, '"'),
    Kind("“22 November, 2021”", ("RES601",), TEXT + ("adoption",), date_comma),
    Kind("“November 22, 2021”", ("RES601",), TEXT + ("adoption",), date_us),
    Kind("hyphen in a date range", ("RES603",), TEXT + ("masthead.place_and_dates",), date_range),
    Kind("“A / RES / 76 / 7”", ("RES510",), TEXT, spaced_symbol),
    Kind("“member states”", ("RES801",), TEXT, word("Member States", "member states", "with member states"),
         "member states"),
    Kind("“State Parties”", ("RES801",), TEXT, word("States parties", "State Parties", "with the State Parties"),
         "State Parties"),
    Kind("footnote mark before the comma", ("RES401",), PARAGRAPHS + ("annex",), mark_before_comma),
    Kind("serial comma in the sponsor list", ("RES120",), ("submission",), serial_comma, ", and"),
]


# -- locating the departure in the model ---------------------------------------------------------


def _places(res: Resolution) -> list[tuple[tuple, int | None, str, object]]:
    """(path, footnote index, text, evidence) for every place, footnote texts and adoption lines included."""
    out = []
    for path, inline in res.inlines():
        source = getattr(inline, "source", None)
        evidence = (source.label if source else None, tuple(a.offset for a in inline.anchors))
        text = res.submission.source_line or inline.text if path == ("submission",) else inline.text
        out.append((path, None, text, evidence))
        for i, anchor in enumerate(inline.anchors):
            out.append((path, i, anchor.note.text, None))
    if res.adoption is not None:  # the adoption lines are plain text, not inlines
        out += [(("adoption", name), None, getattr(res.adoption, name), None)
                for name in ("statement", "reference", "meeting", "date")]
    return out


def first_difference(clean: Resolution, changed: Resolution,
                     needle: str | None = None) -> tuple[tuple, int | None, int | None] | None:
    """(path, footnote, offset) of the first place that differs, or None when the structure differs.

    The offset is the first changed character, or where ``needle`` stands from there on.
    """
    a, b = _places(clean), _places(changed)
    if [(p, f) for p, f, _, _ in a] != [(p, f) for p, f, _, _ in b]:
        return None
    for (path, note, text_a, ev_a), (_, _, text_b, ev_b) in zip(a, b, strict=False):
        if text_a != text_b:
            offset = next((i for i, (x, y) in enumerate(zip(text_a, text_b, strict=False)) if x != y),
                          min(len(text_a), len(text_b)))
            if needle and text_b.find(needle, max(0, offset - len(needle))) >= 0:
                offset = text_b.find(needle, max(0, offset - len(needle)))
            return path, note, offset
        if ev_a != ev_b:
            anchors_a, anchors_b = ev_a[1], ev_b[1]
            moved = next((y for x, y in zip(anchors_a, anchors_b, strict=False) if x != y), None)
            return path, note, moved
    return None


def found_at(findings, kind: Kind, where) -> bool:
    path, note, offset = where
    for d in findings:
        loc = d.location
        if d.code not in kind.codes or loc.path != path or loc.footnote != note:
            continue
        if offset is None or loc.start - SLACK <= offset <= loc.end + SLACK:
            return True
    return False


def run_kind(kind: Kind, texts: dict[str, str], models: dict[str, Resolution], rng: random.Random):
    candidates = [(name, text) for name, raw in texts.items() for text in kind.mutate(raw, models[name])]
    rng.shuffle(candidates)
    valid = found = merged = 0
    misses = []
    for name, text in candidates:
        if valid >= SAMPLES:
            break
        changed = import_text(text).resolution
        where = first_difference(models[name], changed, kind.needle)
        if where is None:
            merged += 1  # the importer read another structure: the departure cannot stand at its place
            valid += 1
            misses.append((name, "structure changed on import"))
            continue
        part = "footnote" if where[1] is not None else where[0][0]
        if where[0][0] == "masthead":
            part = f"masthead.{where[0][1]}"
        if part not in kind.parts or (kind.at_start and where[2] != 0):
            continue  # the change landed elsewhere (a masthead line, a wrapped line): not a case of this kind
        if kind.is_case is not None and not kind.is_case(changed, where):
            continue  # the change is no departure where it stands
        valid += 1
        if found_at(check(changed), kind, where):
            found += 1
        else:
            misses.append((name, where))
    return valid, found, merged, misses


def official_texts(count: int = OFFICIAL_SAMPLE) -> dict[str, str]:
    """A sample of the official GA resolutions as text (imported from the PDF, written by the text exporter);
    empty without the shared folder."""
    pdfs = official_pdfs("ga-res")
    random.Random(7).shuffle(pdfs)
    texts = {}
    for path in pdfs:
        res = load_official(path).resolution
        if res is None or not res.operative:
            continue
        texts[path.stem] = to_text(res)
        if len(texts) == count:
            break
    return texts


def run_all(label: str, texts: dict[str, str], verbose: bool) -> None:
    models = {n: import_text(t).resolution for n, t in texts.items()}
    rng = random.Random(20261129)
    print(f"rules recall: one planted departure a case, up to {SAMPLES} cases a kind from {len(texts)} {label}"
          f" (goal ≥ {GOAL:g} % found at the right place)")
    total_valid = total_found = 0
    for kind in KINDS:
        valid, found, merged, misses = run_kind(kind, texts, models, rng)
        total_valid += valid
        total_found += found
        if not valid:
            print(f"  {kind.name:<34}   (no case: the texts have no such place)")
            continue
        share = 100 * found / valid
        note = f"  ({merged} read as another structure by the importer)" if merged else ""
        print(f"  {kind.name:<34} {found:3d}/{valid:<3d} {share:6.1f} %  "
              f"{'ok' if share >= GOAL else 'BELOW GOAL'}{note}")
        if verbose:
            for miss in misses[:5]:
                print(f"      missed: {miss}")
    print(f"  {'all kinds':<34} {total_found:3d}/{total_valid:<3d} {100 * total_found / max(total_valid, 1):6.1f} %")


def main(verbose: bool = False) -> None:
    names = sorted(p.stem for p in CORPUS.glob("*.txt"))
    run_all("corpus texts", {n: (CORPUS / f"{n}.txt").read_text(encoding="utf-8") for n in names}, verbose)
    official = official_texts()
    if official:
        run_all("official GA resolutions (PDF → text)", official, verbose)
    else:
        print("rules recall on official texts: skipped (no shared folder with corpus/official)")


if __name__ == "__main__":
    main(verbose="-v" in sys.argv)
