"""Further texts of a document (resolutions II, III …; parts B; budget sections) and an amendment's instructions
are edited in the editor as the first text is: typed, numbered afresh in each text, saved and reopened."""

from __future__ import annotations

import copy

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtTest import QTest

from drafting import native
from drafting.exporters import export_document as export
from drafting.importers import load_document
from drafting.model import Inline, Paragraph, Resolution, Section, Source, Submission, walk
from tests.support.official import load_official, official_dir
from tests.support.paths import CORPUS
from tests.support.qt import outline_rows
from tests.support.shared import shared_dir
from ui.compare.amendment_view import AmendmentWindow
from ui.editor.editor import ResolutionEditor
from ui.editor.kinds import Kind

SEVERAL_RESOLUTIONS = "A_RES_80_243.pdf"  # resolutions I to XXIV under one number, each numbered from 1
BUDGET_WITH_SECTIONS = "A_C.5_80_L.17.pdf"  # a first text "A" and further texts I, II, A., B., B with titles


def _official(name: str):
    folder = official_dir()
    if folder is None or not (folder / name).is_file():
        pytest.skip("the official corpus (corpus/official) is not available")
    load_official(folder / name)  # the import cache warmed (the window imports the file itself)
    return folder / name


def _action(window, name: str) -> QAction:
    return next(a for a in window.findChildren(QAction) if a.objectName() == name)


def _at_end(editor, number: int) -> None:
    cursor = QTextCursor(editor.doc.findBlockByNumber(number))
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    editor.setTextCursor(cursor)
    editor.setFocus()


def _labels(window, prefix: tuple) -> list[str]:
    return [e.label for e in window.doc.entries if e.kind == Kind.OPERATIVE and e.path[:len(prefix)] == prefix
            and len(e.path) == len(prefix) + 2]


def test_typing_and_enter_in_text_two_numbers_there_saves_with_the_menu_and_reopens(window, answers, qtbot):
    window.file_actions.open_path(_official(SEVERAL_RESOLUTIONS))
    loaded = copy.deepcopy(window.doc.res)
    first_before, third_before = _labels(window, ()), _labels(window, ("section", 1))
    number = window.doc.block_of(("section", 0, "operative", 2)).blockNumber()
    assert window.doc.entry(number).label == "3."
    _at_end(window.editor, number)
    QTest.keyClicks(window.editor, " in full")
    QTest.keyClick(window.editor, Qt.Key.Key_Return)
    QTest.keyClicks(window.editor, "Requests the Secretary-General to report on the plan;")

    fresh = window.doc.entry(number + 1)
    assert (fresh.kind, fresh.path, fresh.label) == (Kind.OPERATIVE, ("section", 0, "operative", 3), "4.")
    section = window.doc.res.sections[0]
    assert section.operative[2].text.endswith(" in full")
    assert section.operative[3].text == "Requests the Secretary-General to report on the plan;"
    assert _labels(window, ()) == first_before  # resolution I keeps its numbers, III counts from 1 still
    assert _labels(window, ("section", 1)) == third_before
    assert window.doc.res.operative == loaded.operative and window.doc.res.sections[1:] == loaded.sections[1:]
    assert window.doc.derive_full().sections == window.doc.res.sections
    qtbot.waitUntil(lambda: any(r.strip().startswith("4.  Requests") for r in outline_rows(window)))  # after a pause
    assert window.count_label.text() == "II: PP 2 · OP 4"  # the status bar counts the text the cursor is in
    _at_end(window.editor, window.doc.block_of(("section", 1, "operative", 0)).blockNumber())
    assert window.count_label.text() == "III: PP 2 · OP 2"
    _at_end(window.editor, number + 1)
    rows = outline_rows(window)
    second = next(i for i, r in enumerate(rows) if r.startswith("II "))
    third = next(i for i, r in enumerate(rows) if r.startswith("III "))
    assert "  Operative part (4)" in rows[second:third]
    assert any(r.strip().startswith("4.  Requests the Secretary-General to report") for r in rows[second:third])

    _action(window, "save").trigger()
    saved = next(answers.folder.glob("*.unres"))
    reopened = native.load(saved)
    assert reopened.sections[0].operative[3].text == "Requests the Secretary-General to report on the plan;"
    assert reopened.sections[0].operative[2].text.endswith(" in full")
    assert reopened.sections[1:] == loaded.sections[1:] and reopened.operative == loaded.operative
    window.file_actions.open_path(saved)
    number = window.doc.block_of(("section", 0, "operative", 3)).blockNumber()
    assert window.doc.entry(number).label == "4."
    assert window.doc.findBlockByNumber(number).text() == "Requests the Secretary-General to report on the plan;"


def test_undo_takes_back_typing_in_a_further_text(window):
    window.file_actions.open_path(_official(SEVERAL_RESOLUTIONS))
    before = copy.deepcopy(window.doc.res.sections[0].operative)
    number = window.doc.block_of(("section", 0, "operative", 2)).blockNumber()
    _at_end(window.editor, number)
    QTest.keyClick(window.editor, Qt.Key.Key_Return)
    QTest.keyClicks(window.editor, "Decides to act;")
    assert len(window.doc.res.sections[0].operative) == 4
    undo = _action(window, "undo")
    for _ in range(6):
        if window.doc.res.sections[0].operative == before:
            break
        undo.trigger()
    assert window.doc.res.sections[0].operative == before
    assert [e.label for e in window.doc.entries if e.path[:3] == ("section", 0, "operative")] == ["1.", "2.", "3."]


def test_texts_never_merge_and_paragraphs_move_only_inside_their_text(window):
    window.file_actions.open_path(_official(SEVERAL_RESOLUTIONS))
    doc = window.doc
    sections = len(doc.res.sections)
    head = doc.block_of(("section", 1, "title")).blockNumber()
    title = doc.findBlockByNumber(head).text()
    window.editor.setTextCursor(QTextCursor(doc.findBlockByNumber(head)))
    QTest.keyClick(window.editor, Qt.Key.Key_Backspace)  # at the start of a text's title line
    _at_end(window.editor, head - 1)
    QTest.keyClick(window.editor, Qt.Key.Key_Delete)  # at the end of the text above
    across = QTextCursor(doc.findBlockByNumber(head - 1))
    across.setPosition(doc.findBlockByNumber(head + 1).position(), QTextCursor.MoveMode.KeepAnchor)
    window.editor.setTextCursor(across)
    QTest.keyClicks(window.editor, "x")
    window.editor.setTextCursor(across)
    window.editor.cut()
    assert len(doc.res.sections) == sections and doc.findBlockByNumber(head).text() == title

    # a text's title line is edited like any line; Enter there goes on into the text, never splits it
    _at_end(window.editor, head)
    QTest.keyClicks(window.editor, " (revised)")
    assert doc.res.sections[1].title.text == title + " (revised)" and doc.res.sections[1].label == "III"
    QTest.keyClick(window.editor, Qt.Key.Key_Return)
    assert len(doc.res.sections) == sections

    # Alt+Up on the first operative paragraph of text III stays in text III
    first_op = doc.block_of(("section", 1, "operative", 0)).blockNumber()
    window.editor.setTextCursor(QTextCursor(doc.findBlockByNumber(first_op)))
    ops = copy.deepcopy(doc.res.sections[1].operative)
    QTest.keyClick(window.editor, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert doc.res.sections[1].operative == ops and doc.res.sections[0].operative[-1].text != ops[0].text
    QTest.keyClick(window.editor, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [p.text for p in doc.res.sections[1].operative[:2]] == [ops[1].text, ops[0].text]
    # Tab makes the second paragraph of text III a subparagraph of its first, lettered (a)
    second = doc.block_of(("section", 1, "operative", 1)).blockNumber()
    window.editor.setTextCursor(QTextCursor(doc.findBlockByNumber(second)))
    QTest.keyClick(window.editor, Qt.Key.Key_Tab)
    assert doc.entry(second).path == ("section", 1, "operative", 0, 0) and doc.entry(second).label == "(a)"
    assert doc.derive_full().sections == doc.res.sections


def _click(view, item) -> None:
    view.scrollToItem(item)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     view.visualItemRect(item).center())


def test_openings_in_a_further_text_are_italic_as_typed_and_findings_and_outline_jump_into_it(window, qtbot):
    window.file_actions.open_path(_official(SEVERAL_RESOLUTIONS))
    doc = window.doc
    number = doc.block_of(("section", 0, "operative", 2)).blockNumber()
    _at_end(window.editor, number)
    QTest.keyClick(window.editor, Qt.Key.Key_Return)
    QTest.keyClicks(window.editor, "Requests  the Secretary-General to report;")
    block = doc.findBlockByNumber(number + 1)
    italic = [r for r in block.layout().formats() if r.format.fontItalic()]
    assert italic and italic[0].start == 0 and italic[0].length == len("Requests")

    found = [d for d in window.checker.run_now() if d.location.path[:4] == ("section", 0, "operative", 3)]
    assert found, "the double space typed in text II is found there"
    window.editor.setTextCursor(QTextCursor(doc.firstBlock()))
    tree = window.issues.tree
    row = next(i for i in range(tree.count()) if tree.item(i).data(Qt.ItemDataRole.UserRole) in found)
    assert tree.item(row).text().startswith("II, OP 4")
    _click(tree, tree.item(row))
    assert window.editor.textCursor().blockNumber() == number + 1

    window.editor.setTextCursor(QTextCursor(doc.firstBlock()))
    outline = window.outline
    qtbot.waitUntil(lambda: any(r.strip().startswith("4.  Requests") for r in outline_rows(window)))
    item = next(outline.topLevelItem(i) for i in range(outline.topLevelItemCount())
                if outline.topLevelItem(i).text(0).startswith("II "))
    part = next(item.child(i) for i in range(item.childCount()) if item.child(i).text(0).startswith("Operative"))
    assert part.text(0) == "Operative part (4)"
    _click(outline, part.child(3))
    assert window.editor.textCursor().blockNumber() == number + 1


def test_a_budget_document_keeps_every_section_through_an_edit_export_and_reimport(window, answers, tmp_path):
    window.file_actions.open_path(_official(BUDGET_WITH_SECTIONS))
    loaded = copy.deepcopy(window.doc.res.sections)
    rows = outline_rows(window)
    assert rows[1] == "A"
    assert any(r.startswith("I Conditions of service") for r in rows)
    number = window.doc.block_of(("section", 3, "operative", 0)).blockNumber()
    _at_end(window.editor, number)
    QTest.keyClicks(window.editor, " accordingly")
    assert window.doc.res.sections[3].operative[0].text == loaded[3].operative[0].text + " accordingly"
    assert window.doc.res.sections[:3] == loaded[:3]
    edited = _content(window.doc.res)
    export(window.doc.res, tmp_path / "out.docx")
    assert _content(load_document(tmp_path / "out.docx").resolution) == edited  # every text, every paragraph
    export(window.doc.res, tmp_path / "out.txt")
    export(_reloaded(BUDGET_WITH_SECTIONS), tmp_path / "before.txt")  # plain text reads back what it can hold
    after, before = (_content(load_document(tmp_path / name).resolution) for name in ("out.txt", "before.txt"))
    changed = [(a, b) for a, b in zip(after, before, strict=True) if a != b]
    assert len(changed) == 1 and any(t.endswith(" accordingly") for t in changed[0][0][3])


def _content(res: Resolution) -> list[tuple]:
    """Each text's label, title and paragraphs' words, as a reader sees them."""
    return [(label, title, [p.text for _, p in walk(t.preamble, ())], [p.text for _, p in walk(t.operative, ())])
            for (label, title), t in zip([(res.label, res.section_title.text)]
                                         + [(s.label, s.title.text) for s in res.sections], res.texts(), strict=True)]


def _reloaded(name: str) -> Resolution:
    imported = load_official(_official(name)).resolution
    assert imported is not None
    return imported


def test_amendment_instructions_are_edited_as_paragraphs_and_keep_numbers_and_quotes(qtbot, tmp_path):
    quoted = Paragraph("“Decides to extend the mandate;”", style="quote")
    # Its submission line says it is an amendment, so that its .txt export reopens as one.
    res = Resolution(kind="amendment", base_symbol="A/80/L.25", title=Inline("Amendment"),
                     submission=Submission(["Chile"], "amendment to draft resolution A/80/L.25"),
                     instructions=[Paragraph("In operative paragraph 6, replace “notes” with “welcomes”.",
                                             source=Source(label="1.")),
                                   Paragraph("Insert a new operative paragraph 7 reading:", children=[quoted],
                                             source=Source(label="2."))])
    editor = ResolutionEditor()
    qtbot.addWidget(editor)
    editor.doc.load(res)
    doc = editor.doc
    shown = [(e.kind, e.label) for e in doc.entries if e.path[:1] == ("instruction",)]
    assert shown == [(Kind.INSTRUCTION, "1."), (Kind.INSTRUCTION, "2."), (Kind.QUOTE, "")]
    first = doc.block_of(("instruction", 0)).blockNumber()
    _at_end(editor, first)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QTest.keyClicks(editor, "In the title, delete the word all.")
    assert [e.label for e in doc.entries if e.kind == Kind.INSTRUCTION] == ["1.", "2.", "3."]
    assert [p.source.label for p in doc.res.instructions] == ["1.", "2.", "3."]
    quote = doc.block_of(("instruction", 2, 0)).blockNumber()
    _at_end(editor, quote)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QTest.keyClicks(editor, "Requests a report;")
    assert [(c.text, c.style) for c in doc.res.instructions[2].children] == [
        (quoted.text, "quote"), ("Requests a report;", "quote")]
    assert doc.derive_full().instructions == doc.res.instructions
    target = tmp_path / "amendment.txt"
    export(doc.res, target)
    text = target.read_text(encoding="utf-8")
    assert "2. In the title, delete the word all." in text and "3. Insert a new operative paragraph 7" in text
    assert [p.text for p in load_document(target).resolution.instructions] == [p.text for p in doc.res.instructions]


def test_a_further_text_is_added_from_the_menu_typed_labelled_and_saved(window, answers):
    window.file_actions.open_path(CORPUS / "A_RES_79_180.txt")  # one text, without a label
    doc = window.doc
    first_ops = [e.label for e in doc.entries if e.kind == Kind.OPERATIVE]
    last_op = max(n for n, e in enumerate(doc.entries) if e.kind == Kind.OPERATIVE)
    _at_end(window.editor, last_op)
    _action(window, "add_text").trigger()
    QTest.keyClicks(window.editor, "Second resolution")
    QTest.keyClick(window.editor, Qt.Key.Key_Return)
    QTest.keyClicks(window.editor, "The General Assembly,")
    QTest.keyClick(window.editor, Qt.Key.Key_Return)
    QTest.keyClicks(window.editor, "Recalling its earlier work,")
    QTest.keyClick(window.editor, Qt.Key.Key_Return)
    _action(window, "convert").trigger()  # the preambular paragraph Enter made becomes the first operative one
    QTest.keyClicks(window.editor, "Decides to act;")
    QTest.keyClick(window.editor, Qt.Key.Key_Return)
    QTest.keyClicks(window.editor, "Requests a report.")
    res = doc.res
    assert res.label == "I" and [s.label for s in res.sections] == ["II"]
    section = res.sections[0]
    assert (section.title.text, section.authoring_body.text) == ("Second resolution", "The General Assembly,")
    assert [p.text for p in section.preamble] == ["Recalling its earlier work,"]
    assert [p.text for p in section.operative] == ["Decides to act;", "Requests a report."]
    assert [e.label for e in doc.entries if e.kind == Kind.OPERATIVE and e.path[0] == "operative"] == first_ops
    assert [e.label for e in doc.entries if e.path[:2] == ("section", 0) and e.kind == Kind.OPERATIVE] == ["1.", "2."]

    answers.reason = "B"  # what the label dialog is answered
    _action(window, "text_label").trigger()
    assert doc.res.sections[0].label == "B"
    head = doc.block_of(("section", 0, "title")).blockNumber()
    assert doc.entry(head).label == "B"  # painted in the gutter as a number is
    _action(window, "undo").trigger()
    assert doc.res.sections[0].label == "II"
    _action(window, "save").trigger()
    saved = native.load(next(answers.folder.glob("*.unres")))
    assert saved.label == "I" and [s.label for s in saved.sections] == ["II"]
    assert [p.text for p in saved.sections[0].operative] == ["Decides to act;", "Requests a report."]


def test_a_whole_text_copied_and_pasted_is_a_further_text_with_its_label(qtbot):
    res = Resolution(title=Inline("Budget"), label="I", section_title=Inline("First"),
                     authoring_body=Inline("The General Assembly,"), operative=[Paragraph("Decides;"),
                                                                                 Paragraph("Requests.")],
                     sections=[Section("II", Inline("Second"), operative=[Paragraph("Approves;"),
                                                                           Paragraph("Notes.")])])
    editor = ResolutionEditor()
    qtbot.addWidget(editor)
    editor.doc.load(res)
    doc = editor.doc
    head = doc.block_of(("section", 0, "title"))
    selection = QTextCursor(head)
    selection.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(selection)
    QTest.keyClick(editor, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    end = QTextCursor(doc)
    end.movePosition(QTextCursor.MoveOperation.End)
    editor.setTextCursor(end)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QTest.keyClick(editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert [(s.label, s.title.text, [p.text for p in s.operative]) for s in doc.res.sections] == [
        ("II", "Second", ["Approves;", "Notes."]), ("II", "Second", ["Approves;", "Notes."])]
    assert [e.label for e in doc.entries if e.path[:3] == ("section", 1, "operative")] == ["1.", "2."]
    assert [p.text for p in doc.res.sections[0].operative] == ["Approves;", "Notes."]  # no empty paragraph left


def test_an_official_amendment_is_edited_instruction_by_instruction_and_saved(window, answers):
    shared = shared_dir()
    amendment = shared / "corpus" / "amendments" / "A_80_L.29.pdf" if shared else None
    if amendment is None or not amendment.is_file():
        pytest.skip("the shared amendments (corpus/amendments) are not available")
    window.file_actions.open_path(amendment)  # an amendment opens in its own window first
    shown = window.findChild(AmendmentWindow)
    assert shown is not None and shown.isVisible()
    QTest.mouseClick(shown.edit_button, Qt.MouseButton.LeftButton)
    doc = window.doc
    assert doc.res.kind == "amendment" and window.source == amendment
    loaded = copy.deepcopy(doc.res.instructions)
    assert [e.kind for e in doc.entries if e.path[:1] == ("instruction",)] == [Kind.INSTRUCTION, Kind.QUOTE]
    quote = doc.block_of(("instruction", 0, 0)).blockNumber()
    _at_end(window.editor, quote)
    QTest.keyClick(window.editor, Qt.Key.Key_Return)
    QTest.keyClicks(window.editor, "Requests a report on the matter;")
    QTest.keyClick(window.editor, Qt.Key.Key_Return)
    QTest.keyClick(window.editor, Qt.Key.Key_Return)  # Enter on an empty quoted paragraph: the next instruction
    QTest.keyClicks(window.editor, "Delete operative paragraph 3.")
    instructions = doc.res.instructions
    assert [p.text for p in instructions] == [loaded[0].text, "Delete operative paragraph 3."]
    assert [(c.text, c.style) for c in instructions[0].children] == [
        (loaded[0].children[0].text, "quote"), ("Requests a report on the matter;", "quote")]
    assert all(p.source is None or not p.source.label for p in instructions)  # printed without numbers: none added
    assert doc.res.kind == "amendment" and doc.res.base_symbol == "A/80/L.22"
    _action(window, "save").trigger()
    saved = native.load(next(answers.folder.glob("*.unres")))
    assert saved.instructions == doc.res.instructions and saved.base_symbol == "A/80/L.22"


def test_a_text_added_between_two_moves_the_labels_after_it_on(window, answers):
    """"II" added after "I" of I, II, III: the old II and III become III and IV (one undo step), so no label
    is printed twice; the document reopens with them."""
    res = Resolution(title=Inline("Budget"), label="I", section_title=Inline("First"),
                     operative=[Paragraph("Decides to act;"), Paragraph("Requests a report.")],
                     sections=[Section("II", Inline("Second"), operative=[Paragraph("Approves the plan.")]),
                               Section("III", Inline("Third"), operative=[Paragraph("Notes the report.")])])
    window.doc.load(res)
    doc = window.doc
    _at_end(window.editor, doc.block_of(("operative", 1)).blockNumber())
    _action(window, "add_text").trigger()
    QTest.keyClicks(window.editor, "Inserted")
    assert (doc.res.label, [s.label for s in doc.res.sections]) == ("I", ["II", "III", "IV"])
    assert [s.title.text for s in doc.res.sections] == ["Inserted", "Second", "Third"]
    _action(window, "undo").trigger()  # the typing
    _action(window, "undo").trigger()  # the added text and the relabelling, one step
    assert [(s.label, s.title.text) for s in doc.res.sections] == [("II", "Second"), ("III", "Third")]


def test_labels_that_do_not_run_on_are_left_as_set(window, answers):
    res = Resolution(title=Inline("Budget"), label="A", operative=[Paragraph("Decides to act.")],
                     sections=[Section("B", Inline("Second"), operative=[Paragraph("Approves the plan.")]),
                               Section("Annex-like", Inline("Third"), operative=[Paragraph("Notes it.")]),
                               Section("C", Inline("Fourth"), operative=[Paragraph("Ends.")])])
    window.doc.load(res)
    _at_end(window.editor, window.doc.block_of(("operative", 0)).blockNumber())
    _action(window, "add_text").trigger()
    assert [s.label for s in window.doc.res.sections] == ["B", "C", "Annex-like", "C"]
