"""Small things typing does: Enter then Backspace leaves the paragraph as it was."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from tests.support.paths import CORPUS
from ui.editor.kinds import Kind


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


def _wavy(window, number: int) -> list[tuple[int, int]]:
    block = window.doc.findBlockByNumber(number)
    return [(r.start, r.start + r.length) for r in block.layout().formats()
            if r.format.underlineStyle() == r.format.UnderlineStyle.WaveUnderline]


def test_a_word_being_typed_is_not_flagged_until_the_cursor_leaves_it(window, qtbot):
    window.file_actions.open_path(CORPUS / "A_RES_79_180.txt")
    last = [n for n, e in enumerate(window.doc.entries) if e.kind == Kind.OPERATIVE][-1]
    block = window.doc.findBlockByNumber(last)
    cursor = QTextCursor(block)
    cursor.setPosition(block.position() + block.text().index(" the "))  # inside the paragraph, after a word
    window.editor.setTextCursor(cursor)
    QTest.keyClicks(window.editor, " xyzzqv")
    window.checker.run_now()
    start = window.doc.findBlockByNumber(last).text().index("xyzzqv")
    assert [d for d in window.checker.findings if d.category == "spelling" and d.location.path[0] == "operative"]
    assert (start, start + 6) not in _wavy(window, last)  # still being typed: not underlined
    QTest.keyClick(window.editor, Qt.Key.Key_Home)
    assert (start, start + 6) in _wavy(window, last)  # left: now it is
