"""The privacy guarantee: checking, exporting and editing never try to reach another computer.

Every test here runs under the socket guard of ``tests/support/privacy.py``: a connection or a name
lookup for anything but this computer is refused before the operating system sees it and
is recorded; each test ends by asserting that nothing was recorded.
"""

from __future__ import annotations

import errno
import json
import shutil
import socket
import threading

import pytest
from PySide6.QtGui import QTextCursor

import main
from drafting import settings as settings_store
from drafting.exporters import EXPORTERS
from drafting.grammar import READY, GrammarEngine
from drafting.grammar import document as grammar_document
from drafting.importers import load_document
from drafting.spelling import SpellChecker
from drafting.spelling import document as spelling_document
from tests.support.fake_languagetool import FakeLanguageTool
from tests.support.paths import CTOC, GA_TEXTS, SAMPLE
from ui import app

TEXTS = [CTOC, *GA_TEXTS.values()]


def _no_real_network(guard) -> None:
    """Make the guard's way through to the real functions fail loudly, so that a guard that let
    something through is caught here instead of sending a packet."""
    def reached(*args, **kwargs):
        raise AssertionError(f"the real network was reached: {args!r}")

    for name in ("connect", "sendto", "create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex"):
        guard.originals[name] = reached


def test_the_guard_refuses_and_records_every_way_out(no_network):
    import requests

    _no_real_network(no_network)
    with socket.socket() as s:
        with pytest.raises(ConnectionRefusedError):
            s.connect(("203.0.113.7", 443))
        assert s.connect_ex(("2001:db8::1", 443)) == errno.ECONNREFUSED
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as u, pytest.raises(ConnectionRefusedError):
        u.sendto(b"x", ("198.51.100.1", 53))
    with pytest.raises(OSError):
        socket.create_connection(("example.org", 443), timeout=1)
    with pytest.raises(socket.gaierror):
        socket.getaddrinfo("api.languagetool.org", 443)
    with pytest.raises(socket.gaierror):
        socket.gethostbyname("languagetool.org")
    with pytest.raises(requests.ConnectionError):
        requests.get("https://api.languagetool.org/v2/languages", timeout=2)
    refused = {what for what, _ in no_network.attempts}
    assert {"connect", "connect_ex", "sendto", "create_connection", "getaddrinfo", "gethostbyname"} <= refused


def test_the_guard_lets_this_computer_through(no_network):
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        port = server.getsockname()[1]
        accepted = threading.Thread(target=lambda: server.accept()[0].close(), daemon=True)
        accepted.start()
        with socket.create_connection(("localhost", port), timeout=5):
            pass
        accepted.join(5)
    assert no_network.attempts == []


@pytest.mark.slow
def test_check_export_spelling_and_grammar_stay_on_this_computer(no_network, tmp_path, capsys):
    with FakeLanguageTool() as lt:
        grammar = GrammarEngine(lt.url)
        grammar.start()
        assert grammar.wait(20).state == READY
        try:
            for source in TEXTS:
                res = load_document(source).resolution
                spelling_document.check_resolution(res, SpellChecker.default())
                grammar_document.check_resolution(res, grammar)
                for ext in EXPORTERS:
                    target = tmp_path / f"{source.stem}{ext}"
                    assert main.main(["export", str(source), "-o", str(target)]) == 0, (source, ext)
                    assert target.stat().st_size > 0
                assert main.main(["check", str(source)]) in (0, 1)
        finally:
            grammar.close()
        assert lt.checked_texts(), "the grammar check did run"
    capsys.readouterr()
    assert no_network.attempts == []


def test_a_non_local_languagetool_is_refused_before_any_lookup(no_network):
    _no_real_network(no_network)
    for setting in ("https://api.languagetool.org/v2", "http://languagetool.example.org:8081", "http://8.8.8.8:8081"):
        engine = GrammarEngine(setting)
        engine.start()
        assert engine.wait(1).state == "failed"
        assert "this computer" in engine.status.reason
    assert no_network.attempts == []


def test_an_editing_session_stays_on_this_computer(no_network, qtbot, tmp_path, monkeypatch):
    """Open the editor on a copy of the sample with grammar from the local stand-in LanguageTool; type,
    check, spell, grammar, compare, export, save and close (offscreen)."""
    monkeypatch.setenv("RESOLUTE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("RESOLUTE_CONFIG_DIR", str(tmp_path / "config"))
    draft = tmp_path / "draft.unres"
    shutil.copy(SAMPLE, draft)
    with FakeLanguageTool() as lt:
        window = app.open_window(settings_store.Settings(languagetool=lt.url), draft)  # deletes itself on close
        qtbot.waitExposed(window)
        window.editor.moveCursor(QTextCursor.MoveOperation.End)
        qtbot.keyClicks(window.editor, " The goverment will recieve it in a urgent manner.")
        window.autosave.write_if_needed()
        findings = window.checker.run_now()
        flagged = {word for word in ("goverment", "recieve")
                   for d in findings if d.code == "RES790" and word in d.message}
        assert flagged == {"goverment", "recieve"}  # the dictionary's findings reach the Issues pane
        text = window.editor.toPlainText()
        assert [m.word for m in SpellChecker.default().check(text) if m.word in ("goverment", "recieve")] == \
            ["goverment", "recieve"]
        qtbot.waitUntil(lambda: window.grammar_actions.grammar is not None
                        and "LT-EN_A_VS_AN" in {d.code for d in window.grammar_actions.grammar.findings}, timeout=15000)
        assert any("a urgent manner" in sent for sent in lt.checked_texts())
        view = window.compare_actions.compare_with_file(SAMPLE)
        assert view.entries() == ["OP 19 amended"]
        assert view.export_tracked(tmp_path / "tracked.docx")
        view.close()
        assert window.file_actions.export_docx(tmp_path / "session.docx")
        assert (tmp_path / "session.docx").stat().st_size > 0
        assert window.file_actions.save()
        assert window.close()  # as the user closes it: settings saved, recovery file removed, window deleted
    assert no_network.attempts == []


def test_check_grammar_on_the_command_line_stays_on_this_computer(no_network, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("RESOLUTE_CONFIG_DIR", str(tmp_path / "config"))
    text = tmp_path / "draft.txt"
    text.write_text("*The General Assembly*,\n\n1. *Decides* to take a urgent decision;\n", encoding="utf-8")
    with FakeLanguageTool() as lt:
        assert main.main(["check", "--grammar", "--languagetool", lt.url, "--format", "json", str(text)]) in (0, 1)
        assert lt.checked_texts() == ["Decides to take a urgent decision;"]
    report = json.loads(capsys.readouterr().out)
    [finding] = [d for d in report["files"][0]["diagnostics"] if d["category"] == "grammar"]
    assert finding["code"] == "LT-EN_A_VS_AN" and finding["fix"]["replacement"] == "an"
    assert no_network.attempts == []


@pytest.mark.parametrize("setting, reason", [
    (None, "--grammar needs LanguageTool on this computer"),
    ("https://api.languagetool.org", "api.languagetool.org is not this computer"),
])
def test_check_grammar_without_a_local_languagetool_says_so_and_exits_2(no_network, tmp_path, capsys, monkeypatch,
                                                                       setting, reason):
    _no_real_network(no_network)
    monkeypatch.setenv("RESOLUTE_CONFIG_DIR", str(tmp_path / "config"))
    args = ["check", "--grammar", str(CTOC)] + (["--languagetool", setting] if setting else [])
    assert main.main(args) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("resolute: ") and reason in err[0]
    assert no_network.attempts == []
