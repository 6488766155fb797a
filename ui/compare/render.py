"""Drawing the compared rows into a QTextDocument: inline (the new text with the deleted words
struck through, as Word shows tracked changes) or side by side (a two-column table, so that
both versions of a paragraph stand on one line and scroll together).

Each drawn change carries its mark in the character format (``MARK``), so that what the
view shows can be read back (tests, accessibility) without parsing colours.
"""

from __future__ import annotations

from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextLength,
    QTextTableFormat,
)

from ui.compare.rows import DELETED, INSERTED, MOVED_FROM, MOVED_TO, SAME, Row

MARK = QTextFormat.Property.UserProperty + 1
COLOURS = {INSERTED: "#1d5fb4", DELETED: "#b3261e", MOVED_TO: "#2e7d32", MOVED_FROM: "#2e7d32"}
TINTS = {INSERTED: "#eaf1fb", DELETED: "#fbeceb", MOVED_TO: "#eaf5ea", MOVED_FROM: "#eaf5ea"}
LEGEND = ("<span style='color:#1d5fb4;text-decoration:underline'>inserted</span> · "
          "<span style='color:#b3261e;text-decoration:line-through'>deleted</span> · "
          "<span style='color:#2e7d32;text-decoration:underline'>moved here</span> · "
          "<span style='color:#2e7d32;text-decoration:line-through'>moved away</span>")
_GREY = QColor("#5f6b7a")
INDENT_EM = 2.0


def char_format(mark: str) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setProperty(MARK, mark)
    if mark == SAME:
        return fmt
    fmt.setForeground(QColor(COLOURS[mark]))
    fmt.setBackground(QBrush(QColor(TINTS[mark])))
    if mark in (INSERTED, MOVED_TO):
        fmt.setFontUnderline(True)
    else:
        fmt.setFontStrikeOut(True)
    if mark == MOVED_TO:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
    return fmt


def _label_format(bold: bool = True, gone: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setForeground(_GREY)
    fmt.setFontWeight(QFont.Weight.Bold.value if bold else QFont.Weight.Normal.value)
    fmt.setFontItalic(not bold)
    fmt.setFontStrikeOut(gone)
    return fmt


def _write(cursor: QTextCursor, label: str, note: str, segments, gone: bool = False) -> None:
    """``gone``: the label is the old number of a paragraph that left (struck through, as Word shows it)."""
    if label:
        cursor.insertText(label, _label_format(gone=gone))
        cursor.insertText(" ", QTextCharFormat())
    if note:
        cursor.insertText(f"({note}) " if segments else note, _label_format(bold=False))
    for text, mark in segments:
        cursor.insertText(text, char_format(mark))


def _prepare(document: QTextDocument, font: QFont) -> QTextCursor:
    document.clear()
    document.setDefaultFont(font)
    document.setUndoRedoEnabled(False)
    return QTextCursor(document)


def _indent(font: QFont) -> float:
    return font.pointSizeF() * INDENT_EM


def render_inline(document: QTextDocument, rows: list[Row], font: QFont) -> list[tuple[int, int]]:
    """One paragraph a row; the (start, end) of each row in the document."""
    cursor = _prepare(document, font)
    spans = []
    for i, row in enumerate(rows):
        block = QTextBlockFormat()
        block.setLeftMargin(_indent(font) * (row.depth + (row.what == "footnote")))
        block.setBottomMargin(font.pointSizeF() * 0.6)
        if i:
            cursor.insertBlock(block)
        else:
            cursor.setBlockFormat(block)
        start = cursor.position()
        _write(cursor, row.label, row.note, row.inline, gone=not row.new_label)
        spans.append((start, cursor.position()))
    return spans


def render_side_by_side(document: QTextDocument, rows: list[Row], font: QFont, old_title: str,
                        new_title: str) -> list[tuple[int, int]]:
    """A table: the old version on the left, the new on the right, one row a row."""
    cursor = _prepare(document, font)
    table_format = QTextTableFormat()
    table_format.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
    table_format.setColumnWidthConstraints([QTextLength(QTextLength.Type.PercentageLength, 50)] * 2)
    table_format.setCellPadding(font.pointSizeF() * 0.4)
    table_format.setCellSpacing(0)
    table_format.setBorder(0.5)
    table_format.setBorderBrush(QBrush(QColor("#c9ced6")))
    table_format.setBorderCollapse(True)
    table_format.setHeaderRowCount(1)
    table = cursor.insertTable(len(rows) + 1, 2, table_format)
    for column, title in enumerate((old_title, new_title)):
        table.cellAt(0, column).firstCursorPosition().insertText(title, _label_format())
    spans = []
    for r, row in enumerate(rows, start=1):
        for column, (label, segments, other) in enumerate(((row.old_label, row.old, row.new),
                                                           (row.new_label, row.new, row.old))):
            cell = table.cellAt(r, column).firstCursorPosition()
            block = cell.blockFormat()
            block.setLeftMargin(_indent(font) * row.depth)
            cell.setBlockFormat(block)
            if segments:
                keeps_note = column == 1 and bool(other)  # "formerly OP 6"; "deleted" fills the empty side
                _write(cell, label, row.note if keeps_note else "", segments)
            elif row.note:
                _write(cell, "", row.note, [])
        spans.append((table.cellAt(r, 0).firstPosition(), table.cellAt(r, 1).lastPosition()))
    return spans


def marked(document: QTextDocument, mark: str) -> list[str]:
    """The runs of text drawn with ``mark``, in document order (what the reader sees marked)."""
    out: list[str] = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().property(MARK) == mark:
                out.append(fragment.text())
            it += 1
        block = block.next()
    return out
