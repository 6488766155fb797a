"""The journal beside the recovery file: typing since the last autosave survives a crash."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from drafting import recovery
from drafting.model import Paragraph, Resolution


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("RESOLUTE_DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "data"


def _resolution(*texts: str) -> Resolution:
    res = Resolution()
    res.title.text = "Trafficking in persons"
    res.preamble.extend(Paragraph(t) for t in texts)
    return res


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def _as_crashed(session: recovery.Session) -> None:
    """Make the files look like those of a session whose process died."""
    pid = _dead_pid()
    if session.path.exists():
        doc = json.loads(session.path.read_text())
        doc["pid"] = pid
        session.path.write_text(json.dumps(doc))
    if session.journal.exists():
        lines = [json.loads(line) for line in session.journal.read_text().splitlines() if line.strip()]
        session.journal.write_text("".join(json.dumps({**e, "pid": pid}) + "\n" for e in lines))


def test_text_typed_after_the_last_autosave_is_restored_from_the_journal() -> None:
    session = recovery.Session()
    session.write(_resolution("Recalling its resolution 1/1,"), None)
    session.append(_resolution("Recalling its resolution 1/1,", "Noting"), None)
    session.append(_resolution("Recalling its resolution 1/1,", "Noting with concern"), None)
    _as_crashed(session)
    [left] = recovery.leftovers()
    assert [p.text for p in left.load().preamble] == ["Recalling its resolution 1/1,", "Noting with concern"]
    left.discard()
    assert not session.path.exists() and not session.journal.exists()


def test_a_line_cut_short_by_the_kill_is_skipped() -> None:
    session = recovery.Session()
    session.append(_resolution("Noting"), "/tmp/draft.txt")
    _as_crashed(session)
    with open(session.journal, "ab") as handle:
        handle.write(b'{"written": 1e12, "document": {"preamble": [{"text": "Noting with')
    [left] = recovery.leftovers()  # only a journal: the session died before its first autosave
    assert left.original == "/tmp/draft.txt" and left.title == "Trafficking in persons"
    assert [p.text for p in left.load().preamble] == ["Noting"]


def test_writing_the_recovery_file_empties_the_journal() -> None:
    session = recovery.Session()
    session.append(_resolution("Noting"), None)
    assert session.journal.exists()
    session.write(_resolution("Noting with concern"), None)
    assert not session.journal.exists()
    _as_crashed(session)
    [left] = recovery.leftovers()
    assert [p.text for p in left.load().preamble] == ["Noting with concern"]


def test_a_running_session_s_journal_is_not_offered() -> None:
    session = recovery.Session()
    session.append(_resolution("Noting"), None)
    assert recovery.leftovers() == []
