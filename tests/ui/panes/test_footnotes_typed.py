"""A footnote typed as a person types it: Ctrl+Alt+F in the text, the keys go wherever the focus is."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from drafting import native
from tests.support.paths import CTOC as CTOC_TEXT

CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


def _end_of_first_preambular(window) -> None:
    block = window.doc.findBlockByNumber(2)
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    window.editor.setTextCursor(cursor)
    window.editor.setFocus()


def test_a_footnote_typed_after_ctrl_alt_f_holds_every_key_and_is_saved(window, tmp_path):
    window.file_actions.open_path(CTOC_TEXT)
    _end_of_first_preambular(window)
    QTest.keyClick(window.editor, Qt.Key.Key_F, CTRL_ALT)
    typed = "See A/80/1, para. 4."
    for ch in typed:  # each key to the widget that has the focus now, as the keyboard would
        QTest.keyClicks(QApplication.focusWidget(), ch)
    assert QApplication.focusWidget() is window.footnotes.editor
    notes = [note.text for _, note in window.doc.res.footnotes()]
    assert typed in notes
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is window.editor
    assert window.tabs.currentWidget() is not window.footnotes  # Esc leaves the note: the findings come back
    target = tmp_path / "with-note.unres"
    assert window.file_actions._write(target)
    assert typed in [note.text for _, note in native.load(target).footnotes()]


def test_the_mark_goes_after_the_comma_and_is_not_flagged(window):
    window.file_actions.open_path(CTOC_TEXT)
    block = window.doc.findBlockByNumber(2)
    text = block.text()
    comma = text.index(",")
    cursor = QTextCursor(block)
    cursor.setPosition(block.position() + comma)  # just before the comma, after a word
    window.editor.setTextCursor(cursor)
    window.editor.insert_footnote()
    assert window.doc.findBlockByNumber(2).text()[comma] == ","  # the comma first, then the mark
    window.checker.run_now()
    assert not [d for d in window.checker.findings if d.code == "RES401" and d.location.path == ("preamble", 0)]
