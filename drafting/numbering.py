"""Derived numbers, letters and footnote marks (OP-01, OP-07, FN-02).

Operative paragraphs are "1.", "2.", … unless there is only one, which is unnumbered;
headings (and quotes, boxes, notes) are skipped: not numbered, not counted;
subparagraph degrees run (a) → (i) → a. → i.; symbol footnotes take *, ** and ***, then *4,
*5, … and the others 1, 2, … in document order (``model.footnote_marks``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from .model import BULLET_LIST, NUMBER_LIST, ROMAN_LIST, UNNUMBERED_STYLES

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


def counted(p: Any) -> bool:
    """Whether a paragraph takes a number or letter: headings, quotes, boxes and notes do not."""
    return p.style not in UNNUMBERED_STYLES


def ordinals(paragraphs: Sequence[Any]) -> list[int | None]:
    """The 1-based position of each paragraph among the counted ones; None for a heading."""
    out: list[int | None] = []
    n = 0
    for p in paragraphs:
        if counted(p):
            n += 1
            out.append(n)
        else:
            out.append(None)
    return out


def operative_labels(paragraphs: Sequence[Any]) -> list[str]:
    """"1.", "2.", … for each operative paragraph; "" for headings and for a single paragraph."""
    numbers = ordinals(paragraphs)
    total = sum(1 for n in numbers if n is not None)
    return ["" if n is None else operative_label(n, total) for n in numbers]


def subparagraph_labels(depth: int, paragraphs: Sequence[Any], list_style: str = "") -> list[str]:
    """The labels of sibling subparagraphs at ``depth``; "" for an unnumbered one.

    ``list_style`` is the parent's (``Paragraph.list_style``): "roman" gives (i), (ii) …,
    "number" 1., 2. …, "bullet" •, whatever the degree.
    """
    return ["" if n is None else _styled_label(depth, n, list_style) for n in ordinals(paragraphs)]


def _styled_label(depth: int, n: int, list_style: str) -> str:
    if list_style == ROMAN_LIST:
        return f"({roman(n)})"
    if list_style == NUMBER_LIST:
        return f"{n}."
    if list_style == BULLET_LIST:
        return "•"
    return subparagraph_label(depth, n)


def annex_numbers(paragraphs: Sequence[Any]) -> list[int | None]:
    """Numbers of an annex's "numbered" paragraphs (restarting where ``restart`` is set); None for others."""
    out: list[int | None] = []
    n = 0
    for p in paragraphs:
        if p.style != "numbered":
            out.append(None)
            continue
        n = 1 if p.restart else n + 1
        out.append(n)
    return out


def labels_by_path(paragraphs: Sequence[Any]) -> dict[tuple[int, ...], str]:
    """``label_at`` for every paragraph and subparagraph of a list at once (one pass, not one per place)."""
    out: dict[tuple[int, ...], str] = {}

    def walk(siblings: Sequence[Any], labels: list[str], prefix: tuple[int, ...], depth: int) -> None:
        for i, (p, label) in enumerate(zip(siblings, labels, strict=True)):
            path = prefix + (i,)
            out[path] = label
            if p.children:
                walk(p.children, subparagraph_labels(depth + 1, p.children, p.list_style), path, depth + 1)

    walk(paragraphs, operative_labels(paragraphs), (), 0)
    return out


def label_at(paragraphs: Sequence[Any], path: tuple[int, ...]) -> str:
    """Label of the operative paragraph or subparagraph at an index path (0-based), headings skipped."""
    siblings = paragraphs
    labels = operative_labels(siblings)
    for depth, index in enumerate(path):
        if depth == len(path) - 1:
            return labels[index]
        parent = siblings[index]
        siblings = parent.children
        labels = subparagraph_labels(depth + 1, siblings, parent.list_style)
    return ""


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
