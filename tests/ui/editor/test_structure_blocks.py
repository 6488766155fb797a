"""Headings, preambular subparagraphs and list styles of official texts, as the editor shows and keeps them."""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from drafting import native
from drafting.importers import load_document
from drafting.model import HEADING, NUMBER_LIST, Inline, Paragraph, Resolution, Source, walk
from tests.support.official import official_pdf
from tests.support.paths import CORPUS
from tests.support.qt import outline_rows
from ui.editor.editor import ResolutionEditor
from ui.editor.kinds import Kind

SC_WITH_HEADINGS = "S_2018_1021-EN.pdf"  # headings in the operative part and Security Council lists 1., 2.


def _text_parts(res: Resolution) -> list[tuple]:
    return [(path, p.text, p.style, p.list_style, p.restart) for t in res.texts()
            for part in ("preamble", "operative") for path, p in walk(getattr(t, part), (part,))]


def _block(window, number: int) -> QTextCursor:
    cursor = QTextCursor(window.doc.findBlockByNumber(number))
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    window.editor.setTextCursor(cursor)
    return cursor


def test_security_council_headings_are_unnumbered_in_text_and_outline_and_survive_save(window, answers):
    window.file_actions.open_path(official_pdf(SC_WITH_HEADINGS))
    loaded = _text_parts(window.doc.res)
    headings = [(n, e) for n, e in enumerate(window.doc.entries)
                if e.kind == Kind.OPERATIVE and e.paragraph.style == HEADING]
    assert headings and all(e.label == "" for _, e in headings)
    numbers = [e.label for e in window.doc.entries if e.kind == Kind.OPERATIVE and e.label]
    assert numbers == [f"{i}." for i in range(1, len(numbers) + 1)]  # headings take no number
    rows = outline_rows(window)
    heading_rows = [r for r in rows if r.strip().startswith("Heading: ")]
    assert len(heading_rows) == len(headings) and all(r.startswith("  Heading: ") for r in heading_rows)
    assert any(r.startswith(f"Operative part ({len(numbers)})") for r in rows)
    window._refresh_views()
    assert window.count_label.text().endswith(f"OP {len(numbers)}")  # the status bar counts no heading
    # a Security Council list keeps its own numbering 1., 2. under its paragraph
    listed = [e for e in window.doc.entries if e.kind == Kind.SUBPARAGRAPH and e.label == "1."]
    assert listed
    assert any(p.list_style == NUMBER_LIST for _, p in walk(window.doc.res.operative, ()))

    assert window.file_actions.save_as()
    saved = next(answers.folder.glob("*.unres"))
    assert _text_parts(native.load(saved)) == loaded


def test_enter_after_a_heading_starts_a_numbered_paragraph(window):
    window.file_actions.open_path(official_pdf(SC_WITH_HEADINGS))
    number, _ = next((n, e) for n, e in enumerate(window.doc.entries)
                     if e.kind == Kind.OPERATIVE and e.paragraph.style == HEADING)
    before = [e.label for e in window.doc.entries if e.kind == Kind.OPERATIVE and e.label]
    _block(window, number)
    QTest.keyClick(window.editor, Qt.Key.Key_Return)
    QTest.keyClicks(window.editor, "Decides to remain seized of the matter;")
    fresh = window.doc.entry(number + 1)
    assert fresh.kind == Kind.OPERATIVE and fresh.paragraph.style == "" and fresh.label != ""
    after = [e.label for e in window.doc.entries if e.kind == Kind.OPERATIVE and e.label]
    assert len(after) == len(before) + 1
    assert window.doc.entry(number).label == "" and window.doc.entry(number).paragraph.style == HEADING
    assert window.doc.derive_full().operative == window.doc.res.operative


def test_preambular_subparagraphs_are_shown_lettered_editable_and_kept(window, tmp_path):
    res = load_document(CORPUS / "A_RES_79_180.txt").resolution
    res.preamble[0].text = "Recalling the following instruments:"
    res.preamble[0].children = [Paragraph("the Charter of the United Nations,"),
                                Paragraph("the Universal Declaration of Human Rights,")]
    path = tmp_path / "pp.unres"
    native.save(res, path)
    window.file_actions.open_path(path)
    subs = [(n, e) for n, e in enumerate(window.doc.entries) if e.kind == Kind.PREAMBULAR_SUBPARAGRAPH]
    assert [e.label for _, e in subs] == ["(a)", "(b)"]
    assert [e.path for _, e in subs] == [("preamble", 0, 0), ("preamble", 0, 1)]
    rows = outline_rows(window)
    pp1 = next(i for i, r in enumerate(rows) if r.strip().startswith("PP1 "))
    assert rows[pp1 + 1].strip().startswith("(a)  the Charter") and rows[pp1 + 1].startswith("    ")
    operative_before = [e.label for e in window.doc.entries if e.kind == Kind.OPERATIVE]

    _block(window, subs[-1][0])
    QTest.keyClick(window.editor, Qt.Key.Key_Return)
    QTest.keyClicks(window.editor, "the International Covenants on Human Rights,")
    labels = [e.label for e in window.doc.entries if e.kind == Kind.PREAMBULAR_SUBPARAGRAPH]
    assert labels == ["(a)", "(b)", "(c)"]
    assert [c.text for c in window.doc.res.preamble[0].children][-1] == "the International Covenants on Human Rights,"
    assert [e.label for e in window.doc.entries if e.kind == Kind.OPERATIVE] == operative_before
    QTest.keyClick(window.editor, Qt.Key.Key_Return)
    QTest.keyClick(window.editor, Qt.Key.Key_Return)  # Enter on an empty subparagraph ends the list
    assert window.doc.entry(subs[-1][0] + 2).kind == Kind.PREAMBULAR
    assert window.doc.derive_full().preamble == window.doc.res.preamble


BUDGET_WITH_SECTIONS = "A_C.5_80_L.17.pdf"  # a first text "A" and further texts I, II, A., B., B


def test_further_texts_are_shown_read_only_in_order_and_outline_and_kept_through_edits(window, answers):
    window.file_actions.open_path(official_pdf(BUDGET_WITH_SECTIONS))
    loaded = copy.deepcopy(window.doc.res.sections)
    fixed = [(n, e) for n, e in enumerate(window.doc.entries) if e.kind == Kind.FIXED]
    starts = [e for _, e in fixed if len(e.path) == 3 and e.path[-1] == "title"]
    assert [e.label for e in starts] == [s.label for s in loaded]
    assert fixed[-1][0] == len(window.doc.entries) - 1  # after the first text, in document order
    rows = outline_rows(window)
    assert rows[1] == "A"  # the first text's own label, after its title
    assert [r for r in rows if r.endswith("(read-only)")][0].startswith("I Conditions of service")
    shown_ops = [e.label for _, e in fixed if e.path[:2] == ("section", 3) and "operative" in e.path]
    assert shown_ops == ["1.", "2.", "3.", "4."]

    number = next(n for n, e in fixed if e is starts[0])
    block = window.doc.findBlockByNumber(number)
    before = block.text()
    cursor = QTextCursor(block)
    window.editor.setTextCursor(cursor)
    QTest.keyClicks(window.editor, "xyz")
    QTest.keyClick(window.editor, Qt.Key.Key_Return)
    QTest.keyClick(window.editor, Qt.Key.Key_Delete)
    assert window.doc.findBlockByNumber(number).text() == before
    across = QTextCursor(window.doc.findBlockByNumber(number - 1))
    across.setPosition(window.doc.findBlockByNumber(number + 1).position(), QTextCursor.MoveMode.KeepAnchor)
    window.editor.setTextCursor(across)
    blocks = window.doc.blockCount()
    window.editor.cut()  # the Edit menu's Cut: refused across a read-only line
    assert window.doc.blockCount() == blocks and window.doc.findBlockByNumber(number).text() == before

    first_op = next(n for n, e in enumerate(window.doc.entries) if e.kind == Kind.OPERATIVE)
    _block(window, first_op)
    QTest.keyClicks(window.editor, " and more")
    QTest.keyClick(window.editor, Qt.Key.Key_Return)
    QTest.keyClicks(window.editor, "Decides to remain seized of the matter;")
    assert window.doc.derive_full().operative == window.doc.res.operative
    assert window.doc.res.sections == loaded
    assert window.file_actions.save_as()
    saved = native.load(next(answers.folder.glob("*.unres")))
    assert saved.sections == loaded and saved.operative[0].text.endswith(" and more")


def test_amendment_instructions_are_shown_read_only_with_their_quotes_and_kept(qtbot):
    quoted = Paragraph("“Decides to extend the mandate;”", style="quote")
    res = Resolution(kind="amendment", base_symbol="A/80/L.25", title=Inline("Amendment"),
                     instructions=[Paragraph("In operative paragraph 6, replace “notes” with “welcomes”.",
                                             source=Source(label="1.")),
                                   Paragraph("Insert a new operative paragraph 7 reading:", children=[quoted],
                                             source=Source(label="2."))])
    editor = ResolutionEditor()
    qtbot.addWidget(editor)
    editor.doc.load(res)
    fixed = [e for e in editor.doc.entries if e.kind == Kind.FIXED]
    assert [(e.path, e.label, e.fixed.inline.text) for e in fixed] == [
        (("instruction", 0), "1.", res.instructions[0].text), (("instruction", 1), "2.", res.instructions[1].text),
        (("instruction", 1, 0), "", quoted.text)]
    kept = copy.deepcopy(res.instructions)
    body = next(n for n, e in enumerate(editor.doc.entries) if e.kind == Kind.BODY)
    cursor = QTextCursor(editor.doc.findBlockByNumber(body))
    editor.setTextCursor(cursor)
    QTest.keyClicks(editor, "The General Assembly,")
    first_fixed = next(n for n, e in enumerate(editor.doc.entries) if e.kind == Kind.FIXED)
    editor.setTextCursor(QTextCursor(editor.doc.findBlockByNumber(first_fixed)))
    QTest.keyClicks(editor, "zzz")
    QTest.keyClick(editor, Qt.Key.Key_Backspace)
    assert editor.doc.res.authoring_body.text == "The General Assembly,"
    assert editor.doc.res.instructions == kept
    assert editor.doc.findBlockByNumber(first_fixed).text() == kept[0].text
