"""Inline text written in the corpus markup: ``*italic*``, ``**bold**`` and ``[^N]`` footnote marks.

The text exporter writes whole resolutions with it (importers/markup.py reads it back); the Word
importer uses it for footnote texts typed at the end of a document.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .model import BOLD, ITALIC, Inline, Mark, sorted_anchors

_DELIM = {ITALIC: "*", BOLD: "**"}
# A line that opens a further text: its label alone ("B", "II", "Resolution II", "Draft resolution B"), or,
# where a label alone would read as a heading's ("A.", "II."), after the word "Text" ("Text A.").
_TEXT_LABEL = re.compile(r"^(?:(?:(?:Draft )?[Rr]esolution |Decision )?(?P<label>[A-H]|[IVXL]{1,6})"
                         r"|Text (?P<marked>(?:[A-Z]|[IVXL]{2,6})\.?))$")
SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
# Characters the markup reads as delimiters or footnote marks; a backslash before one keeps it as text.
ESCAPABLE = "*[\\" + SUPERSCRIPTS


def escape(text: str, markup_follows: bool = False, typed_marks: bool = False) -> str:
    """``text`` with a backslash before each character the markup would otherwise read:
    ``*``, a superscript digit (unless ``typed_marks``: they stand for footnote marks), ``[``
    opening ``[^``, and a backslash that would escape what follows."""
    out = []
    for i, c in enumerate(text):
        after = text[i + 1:i + 2]
        if (c == "*" or (c in SUPERSCRIPTS and not typed_marks) or (c == "[" and after == "^")
                or (c == "\\" and (after in ESCAPABLE if after else markup_follows))):
            out.append("\\")
        out.append(c)
    return "".join(out)


def render_inline(inline: Inline, marks_of: dict[int, str], extra: Sequence[Mark] = (),
                  typed_marks: bool = False) -> str:
    """Text with markup delimiters and footnote marks inserted at their offsets; ``typed_marks``:
    superscript digits in the text are footnote marks typed as text, left for the reader to find."""
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
        out.append(escape(text[pos:at], markup_follows=True, typed_marks=typed_marks))
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
    out.append(escape(text[pos:], typed_marks=typed_marks))
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


def text_label(line: str) -> str | None:
    """The label of the text that ``line`` opens ("B", "II", "A." of "Text A."), or None."""
    found = _TEXT_LABEL.match(line)
    return None if found is None else found.group("label") or found.group("marked")


def text_start(label: str) -> str:
    """The line that opens a text labelled ``label``: the label alone where it reads back so, else "Text A."
    (a label that neither form reads back is written alone; the export's read-back check then refuses it)."""
    marked = f"Text {label}"
    return marked if text_label(label) != label and text_label(marked) == label else label
