"""Versions in the editor: the compare view on a planted revision of the CTOC draft (the list of
changes, stepping, the words marked), a new draft from A/RES/79/180 with its suggested updates
and "Compare with Base", and the export with tracked changes."""

from __future__ import annotations

import copy
import shutil
import zipfile

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QListWidget, QMessageBox, QTextEdit

from drafting import native
from drafting.importers import load_document
from drafting.model import Paragraph
from tests.support.paths import CTOC, GA_TEXTS
from ui.compare.render import marked
from ui.compare.rows import DELETED, INSERTED, MOVED_FROM, MOVED_TO
from ui.editor.highlighter import UNDERLINE_COLOURS

NEW_OP = "Decides to hold an expert meeting on trafficking in persons in 2024;"
PLANTED = ["PP5 deleted", "PP5–26 (formerly PP6–27) renumbered", "OP 3 new", "OP 4–7 (formerly OP 3–6) renumbered",
           "OP 8 (formerly OP 7) amended", "OP 9–10 (formerly OP 8–9) renumbered", "OP 10 moved to OP 16",
           "OP 17–20 (formerly OP 16–19) renumbered"]


@pytest.fixture
def edited(tmp_path):
    """The CTOC draft with an insert (OP 3), a delete (PP5), an amendment (OP 7) and a move (OP 10 to OP 16)."""
    res = copy.deepcopy(load_document(CTOC).resolution)
    res.operative.insert(2, Paragraph(NEW_OP))
    del res.preamble[4]
    amended = res.operative[7]
    assert "to discourage" in amended.text
    amended.text = amended.text.replace("to discourage", "to prevent and discourage", 1)
    res.operative.insert(15, res.operative.pop(10))
    path = tmp_path / "edited.unres"
    native.save(res, path)
    return path


def compared_with_ctoc(window, edited):
    assert window.file_actions.open_path(edited)
    view = window.compare_actions.compare_with_file(CTOC)
    assert view is not None and view.isVisible()
    active(view)
    return view


def active(view) -> None:
    """As the user sees it: the view in front, its keys working (the main window's activation may
    still be under way when the view opens offscreen)."""
    QTest.qWait(20)
    view.activateWindow()
    assert QTest.qWaitForWindowActive(view)


def current_text(view) -> str:
    start, end = view._spans[view.current_row()]
    cursor = view.text.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, cursor.MoveMode.KeepAnchor)
    return cursor.selectedText()


def test_the_list_names_the_planted_changes_in_order(window, edited):
    view = compared_with_ctoc(window, edited)
    assert view.entries() == PLANTED
    assert "1 new, 1 deleted, 1 amended, 1 moved" in view.heading.text()
    amended = view.list.item(PLANTED.index("OP 8 (formerly OP 7) amended"))
    assert amended.data(Qt.ItemDataRole.AccessibleTextRole) == "OP 8 (formerly OP 7) amended: “prevent and” inserted"


def test_stepping_scrolls_the_text_to_each_change(window, edited):
    view = compared_with_ctoc(window, edited)
    old_pp5 = load_document(CTOC).resolution.preamble[4].text
    assert view.list.currentRow() == 0 and old_pp5 in current_text(view)
    seen = []
    for _ in range(len(PLANTED) - 1):
        QTest.keyClick(view, Qt.Key.Key_F8)
        seen.append(current_text(view))
        assert view.text.viewport().rect().contains(view.text.cursorRect().topLeft())  # the change is on screen
        [highlight] = view.text.extraSelections()
        assert highlight.cursor.selectedText() == current_text(view)
    assert view.list.currentRow() == len(PLANTED) - 1 and not view.next_button.isEnabled()
    assert seen[1].startswith("OP 3") and NEW_OP in seen[1]
    assert seen[3].startswith("OP 8") and "to prevent and discourage" in seen[3]
    assert seen[5].startswith("OP 16 (moved from OP 10)")  # where it is now
    QTest.keyClick(view, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert view.list.currentRow() == len(PLANTED) - 2
    view.list.setCurrentRow(2)  # a click in the list
    assert NEW_OP in current_text(view)


def test_the_word_diff_marks_the_right_words_inline_and_side_by_side(window, edited):
    view = compared_with_ctoc(window, edited)
    old = load_document(CTOC).resolution
    document = view.text.document()
    assert [t.strip() for t in marked(document, INSERTED)] == [NEW_OP, "prevent and"]
    assert marked(document, DELETED) == [old.preamble[4].text]
    assert marked(document, MOVED_FROM) == [old.operative[9].text]
    assert marked(document, MOVED_TO) == [old.operative[9].text]
    row = view.current_row()
    view.side_by_side.setChecked(True)
    assert view.current_row() == row and old.preamble[4].text in current_text(view)
    assert [t.strip() for t in marked(document, INSERTED)] == [NEW_OP, "prevent and"]
    assert marked(document, DELETED) == [old.preamble[4].text]
    view.list.setCurrentRow(PLANTED.index("OP 8 (formerly OP 7) amended"))
    both = current_text(view)
    assert both.count("Urges States parties to") == 2  # the old and the new wording on one row
    assert "OP 7" in both and "OP 8" in both


def test_swapping_sides_reverses_the_changes(window, edited):
    view = compared_with_ctoc(window, edited)
    view.swap_button.click()
    assert view.entries()[0] == "PP5 new" and "OP 3 deleted" in view.entries()


def test_compare_with_base_on_a_draft_from_the_adopted_resolution(window, tmp_path):
    action = window.findChild(QAction, "compare_with_base")
    assert not action.isEnabled()  # the template has no base
    assert window.compare_actions.new_draft_from_previous(GA_TEXTS["A_RES_79_180"])
    res = window.doc.res
    assert res.masthead.symbol.text == "A/C.3/80/L.__" and res.meta.base["symbol"] == "A/RES/79/180"
    assert action.isEnabled()
    action.trigger()
    view = window.compare_actions.compare_view
    assert view.entries()[:2] == ["Symbol: A/RES/79/180 → A/C.3/80/L.__", "Distribution: General → Limited"]
    assert not [e for e in view.entries() if e.startswith(("PP", "OP"))]  # no paragraph changed yet
    view.close()
    assert window.compare_actions.compare_view is None
    path = tmp_path / "draft.unres"
    assert window.file_actions._write(path)
    assert window.file_actions.open_path(path) and window.compare_actions.has_base()  # the base is kept in the .unres


def suggestions(window) -> list:
    """The suggested updates of a draft among the rules engine's findings."""
    return [d for d in window.checker.findings if d.category == "revision"]


def test_suggested_updates_are_findings_fixed_one_at_a_time_and_undone(window, qtbot):
    window.compare_actions.new_draft_from_previous(GA_TEXTS["A_RES_79_180"])
    qtbot.waitUntil(lambda: {d.code for d in suggestions(window)} == {"RES901", "RES902", "RES903"}, timeout=5000)
    listed = {d.code for d in window.issues.visible_findings()}
    assert {"RES901", "RES902", "RES903"} <= listed
    window.issues.category_filter.setCurrentIndex(window.issues.category_filter.findData("revision"))
    assert {d.code for d in window.issues.visible_findings()} == {"RES901", "RES902", "RES903"}
    session = next(d for d in suggestions(window) if d.code == "RES902")
    block = window.doc.block_of(session.location.path)
    assert any(u.finding.code == "RES902" for u in window.editor.highlighter.findings_at(block, session.location.start))
    colours = {r.format.underlineColor().name() for r in block.layout().formats()
               if r.format.underlineStyle() == r.format.UnderlineStyle.WaveUnderline}
    assert UNDERLINE_COLOURS["revision"]["info"].name() in colours  # suggestions in their own colour
    window.review_actions.apply_fix(session)
    assert "eighty-first" in window.doc.res.operative[11].text
    qtbot.waitUntil(lambda: {d.code for d in suggestions(window)} == {"RES901", "RES903"}, timeout=5000)
    recall = next(d for d in suggestions(window) if d.code == "RES901")
    preamble = len(window.doc.res.preamble)
    window.review_actions.apply_fix(recall)
    assert len(window.doc.res.preamble) == preamble + 1
    assert window.doc.res.preamble[10].text == "Recalling its resolution 79/180 of 17 December 2024,"
    qtbot.waitUntil(lambda: {d.code for d in suggestions(window)} == {"RES903"}, timeout=5000)
    view = window.compare_actions.compare_with_base()
    assert "PP11 new" in view.entries() and "OP 12 amended" in view.entries()
    view.close()
    window.history.undo()
    window.history.undo()
    assert len(window.doc.res.preamble) == preamble and "eightieth" in window.doc.res.operative[11].text
    qtbot.waitUntil(lambda: len(suggestions(window)) == 3, timeout=5000)


def test_a_suggestion_can_be_ignored_with_a_reason(window, qtbot, monkeypatch):
    from ui.dialogs import messages as dialogs

    window.compare_actions.new_draft_from_previous(GA_TEXTS["A_RES_79_180"])
    qtbot.waitUntil(lambda: len(suggestions(window)) == 3, timeout=5000)
    agenda = next(d for d in suggestions(window) if d.code == "RES903")
    monkeypatch.setattr(dialogs, "ask_reason", lambda *args: "the item keeps its number this session")
    window.review_actions.ignore(agenda)
    qtbot.waitUntil(lambda: {d.code for d in suggestions(window)} == {"RES901", "RES902"}, timeout=5000)
    window.history.undo()
    qtbot.waitUntil(lambda: len(suggestions(window)) == 3, timeout=5000)


def test_a_stale_suggestion_is_refused(window, qtbot):
    window.compare_actions.new_draft_from_previous(GA_TEXTS["A_RES_79_180"])
    qtbot.waitUntil(lambda: len(suggestions(window)) == 3, timeout=5000)
    session = next(d for d in suggestions(window) if d.code == "RES902")
    window.review_actions.apply_fix(session)
    before = window.doc.res.operative[11].text
    window.review_actions.apply_fix(session)  # again, from an old list
    assert window.doc.res.operative[11].text == before
    assert "changed since" in window.statusBar().currentMessage()


def test_export_with_tracked_changes_reads_back_as_the_new_text(window, edited, tmp_path):
    window.settings.author = "A. Delegate"
    view = compared_with_ctoc(window, edited)
    target = tmp_path / "tracked.docx"
    assert view.export_tracked(target)
    assert "tracked.docx" in view.heading.text()
    with zipfile.ZipFile(target) as package:
        body = package.read("word/document.xml").decode("utf-8")
    assert 'w:author="A. Delegate"' in body and "<w:del " in body and "<w:ins " in body
    back = load_document(target).resolution
    new = load_document(edited).resolution
    assert [p.text for p in back.operative] == [p.text for p in new.operative]
    assert [p.text for p in back.preamble] == [p.text for p in new.preamble]


def test_export_never_overwrites_a_compared_file(window, edited, tmp_path):
    other = tmp_path / "other.docx"
    assert window.file_actions.open_path(edited)
    assert window.file_actions.export_docx(other)
    before = other.read_bytes()
    view = window.compare_actions.compare_with_file(other)
    assert not view.export_tracked(other)
    assert other.read_bytes() == before
    assert any("compared files" in box.text() for box in view.findChildren(QMessageBox))


def test_a_bad_file_to_compare_with_shows_the_reason(window, tmp_path):
    bad = tmp_path / "broken.docx"
    bad.write_bytes(b"PK\x03\x04 not a zip")
    assert window.compare_actions.compare_with_file(bad) is None
    [box] = window.findChildren(QMessageBox)
    assert "broken.docx" in box.text()
    assert window.compare_actions.new_draft_from_previous(tmp_path / "missing.pdf") is False


def test_the_compare_view_is_usable_from_the_keyboard(window, edited):
    view = compared_with_ctoc(window, edited)
    controls = [w for kind in (QLineEdit, QListWidget, QTextEdit, QAbstractButton) for w in view.findChildren(kind)]
    unnamed = [w for w in controls if w.isVisibleTo(view) and not w.accessibleName()
               and not (isinstance(w, QAbstractButton) and w.text().strip())]
    assert unnamed == []
    QTest.keyClick(view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert view.side_by_side.isChecked()
    QTest.keyClick(view, Qt.Key.Key_Escape)
    assert window.compare_actions.compare_view is None


def test_compare_with_base_from_a_copied_draft_file(window, tmp_path):
    """new-from on the command line and the editor agree: its .unres opens with the base."""
    import main

    draft = tmp_path / "next.unres"
    assert main.main(["new-from", str(GA_TEXTS["A_RES_79_180"]), "-o", str(draft)]) == 0
    copy_path = tmp_path / "copy.unres"
    shutil.copy(draft, copy_path)
    assert window.file_actions.open_path(copy_path)
    view = window.compare_actions.compare_with_base()
    assert view.old_name == "Base (A/RES/79/180)"
