"""The closest paragraph in the library to a given text: candidates from the index, then words compared.

Candidates: paragraphs with the same word sequence (a fingerprint lookup), and the best
BM25 matches for the text's rarest words (any of them).  A paragraph amended in a few words
keeps most of its rare words, so it is among the candidates even when the changed word is
one of them.  Each candidate is then scored with the Dice coefficient of the two bags of
words: 1 for the same words, near 1 for a few words changed, low for another paragraph
that only shares the genre's formulas.
"""

from __future__ import annotations

import heapq
import math
import sqlite3
from dataclasses import dataclass

from ..compare.similarity import bag, dice
from .words import fingerprint, word_list

RARE_WORDS = 10  # the rare words looked up: enough to survive a few changed words
MIN_WORDS = 3  # looked up even when common
POSTINGS_BUDGET = 6000  # paragraphs read for one text; past it, only paragraphs holding all of its rarest words
CANDIDATES = 25


@dataclass(frozen=True)
class Match:
    paragraph_id: int
    symbol: str
    title: str
    date: str
    body: str
    number: str  # the source resolution's number ("" for a draft)
    part: str
    paragraph: str
    label: str
    text: str
    similarity: float
    identical: bool  # the same words in the same order (case, accents and punctuation aside)

    def to_json(self) -> dict:
        return {"symbol": self.symbol, "part": self.part, "paragraph": self.paragraph,
                "similarity": round(self.similarity, 4), "text": self.text}


_COLUMNS = ("SELECT p.id, d.symbol, d.title, d.date, d.body, d.number, p.part, p.number, p.label, p.text, p.words "
            "FROM paragraphs p JOIN documents d ON d.id = p.document_id JOIN files f ON f.id = d.file_id ")

# Among equals, an adopted resolution (agreed language) before a draft, the latest first.
_AGREED_FIRST = " ORDER BY d.number != '' DESC, d.date DESC"


class Finder:
    """Closest paragraphs, excluding the draft's own document (by file or symbol) when it is in the library."""

    def __init__(self, conn: sqlite3.Connection, exclude_symbol: str = "", exclude_paths: tuple[str, ...] = ()):
        self.conn = conn
        paths = tuple(exclude_paths) or ("\x00",)
        self._exclude = f" AND d.symbol != ? AND f.path NOT IN ({', '.join('?' * len(paths))})"
        self._excluded = (exclude_symbol or "\x00", *paths)
        self._df: dict[str, int] = {}
        self._total: int | None = None

    def closest(self, text: str) -> Match | None:
        words = word_list(text)
        if not words:
            return None
        key = fingerprint(words)
        rows = self.conn.execute(_COLUMNS + "WHERE p.words = ?" + self._exclude + _AGREED_FIRST + " LIMIT 1",
                                 (key, *self._excluded)).fetchall()
        if not rows:
            rows = self._candidates(words)
        target = bag(text)
        best = None
        for row in rows:
            score = dice(target, bag(row[9]))
            if best is None or score > best[0] + 1e-9:
                best = (score, row)
        if best is None:
            return None
        score, row = best
        return Match(row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8], row[9],
                     1.0 if row[10] == key else score, row[10] == key)

    def _candidates(self, words: list[str]) -> list:
        """Paragraphs sharing the most of the text's rare words, weighted by rarity (idf)."""
        known = self._frequencies(set(words))
        ranked = sorted((w for w in known if known[w] > 0), key=lambda w: (known[w], w))
        if not ranked:
            return []
        total = self._paragraphs()
        chosen: list[str] = []
        postings = 0
        for w in ranked[:RARE_WORDS]:
            if len(chosen) >= MIN_WORDS and postings + known[w] > POSTINGS_BUDGET:
                break
            chosen.append(w)
            postings += known[w]
        if postings > POSTINGS_BUDGET:
            rows = self._all_of(chosen)  # only common words: ranked by the index
        else:
            scores: dict[int, float] = {}
            for w in chosen:
                weight = math.log(total / known[w])
                for (rowid,) in self.conn.execute("SELECT rowid FROM paragraph_index WHERE paragraph_index MATCH ?",
                                                  (_quote(w),)):
                    scores[rowid] = scores.get(rowid, 0.0) + weight
            rows = heapq.nlargest(CANDIDATES, scores, key=scores.__getitem__)
        if not rows:
            return []
        return self.conn.execute(_COLUMNS + f"WHERE p.id IN ({','.join('?' * len(rows))})" + self._exclude,
                                 (*rows, *self._excluded)).fetchall()

    def _all_of(self, words: list[str]) -> list[int]:
        """The best BM25 matches holding all ``words``; if none does (one was changed), any of them."""
        for joint in (" AND ", " OR "):
            match = joint.join(_quote(w) for w in words)
            found = [r[0] for r in self.conn.execute(
                "SELECT rowid FROM paragraph_index WHERE paragraph_index MATCH ? ORDER BY rank LIMIT ?",
                (match, CANDIDATES))]
            if found:
                return found
        return []

    def _paragraphs(self) -> int:
        if self._total is None:
            self._total = int(self.conn.execute("SELECT max(count(*), 1) FROM paragraphs").fetchone()[0])
        return self._total

    def _frequencies(self, words: set[str]) -> dict[str, int]:
        """How many paragraphs hold each word (0 for words the library lacks), remembered for the next paragraph."""
        missing = [w for w in words if w not in self._df]
        for start in range(0, len(missing), 500):
            chunk = missing[start:start + 500]
            found = dict(self.conn.execute(
                f"SELECT term, paragraphs FROM terms WHERE term IN ({','.join('?' * len(chunk))})", chunk))
            for w in chunk:
                self._df[w] = int(found.get(w, 0))
        return {w: self._df[w] for w in words}


def _quote(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'
