"""The opening-phrase suggestions open just under the caret, never over the text being written."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from tests.support.paths import CTOC as CTOC_TEXT
from ui.editor.kinds import Kind


def test_the_popup_opens_under_the_caret(window, qtbot):
    window.file_actions.open_path(CTOC_TEXT)
    number = next(n for n, e in enumerate(window.doc.entries) if e.kind == Kind.PREAMBULAR)
    cursor = QTextCursor(window.doc.findBlockByNumber(number))
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    window.editor.setTextCursor(cursor)
    window.editor.setFocus()
    window.editor.enter()
    QTest.keyClicks(window.editor, "Rec")
    popup = window.editor.completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    caret = window.editor.viewport().mapToGlobal(window.editor.cursorRect().bottomLeft())
    top = popup.mapToGlobal(popup.rect().topLeft())
    assert 0 <= top.y() - caret.y() <= 12
