"""How alike two paragraphs are: bags of lower-cased words and their Dice coefficient.

Word bags ignore order and punctuation, so a renumbered, repunctuated or lightly
amended paragraph still scores near 1, and two different paragraphs that share only
the formulas of the genre ("the", "States", "Requests the Secretary-General") score low.
"""

from __future__ import annotations

import re
from collections import Counter

_WORD = re.compile(r"\w+(?:[’'/.-]\w+)*")


def bag(text: str) -> Counter:
    return Counter(w.lower() for w in _WORD.findall(text))


def size(b: Counter) -> int:
    return sum(b.values())


def common(a: Counter, b: Counter) -> int:
    """Words the two bags share, counted with multiplicity."""
    if len(a) > len(b):
        a, b = b, a
    return sum(min(n, b[w]) for w, n in a.items() if w in b)


def dice(a: Counter, b: Counter) -> float:
    total = size(a) + size(b)
    return 2 * common(a, b) / total if total else 1.0


def containment(part: Counter, whole: Counter) -> float:
    """The share of ``part``'s words found in ``whole``: near 1 when part is a piece of whole."""
    n = size(part)
    return common(part, whole) / n if n else 0.0
