"""The masthead as it will print, above the text: symbol, organ, distribution, date, session block, sponsors.

Read-only; a click (or Enter when focused) opens the masthead form.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from drafting.model import Resolution


class MastheadStrip(QWidget):
    activated = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAccessibleName("Masthead (opens the masthead form)")
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), QColor("#ffffff"))
        self.setPalette(palette)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 10, 0, 10)
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(2)
        self.left = QLabel()
        self.right = QLabel()
        self.session = QLabel()
        self.sponsors = QLabel()
        for label in (self.left, self.right, self.session, self.sponsors):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.right.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.line = QLabel()  # the masthead folded to one line, on short screens
        self.line.setTextFormat(Qt.TextFormat.RichText)
        self.line.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.line.setVisible(False)
        self.folded = False
        self.full_height = 0  # the height unfolded, when last measured
        grid.addWidget(self.left, 0, 0)
        grid.addWidget(self.right, 0, 1)
        grid.addWidget(self.session, 1, 0, 1, 2)
        grid.addWidget(self.sponsors, 2, 0, 1, 2)
        grid.addWidget(self.line, 3, 0, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)

    def set_font_size(self, points: float) -> None:
        font = QFont()
        font.setFamilies(["Times New Roman", "Liberation Serif", "serif"])
        font.setPointSizeF(points)
        self.setFont(font)

    def set_folded(self, folded: bool) -> None:
        """One line (symbol, organ, session, date) instead of the masthead as it prints; a click opens the form."""
        if folded == self.folded:
            return
        self.folded = folded
        for label in (self.left, self.right, self.sponsors):
            label.setVisible(not folded)
        self.session.setVisible(not folded and bool(self.session.text()))
        self.line.setVisible(folded)
        self.setToolTip("The masthead, folded to one line on this screen: click for the masthead form" if folded
                        else "")
        self.updateGeometry()

    def show_resolution(self, res: Resolution) -> None:
        m = res.masthead
        parts = [f"<b>{escape(m.symbol.text)}</b>" if m.symbol.text else "<i>(symbol)</i>"]
        parts += [escape(x.text) for x in (m.organ, m.session, m.date) if x.text]
        self.line.setText(" · ".join(parts))
        self.full_height = 0  # measured again unfolded: the content changed
        symbol = escape(m.symbol.text)
        first, _, rest = symbol.partition("/")
        self.left.setText(f"<span style='font-size:small'>United Nations</span><br>"
                          f"<span style='font-size:x-large; font-weight:bold'>"
                          f"{escape(m.organ.text) or '(organ)'}</span>")
        lines = [f"<span style='font-size:x-large; font-weight:bold'>{first}</span>"
                 f"{'/' + rest if rest else ''}" if symbol else "<i>(symbol)</i>"]
        if m.distribution.text:
            lines.append(f"Distr.: {escape(m.distribution.text)}")
        lines += [escape(x.text) for x in (m.date,) if x.text]
        if m.original.text:
            lines.append(f"Original: {escape(m.original.text)}")
        self.right.setText("<br>".join(lines))
        block = [escape(x.text) for x in (m.session, m.committee, m.place_and_dates, m.agenda_item) if x.text]
        if m.agenda_title.text:
            block.append(f"<b>{escape(m.agenda_title.text)}</b>")
        self.session.setText("<br>".join(block))
        self.session.setVisible(bool(block) and not self.folded)
        adoption = res.adoption
        if adoption is not None and adoption.statement:  # an adopted text: who adopted it, on whose report
            reference = f"<br>[<i>{escape(adoption.reference)}</i>]" if adoption.reference else ""
            self.sponsors.setText(f"<b>{escape(adoption.statement)}</b>{reference}")
            return
        line = res.submission.line
        self.sponsors.setText(f"<b>{escape(line)}</b>" if line else "<i>(sponsors: add them in the masthead form)</i>")

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        painter = QPainter(self)
        painter.setPen(QPen(QColor("#111111"), 2))
        if not self.folded:
            y = self.session.geometry().top() - 4 if self.session.isVisible() else self.sponsors.geometry().top() - 4
            painter.drawLine(0, y, self.width(), y)
        painter.setPen(QPen(QColor("#bbbbbb"), 1))
        painter.drawLine(0, self.height() - 1, self.width(), self.height() - 1)
        painter.end()

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.activated.emit()

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit()
        else:
            super().keyPressEvent(event)
