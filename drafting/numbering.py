"""Derived numbers, letters and footnote marks (OP-01, OP-07, FN-02).

Operative paragraphs are "1.", "2.", … unless there is only one, which is unnumbered;
subparagraph degrees run (a) → (i) → a. → i.; symbol footnotes take *, ** and ***,
then *4, *5, … (k asterisks for the k-th would grow with the square of their number),
and the others 1, 2, … in document order.
"""

from __future__ import annotations

import re
from typing import Iterable

_ROMAN = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
          (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]


def roman(n: int) -> str:
    out = []
    for value, numeral in _ROMAN:
        while n >= value:
            out.append(numeral)
            n -= value
    return "".join(out)


def letters(n: int) -> str:
    """1 → a, 26 → z, 27 → aa, 28 → bb (the UN doubles letters past z)."""
    q, r = divmod(n - 1, 26)
    return chr(ord("a") + r) * (q + 1)


def subparagraph_label(depth: int, n: int) -> str:
    """The label of the n-th (1-based) subparagraph at ``depth`` (1 = first degree)."""
    kind = (depth - 1) % 4
    if kind == 0:
        return f"({letters(n)})"
    if kind == 1:
        return f"({roman(n)})"
    if kind == 2:
        return f"{letters(n)}."
    return f"{roman(n)}."


def operative_label(n: int, total: int) -> str:
    return "" if total == 1 else f"{n}."


def label_for(path: tuple[int, ...], total_operative: int) -> str:
    """Label of the operative paragraph or subparagraph at an index path (0-based)."""
    if len(path) == 1:
        return operative_label(path[0] + 1, total_operative)
    return subparagraph_label(len(path) - 1, path[-1] + 1)


MAX_STARS = 3


def symbol_mark(n: int) -> str:
    """The n-th (1-based) symbol note's mark: *, **, ***, then *4, *5, …"""
    return "*" * n if n <= MAX_STARS else f"*{n}"


def footnote_marks(notes: Iterable) -> list[str]:
    marks, stars, number = [], 0, 0
    for note in notes:
        if note.symbol:
            stars += 1
            marks.append(symbol_mark(stars))
        else:
            number += 1
            marks.append(str(number))
    return marks


_LABEL_PATTERNS = [
    (re.compile(r"^\((?P<v>[a-z]{1,3})\)$"), "letter"),
    (re.compile(r"^\((?P<v>[ivxlc]+)\)$"), "roman"),
    (re.compile(r"^(?P<v>[a-z]{1,3})\.$"), "letter."),
    (re.compile(r"^(?P<v>[ivxlc]+)\.$"), "roman."),
]


def parse_roman(s: str) -> int | None:
    values = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}
    total = 0
    for i, ch in enumerate(s):
        v = values.get(ch)
        if v is None:
            return None
        nxt = values.get(s[i + 1]) if i + 1 < len(s) else 0
        total += -v if nxt and nxt > v else v
    return total if roman(total) == s else None


def parse_letters(s: str) -> int | None:
    if not s or len(set(s)) != 1:
        return None
    return (len(s) - 1) * 26 + ord(s[0]) - ord("a") + 1
