"""Headings, preambular subparagraphs and list styles of official texts, as the editor shows and keeps them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from drafting import native
from drafting.importers import load_document
from drafting.model import HEADING, NUMBER_LIST, Paragraph, Resolution, walk
from tests.support.official import official_dir
from tests.support.paths import CORPUS
from tests.support.qt import outline_rows
from ui.editor.kinds import Kind

SC_WITH_HEADINGS = "S_2018_1021-EN.pdf"  # headings in the operative part and Security Council lists 1., 2.


def _official(name: str):
    folder = official_dir()
    if folder is None or not (folder / name).is_file():
        pytest.skip("the official corpus (corpus/official) is not available")
    return folder / name


def _text_parts(res: Resolution) -> list[tuple]:
    return [(path, p.text, p.style, p.list_style, p.restart) for t in res.texts()
            for part in ("preamble", "operative") for path, p in walk(getattr(t, part), (part,))]


def _block(window, number: int) -> QTextCursor:
    cursor = QTextCursor(window.doc.findBlockByNumber(number))
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    window.editor.setTextCursor(cursor)
    return cursor


def test_security_council_headings_are_unnumbered_in_text_and_outline_and_survive_save(window, answers):
    window.file_actions.open_path(_official(SC_WITH_HEADINGS))
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
    window.file_actions.open_path(_official(SC_WITH_HEADINGS))
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


def test_a_decision_says_it_has_no_body_line_instead_of_asking_for_one(window):
    """A decision is one sentence that names its organ ("The General Assembly, taking note …, decides …"):
    its empty body line is not a gap to fill, in the text or in the outline."""
    from ui.editor.editor import DECISION_BODY

    window.file_actions.open_path(_official("A_C.4_80_L.10.pdf"))
    assert window.doc.res.kind == "draft decision"
    body = next(n for n, e in enumerate(window.doc.entries) if e.kind == Kind.BODY)
    assert window.editor.hint(window.doc.findBlockByNumber(body)) == DECISION_BODY
    assert "Body line: none (a decision)" in outline_rows(window)

    window.file_actions.open_path(_official("A_C.3_80_L.14.pdf"))  # a draft resolution keeps asking
    body = next(n for n, e in enumerate(window.doc.entries) if e.kind == Kind.BODY)
    assert window.doc.findBlockByNumber(body).text() == "The General Assembly,"
    cursor = _block(window, body)
    cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock, QTextCursor.MoveMode.KeepAnchor)
    window.editor.setTextCursor(cursor)
    QTest.keyClick(window.editor, Qt.Key.Key_Delete)
    assert window.doc.findBlockByNumber(body).text() == ""
    assert window.editor.hint(window.doc.findBlockByNumber(body)).startswith("The body line")
