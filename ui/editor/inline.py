"""An Inline (text, marks, footnote anchors) in and out of a QTextDocument block.

Typed formatting (italic, bold, underline) is the character format; a footnote anchor is
one object character (U+FFFC) whose format carries the note's id.  Model offsets skip
those characters; ``to_block_offset`` maps them back.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtGui import QFont, QTextBlock, QTextCharFormat, QTextCursor, QTextFormat

from drafting.model import BOLD, ITALIC, UNDERLINE, Footnote, Inline, Mark

FOOTNOTE_OBJECT = QTextFormat.ObjectTypes.UserObject.value + 1
NOTE_ID = QTextFormat.Property.UserProperty.value + 10
OBJECT_CHAR = "\ufffc"
_LINE_SEPARATOR = "\u2028"


@dataclass
class Content:
    """A block's text as the model sees it, its marks, and its footnote anchors."""

    text: str = ""
    marks: list[Mark] = field(default_factory=list)
    notes: list[tuple[int, int]] = field(default_factory=list)  # (model offset, note id)


def styles_of(fmt: QTextCharFormat) -> tuple[str, ...]:
    styles = []
    if fmt.fontItalic():
        styles.append(ITALIC)
    if fmt.fontWeight() >= QFont.Weight.Bold.value:
        styles.append(BOLD)
    if fmt.fontUnderline():
        styles.append(UNDERLINE)
    return tuple(styles)


def text_format(styles: tuple[str, ...] | set[str] = ()) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFontItalic(ITALIC in styles)
    fmt.setFontWeight(QFont.Weight.Bold.value if BOLD in styles else QFont.Weight.Normal.value)
    fmt.setFontUnderline(UNDERLINE in styles)
    return fmt


def footnote_format(note_id: int) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setObjectType(FOOTNOTE_OBJECT)
    fmt.setProperty(NOTE_ID, note_id)
    return fmt


def is_footnote(fmt: QTextCharFormat) -> bool:
    return fmt.objectType() == FOOTNOTE_OBJECT


def read_block(block: QTextBlock) -> Content:
    out = Content()
    parts: list[str] = []
    length = 0
    it = block.begin()
    while not it.atEnd():
        fragment = it.fragment()
        it += 1
        fmt, text = fragment.charFormat(), fragment.text()
        if is_footnote(fmt):
            out.notes.extend((length, fmt.intProperty(NOTE_ID)) for _ in text)
            continue
        text = text.replace(_LINE_SEPARATOR, " ").replace(OBJECT_CHAR, "")
        if not text:
            continue
        for style in styles_of(fmt):
            last = next((m for m in reversed(out.marks) if m.style == style), None)
            if last is not None and last.end == length:
                last.end += len(text)
            else:
                out.marks.append(Mark(length, length + len(text), style))
        parts.append(text)
        length += len(text)
    out.text = "".join(parts)
    out.marks.sort(key=lambda m: (m.start, m.style))
    return out


def insert_inline(cursor: QTextCursor, inline: Inline, note_id: Callable[[Footnote], int]) -> None:
    """Insert ``inline`` at the cursor; ``note_id`` gives each anchor's note its object id."""
    text = inline.text
    anchors = sorted(inline.anchors, key=lambda a: a.offset)
    cuts = {0, len(text)} | {a.offset for a in anchors if 0 <= a.offset <= len(text)}
    for m in inline.marks:
        cuts.update((max(0, min(m.start, len(text))), max(0, min(m.end, len(text)))))
    points = sorted(cuts)
    pending = iter(anchors)
    anchor = next(pending, None)
    for start, end in zip(points, points[1:] + [None], strict=False):
        while anchor is not None and anchor.offset <= start:
            cursor.insertText(OBJECT_CHAR, footnote_format(note_id(anchor.note)))
            anchor = next(pending, None)
        if end is None:
            break
        styles = {m.style for m in inline.marks if m.start <= start and end <= m.end}
        cursor.insertText(text[start:end], text_format(styles))
    while anchor is not None:  # anchors past the end of the text stand at its end
        cursor.insertText(OBJECT_CHAR, footnote_format(note_id(anchor.note)))
        anchor = next(pending, None)
    cursor.setCharFormat(text_format())


def to_block_offset(text: str, offset: int) -> int:
    """The position in a block's text of a model offset (object characters do not count in the model)."""
    seen = 0
    for i, ch in enumerate(text):
        if seen >= offset and ch != OBJECT_CHAR:
            return i
        if ch != OBJECT_CHAR:
            seen += 1
    return len(text)


def to_model_offset(text: str, position: int) -> int:
    text = text[:position]
    return len(text) - text.count(OBJECT_CHAR)
