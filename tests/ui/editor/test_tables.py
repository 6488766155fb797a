"""Tables of an official budget resolution, as the editor shows and keeps them: read-only rows in
place, one outline row a table, refused edits, and the tables exactly as loaded after edits,
a save and a reopening."""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from drafting import native
from tests.support.official import official_pdf
from tests.support.qt import outline_rows
from ui.editor.kinds import Kind

WITH_TABLES = "A_RES_80_239.pdf"  # two annexes, each a table with two header rows


def test_tables_show_as_read_only_rows_and_survive_edits_save_and_reopen(window, answers):
    window.file_actions.open_path(official_pdf(WITH_TABLES))
    loaded = copy.deepcopy(list(window.doc.res.tables()))
    assert [path for path, _ in loaded] == [("annex", 0, 0), ("annex", 1, 0)]
    rows = [(n, e) for n, e in enumerate(window.doc.entries) if e.kind == Kind.TABLE and "cell" in e.path]
    assert len(rows) == sum(len(t.rows) for _, t in loaded)
    number, first = rows[2]
    assert window.doc.findBlockByNumber(number).text() == "Estimated appropriation for 2026a | 56 234 300 | 51 375 900"
    assert first.path == ("annex", 0, 0, "cell", 2, 0)
    outline = outline_rows(window)
    tables = [r for r in outline if r.strip().startswith("Table: ")]
    assert len(tables) == 2

    block = window.doc.findBlockByNumber(number)
    before = block.text()
    window.editor.setTextCursor(QTextCursor(block))
    QTest.keyClicks(window.editor, "999")
    QTest.keyClick(window.editor, Qt.Key.Key_Return)
    QTest.keyClick(window.editor, Qt.Key.Key_Delete)
    assert window.doc.findBlockByNumber(number).text() == before  # a table's row is not edited here

    first_op = next(n for n, e in enumerate(window.doc.entries) if e.kind == Kind.OPERATIVE)
    cursor = QTextCursor(window.doc.findBlockByNumber(first_op))
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    window.editor.setTextCursor(cursor)
    QTest.keyClicks(window.editor, " and more")
    QTest.keyClick(window.editor, Qt.Key.Key_Return)
    QTest.keyClicks(window.editor, "Decides to remain seized of the matter;")
    assert list(window.doc.res.tables()) == loaded
    assert list(window.doc.derive_full().tables()) == loaded
    assert window.file_actions.save_as()
    saved = next(answers.folder.glob("*.unres"))
    again = native.load(saved)
    assert list(again.tables()) == loaded and again.operative[0].text.endswith(" and more")
    window.file_actions.open_path(saved)
    assert list(window.doc.res.tables()) == loaded
