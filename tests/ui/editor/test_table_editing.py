"""A table is edited in its own window, opened from the Paragraph menu or by a double click on it: cells
retyped, a row added, the caption changed; the text shows the new table, the model holds it with the marks and
footnotes of what was not retyped, one Undo brings the old table back, and the saved file keeps it."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from drafting import native
from drafting.model import TABLE, Anchor, Annex, Footnote, Inline, Mark, Paragraph, Resolution, Table
from ui.editor.kinds import Kind
from ui.editor.table_dialog import TableDialog


def _budget() -> Resolution:
    rows = [[Inline(""), Inline("Gross"), Inline("Net")],
            [Inline("Estimate for 2026"), Inline("56 234 300", [], [Anchor(10, Footnote("Before recosting."))]),
             Inline("51 375 900")],
            [Inline("Appropriation", [Mark(0, 13, "bold")]), Inline("56 126 600", [Mark(0, 10, "bold")]),
             Inline("51 268 200", [Mark(0, 10, "bold")])]]
    table = Table(rows, header_rows=1, title=Inline("Financing for 2026"))
    return Resolution(title=Inline("Budget"), authoring_body=Inline("The General Assembly,"),
                      operative=[Paragraph("Approves the appropriation set out in the annex.")],
                      annexes=[Annex("Annex", Inline("Financing"), [Paragraph(style=TABLE, table=table)])])


def _action(window, name: str) -> QAction:
    return next(a for a in window.findChildren(QAction) if a.objectName() == name)


def _type_in_cell(dialog: TableDialog, row: int, column: int, text: str) -> None:
    dialog.grid.setCurrentCell(row, column)
    QTest.keyClick(dialog.grid, Qt.Key.Key_F2)  # edit the cell, as a user does
    editor = dialog.focusWidget()  # the cell's editor, which F2 opened
    assert isinstance(editor, QLineEdit), editor
    editor.selectAll()
    QTest.keyClicks(editor, text)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the view commits the cell on the next turn of the event loop


def _when_open(steps) -> list[str]:
    """Run ``steps`` on the table window once it is open (it is modal), then press OK; what was seen."""
    seen: list[str] = []
    tries = [250]  # 5 s at most: a window that never opens leaves no timer running into later tests

    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, TableDialog):
            tries[0] -= 1
            if tries[0] > 0:
                QTimer.singleShot(20, drive)
            return
        seen.append(dialog.windowTitle())
        try:
            steps(dialog)
        except Exception as exc:  # noqa: BLE001 - reported by the test, after the window is closed
            seen.append(f"failed: {exc!r}")
            dialog.reject()
            return
        QTest.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, drive)
    return seen


def _table(window) -> Table:
    return window.doc.res.annexes[0].paragraphs[0].table


def test_a_table_is_edited_from_the_menu_and_undone_in_one_step(window, answers):
    window.doc.load(_budget())
    editor = window.editor
    line = next(n for n, e in enumerate(window.doc.entries) if e.kind == Kind.TABLE)
    editor.setTextCursor(QTextCursor(window.doc.findBlockByNumber(line + 2)))

    def steps(dialog: TableDialog) -> None:
        _type_in_cell(dialog, 1, 1, "56 300 000")
        dialog.grid.setCurrentCell(1, 0)
        QTest.mouseClick(dialog.buttons["add_row"], Qt.MouseButton.LeftButton)
        for column, text in enumerate(("Recommendations", "(107 700)", "(107 700)")):
            _type_in_cell(dialog, 2, column, text)
        dialog.caption.selectAll()
        QTest.keyClicks(dialog.caption, "Financing for 2026 (United States dollars)")

    seen = _when_open(steps)
    _action(window, "edit_table").trigger()
    assert seen == ["Edit Table"]
    table = _table(window)
    assert [[c.text for c in row] for row in table.rows] == [
        ["", "Gross", "Net"], ["Estimate for 2026", "56 300 000", "51 375 900"],
        ["Recommendations", "(107 700)", "(107 700)"], ["Appropriation", "56 126 600", "51 268 200"]]
    assert table.title.text == "Financing for 2026 (United States dollars)" and table.header_rows == 1
    assert [a.note.text for a in table.rows[1][1].anchors] == ["Before recosting."]  # the retyped cell's note
    assert [(m.start, m.end, m.style) for m in table.rows[3][1].marks] == [(0, 10, "bold")]  # untouched total
    shown = [b for b in range(window.doc.blockCount()) if window.doc.entry(b).kind == Kind.TABLE]
    assert len(shown) == 5  # the caption and four rows, in the text
    assert "Recommendations" in window.doc.findBlockByNumber(shown[3]).text()

    _action(window, "undo").trigger()
    assert [[c.text for c in row] for row in _table(window).rows][1] == ["Estimate for 2026", "56 234 300",
                                                                         "51 375 900"]
    _action(window, "redo").trigger()
    _action(window, "save").trigger()
    saved = native.load(next(answers.folder.glob("*.unres")))
    assert saved.annexes[0].paragraphs[0].table.rows[2][0].text == "Recommendations"


def test_a_double_click_on_a_table_opens_it_and_typing_in_it_says_how(window):
    window.doc.load(_budget())
    editor = window.editor
    line = next(n for n, e in enumerate(window.doc.entries) if e.kind == Kind.TABLE)
    block = window.doc.findBlockByNumber(line + 1)
    editor.setTextCursor(QTextCursor(block))
    messages: list[str] = []
    editor.message.connect(messages.append)
    QTest.keyClicks(editor.viewport(), "x")
    assert "own window" in messages[-1] and "x" not in block.text()

    def steps(dialog: TableDialog) -> None:
        cell = dialog.grid.visualItemRect(dialog.grid.item(1, 2)).center()
        QTest.mouseClick(dialog.grid.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, cell)
        QTest.mouseClick(dialog.buttons["remove_column"], Qt.MouseButton.LeftButton)

    seen = _when_open(steps)
    where = editor.cursorRect(QTextCursor(block)).center() + QPoint(4, 0)
    QTest.mouseDClick(editor.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, where)
    assert seen == ["Edit Table"]
    assert [[c.text for c in row] for row in _table(window).rows][1] == ["Estimate for 2026", "56 234 300"]
