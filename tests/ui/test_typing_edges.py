"""Small things typing does: Enter then Backspace leaves the paragraph as it was."""

from __future__ import annotations

import window_fixtures
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from window_fixtures import CORPUS

from ui.editor.kinds import Kind

window, answers = window_fixtures.window, window_fixtures.answers  # the fixtures these tests use


def test_enter_then_backspace_at_the_end_of_an_operative_paragraph_changes_nothing(window):
    window.file_actions.open_path(CORPUS / "A_RES_79_180.txt")
    last = [n for n, e in enumerate(window.doc.entries) if e.kind == Kind.OPERATIVE][-1]
    before = [(b.text(), b.blockFormat().indent()) for b in (window.doc.findBlockByNumber(n)
                                                             for n in range(window.doc.blockCount()))]
    labels = [e.label for e in window.doc.entries]
    cursor = QTextCursor(window.doc.findBlockByNumber(last))
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    window.editor.setTextCursor(cursor)
    QTest.keyClick(window.editor, Qt.Key.Key_Return)
    QTest.keyClick(window.editor, Qt.Key.Key_Backspace)
    after = [(b.text(), b.blockFormat().indent()) for b in (window.doc.findBlockByNumber(n)
                                                            for n in range(window.doc.blockCount()))]
    assert after == before and [e.label for e in window.doc.entries] == labels
