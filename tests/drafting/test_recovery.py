"""Recovery files: written atomically, listed after a crash, never offered while their session runs."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from drafting import recovery
from drafting.model import Paragraph, Resolution
from drafting.native import dumps


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("RESOLUTE_DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "data"


def _resolution(text: str) -> Resolution:
    res = Resolution()
    res.title.text = "Trafficking in persons"
    res.preamble.append(Paragraph(text))
    return res


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_a_running_session_is_not_offered():
    session = recovery.Session()
    session.write(_resolution("Recalling its resolution 1/1,"), "/tmp/draft.unres")
    assert session.path.exists()
    assert recovery.leftovers() == []


def test_a_crashed_session_is_offered_and_restores_the_document(data_dir):
    session = recovery.Session()
    res = _resolution("Recalling its resolution 1/1,")
    session.write(res, "/tmp/draft.unres")
    doc = json.loads(session.path.read_text())
    doc["pid"] = _dead_pid()
    session.path.write_text(json.dumps(doc))
    [left] = recovery.leftovers()
    assert left.original == "/tmp/draft.unres" and left.title == "Trafficking in persons"
    assert dumps(left.load()) == dumps(res)
    left.discard()
    assert recovery.leftovers() == [] and not session.path.exists()


def test_discard_removes_the_file_and_rewrites_replace_it():
    session = recovery.Session()
    session.write(_resolution("first"), None)
    session.write(_resolution("second"), None)
    assert "second" in session.path.read_text()
    assert [p.name for p in session.folder.iterdir()] == [session.path.name]  # no temporary files left
    session.discard()
    session.discard()  # twice is fine
    assert not session.path.exists()


def test_a_damaged_recovery_file_is_set_aside_not_offered(data_dir):
    folder = recovery.recovery_dir()
    folder.mkdir(parents=True)
    (folder / f"1-2{recovery.SUFFIX}").write_text('{"format": "resolute.recovery", "document": ')
    assert recovery.leftovers() == []
    assert (folder / f"1-2{recovery.SUFFIX}.damaged").exists()


@pytest.mark.skipif(os.name != "posix", reason="process ids checked with signals")
def test_sessions_of_other_live_processes_are_skipped(data_dir):
    session = recovery.Session()
    session.write(_resolution("x"), None)
    doc = json.loads(session.path.read_text())
    doc["pid"] = os.getppid()
    session.path.write_text(json.dumps(doc))
    assert recovery.leftovers() == []
