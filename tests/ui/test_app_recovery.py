"""Crash recovery, for real: the app types in a subprocess, is killed with SIGKILL, and the next start restores,
including what was typed about two seconds before the kill (from the journal)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from tests.support.paths import ROOT
from ui import app as ui_app
from ui.dialogs import messages as dialogs

DRIVER = f"""
import sys
sys.path.insert(0, {str(ROOT)!r})
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from ui.app import application, start
app = application()
window = start()
editor = window.editor
editor.setFocus()
QTest.keyClicks(editor, "Oceans and the law of the sea")
QTest.keyClick(editor, Qt.Key.Key_Return)
QTest.keyClick(editor, Qt.Key.Key_End)
QTest.keyClick(editor, Qt.Key.Key_Return)
QTest.keyClicks(editor, "Recalling its resolution 79/144 of 6 December 2024,")
print("typed", flush=True)


def type_more():
    # From now on only the journal can keep what is typed: the autosave after a pause is put off.
    window.autosave.idle.setInterval(600_000)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QTest.keyClicks(editor, "Noting with concern the report of the Secretary-General,")
    print("typed more", flush=True)


import sys as _sys
from PySide6.QtCore import QSocketNotifier
notifier = QSocketNotifier(_sys.stdin.fileno(), QSocketNotifier.Type.Read)
notifier.activated.connect(lambda *_: (_sys.stdin.readline(), type_more()))
app.exec()
"""


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_killed_session_is_restored_on_the_next_start(qtbot, tmp_path, monkeypatch):
    env = dict(os.environ, RESOLUTE_CONFIG_DIR=str(tmp_path / "config"), RESOLUTE_DATA_DIR=str(tmp_path / "data"),
               QT_QPA_PLATFORM="offscreen")
    folder = tmp_path / "data" / "recovery"
    proc = subprocess.Popen([sys.executable, "-c", DRIVER], env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)
    try:
        assert proc.stdout.readline().strip() == "typed"
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:  # the autosave after the pause in typing
            files = list(folder.glob("*.recovery.json")) if folder.is_dir() else []
            if files and "79/144" in files[0].read_text(encoding="utf-8"):
                break
            time.sleep(0.2)
        else:
            pytest.fail("no recovery file was written within 30 s")
        proc.stdin.write("type more\n")
        proc.stdin.flush()
        assert proc.stdout.readline().strip() == "typed more"
        time.sleep(2.0)  # typing stopped about two seconds before the kill
        assert "Noting with concern" not in files[0].read_text(encoding="utf-8")  # not in the recovery file
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    [left_behind] = list(folder.glob("*.recovery.json"))
    [journal] = list(folder.glob("*.journal.jsonl"))

    monkeypatch.setenv("RESOLUTE_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("RESOLUTE_DATA_DIR", str(tmp_path / "data"))
    offered = []
    monkeypatch.setattr(dialogs, "ask_restore", lambda parent, leftovers: offered.extend(leftovers) or leftovers)
    monkeypatch.setattr(dialogs, "ask_save", lambda *args: dialogs.DISCARD)
    window = ui_app.start()
    qtbot.addWidget(window)
    assert len(offered) == 1 and offered[0].title == "Oceans and the law of the sea"
    res = window.doc.res
    assert res.title.text == "Oceans and the law of the sea"
    assert [p.text for p in res.preamble] == ["Recalling its resolution 79/144 of 6 December 2024,",
                                              "Noting with concern the report of the Secretary-General,"]
    assert res.authoring_body.text == "The General Assembly,"
    assert window.is_modified()  # restored work is unsaved until the user saves it
    assert not left_behind.exists() and not journal.exists()
    assert window.autosave.session.path.exists()  # already safe in this session's recovery file


def test_nothing_is_offered_after_a_clean_close(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("RESOLUTE_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("RESOLUTE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(dialogs, "ask_save", lambda *args: dialogs.DISCARD)
    window = ui_app.start()  # deletes itself on close
    window.editor.setFocus()
    from PySide6.QtTest import QTest

    QTest.keyClicks(window.editor, "A title")
    window.autosave.write_if_needed()
    assert window.autosave.session.path.exists()
    window.close()
    assert not window.autosave.session.path.exists()
    monkeypatch.setattr(dialogs, "ask_restore", lambda *args: pytest.fail("nothing should be offered"))
    qtbot.addWidget(ui_app.start())
