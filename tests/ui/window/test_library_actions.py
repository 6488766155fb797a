"""The Library in the window: search as you type, insert agreed language, Show Agreed Language, damage."""

from __future__ import annotations

import copy
import shutil
from pathlib import Path

import pytest
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtTest import QTest

from drafting.importers import load_document
from drafting.library import Library, default_path
from drafting.model import Paragraph
from tests.support.library import copy_library
from tests.support.paths import GA_TEXTS
from ui.window import library_actions


def trigger(window, name: str) -> None:
    window.findChild(QAction, name).trigger()


@pytest.fixture
def with_library(window, official_library: Path):
    """The window's user library: a copy of the session's library of official PDFs."""
    target = default_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    copy_library(official_library, target)
    return window


def search(qtbot, window, text: str):
    trigger(window, "search_library")
    pane = window.library.pane
    assert pane.field.hasFocus() or window.library.dock.isVisible()
    QTest.keyClicks(pane.field, text)
    assert pane.busy() and not pane.hits  # waits for a pause in typing; the editor is not held up
    qtbot.waitUntil(lambda: not pane.busy() and bool(pane.hits), timeout=15000)
    return pane


def test_search_as_you_type_shows_symbol_date_paragraph_and_the_matched_words(qtbot, with_library):
    pane = search(qtbot, with_library, "democratic equitable international order")
    first = pane.hits[0]
    assert first.symbol and first.label and first.date
    label = pane.results.itemWidget(pane.results.item(0))
    shown = label.text()
    assert first.symbol in shown and first.label in shown
    assert "<b>democratic</b>" in shown.lower() or "<b>democratic and equitable" in shown.lower()
    assert "found" in pane.status.text()


def test_a_preambular_result_is_inserted_as_an_operative_paragraph_with_its_source(qtbot, with_library):
    window = with_library
    pane = search(qtbot, window, '"Welcoming the convening of the Fourth International Conference on Financing"')
    row = next(i for i, h in enumerate(pane.hits) if h.symbol == "A/RES/80/208")
    pane.results.setCurrentRow(row)
    pane.recall.setChecked(True)
    pane.footnote.setChecked(True)
    before_pp, before_op = len(window.doc.res.preamble), len(window.doc.res.operative)
    trigger(window, "insert_operative")
    res = window.doc.res
    assert len(res.operative) == before_op + 1 and len(res.preamble) == before_pp + 1
    inserted = next(p for p in res.operative if "Fourth International Conference" in p.text)
    assert inserted.text.startswith("Welcomes the convening") and inserted.text.endswith(";")
    assert inserted.anchors and inserted.anchors[0].note.text.startswith("A/RES/80/208, preambular para. 20")
    assert any(p.text.startswith("Recalling its resolution 80/208 of ") for p in res.preamble)
    window.history.undo()
    assert (len(window.doc.res.preamble), len(window.doc.res.operative)) == (before_pp, before_op)


def test_a_result_goes_where_the_cursor_is(qtbot, with_library):
    window = with_library
    pane = search(qtbot, window, '"Affirms that everyone is entitled to a democratic"')
    window.new_document(copy.deepcopy(load_document(GA_TEXTS["A_RES_79_180"]).resolution))
    block = window.doc.block_of(("preamble", 1))
    window.editor.setTextCursor(QTextCursor(block))
    pane.results.setCurrentRow(0)
    trigger(window, "insert_preambular")
    assert window.doc.res.preamble[2].text.startswith("Affirming that everyone is entitled")
    assert window.doc.res.preamble[2].text.endswith(",")


def draft_from_a_resolution(official_subset: Path):
    draft = copy.deepcopy(load_document(official_subset / "A_RES_80_208.pdf").resolution)
    draft.masthead.symbol.text = "A/C.3/81/L.98"
    words = draft.operative[0].text.split()
    draft.operative[0].text = " ".join(words[:4] + ["firmly"] + words[4:])
    draft.operative.append(Paragraph("Invites the Independent Expert to visit the lighthouse museums of small "
                                     "island municipalities with beekeepers;"))
    return draft


def test_show_agreed_language_marks_each_paragraph_and_sums_up(qtbot, with_library, official_subset):
    window = with_library
    draft = draft_from_a_resolution(official_subset)
    window.new_document(draft)
    trigger(window, "show_agreed_language")
    actions = window.library
    qtbot.waitUntil(lambda: "agreed," in actions.summary.text(), timeout=30000)
    total = len(actions.statuses)
    assert actions.summary.text() == f"{total - 2} agreed, 1 amended, 1 new"
    assert len(window.editor.extraSelections()) == total
    op1 = window.doc.block_of(("operative", 0)).blockNumber()
    tip = actions.tooltip(op1)
    assert "Amended from A/RES/80/208 OP1" in tip and "<u" in tip and "firmly" in tip
    last = window.doc.block_of(("operative", len(draft.operative) - 1)).blockNumber()
    assert actions.tooltip(last).startswith("New")
    assert "identical to A/RES/80/208" in actions.tooltip(window.doc.block_of(("preamble", 0)).blockNumber())

    trigger(window, "show_agreed_language")  # off again
    qtbot.waitUntil(lambda: not window.editor.extraSelections(), timeout=5000)
    assert not actions.summary.isVisible()


def small_library(tmp_path: Path) -> Path:
    folder = tmp_path / "texts"
    folder.mkdir()
    for name, path in GA_TEXTS.items():
        shutil.copyfile(path, folder / f"{name}.txt")
    db = default_path()
    with Library.open(db) as library:
        library.add([folder])
    data = bytearray(db.read_bytes())
    data[len(data) // 2:len(data) // 2 + 8192] = b"\x00\x13" * 4096
    db.write_bytes(bytes(data))
    return db


def test_a_damaged_library_is_rebuilt_after_asking(qtbot, window, tmp_path, monkeypatch):
    small_library(tmp_path)
    asked = []
    monkeypatch.setattr(library_actions, "ask_rebuild", lambda *args: asked.append(args) or True)
    trigger(window, "search_library")
    assert asked
    qtbot.waitUntil(lambda: not window.library.adding, timeout=60000)
    assert window.statusBar().currentMessage().startswith("Library rebuilt: 3 added")
    QTest.keyClicks(window.library.pane.field, "trafficking persons")
    qtbot.waitUntil(lambda: bool(window.library.pane.hits), timeout=15000)


def test_a_damaged_library_is_left_alone_when_the_user_says_no(qtbot, window, tmp_path, monkeypatch):
    db = small_library(tmp_path)
    damaged = db.read_bytes()
    monkeypatch.setattr(library_actions, "ask_rebuild", lambda *args: False)
    trigger(window, "search_library")
    assert "damaged" in window.library.pane.status.text()
    assert db.read_bytes() == damaged


def test_without_a_library_the_pane_says_how_to_make_one(qtbot, window):
    trigger(window, "search_library")
    assert "Add Folder to Library" in window.library.pane.status.text()
    trigger(window, "show_agreed_language")
    assert not window.findChild(QAction, "show_agreed_language").isChecked()


def test_adding_a_folder_works_in_the_background_and_then_searches(qtbot, window, tmp_path):
    folder = tmp_path / "texts"
    folder.mkdir()
    for name, path in GA_TEXTS.items():
        shutil.copyfile(path, folder / f"{name}.txt")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 not a PDF")
    trigger(window, "search_library")
    window.library.add_folders([str(folder)])
    assert window.library.adding and not window.findChild(QAction, "add_folder_to_library").isEnabled()
    qtbot.waitUntil(lambda: not window.library.adding, timeout=60000)
    message = window.statusBar().currentMessage()
    assert "3 added" in message and "1 skipped" in message
    assert "broken.pdf" in window.statusBar().toolTip()
    QTest.keyClicks(window.library.pane.field, "trafficking persons")
    qtbot.waitUntil(lambda: bool(window.library.pane.hits), timeout=15000)


def test_damage_a_search_meets_is_offered_the_rebuild(qtbot, window, tmp_path, monkeypatch):
    import sqlite3

    folder = tmp_path / "texts"
    folder.mkdir()
    for name, path in GA_TEXTS.items():
        shutil.copyfile(path, folder / f"{name}.txt")
    with Library.open(default_path()) as library:
        library.add([folder])
    conn = sqlite3.connect(default_path())
    conn.execute("UPDATE paragraph_index_data SET block = randomblob(length(block)) WHERE id > 10")
    conn.commit()
    conn.close()
    asked = []
    monkeypatch.setattr(library_actions, "ask_rebuild", lambda *args: asked.append(args) or True)
    trigger(window, "search_library")
    QTest.keyClicks(window.library.pane.field, "trafficking persons")
    qtbot.waitUntil(lambda: bool(asked), timeout=15000)
    qtbot.waitUntil(lambda: not window.library.adding and bool(window.library.pane.hits), timeout=60000)
    assert window.statusBar().currentMessage().startswith("Library rebuilt: 3 added")


def test_agreed_language_goes_into_the_text_the_cursor_is_in():
    from drafting.library.search import Hit
    from drafting.model import Inline, Resolution, Section

    res = Resolution(authoring_body=Inline("The General Assembly,"), operative=[Paragraph("Decides;")],
                     sections=[Section("II", Inline("Second"), preamble=[Paragraph("Noting the report,")],
                                       operative=[Paragraph("Approves;"), Paragraph("Requests.")])])
    hit = Hit("A/RES/80/208", "Title", "2025-12-17", "General Assembly", "operative", "3", "3.",
              "Encourages Member States to act;", 1.0, number="80/208")
    path = library_actions.insert_into(res, hit, "operative", ("section", 0, "operative", 0), True, False, [])
    assert path == ("section", 0, "operative", 1)
    assert [p.text for p in res.sections[0].operative] == ["Approves;", "Encourages Member States to act;",
                                                           "Requests."]
    assert res.sections[0].preamble[0].text.startswith("Recalling its resolution 80/208")
    assert res.operative == [Paragraph("Decides;")] and len(res.preamble) == 0
