"""Keyboard users get in and out of the text: Tab walks the panes without editing, Ctrl+Tab always leaves."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.support.paths import CTOC as CTOC_TEXT
from ui.editor.kinds import Kind

CTRL = Qt.KeyboardModifier.ControlModifier


def _structure(window) -> list[tuple[Kind, int]]:
    return [(e.kind, e.depth) for e in window.doc.entries]


def _press(k, mods=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(QApplication.focusWidget(), k, mods)


def test_tab_from_the_issues_pane_passes_through_the_text_without_demoting(window):
    before = _structure(window)
    window.go_to_pane("issues")
    seen = []
    for _ in range(40):
        _press(Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
        if len([w for w in seen if w is window.editor]) and seen[-1] is not window.editor:
            break
    assert window.editor in seen, "Tab never reached the text"
    assert seen[-1] is not window.editor, "Tab never left the text"
    assert _structure(window) == before  # nothing was demoted on the way


def test_tab_demotes_once_the_user_writes_and_ctrl_tab_leaves(window):
    window.file_actions.open_path(CTOC_TEXT)
    window.go_to_pane("issues")
    while QApplication.focusWidget() is not window.editor:
        _press(Qt.Key.Key_Tab)
    cursor = window.editor.textCursor()
    block = next(b for b in range(window.doc.blockCount()) if window.doc.entry(b).kind == Kind.OPERATIVE
                 and window.doc.entry(b - 1).kind == Kind.OPERATIVE)
    cursor.setPosition(window.doc.findBlockByNumber(block).position())
    window.editor.setTextCursor(cursor)
    _press(Qt.Key.Key_End)  # a key in the text: the user is writing here now
    _press(Qt.Key.Key_Tab)
    assert window.doc.entry(block).kind == Kind.SUBPARAGRAPH
    assert QApplication.focusWidget() is window.editor
    _press(Qt.Key.Key_Tab, CTRL)
    assert QApplication.focusWidget() is not window.editor
