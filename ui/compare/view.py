"""The compare view: what changed between two versions, read-only, beside the editor.

The list of changes in negotiators' terms ("OP 7 (formerly OP 6) amended") on the left;
the text on the right, inline (Word's way: insertions underlined, deletions struck
through) or side by side (old and new on one line).  Stepping through the list (F8,
Shift+F8, the arrow keys, a click) scrolls the text to the change.  "Export with Tracked
Changes…" writes the new version as a Word document whose revisions are the differences.
Closing the window returns to the editor.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QKeySequence, QShortcut, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTextEdit,
    QVBoxLayout,
)

from drafting.compare import compare
from drafting.errors import InputError
from drafting.model import Resolution
from ui import lazy
from ui.compare.render import LEGEND, render_inline, render_side_by_side
from ui.compare.rows import build

_CURRENT = QColor("#fff1b8")
_SHOWN_KINDS = ("new", "deleted", "amended", "moved", "split", "merged", "renumbered", "footnote", "header")


class CompareView(QDialog):
    def __init__(self, old: Resolution, new: Resolution, old_name: str, new_name: str, *, author: str = "",
                 protected: tuple[Path, ...] = (), font: QFont | None = None, parent=None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setAccessibleName("Compare versions")
        self.author = author
        self.protected = tuple(protected)  # files an export must not overwrite
        self.page_font = font or QFont()
        self._sides = [(old, old_name), (new, new_name)]
        self._spans: list[tuple[int, int]] = []
        self._build()
        self.resize(parent.size() if parent is not None else self.sizeHint())
        self.recompare()

    # -- building ------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.heading)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.list = QListWidget()
        self.list.setAccessibleName("Changes")
        self.list.setAccessibleDescription("The changes in document order; choose one to see it in the text")
        self.list.setWordWrap(True)
        self.list.currentRowChanged.connect(self.show_change)
        self.text = QTextBrowser()
        self.text.setAccessibleName("Compared text")
        self.text.setAccessibleDescription("Inserted words are underlined, deleted words struck through")
        self.text.setOpenLinks(False)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                          | Qt.TextInteractionFlag.TextSelectableByMouse)
        splitter.addWidget(self.list)
        splitter.addWidget(self.text)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([320, 960])
        layout.addWidget(splitter, 1)
        legend = QLabel(LEGEND)
        legend.setAccessibleName("Legend")
        layout.addWidget(legend)
        buttons = QHBoxLayout()
        self.previous_button = QPushButton("&Previous change")
        self.previous_button.setToolTip("Shift+F8")
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button = QPushButton("&Next change")
        self.next_button.setToolTip("F8")
        self.next_button.clicked.connect(lambda: self.step(1))
        self.side_by_side = QCheckBox("Side by &side")
        self.side_by_side.setToolTip("Old and new version in two columns (Ctrl+Shift+S)")
        self.side_by_side.toggled.connect(self._draw)
        self.swap_button = QPushButton("S&wap old and new")
        self.swap_button.clicked.connect(self.swap)
        self.export_button = QPushButton("&Export with Tracked Changes…")
        self.export_button.setToolTip("The new version as a Word document with the differences as tracked changes")
        self.export_button.clicked.connect(lambda: self.export_tracked())
        self.amend_button = QPushButton("Write &Amendment…")
        self.amend_button.setToolTip("The amendment, in UN form, that turns the old version into the new one")
        self.amend_button.clicked.connect(lambda: self.write_amendment())
        close = QPushButton("&Close")
        close.setToolTip("Back to the editor (Esc)")
        close.clicked.connect(self.close)
        for widget in (self.previous_button, self.next_button, self.side_by_side, self.swap_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.amend_button)
        buttons.addWidget(self.export_button)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        for keys, slot in (("F8", lambda: self.step(1)), ("Shift+F8", lambda: self.step(-1)),
                           ("Ctrl+Shift+S", self.side_by_side.toggle), ("Ctrl+E", self.export_tracked)):
            QShortcut(QKeySequence(keys), self, slot)

    # -- content -------------------------------------------------------------------------

    @property
    def old_name(self) -> str:
        return self._sides[0][1]

    @property
    def new_name(self) -> str:
        return self._sides[1][1]

    def recompare(self) -> None:
        (old, old_name), (new, new_name) = self._sides
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.compared = build(compare(old, new))
        finally:
            QApplication.restoreOverrideCursor()
        self.setWindowTitle(f"Compare: {old_name} → {new_name} — Resolute")
        counts = self.compared.counts
        shown = ", ".join(f"{counts[k]} {k}" for k in _SHOWN_KINDS if counts.get(k))
        self.heading.setText(f"<b>Old:</b> {escape(old_name)} &nbsp; <b>New:</b> {escape(new_name)}<br>"
                             + (f"{shown}; {counts['unchanged']} unchanged" if shown else "No changes."))
        self.list.blockSignals(True)
        self.list.clear()
        for entry in self.compared.entries:
            item = QListWidgetItem(entry.description)
            item.setToolTip(entry.spoken)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, entry.spoken)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._draw()
        if self.compared.entries:
            self.list.setCurrentRow(0)

    def _draw(self, *_) -> None:
        rows = self.compared.rows
        if self.side_by_side.isChecked():
            self._spans = render_side_by_side(self.text.document(), rows, self.page_font, self.old_name,
                                              self.new_name)
        else:
            self._spans = render_inline(self.text.document(), rows, self.page_font)
        self.show_change(self.list.currentRow())

    def entries(self) -> list[str]:
        return [entry.description for entry in self.compared.entries]

    # -- stepping ------------------------------------------------------------------------

    def step(self, delta: int) -> None:
        count = self.list.count()
        if count:
            current = self.list.currentRow()
            self.list.setCurrentRow(min(max(current + delta, 0), count - 1) if current >= 0 else 0)

    def current_row(self) -> int | None:
        """The row of the text the chosen change is in."""
        index = self.list.currentRow()
        return self.compared.entries[index].row if 0 <= index < len(self.compared.entries) else None

    def show_change(self, index: int) -> None:
        """Scroll the text to change ``index`` and highlight its paragraph (on both sides)."""
        self.previous_button.setEnabled(index > 0)
        self.next_button.setEnabled(0 <= index < self.list.count() - 1)
        row = self.current_row()
        if row is None:
            self.text.setExtraSelections([])
            return
        start, end = self._spans[row]
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(start)
        self.text.setTextCursor(cursor)
        bar = self.text.verticalScrollBar()  # the change a fifth of the way down, its context above it
        bar.setValue(bar.value() + self.text.cursorRect().top() - self.text.viewport().height() // 5)
        highlight = QTextEdit.ExtraSelection()
        highlight.cursor = QTextCursor(self.text.document())
        highlight.cursor.setPosition(start)
        highlight.cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        highlight.format = QTextCharFormat()
        highlight.format.setBackground(_CURRENT)
        if not self.side_by_side.isChecked():
            highlight.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
        self.text.setExtraSelections([highlight])

    def swap(self) -> None:
        self._sides.reverse()
        self.recompare()

    def write_amendment(self):
        """The amendment turning the old version into the new one, in its own window (ui/compare/amendment_view)."""
        from ui.compare.amendment_view import write_and_show

        (old, old_name), (new, _) = self._sides
        return write_and_show(old, new, old.masthead.symbol.text or old_name, self.parent() or self)

    # -- export --------------------------------------------------------------------------

    def export_tracked(self, target: Path | None = None) -> bool:
        """Write the new version with the differences as Word tracked changes; False when not written."""
        if target is None:
            folder = self.protected[0].parent if self.protected else Path.home()
            suggested = folder / f"{_file_stem(self.new_name)} (tracked changes).docx"
            name, _ = QFileDialog.getSaveFileName(self, "Export with Tracked Changes", str(suggested),
                                                  "Word (*.docx)")
            if not name:
                return False
            target = lazy.files().with_suffix(Path(name), ".docx")
        from drafting.compare.tracked_docx import save_tracked

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            for path in self.protected:
                if target.exists() and target.resolve() == path.resolve():
                    raise InputError(target, "this is one of the compared files; choose another name")
            save_tracked(self.compared.comparison, target, author=self.author or None)
        except (InputError, OSError) as exc:
            lazy.dialogs().show_error(self, "Not exported", exc)
            return False
        finally:
            QApplication.restoreOverrideCursor()
        self.heading.setText(self.heading.text() + f"<br>Exported with tracked changes to {escape(str(target))}")
        return True


def _file_stem(name: str) -> str:
    return "".join(ch if ch.isalnum() or ch in " -_." else "_" for ch in name).strip() or "comparison"
