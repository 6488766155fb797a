"""Words changed in one paragraph: finding a quoted passage, and splicing text with its marks and notes.

A quote is found where it stands as whole words ("a" is not found inside "and").  Spaces
follow the sense, as a reader applying the instruction would set them: deleting “X,”
from "A, X, B" gives "A, B"; inserting “Y” after “A” in "A, B" gives "A Y, B".
"""

from __future__ import annotations

from ..model import Anchor, Inline, Mark
from .instructions import (
    AT_END,
    DELETE,
    INSERT_AFTER,
    INSERT_BEFORE,
    REPLACE,
    WordChange,
)

_CLOSING = ",;.:)]’”!?"
_OPENING = "(“‘["


def _wordish(c: str) -> bool:
    return c.isalnum()


def occurrences(text: str, quote: str) -> list[int]:
    """Start of each place where ``quote`` stands in ``text`` as whole words."""
    if not quote:
        return []
    out, start = [], text.find(quote)
    while start >= 0:
        end = start + len(quote)
        left_ok = not _wordish(quote[0]) or start == 0 or not _wordish(text[start - 1])
        right_ok = not _wordish(quote[-1]) or end == len(text) or not _wordish(text[end])
        if left_ok and right_ok:
            out.append(start)
        start = text.find(quote, start + 1)
    return out


def span_of(text: str, change: WordChange, start: int) -> tuple[int, int, str]:
    """(start, end, replacement) in ``text`` for ``change`` whose quote stands at ``start``."""
    end = start + len(change.quote)
    if change.action == REPLACE:
        return start, end, change.text
    if change.action == DELETE:
        return _deletion(text, start, end)
    if change.action == AT_END:  # before the paragraph's closing mark (";", ",", ".", ":")
        end = len(text.rstrip())
        while end > 0 and text[end - 1] in ",;.:":
            end -= 1
    if change.action in (INSERT_AFTER, AT_END):
        piece = change.text
        if piece[:1] and (_wordish(piece[0]) or piece[0] in _OPENING) and end > 0 and not text[end - 1].isspace():
            piece = " " + piece
        elif end < len(text) and _wordish(text[end]):
            piece += " "
        return end, end, piece
    assert change.action == INSERT_BEFORE
    piece = change.text
    if piece[-1:] not in _OPENING:
        piece += " "
    if start > 0 and not text[start - 1].isspace() and piece[:1] and _wordish(piece[0]):
        piece = " " + piece
    return start, start, piece


def _deletion(text: str, start: int, end: int) -> tuple[int, int, str]:
    if start == 0:
        while end < len(text) and text[end].isspace():
            end += 1
    elif end == len(text):
        while start > 0 and text[start - 1].isspace():
            start -= 1
    elif text[start - 1].isspace() and text[end].isspace():
        end += 1
    elif text[start - 1].isspace() and text[end] in _CLOSING:
        start -= 1
    return start, end, ""


def splice(inline: Inline, start: int, end: int, new: str) -> None:
    """Replace ``inline.text[start:end]`` with ``new``; marks and notes after it move, notes inside it go."""
    delta = len(new) - (end - start)
    inline.text = inline.text[:start] + new + inline.text[end:]
    kept: list[Anchor] = []
    for a in inline.anchors:
        if a.offset <= start:
            kept.append(a)
        elif a.offset > end:
            kept.append(Anchor(a.offset + delta, a.note))
    inline.anchors = kept

    def moved(pos: int, inside: int) -> int:
        return pos if pos <= start else pos + delta if pos >= end else inside

    marks = [Mark(moved(m.start, start + len(new)), moved(m.end, start), m.style) for m in inline.marks]
    inline.marks = [m for m in marks if m.end > m.start]


def replace_all(inline: Inline, quote: str, text: str) -> int:
    """Replace every whole-word ``quote`` with ``text``; how many were replaced."""
    found = occurrences(inline.text, quote)
    for start in reversed(found):
        splice(inline, start, start + len(quote), text)
    return len(found)
