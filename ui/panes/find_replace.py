"""Find and replace, as a bar under the text (Ctrl+F, Ctrl+H; Enter next, Shift+Enter previous, Esc closes).

"Replace all" is one undo step.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QCheckBox, QFrame, QGridLayout, QLabel, QLineEdit, QPushButton, QToolButton


class FindBar(QFrame):
    closed = Signal()

    def __init__(self, editor, parent=None):
        super().__init__(parent)
        self.editor = editor
        self.setObjectName("findBar")
        self.setAccessibleName("Find and replace")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 4, 8, 4)
        self.find_line = QLineEdit()
        self.find_line.setPlaceholderText("Find")
        self.find_line.setAccessibleName("Find what")
        self.find_line.returnPressed.connect(self.find_next)
        self.find_line.textChanged.connect(self._count)
        self.replace_line = QLineEdit()
        self.replace_line.setPlaceholderText("Replace with")
        self.replace_line.setAccessibleName("Replace with")
        self.replace_line.returnPressed.connect(self.replace_one)
        self.case = QCheckBox("Match &case")
        self.words = QCheckBox("&Whole words")
        for box in (self.case, self.words):
            box.toggled.connect(self._count)
        previous = QPushButton("&Previous")
        previous.clicked.connect(self.find_previous)
        following = QPushButton("&Next")
        following.clicked.connect(self.find_next)
        self.replace_button = QPushButton("&Replace")
        self.replace_button.clicked.connect(self.replace_one)
        self.replace_all_button = QPushButton("Replace &all")
        self.replace_all_button.clicked.connect(self.replace_all)
        self.status = QLabel("")
        self.status.setMinimumWidth(90)
        close = QToolButton()
        close.setText("✕")
        close.setAccessibleName("Close find and replace")
        close.clicked.connect(self.close_bar)
        grid.addWidget(self.find_line, 0, 0)
        grid.addWidget(previous, 0, 1)
        grid.addWidget(following, 0, 2)
        grid.addWidget(self.case, 0, 3)
        grid.addWidget(self.words, 0, 4)
        grid.addWidget(self.status, 0, 5)
        grid.addWidget(close, 0, 6)
        grid.addWidget(self.replace_line, 1, 0)
        grid.addWidget(self.replace_button, 1, 1)
        grid.addWidget(self.replace_all_button, 1, 2)
        grid.setColumnStretch(0, 1)
        self._replace_widgets = (self.replace_line, self.replace_button, self.replace_all_button)
        self.hide()

    def open(self, replace: bool = False) -> None:
        for w in self._replace_widgets:
            w.setVisible(replace)
        selected = self.editor.textCursor().selectedText()
        if selected and "\u2029" not in selected:
            self.find_line.setText(selected)
        self.show()
        self.find_line.setFocus()
        self.find_line.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.editor.setFocus()
        self.closed.emit()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.find_previous()
        else:
            super().keyPressEvent(event)

    def _flags(self, backward: bool = False) -> QTextDocument.FindFlag:
        flags = QTextDocument.FindFlag(0)
        if self.case.isChecked():
            flags |= QTextDocument.FindFlag.FindCaseSensitively
        if self.words.isChecked():
            flags |= QTextDocument.FindFlag.FindWholeWords
        if backward:
            flags |= QTextDocument.FindFlag.FindBackward
        return flags

    def _find(self, backward: bool) -> bool:
        needle = self.find_line.text()
        if not needle:
            return False
        doc = self.editor.document()
        found = doc.find(needle, self.editor.textCursor(), self._flags(backward))
        if found.isNull():  # wrap around
            start = QTextCursor(doc)
            if backward:
                start.movePosition(QTextCursor.MoveOperation.End)
            found = doc.find(needle, start, self._flags(backward))
        if found.isNull():
            self.status.setText("Not found")
            return False
        self.editor.setTextCursor(found)
        self.editor.ensureCursorVisible()
        return True

    def find_next(self) -> bool:
        return self._find(False)

    def find_previous(self) -> bool:
        return self._find(True)

    def _matches(self) -> list[QTextCursor]:
        needle = self.find_line.text()
        doc = self.editor.document()
        out: list[QTextCursor] = []
        cursor = QTextCursor(doc)
        while needle:
            cursor = doc.find(needle, cursor, self._flags())
            if cursor.isNull():
                break
            out.append(QTextCursor(cursor))
        return out

    def _count(self) -> None:
        n = len(self._matches()) if self.find_line.text() else 0
        self.status.setText(f"{n} found" if self.find_line.text() else "")

    def _is_match(self, cursor: QTextCursor) -> bool:
        selected = cursor.selectedText()
        needle = self.find_line.text()
        return bool(selected) and (selected == needle if self.case.isChecked() else selected.lower() == needle.lower())

    def replace_one(self) -> None:
        cursor = self.editor.textCursor()
        if self._is_match(cursor):
            cursor.insertText(self.replace_line.text())
        self.find_next()
        self._count()

    def replace_all(self) -> int:
        matches = self._matches()
        if not matches:
            self.status.setText("Not found")
            return 0
        edit = QTextCursor(self.editor.document())
        edit.beginEditBlock()
        for cursor in matches:
            cursor.insertText(self.replace_line.text())
        edit.endEditBlock()
        self.status.setText(f"{len(matches)} replaced")
        return len(matches)
