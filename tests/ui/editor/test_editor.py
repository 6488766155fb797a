"""The editor as a delegate uses it: typing a resolution, the conventions applying themselves.

Key events go through QTest; what is checked is what the user sees (labels in the gutter,
italic spans drawn by the highlighter, the footnote pane) and what is saved (the model).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from drafting import native
from drafting.model import Resolution
from tests.support.paths import SAMPLE
from tests.support.qt import ALT, CTRL, ga_template, go_to_block, key, typing
from ui.editor.kinds import Kind, kind_of


def labels(window) -> list[str]:
    return [e.label for e in window.doc.entries if e.kind in (Kind.OPERATIVE, Kind.SUBPARAGRAPH)]


def italic_spans(window, number: int) -> list[tuple[int, int]]:
    block = window.doc.findBlockByNumber(number)
    return [(r.start, r.start + r.length) for r in block.layout().formats() if r.format.fontItalic()]


def type_short_resolution(window) -> None:
    """Title, body line, two preambular and three operative paragraphs, with the keyboard only."""
    window.new_document(ga_template())
    window.editor.setFocus()
    typing(window, "Oceans and the law of the sea")
    key(window, Qt.Key.Key_Return)  # to the body line, already filled by the template
    key(window, Qt.Key.Key_End)
    key(window, Qt.Key.Key_Return)
    typing(window, "Recalling its resolution 79/144 of 6 December 2024,")
    key(window, Qt.Key.Key_Return)
    typing(window, "Recalling also the United Nations Convention on the Law of the Sea,")
    key(window, Qt.Key.Key_Return)
    assert window.editor.offer.isVisible()  # Enter after the last preambular paragraph offers the operative part
    key(window, Qt.Key.Key_Return, CTRL)
    typing(window, "Decides to convene a conference in 2026;")
    key(window, Qt.Key.Key_Return)
    typing(window, "Requests the Secretary-General to report on its preparations;")
    key(window, Qt.Key.Key_Return)
    typing(window, "Decides to remain seized of the matter.")


def test_typing_a_resolution_builds_the_structure_with_italics_and_numbers(window):
    type_short_resolution(window)
    res = window.doc.res
    assert res.title.text == "Oceans and the law of the sea"
    assert res.authoring_body.text == "The General Assembly,"
    assert [p.text[:18] for p in res.preamble] == ["Recalling its reso", "Recalling also the"]
    assert [p.text.split()[0] for p in res.operative] == ["Decides", "Requests", "Decides"]
    assert labels(window) == ["1.", "2.", "3."]
    assert not window.editor.offer.isVisible()
    # The opening phrases are italic as typed, and only they: "Recalling also", "Decides".
    assert italic_spans(window, 2) == [(0, len("Recalling"))]
    assert italic_spans(window, 3) == [(0, len("Recalling also"))]
    assert italic_spans(window, 4) == [(0, len("Decides"))]
    assert italic_spans(window, 1) == [(0, len("The General Assembly,"))]  # the body line, whole
    # Italics are drawn, not typed: nothing italic is stored in the model.
    assert all(not p.marks for p in res.preamble + res.operative)


def test_numbers_follow_insert_delete_and_alt_up(window):
    type_short_resolution(window)
    go_to_block(window, 4)  # end of OP 1
    key(window, Qt.Key.Key_Return)
    typing(window, "Welcomes the report of the Secretary-General;")
    assert [p.text.split()[0] for p in window.doc.res.operative] == ["Decides", "Welcomes", "Requests", "Decides"]
    assert labels(window) == ["1.", "2.", "3.", "4."]
    # Delete the new paragraph (its text and the paragraph break before it).
    block = window.doc.findBlockByNumber(5)
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.MoveOperation.PreviousCharacter)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    cursor.movePosition(QTextCursor.MoveOperation.NextBlock, QTextCursor.MoveMode.KeepAnchor)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    window.editor.setTextCursor(cursor)
    key(window, Qt.Key.Key_Delete)
    assert labels(window) == ["1.", "2.", "3."]
    assert [p.text.split()[0] for p in window.doc.res.operative] == ["Decides", "Requests", "Decides"]
    # Alt+Up on the last paragraph swaps it with "Requests …".
    go_to_block(window, 6)
    key(window, Qt.Key.Key_Up, ALT)
    assert [p.text[:12] for p in window.doc.res.operative] == ["Decides to c", "Decides to r", "Requests the"]
    assert labels(window) == ["1.", "2.", "3."]
    assert window.editor.textCursor().block().text().startswith("Decides to remain")


def test_tab_demotes_and_shift_tab_promotes_with_subparagraphs(window):
    type_short_resolution(window)
    go_to_block(window, 5)  # OP 2
    key(window, Qt.Key.Key_Tab)
    assert labels(window) == ["1.", "(a)", "2."]
    assert window.doc.res.operative[0].children[0].text.startswith("Requests")
    key(window, Qt.Key.Key_Return)
    typing(window, "To consult Member States;")
    assert labels(window) == ["1.", "(a)", "(b)", "2."]
    key(window, Qt.Key.Key_Tab)
    assert labels(window) == ["1.", "(a)", "(i)", "2."]
    go_to_block(window, 5)  # (a) with its (i)
    key(window, Qt.Key.Key_Backtab)
    assert labels(window) == ["1.", "2.", "(a)", "3."]
    assert window.doc.res.operative[1].children[0].text == "To consult Member States;"
    go_to_block(window, 4)  # OP 1 cannot be demoted: nothing above it
    key(window, Qt.Key.Key_Tab)
    assert labels(window) == ["1.", "2.", "(a)", "3."]


def test_alt_down_moves_a_paragraph_with_its_subparagraphs(window):
    type_short_resolution(window)
    go_to_block(window, 5)
    key(window, Qt.Key.Key_Return)
    typing(window, "To consult Member States;")
    key(window, Qt.Key.Key_Tab)  # OP 2 now has (a)
    go_to_block(window, 5, end=False)
    key(window, Qt.Key.Key_Down, ALT)
    res = window.doc.res
    assert [p.text.split()[0] for p in res.operative] == ["Decides", "Decides", "Requests"]
    assert res.operative[2].children[0].text == "To consult Member States;"
    assert labels(window) == ["1.", "2.", "3.", "(a)"]


def test_convert_rewrites_the_verb_form_both_ways(window):
    type_short_resolution(window)
    go_to_block(window, 3)  # "Recalling also …", the last preambular paragraph
    window.editor.actions_by_name["convert"].trigger()
    res = window.doc.res
    assert res.operative[0].text.startswith("Also recalls the United Nations Convention")
    assert [p.text[:9] for p in res.preamble] == ["Recalling"]
    assert labels(window) == ["1.", "2.", "3.", "4."]
    window.editor.actions_by_name["convert"].trigger()
    assert window.doc.res.preamble[-1].text.startswith("Recalling also the United Nations Convention")
    assert len(window.doc.res.operative) == 3


def test_convert_of_a_middle_paragraph_keeps_the_parts_in_order(window):
    type_short_resolution(window)
    go_to_block(window, 6)  # OP 3 "Decides to remain …" becomes the last preambular paragraph
    window.editor.actions_by_name["convert"].trigger()
    kinds = [kind_of(window.doc.findBlockByNumber(n)) for n in range(window.doc.blockCount())]
    assert kinds == [Kind.TITLE, Kind.BODY] + [Kind.PREAMBULAR] * 3 + [Kind.OPERATIVE] * 2
    assert window.doc.res.preamble[-1].text.startswith("Deciding to remain seized")


def test_opening_phrases_are_proposed_with_also_after_the_same_opening(window, qtbot):
    type_short_resolution(window)
    go_to_block(window, 3)
    window.editor.dismiss_offer()
    key(window, Qt.Key.Key_Return)
    window.editor.dismiss_offer()
    typing(window, "Reca")
    popup = window.editor.completer.completer.popup()
    assert popup.isVisible()
    items = window.editor.completer.model.stringList()
    assert items[0] == "Recalling further"  # after "Recalling also"
    assert "Recalling" in items and not any(i.startswith(("Requests", "Decides")) for i in items)
    QTest.keyClick(popup, Qt.Key.Key_Return)
    assert window.editor.textCursor().block().text() == "Recalling further "
    # In the operative part, verbs: "Also decides" comes first after "Decides …".
    go_to_block(window, 5)  # OP 1, "Decides to convene …" (the new preambular paragraph is block 4)
    key(window, Qt.Key.Key_Return)
    typing(window, "Al")
    assert window.editor.completer.model.stringList()[0] == "Also decides"


def test_footnote_insert_edit_jump_and_back(window, qtbot):
    type_short_resolution(window)
    go_to_block(window, 2)  # after "Recalling its resolution 79/144 of 6 December 2024,"
    key(window, Qt.Key.Key_F, CTRL | ALT)
    assert window.tabs.currentWidget() is window.footnotes
    QTest.keyClicks(window.footnotes.editor, "A/RES/79/144.")
    res = window.doc.res
    [(mark, note)] = res.footnotes()
    assert (mark, note.text) == ("1", "A/RES/79/144.")
    assert res.preamble[0].anchors[0].offset == len(res.preamble[0].text)
    # A second note earlier in the text takes 1 and renumbers the first to 2.
    window.editor.setFocus()
    go_to_block(window, 0)
    key(window, Qt.Key.Key_F, CTRL | ALT)
    QTest.keyClicks(window.footnotes.editor, "See annex.")
    assert [(m, n.text) for m, n in window.doc.res.footnotes()] == [("1", "See annex."), ("2", "A/RES/79/144.")]
    # Escape in the note returns to its mark in the text.
    QTest.keyClick(window.footnotes.editor, Qt.Key.Key_Escape)
    assert window.editor.textCursor().block().blockNumber() == 0
    # Clicking a mark selects its note.
    window.editor.setFocus()
    go_to_block(window, 2)
    point = window.editor.cursorRect().center()
    point.setX(point.x() - 3)
    QTest.mouseClick(window.editor.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    assert window.footnotes.current().text == "A/RES/79/144."


def test_undo_walks_back_through_text_and_footnote_edits(window):
    type_short_resolution(window)
    go_to_block(window, 2)
    key(window, Qt.Key.Key_F, CTRL | ALT)
    QTest.keyClicks(window.footnotes.editor, "A/RES/79/144.")
    window.editor.setFocus()
    key(window, Qt.Key.Key_Z, CTRL)  # the note's text, typed as one step
    assert window.doc.res.footnotes()[0][1].text == ""
    key(window, Qt.Key.Key_Z, CTRL)  # the mark
    assert window.doc.res.footnotes() == []
    key(window, Qt.Key.Key_Y, CTRL)
    key(window, Qt.Key.Key_Y, CTRL)
    assert window.doc.res.footnotes()[0][1].text == "A/RES/79/144."


def test_edits_save_and_reopen_equal(window, tmp_path):
    type_short_resolution(window)
    go_to_block(window, 5)
    key(window, Qt.Key.Key_Tab)
    go_to_block(window, 2)
    key(window, Qt.Key.Key_F, CTRL | ALT)
    QTest.keyClicks(window.footnotes.editor, "A/RES/79/144.")
    target = tmp_path / "oceans.unres"
    assert window.file_actions._write(target)
    assert not window.is_modified()
    reopened = native.load(target)
    assert native.dumps(reopened) == native.dumps(window.doc.res)
    window.file_actions.open_path(target)
    assert native.dumps(window.doc.res) == native.dumps(reopened)
    assert labels(window) == ["1.", "(a)", "2."]


def test_incremental_model_equals_a_full_rederive_after_each_edit(window):
    window.file_actions.open_path(SAMPLE)
    doc = window.doc
    steps = [lambda: (go_to_block(window, 10), typing(window, " and more words")),
             lambda: (go_to_block(window, 30), key(window, Qt.Key.Key_Return), typing(window, "Urges States;")),
             lambda: (go_to_block(window, 31), key(window, Qt.Key.Key_Tab)),
             lambda: (go_to_block(window, 12, end=False), key(window, Qt.Key.Key_Backspace)),
             lambda: (go_to_block(window, 40), key(window, Qt.Key.Key_Up, ALT)),
             lambda: (go_to_block(window, 20), window.editor.actions_by_name["convert"].trigger()),
             lambda: key(window, Qt.Key.Key_Z, CTRL),
             lambda: key(window, Qt.Key.Key_Z, CTRL)]
    for step in steps:
        step()
        assert native.dumps(doc.derive_full()) == native.dumps(doc.res)


def test_loading_keeps_the_model_unchanged(window):
    res = __import__("drafting.importers", fromlist=["load_document"]).load_document(
        SAMPLE).resolution
    before = native.dumps(res)
    window.new_document(res)
    assert native.dumps(window.doc.res) == before


def test_a_new_empty_document_can_be_typed_into(window):
    window.new_document(Resolution())
    window.editor.setFocus()
    typing(window, "A title")
    key(window, Qt.Key.Key_Return)
    typing(window, "The General Assembly,")
    key(window, Qt.Key.Key_Return)
    typing(window, "Noting the report,")
    assert window.doc.res.title.text == "A title"
    assert window.doc.res.preamble[0].text == "Noting the report,"


def test_pasting_a_resolution_text_makes_paragraphs_of_their_parts(window):
    from PySide6.QtCore import QMimeData

    window.new_document(ga_template())
    go_to_block(window, 1)
    key(window, Qt.Key.Key_Return)  # an empty preambular paragraph
    data = QMimeData()
    data.setText("Recalling its resolution 79/144 of 6 December 2024,\n\nNoting the report,\n\n"
                 "1. Decides to convene a conference;\n\n2. Requests the Secretary-General:\n\n"
                 "(a) To report to the Assembly;\n\n(b) To consult Member States.")
    window.editor.insertFromMimeData(data)
    res = window.doc.res
    assert [p.text for p in res.preamble] == ["Recalling its resolution 79/144 of 6 December 2024,",
                                              "Noting the report,"]
    assert [p.text for p in res.operative] == ["Decides to convene a conference;", "Requests the Secretary-General:"]
    assert [c.text for c in res.operative[1].children] == ["To report to the Assembly;", "To consult Member States."]
    assert labels(window) == ["1.", "2.", "(a)", "(b)"]  # derived again, the typed ones dropped
    window.history.undo()  # one step
    assert res is window.doc.res and window.doc.res.preamble[0].text == ""
    # Within a paragraph, a line of text is just text.
    go_to_block(window, 2)
    data.setText("its earlier resolutions")
    window.editor.insertFromMimeData(data)
    assert window.doc.res.preamble[0].text == "its earlier resolutions"
