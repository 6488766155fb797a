"""The footnotes pane: every note in document order with its derived mark, and the text of the selected one.

A click on a mark in the text selects its note here; "Back to text" (or Escape) returns
to the mark.  Note texts keep their italics (Ctrl+I), e.g. *Treaty Series* or *Ibid.*
"""

from __future__ import annotations

import copy
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from drafting.model import Inline
from ui.editor.history import Change
from ui.editor.inline import insert_inline, read_block

_TEXT_PARTS = ("masthead", "submission", "title", "body", "preamble", "operative", "annex")


class NoteEditor(QTextEdit):
    """One paragraph of footnote text; undo goes to the window's history."""

    escaped = Signal()

    def __init__(self, history, parent=None):
        super().__init__(parent)
        self.history = history
        self.setAcceptRichText(False)
        self.document().setUndoRedoEnabled(False)
        self.setTabChangesFocus(True)
        self.setAccessibleName("Footnote text")

    def keyPressEvent(self, event) -> None:
        if event.matches(QKeySequence.StandardKey.Undo):
            self.history.undo()
        elif event.matches(QKeySequence.StandardKey.Redo):
            self.history.redo()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return  # a footnote is one paragraph
        elif event.key() == Qt.Key.Key_Escape:
            self.escaped.emit()
        elif event.matches(QKeySequence.StandardKey.Italic):
            fmt = QTextCharFormat()
            fmt.setFontItalic(not self.textCursor().charFormat().fontItalic())
            self.textCursor().mergeCharFormat(fmt)
            self.mergeCurrentCharFormat(fmt)
        else:
            super().keyPressEvent(event)

    def set_inline(self, inline: Inline) -> None:
        self.blockSignals(True)
        self.document().clear()
        insert_inline(QTextCursor(self.document()), Inline(inline.text, inline.marks), lambda note: 0)
        self.blockSignals(False)

    def inline(self) -> Inline:
        content = read_block(self.document().firstBlock())
        return Inline(content.text, content.marks)


def _row(mark: str, note) -> str:
    return f"{mark}   {note.text or '(empty)'}"


class FootnotesPane(QWidget):
    backRequested = Signal(object)  # the Footnote whose mark to show

    def __init__(self, document, history, parent=None):
        super().__init__(parent)
        self.setAccessibleName("Footnotes")
        self.document, self.history = document, history
        self._filling = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        split = QSplitter(Qt.Orientation.Vertical)
        self.list = QListWidget()
        self.list.setAccessibleName("Footnotes in order")
        self.list.setWordWrap(True)
        self.list.currentItemChanged.connect(self._selected)
        split.addWidget(self.list)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        self.where = QLabel("Select a footnote, or insert one in the text with Ctrl+Alt+F.")
        self.where.setWordWrap(True)
        lower_layout.addWidget(self.where)
        self.editor = NoteEditor(history)
        font = QFont()
        font.setFamilies(["Times New Roman", "Liberation Serif", "serif"])
        font.setPointSizeF(11)
        self.editor.setFont(font)
        self.editor.textChanged.connect(self._edited)
        self.editor.escaped.connect(self.back)
        lower_layout.addWidget(self.editor, 1)
        row = QHBoxLayout()
        self.symbol = QCheckBox("&Symbol mark (*)")
        self.symbol.setToolTip("Notes on the masthead or title take *, ** instead of numbers")
        self.symbol.toggled.connect(self._symbol_toggled)
        self.back_button = QPushButton("&Back to text")
        self.back_button.setToolTip("Return to the footnote's mark in the text (Esc)")
        self.back_button.clicked.connect(self.back)
        row.addWidget(self.symbol)
        row.addStretch(1)
        row.addWidget(self.back_button)
        lower_layout.addLayout(row)
        split.addWidget(lower)
        split.setSizes([220, 160])
        layout.addWidget(split)
        document.marksChanged.connect(self.refresh)
        document.detachedChanged.connect(self.refresh)
        self._enable(False)

    # -- list ----------------------------------------------------------------------------

    def notes(self):
        return self.document.res.footnotes()

    def refresh(self) -> None:
        """Show the notes as they are now.  The list is rebuilt only when notes came, went or moved: while a
        note is typed, its row changes in place, so the note editor keeps the focus and the cursor."""
        self._filling = True
        current = self.current()
        notes = self.notes()
        shown = [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]
        if [id(n) for n in shown] == [id(note) for _, note in notes]:
            for i, (mark, note) in enumerate(notes):
                self.list.item(i).setText(_row(mark, note))
        else:
            self.list.clear()
            for mark, note in notes:
                item = QListWidgetItem(_row(mark, note))
                item.setData(Qt.ItemDataRole.UserRole, note)
                self.list.addItem(item)
                if note is current:
                    self.list.setCurrentItem(item)
        if current is not None and self.current() is current and self.editor.inline().text != current.text:
            self.editor.set_inline(current)
        self._filling = False
        self._enable(self.current() is not None)

    def current(self):
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def show_note(self, note, start: int | None = None, end: int | None = None) -> None:
        """Show ``note`` for editing, the cursor at its end or the text [start, end) selected (a finding)."""
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.ItemDataRole.UserRole) is note:
                self.list.setCurrentRow(i)
                self.editor.setFocus()
                self.editor.moveCursor(QTextCursor.MoveOperation.End)
                if start is not None:
                    cursor = self.editor.textCursor()
                    length = len(self.editor.toPlainText())
                    cursor.setPosition(min(start, length))
                    cursor.setPosition(min(max(end or start, start), length), QTextCursor.MoveMode.KeepAnchor)
                    self.editor.setTextCursor(cursor)
                return

    def _selected(self, item, _previous=None) -> None:
        note = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if note is None and self._filling:
            return  # the list is being refilled: disabling the editor now would throw its focus away
        self._enable(note is not None)
        if note is None:
            return
        was = self._filling
        self._filling = True
        self.editor.set_inline(note)
        self.symbol.setChecked(note.symbol)
        mark = next((m for m, n in self.notes() if n is note), "?")
        self.where.setText(f"Footnote {mark}" + ("" if self._in_text(note) else " (on the masthead)"))
        self._filling = was

    def _enable(self, on: bool) -> None:
        for w in (self.editor, self.symbol, self.back_button):
            w.setEnabled(on)

    def _in_text(self, note) -> bool:
        return any(note is n for n in self.document.notes.values())

    # -- edits -------------------------------------------------------------------------------

    def _edited(self) -> None:
        note = self.current()
        if self._filling or note is None:
            return
        after = self.editor.inline()
        before = Inline(note.text, copy.deepcopy(note.marks))
        if after.text == before.text and after.marks == before.marks:
            return
        self.history.push_change(Change("Edit footnote", partial(self._set_note, note),
                                        before, after, key=("note", id(note))))

    def _set_note(self, note, state: Inline) -> None:
        note.text, note.marks = state.text, copy.deepcopy(state.marks)
        self._changed(note)

    def _symbol_toggled(self, on: bool) -> None:
        note = self.current()
        if self._filling or note is None or note.symbol == on:
            return
        self.history.push_change(Change("Footnote mark", partial(self._set_symbol, note),
                                        note.symbol, on))

    def _set_symbol(self, note, on: bool) -> None:
        note.symbol = on
        self._changed(note)
        self.document.refresh_marks()

    def _changed(self, note) -> None:
        paths = {path for path, inline in self.document.res.inlines()
                 if any(a.note is note for a in inline.anchors)} or {("structure",)}
        self.document.detachedChanged.emit()
        self.document.modelChanged.emit(paths)

    def back(self) -> None:
        note = self.current()
        if note is not None:
            self.backRequested.emit(note)
