"""What the library keeps of an imported text: the document's particulars and its paragraphs.

Every preambular, operative and annex paragraph becomes one row; a subparagraph is its own
row ("5 (a)"), so that a search or a comparison lands on the words that were agreed, not on
a whole operative paragraph with all its subparagraphs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from ..lexicon import OPERATIVE, PREAMBLE, Lexicon
from ..model import Paragraph, Resolution, walk
from ..numbering import roman, subparagraph_label
from ..revisions import adoption_date, resolution_number
from .words import fingerprint, word_list

ANNEX = "annex"
_BODY = re.compile(r"^\s*The\s+(?P<body>.+?)\s*,?\s*$")


@dataclass(frozen=True)
class DocumentRecord:
    symbol: str
    title: str
    date: str  # ISO 8601 or ""
    body: str
    number: str  # the resolution's number, "" for a draft


@dataclass(frozen=True)
class ParagraphRecord:
    part: str  # PREAMBLE, OPERATIVE or ANNEX
    number: str  # "3", "5 (a)", "II.4"
    label: str  # "PP3", "OP5 (a)", "Annex II.4"
    opening: str
    text: str
    words: int  # fingerprint of the word sequence
    length: int


def document_record(res: Resolution, path: Path) -> DocumentRecord:
    symbol = " ".join(res.masthead.symbol.text.split()) or path.stem
    return DocumentRecord(symbol=symbol, title=" ".join(res.title.text.split()), date=document_date(res),
                          body=body_of(res), number=resolution_number(res) or "")


def body_of(res: Resolution) -> str:
    """"General Assembly" from "The General Assembly,"."""
    text = " ".join(res.authoring_body.text.split())
    m = _BODY.match(text)
    return m.group("body") if m else text.rstrip(",")


def document_date(res: Resolution) -> str:
    """The adoption date of a resolution, else the date on the masthead, as ISO 8601 ("" if none)."""
    for text in (adoption_date(res), res.masthead.date.text):
        if text:
            iso = iso_date(text)
            if iso:
                return iso
    return ""


def iso_date(text: str) -> str:
    try:
        return datetime.strptime(" ".join(text.split()), "%d %B %Y").date().isoformat()
    except ValueError:
        return ""


def printed_date(iso: str) -> str:
    """"17 December 2024" from "2024-12-17"."""
    from ..revisions import un_date

    return un_date(date.fromisoformat(iso)) if iso else ""


def paragraph_records(res: Resolution, lexicon: Lexicon | None = None) -> list[ParagraphRecord]:
    lexicon = lexicon or Lexicon.default()
    records = [_record(part, number, label, p, lexicon) for _, part, number, label, p in cited_paragraphs(res)]
    return [r for r in records if r.length]


def cited_paragraphs(res: Resolution) -> Iterator[tuple[tuple, str, str, str, Paragraph]]:
    """(path, part, number, label, paragraph) of every paragraph, subparagraphs included, in document order.

    ``path`` is the paragraph's place as ``Resolution.inlines()`` gives it; ``number`` is how
    negotiators cite it ("5 (a)"); ``label`` adds the part ("OP5 (a)").
    """
    for i, p in enumerate(res.preamble):
        yield ("preamble", i), PREAMBLE, str(i + 1), f"PP{i + 1}", p
    numbered = len(res.operative) > 1
    for path, p in walk(res.operative, ()):
        number = _operative_number(path, numbered)
        yield ("operative",) + path, OPERATIVE, number, f"OP{number}" if number else "OP", p
    several = len(res.annexes) > 1
    for a, annex in enumerate(res.annexes):
        for path, p in walk(annex.paragraphs, ()):
            number = ".".join(str(k + 1) for k in path)
            if several:
                number = f"{roman(a + 1).upper()}.{number}"
            yield ("annex", a) + path, ANNEX, number, f"Annex {number}", p


def _operative_number(path: tuple, numbered: bool) -> str:
    head = str(path[0] + 1) if numbered else ""
    subs = [subparagraph_label(depth, k + 1) for depth, k in enumerate(path[1:], start=1)]
    return " ".join(([head] if head else []) + subs)


def _record(part: str, number: str, label: str, p: Paragraph, lexicon: Lexicon) -> ParagraphRecord:
    text = " ".join(p.text.split())
    opening = lexicon.match(text, part) if part in (PREAMBLE, OPERATIVE) else None
    words = word_list(text)
    return ParagraphRecord(part, number, label, opening.text if opening else "", text, fingerprint(words),
                           len(words))
