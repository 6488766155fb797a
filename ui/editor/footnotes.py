"""Footnote marks drawn as inline objects: the mark is derived (1, 2, … or *), never typed."""

from __future__ import annotations

from PySide6.QtCore import QSizeF
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPyTextObject, QTextFormat

from ui.editor.inline import NOTE_ID

MARK_COLOUR = QColor("#1f4e8c")


class FootnoteMarks(QPyTextObject):
    """Sizes and paints every footnote mark of a ResolutionDocument as a superscript."""

    def __init__(self, document, parent=None):
        super().__init__(parent)
        self._document = document

    def _fonts(self, fmt: QTextFormat) -> tuple[QFont, QFontMetricsF, QFontMetricsF]:
        base = self._document.defaultFont()
        small = QFont(base)
        small.setPointSizeF(base.pointSizeF() * 0.68)
        return small, QFontMetricsF(base), QFontMetricsF(small)

    def intrinsicSize(self, doc, position, fmt) -> QSizeF:
        mark = self._document.mark_of(fmt.intProperty(NOTE_ID))
        _, base, small = self._fonts(fmt)
        return QSizeF(small.horizontalAdvance(mark) + 1.5, base.ascent())

    def drawObject(self, painter: QPainter, rect, doc, position, fmt) -> None:
        mark = self._document.mark_of(fmt.intProperty(NOTE_ID))
        font, _, small = self._fonts(fmt)
        painter.save()
        painter.setFont(font)
        painter.setPen(MARK_COLOUR)
        painter.drawText(rect.x() + 0.5, rect.y() + small.ascent() - 1, mark)
        painter.restore()
