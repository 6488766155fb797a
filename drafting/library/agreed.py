"""Agreed language: each paragraph of a draft as identical to, amended from, or new against the library.

Identical: the same words in the same order as a paragraph of the library (case, accents
and punctuation aside).  Amended: the closest paragraph shares most words (Dice of the
word bags at least ``AMENDED_MIN``); the word diff shows what changed.  New: anything else.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from dataclasses import dataclass, field

from ..compare.words import Edit, diff_words
from ..model import Resolution
from .extract import ANNEX, cited_paragraphs
from .similar import Finder, Match

IDENTICAL, AMENDED, NEW = "identical", "amended", "new"
# Two unrelated paragraphs of the genre score up to about 0.55 (shared formulas: "the", "States",
# "Requests the Secretary-General"); a paragraph with a few words changed scores above 0.8.
AMENDED_MIN = 0.7


@dataclass
class ParagraphStatus:
    path: tuple  # ("preamble", 3), ("operative", 4, 0): as Resolution.inlines() yields it
    part: str
    paragraph: str  # as cited: "4", "5 (a)"
    status: str  # IDENTICAL, AMENDED or NEW
    text: str  # the draft's paragraph, spaces normalised: the text ``edits`` point into
    match: Match | None  # the closest paragraph of the library (None when the library has nothing alike)
    edits: list[Edit] = field(default_factory=list)  # the word diff from the match's text to the paragraph's

    @property
    def similarity(self) -> float:
        return self.match.similarity if self.match else 0.0


def classify(conn: sqlite3.Connection, res: Resolution, exclude_paths: tuple[str, ...] = ()) -> list[ParagraphStatus]:
    """Each paragraph of ``res``; its own document (same symbol, or one of ``exclude_paths``) is never a source."""
    finder = Finder(conn, exclude_symbol=" ".join(res.masthead.symbol.text.split()), exclude_paths=exclude_paths)
    out = []
    for path, part, number, _label, p in cited_paragraphs(res):
        text = " ".join(p.text.split())
        if not text:
            continue
        match = finder.closest(text)
        if match is not None and match.identical:
            out.append(ParagraphStatus(path, part, number, IDENTICAL, text, match))
        elif match is not None and match.similarity >= AMENDED_MIN:
            out.append(ParagraphStatus(path, part, number, AMENDED, text, match,
                                       diff_words(match.text, text, part if part != ANNEX else None)))
        else:
            out.append(ParagraphStatus(path, part, number, NEW, text, match))
    return out


def summary(statuses: list[ParagraphStatus]) -> str:
    """"31 agreed, 9 amended, 6 new"."""
    counts = Counter(s.status for s in statuses)
    return f"{counts[IDENTICAL]} agreed, {counts[AMENDED]} amended, {counts[NEW]} new"
