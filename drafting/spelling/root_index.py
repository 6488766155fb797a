"""Which dictionary roots can reach spylls' n-gram shortlist, found without scoring them all.

spylls' n-gram suggester (``spylls.hunspell.algo.ngram_suggest``) first scores every root of
the dictionary against the misspelling -- about 100,000 roots, a quarter of a second in pure
Python -- and keeps the best ``MAX_ROOTS``.  That score (``root_score``) is::

    ones + [ones >= 2] * (twos + [twos >= 2] * threes) + common_start - max(0, longer_by - 2)

where ``ones``/``twos``/``threes`` count the positions of the misspelling whose letter,
letter pair, letter triple occurs somewhere in the root, ``common_start`` is the length of
their common beginning and ``longer_by`` how much longer the root is.

The roots are kept by length, each length as one string of equally wide lines, so the roots
holding a letter pair are found by a regular-expression scan (cached: a pair is looked for
once per length).  Counting them for each position of the misspelling gives, at C speed,
``twos + threes + common_start`` for every root; with ``ones`` at most the misspelling's
length this bounds each root's score, so only the roots whose bound reaches the shortlist's
cut are scored exactly (by spylls' own ``root_score``).  A root that shares no letter pair
and not its first letter scores at most the misspelling's length; when the cut is that low
(garbage), the letters are counted too, and such a root scores at most zero.  The roots
returned contain spylls' whole shortlist, so every suggestion is exactly spylls' own.
"""

from __future__ import annotations

import heapq
import re
from array import array
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

LENGTH_SPREAD = 4  # spylls skips roots whose length differs more than this from the misspelling's
SHORTLIST = 101  # spylls' heap keeps MAX_ROOTS + 1 roots before taking the best MAX_ROOTS
CHECK_EVERY = 256  # roots scored between two calls of ``still_time``
_LINE = "\n"  # ends each root in a length's string; no root holds it


@dataclass
class _Length:
    """The roots of one length: their ids, and one string of them, lower case, each after a line break."""

    ids: list[int]
    text: str
    found: dict[str, array] = field(default_factory=dict)  # piece -> the roots (positions in ``ids``) holding it

    def holding(self, piece: str) -> array:
        """The roots (positions in ``ids``) that hold ``piece``, each once."""
        roots = self.found.get(piece)
        if roots is None:
            width = len(self.text) // len(self.ids) if self.ids else 1
            starts = map(re.Match.start, re.finditer(re.escape(piece), self.text))
            roots = self.found[piece] = array("l", set(map(width.__rfloordiv__, starts)))
        return roots


class RootIndex:
    """The roots spylls' n-gram search would score (``words``), by length, for finding the few that matter."""

    def __init__(self, words: Sequence[Any]) -> None:
        self.words = list(words)
        self._lower = [word.stem.lower() for word in self.words]
        # roots whose score cannot be bounded here (alternative spellings, letters whose lower
        # case is longer): always handed to spylls
        self._always: list[int] = []
        by_length: dict[int, list[int]] = {}
        for i, word in enumerate(self.words):
            if word.alt_spellings or len(word.stem.lower()) != len(word.stem):
                self._always.append(i)
            else:
                by_length.setdefault(len(word.stem), []).append(i)
        self._lengths = {length: _Length(ids, "".join(_LINE + self._lower[i] for i in ids))
                         for length, ids in by_length.items()}

    def candidates(self, misspelling: str, still_time: Callable[[], None] = lambda: None) -> list[Any]:
        """The roots, in dictionary order, that contain spylls' shortlist for ``misspelling`` (lower
        case, as spylls passes it): every root scoring at least the shortlist's cut."""
        scores: dict[int, int] = {}
        for letters in (False, True):
            cut = self._cut(misspelling, letters, scores, still_time)
            if cut is not None:
                chosen = sorted({i for i, score in scores.items() if score >= cut} | set(self._always))
                return [self.words[i] for i in chosen]
        # a root sharing nothing with the misspelling could make the shortlist: all within the spread
        size = len(misspelling)
        near = (self._lengths.get(size + d) for d in range(-LENGTH_SPREAD, LENGTH_SPREAD + 1))
        return [self.words[i] for i in sorted(self._always + [i for roots in near if roots for i in roots.ids])]

    def _cut(self, misspelling: str, letters: bool, scores: dict[int, int],
             still_time: Callable[[], None]) -> int | None:
        """The lowest score on spylls' shortlist, scoring (into ``scores``) every root that can reach
        it; None if a root the bounds leave out could reach it."""
        from spylls.hunspell.algo.ngram_suggest import root_score

        outside = 0 if letters else len(misspelling)  # the most a root left out of the bounds scores
        best: list[int] = []  # the shortlist's scores so far (a min-heap)
        for n, (bound, i) in enumerate(self._bounds(misspelling, letters, still_time)):
            if len(best) >= SHORTLIST and bound < best[0]:
                break
            if bound <= outside:
                return None
            if not n % CHECK_EVERY:
                still_time()
            if not letters and len(best) >= SHORTLIST:  # the exact ``ones`` first: cheaper than the score
                lower = self._lower[i]
                if bound - outside + sum(c in lower for c in misspelling) < best[0]:
                    continue
            score = scores.get(i)
            if score is None:
                score = scores[i] = root_score(misspelling, self.words[i].stem)
            if len(best) < SHORTLIST:
                heapq.heappush(best, score)
            elif score > best[0]:
                heapq.heapreplace(best, score)
        return best[0] if len(best) >= SHORTLIST and best[0] > outside else None

    def _bounds(self, misspelling: str, letters: bool, still_time: Callable[[], None]) -> Iterator[tuple[int, int]]:
        """(bound on the score, root id) for the roots within spylls' length spread that share a
        letter pair or their first letter with ``misspelling`` (with ``letters``: any letter),
        highest bound first."""
        size = len(misspelling)
        streams = []
        for length in range(size - LENGTH_SPREAD, size + LENGTH_SPREAD + 1):
            roots = self._lengths.get(length)
            if roots is None:
                continue
            still_time()
            counts = _shared(misspelling, roots, letters)
            base = (0 if letters else size) - max(0, length - size - 2)  # ``ones`` at most, less the penalty
            streams.append(_ranked(counts, base, roots.ids))
        return heapq.merge(*streams, reverse=True)


def _ranked(counts: Counter[int], base: int, ids: list[int]) -> Iterator[tuple[int, int]]:
    for k, count in counts.most_common():
        yield base + count, ids[k]


def _shared(misspelling: str, roots: _Length, letters: bool) -> Counter[int]:
    """For each root of ``roots``: twos + threes + common start with ``misspelling`` (+ ones with ``letters``)."""
    counts: Counter[int] = Counter()
    sizes = (1, 2, 3) if letters else (2, 3)
    for n in sizes:
        for j in range(len(misspelling) - n + 1):
            counts.update(roots.holding(misspelling[j:j + n]))
    for k in range(1, len(misspelling) + 1):  # a root beginning with the first k letters: one more
        holding = roots.holding(_LINE + misspelling[:k])
        if not holding:
            break
        counts.update(holding)
    return counts
