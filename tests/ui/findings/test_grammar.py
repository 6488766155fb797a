"""Grammar in the editor, against the LanguageTool stand-in of tests/support/fake_languagetool.py on 127.0.0.1:
findings underlined in their own colour and listed under their own kind, the status live in the
settings and the status bar, a broken LanguageTool failing without blocking the editor, and the
download that asks before it does anything (never run here)."""

from __future__ import annotations

import socket
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from drafting.grammar import download
from drafting.settings import Settings
from tests.support.fake_languagetool import FakeLanguageTool
from tests.support.qt import ga_template, go_to_block, key, typing
from ui.dialogs import download as download_ui
from ui.dialogs import messages as dialogs
from ui.dialogs.settings import NOTE, SettingsDialog
from ui.editor.highlighter import UNDERLINE_COLOURS
from ui.window.main_window import MainWindow


def grammar_of(window):
    """The window's grammar findings (there once LanguageTool is configured)."""
    return window.grammar_actions.grammar


@pytest.fixture
def lt():
    with FakeLanguageTool() as server:
        yield server


@pytest.fixture
def make_window(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("RESOLUTE_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("RESOLUTE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(dialogs, "ask_save", lambda *args: dialogs.DISCARD)
    made = []

    def make(languagetool: str = "") -> MainWindow:
        window = MainWindow(Settings(languagetool=languagetool))
        qtbot.addWidget(window)
        window.show()
        window.ensure_panes()
        made.append(window)
        return window

    yield make
    from ui.findings.grammar import service

    service().configure("")  # stops the engines this test started


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def type_paragraph(window, text: str) -> None:
    window.new_document(ga_template())
    go_to_block(window, 1)
    key(window, Qt.Key.Key_Return)
    typing(window, text)


def wavy_colours(window, number: int) -> set[str]:
    block = window.doc.findBlockByNumber(number)
    return {r.format.underlineColor().name() for r in block.layout().formats()
            if r.format.underlineStyle() == r.format.UnderlineStyle.WaveUnderline}


def test_grammar_findings_are_underlined_listed_and_fixed(make_window, qtbot, lt):
    window = make_window(lt.url)
    type_paragraph(window, "Noting the the report of the Secretary-General,")
    qtbot.waitUntil(lambda: [d.code for d in grammar_of(window).findings] == ["LT-ENGLISH_WORD_REPEAT_RULE"],
                    timeout=10000)
    [finding] = window.grammar_actions.grammar.findings
    assert finding.category == "grammar" and finding.location.path == ("preamble", 0)
    assert window.doc.res.preamble[0].text[finding.location.start:finding.location.end] == "the the"
    assert UNDERLINE_COLOURS["grammar"]["warning"].name() in wavy_colours(window, 2)
    issues = window.issues
    issues.category_filter.setCurrentIndex(issues.category_filter.findData("grammar"))
    assert issues.category_filter.currentText() == "Grammar (1)"
    assert [d.code for d in issues.visible_findings()] == ["LT-ENGLISH_WORD_REPEAT_RULE"]
    assert window.grammar_label.text() == "Grammar: ready" and window.grammar_label.isVisible()
    checked = len(lt.checked_texts())
    go_to_block(window, 0)
    typing(window, "Oceans")  # another place: the paragraph is not sent again
    qtbot.waitUntil(lambda: len(lt.checked_texts()) > checked, timeout=10000)
    assert lt.checked_texts()[-1] == "Oceans"


def test_a_grammar_fix_is_applied_and_undone(make_window, qtbot, lt):
    window = make_window(lt.url)
    type_paragraph(window, "Decides to take a urgent decision,")
    qtbot.waitUntil(lambda: [d.code for d in grammar_of(window).findings] == ["LT-EN_A_VS_AN"], timeout=10000)
    window.review_actions.apply_fix(window.grammar_actions.grammar.findings[0])
    assert window.doc.res.preamble[0].text == "Decides to take an urgent decision,"
    qtbot.waitUntil(lambda: window.grammar_actions.grammar.findings == [], timeout=10000)
    window.history.undo()
    assert window.doc.res.preamble[0].text == "Decides to take a urgent decision,"


def test_grammar_is_never_started_when_not_configured(make_window, monkeypatch):
    import drafting.grammar.engine as engine

    monkeypatch.setattr(engine.GrammarEngine, "start", lambda self: pytest.fail("LanguageTool was started"))
    window = make_window("")
    assert window.grammar_actions.grammar is None and not window.grammar_label.isVisible()


def test_the_settings_show_the_status_as_it_changes(make_window, qtbot, lt):
    window = make_window(lt.url)
    qtbot.waitUntil(lambda: window.grammar_actions.grammar.status().state == "ready", timeout=10000)
    dialog = SettingsDialog(window.settings, [], window, window.grammar_actions.grammar_service())
    assert dialog.status.text() == f"ready: LanguageTool at {lt.url} (en-GB)"
    dialog.languagetool.setText("https://api.languagetool.org")
    assert dialog.status.text().startswith("failed: api.languagetool.org is not this computer")
    dialog.languagetool.setText("")
    assert dialog.status.text().startswith("not configured")
    dialog.languagetool.setText(lt.url)
    assert dialog.status.text().startswith("ready")
    [note] = [label for label in dialog.findChildren(QLabel) if label.text() == NOTE]
    assert "on this computer only" in note.text() and "own server" not in note.text()


def test_a_broken_languagetool_fails_with_the_reason_without_blocking(make_window, qtbot):
    port = closed_port()
    before = time.monotonic()
    window = make_window(f"http://127.0.0.1:{port}")
    assert time.monotonic() - before < 2
    qtbot.waitUntil(lambda: window.grammar_label.text() == "Grammar: failed", timeout=10000)
    assert f"127.0.0.1:{port}" in window.grammar_label.toolTip()
    assert window.statusBar().currentMessage().startswith("LanguageTool failed: ")
    dialog = SettingsDialog(window.settings, [], window, window.grammar_actions.grammar_service())
    assert dialog.status.text().startswith("failed: ") and f"127.0.0.1:{port}" in dialog.status.text()
    assert window.grammar_actions.grammar.findings == []


def test_a_hanging_languagetool_leaves_the_editor_free(make_window, qtbot, monkeypatch):
    import drafting.grammar.engine as engine

    monkeypatch.setattr(engine, "START_TIMEOUT", {"server": 1.5, "folder": 1.5})
    with FakeLanguageTool(hang=5) as server:
        window = make_window(server.url)
        assert window.grammar_actions.grammar.status().state == "starting"
        before = time.monotonic()
        type_paragraph(window, "Noting the report,")  # typing goes on while LanguageTool starts
        assert time.monotonic() - before < 1.0 and window.doc.res.preamble[0].text == "Noting the report,"
        assert window.grammar_label.text() == "Grammar: starting"
        qtbot.waitUntil(lambda: window.grammar_label.text() == "Grammar: failed", timeout=10000)
        reason = window.grammar_label.toolTip()
        assert reason.startswith("LanguageTool failed: ") and (server.url in reason or "within 1.5 s" in reason)


def test_changing_the_setting_starts_and_stops_grammar(make_window, qtbot, lt, monkeypatch):
    window = make_window("")
    type_paragraph(window, "Noting the the report,")

    def fill(dialog, value):
        dialog.languagetool.setText(value)
        return dialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", lambda dialog: fill(dialog, lt.url))
    window.edit_settings()
    qtbot.waitUntil(lambda: window.grammar_actions.grammar is not None and len(grammar_of(window).findings) == 1,
                    timeout=10000)
    monkeypatch.setattr(SettingsDialog, "exec", lambda dialog: fill(dialog, ""))
    window.edit_settings()
    qtbot.waitUntil(lambda: window.grammar_actions.grammar.findings == [], timeout=5000)
    assert not window.grammar_label.isVisible()
    assert UNDERLINE_COLOURS["grammar"]["warning"].name() not in wavy_colours(window, 2)


# -- Download LanguageTool… --------------------------------------------------------------------------


@pytest.fixture
def fake_download(monkeypatch, tmp_path):
    calls = []
    plan = download.DownloadPlan("6.6", "https://languagetool.org/download/LanguageTool-6.6.zip", "ab" * 32,
                                 tmp_path / "languagetool")
    monkeypatch.setattr(download, "download_plan", lambda *a, **k: plan)

    def fetch(plan, *, confirmed, progress=None):
        calls.append(confirmed)
        for done in range(0, 11):
            progress(done * 1024 * 1024, 10 * 1024 * 1024)
            time.sleep(0.02)
        return plan.installed

    monkeypatch.setattr(download, "download_languagetool", fetch)
    return plan, calls


def test_the_download_asks_first_and_declining_does_nothing(make_window, fake_download, monkeypatch):
    plan, calls = fake_download
    window = make_window("")
    shown = {}

    def answer(box):
        shown["text"], shown["more"] = box.text(), box.informativeText()
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "exec", answer)
    dialog = SettingsDialog(window.settings, [], window)
    dialog.download_button.click()
    assert calls == [] and dialog.languagetool.text() == ""
    assert shown["text"] == "Download LanguageTool 6.6 from languagetool.org?"
    for what in (plan.url, plan.sha256, str(plan.installed)):
        assert what in shown["more"]


def test_the_download_runs_after_yes_with_progress_and_sets_the_folder(make_window, fake_download, monkeypatch):
    plan, calls = fake_download
    window = make_window("")
    monkeypatch.setattr(download_ui, "ask_download", lambda parent, p: True)
    seen = []
    QTimer.singleShot(100, lambda: seen.append(QApplication.activeModalWidget().bar.value()))
    dialog = SettingsDialog(window.settings, [], window)
    dialog.download_button.click()
    assert calls == [True]
    assert Path(dialog.languagetool.text()) == plan.installed
    assert seen and 0 <= seen[0] <= 1000


def test_a_cancelled_download_leaves_the_setting(make_window, monkeypatch, tmp_path):
    plan = download.DownloadPlan("6.6", "https://languagetool.org/x.zip", "00" * 32, tmp_path / "lt")
    monkeypatch.setattr(download, "download_plan", lambda *a, **k: plan)
    monkeypatch.setattr(download_ui, "ask_download", lambda parent, p: True)
    stopped = []

    def slow(plan, *, confirmed, progress=None):
        try:
            for done in range(1000):
                progress(done, None)
                time.sleep(0.01)
        except download_ui.Cancelled:
            stopped.append(True)
            raise
        return plan.installed

    monkeypatch.setattr(download, "download_languagetool", slow)
    window = make_window("")
    QTimer.singleShot(150, lambda: QApplication.activeModalWidget().cancel_button.click())
    dialog = SettingsDialog(window.settings, [], window)
    dialog.download_button.click()
    assert stopped == [True] and dialog.languagetool.text() == ""
    assert not [b for b in window.findChildren(QMessageBox) if b.isVisible()]  # a cancel is no error


def test_a_finding_in_a_footnote_opens_the_note_with_the_words_selected(make_window, qtbot, lt):
    from drafting.importers.text import import_text

    window = make_window(lt.url)
    text = ("*The General Assembly*,\n\n*Recalling* its resolution 79/180,[^1]\n\n"
            "1. *Decides* to act;\n\n__________________\n\n1. See a earlier report.\n")
    window.new_document(import_text(text).resolution)
    qtbot.waitUntil(lambda: any(d.location.footnote == 0 for d in grammar_of(window).findings), timeout=10000)
    [finding] = [d for d in window.grammar_actions.grammar.findings if d.location.footnote == 0]
    window.review_actions.jump_to(finding)
    assert window.tabs.currentWidget() is window.footnotes
    assert window.footnotes.editor.textCursor().selectedText() == "a"
    assert window.footnotes.editor.toPlainText() == "See a earlier report."


def test_a_languagetool_downloaded_before_is_used_without_asking(make_window, fake_download, monkeypatch):
    plan, calls = fake_download
    (plan.installed).mkdir(parents=True)
    (plan.installed / "languagetool-server.jar").write_bytes(b"jar")
    monkeypatch.setattr(download_ui, "ask_download", lambda parent, p: pytest.fail("asked to download again"))
    dialog = SettingsDialog(make_window("").settings, [], None)
    dialog.download_button.click()
    assert calls == [] and Path(dialog.languagetool.text()) == plan.installed
