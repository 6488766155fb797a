"""Inline text written in the corpus markup: ``*italic*``, ``**bold**`` and ``[^N]`` footnote marks.

The text exporter writes whole resolutions with it (importers/markup.py reads it back); the Word
importer uses it for footnote texts typed at the end of a document.
"""

from __future__ import annotations

from collections.abc import Sequence

from .model import BOLD, ITALIC, Inline, Mark, sorted_anchors

_DELIM = {ITALIC: "*", BOLD: "**"}


def render_inline(inline: Inline, marks_of: dict[int, str], extra: Sequence[Mark] = ()) -> str:
    """Text with markup delimiters and footnote marks inserted at their offsets."""
    text = inline.text
    marks = [m for m in list(inline.marks) + list(extra) if m.style in _DELIM and m.end > m.start]
    events: dict[int, list[str]] = {}
    for m in _non_overlapping(marks):
        start, end = _trim(text, m.start, m.end)
        if end <= start:
            continue
        events.setdefault(start, []).append("open:" + m.style)
        events.setdefault(end, []).append("close:" + m.style)
    for anchor in sorted_anchors(inline):
        events.setdefault(min(anchor.offset, len(text)), []).append("note:" + marks_of.get(id(anchor.note), "?"))
    out, pos = [], 0
    for at in sorted(events):
        out.append(text[pos:at])
        pos = at
        kinds = events[at]
        closes = [k for k in kinds if k.startswith("close:")]
        opens = [k for k in kinds if k.startswith("open:")]
        notes = [k[5:] for k in kinds if k.startswith("note:")]
        out += [_DELIM[k[6:]] for k in sorted(closes, key=lambda k: k != "close:" + ITALIC)]
        mark = ["[^" + ",".join(notes) + "]"] if notes else []
        delimiters = [_DELIM[k[5:]] for k in sorted(opens, key=lambda k: k != "open:" + BOLD)]
        # A note after a closing delimiter ends that span ("*word*[^1]"); at the start of a span it
        # follows the opening one ("**[^1]Title**"), which could not open right after "]".
        out += mark + delimiters if closes else delimiters + mark
    out.append(text[pos:])
    return "".join(out)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Delimiters hug the words: *word* not * word *.  A mark is held to its text."""
    start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _non_overlapping(marks: list[Mark]) -> list[Mark]:
    """Merge overlapping marks of one style so delimiters pair up."""
    out: list[Mark] = []
    for m in sorted(marks, key=lambda m: (m.style, m.start)):
        if out and out[-1].style == m.style and m.start <= out[-1].end:
            out[-1] = Mark(out[-1].start, max(out[-1].end, m.end), m.style)
        else:
            out.append(Mark(m.start, m.end, m.style))
    return out
