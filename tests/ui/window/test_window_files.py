"""Files and windows as a person meets them: names proposed, titles told apart, one window per file, the
window's place remembered, a converted paragraph's end."""

from __future__ import annotations

import shutil

from PySide6.QtGui import QTextCursor

from drafting.model import Inline, Resolution
from drafting.settings import Settings
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
