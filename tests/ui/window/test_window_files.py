"""Files and windows as a person meets them: names proposed, titles told apart, one window per file, the
window's place remembered, a converted paragraph's end."""

from __future__ import annotations

import shutil
import subprocess

from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import QApplication

from drafting.model import Inline, Resolution
from drafting.settings import Settings
from tests.support.official import official_pdf
from tests.support.paths import CTOC, GA_PDFS, GA_TEXTS, SAMPLE
from ui.editor.kinds import Kind
from ui.window.file_actions import suggested_name
from ui.window.main_window import MainWindow, split_layout


def test_save_as_proposes_a_name_from_the_symbol_or_the_title():
    res = Resolution()
    res.masthead.symbol = Inline("A/C.3/80/L.12")
    assert suggested_name(res) == "A_C.3_80_L.12"
    untitled = Resolution(title=Inline("Oceans and the law of the sea"))
    assert suggested_name(untitled) == "Oceans and the law of the"
    assert suggested_name(Resolution()) == "resolution"


def test_a_text_and_a_pdf_of_the_same_resolution_have_different_titles(window):
    window.file_actions.open_path(GA_TEXTS["A_RES_79_180"])
    text_title = window.windowTitle()
    window.file_actions.open_path(GA_PDFS["A_RES_79_180"])
    assert text_title != window.windowTitle() and ".pdf" in window.windowTitle()


def test_opening_a_file_already_open_brings_its_window_forward(window, qtbot, tmp_path):
    draft = tmp_path / "draft.unres"
    shutil.copy(SAMPLE, draft)
    window.file_actions.open_path(draft)
    other = MainWindow(Settings(), persist=False)
    qtbot.addWidget(other)
    other.show()
    requested = []
    other.windowRequested.connect(requested.append)
    other.editor.textCursor().insertText("x")  # not pristine: a new window would be asked for
    other.file_actions.open_paths([str(draft)])
    assert requested == [] and other.window_showing(draft) is window


def test_the_window_remembers_its_size_and_place(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("RESOLUTE_CONFIG_DIR", str(tmp_path / "config"))
    settings = Settings()
    first = MainWindow(settings)
    qtbot.addWidget(first)
    first.showNormal()
    first.resize(711, 577)  # within the offscreen screen (800 × 800)
    qtbot.wait(50)
    first.close()
    state, geometry = split_layout(settings.window)
    assert state and geometry
    second = MainWindow(settings)
    qtbot.addWidget(second)
    second.show()
    qtbot.wait(50)
    assert (second.width(), second.height()) == (711, 577)


def test_an_operative_paragraph_made_preambular_ends_with_a_comma(window):
    window.file_actions.open_path(CTOC)
    first_op = next(n for n, e in enumerate(window.doc.entries) if e.kind == Kind.OPERATIVE
                    and window.doc.findBlockByNumber(n).text().rstrip().endswith(";")
                    and (window.doc.entry(n + 1) is None or window.doc.entry(n + 1).kind != Kind.SUBPARAGRAPH))
    text = window.doc.findBlockByNumber(first_op).text()
    window.editor.setTextCursor(QTextCursor(window.doc.findBlockByNumber(first_op)))
    window.editor.convert_paragraph()
    converted = next(p for p in window.doc.res.preamble if p.text[10:40] in text)
    assert converted.text.endswith(",")


def test_new_from_clipboard_makes_a_document_of_a_whole_text_copied_from_a_pdf_viewer(window, answers):
    """File ▸ New from Clipboard, after select-all and copy in a PDF viewer: the document holds the
    resolution's title, paragraphs and footnotes, as opening the PDF gives them."""
    copied = subprocess.run(["pdftotext", str(official_pdf("A_RES_79_305.pdf")), "-"], capture_output=True,
                            text=True, check=True, timeout=60).stdout
    QApplication.clipboard().setText(copied)
    window.findChild(QAction, "new_from_clipboard").trigger()
    res = window.doc.res
    assert res.title.text == "Financing of the United Nations Interim Administration Mission in Kosovo"
    assert len(res.preamble) == 7 and len([p for p in res.operative if p.style != "heading"]) == 21
    assert [note.text for _, note in res.footnotes()] == ["A/79/586 and A/79/735.", "A/79/724/Add.4.", "A/79/586."]
    assert answers.errors() == []  # nothing to warn about
    assert "Financing of the United Nations Interim Administration Mission in Kosovo" in window.editor.toPlainText()


def test_new_from_clipboard_with_no_resolution_on_it_says_so_and_changes_nothing(window, answers):
    before = window.editor.toPlainText()
    for text in ("", "Dear colleagues, please find the draft attached. Best regards"):
        QApplication.clipboard().setText(text)
        window.findChild(QAction, "new_from_clipboard").trigger()
        title, message = answers.errors()[-1]
        assert title == "Cannot make a document of the clipboard" and "the clipboard" in message
    assert window.editor.toPlainText() == before
