"""Finding one's way: undo shows the undone edit, a jump puts the finding in view, F8 starts from the cursor."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QMenu

from tests.support.paths import CTOC
from ui.editor.kinds import Kind

DRAFT = CTOC


def _to_block(window, number: int) -> None:
    window.editor.setTextCursor(QTextCursor(window.doc.findBlockByNumber(number)))


def _visible(window) -> bool:
    rect = window.editor.cursorRect()
    return rect.top() >= 0 and rect.bottom() <= window.editor.viewport().height()


def test_undo_of_a_fix_shows_the_undone_edit(window, qtbot):
    window.file_actions.open_path(DRAFT)
    middle = [n for n, e in enumerate(window.doc.entries) if e.kind == Kind.OPERATIVE][6]
    _to_block(window, middle)
    window.editor.textCursor().insertText("Also ")
    window.review_actions.fix_all_safe()  # re-renders the whole text
    _to_block(window, 0)
    window.editor.undo()  # the fix
    window.editor.undo()  # the typing
    assert abs(window.editor.textCursor().blockNumber() - middle) <= 1
    assert _visible(window)


def test_a_jump_puts_the_finding_high_in_the_view_and_f8_starts_from_the_cursor(window, qtbot):
    window.review_actions.set_hints(True)  # two of the three findings are hints
    window.file_actions.open_path(CTOC)
    last = [n for n, e in enumerate(window.doc.entries) if e.kind == Kind.OPERATIVE][-1]
    _to_block(window, last)
    window.editor.textCursor().insertText("In 40 percent of cases, ")  # a slip late in the text to jump to
    findings = [d for d in window.checker.run_now() if window.doc.block_of(d.location.path) is not None]
    assert len(findings) >= 2
    blocks = [window.doc.block_of(d.location.path).blockNumber() for d in findings]
    late = findings[-1]
    window.review_actions.jump_to(late)
    rect, bar = window.editor.cursorRect(), window.editor.verticalScrollBar()
    assert 0 <= rect.top() <= window.editor.viewport().height() // 2 or bar.value() == bar.maximum()
    assert rect.bottom() <= window.editor.viewport().height()
    _to_block(window, blocks[0] + 1)  # after the first finding, before the others
    window.issues.select(late)  # a finding selected further on: F8 still goes on from the cursor
    window.findChild(type(window.undo_action), "next_finding").trigger()
    assert window.editor.textCursor().blockNumber() == min(b for b in blocks if b > blocks[0])


def test_quick_fix_opens_with_its_first_entry_active(window):
    window.review_actions.set_hints(True)  # the first finding may be a hint
    window.file_actions.open_path(DRAFT)
    found = next(d for d in window.checker.run_now()
                 if window.doc.block_of(d.location.path) is not None and d.location.footnote is None)
    window.review_actions.jump_to(found)
    seen = []

    def look_and_close() -> None:
        menu = QApplication.activePopupWidget()
        seen.append(isinstance(menu, QMenu) and menu.activeAction() is menu.actions()[0])
        menu.close()

    QTimer.singleShot(200, look_and_close)
    window.review_actions.quick_fix()
    assert seen == [True]
