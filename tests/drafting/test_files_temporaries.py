"""An interrupted save leaves a hidden temporary beside its target; the next save in that folder
removes it (every one of the same target, others' once they are old enough to be abandoned)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from drafting.files import STALE_AFTER, write_atomic
from tools.fuzz.worker import PROJECT

WRITER = """
import sys, time
from drafting.files import atomic_writer
with atomic_writer(sys.argv[1]) as handle:
    handle.write(b"x" * 1_000_000)
    handle.flush()
    print("writing", flush=True)
    time.sleep(60)
"""


def test_a_killed_save_leaves_a_temporary_that_the_next_save_removes(tmp_path: Path) -> None:
    target = tmp_path / "out.docx"
    target.write_bytes(b"previous")
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(target)], stdout=subprocess.PIPE,
                              env={**os.environ, "PYTHONPATH": str(PROJECT)})
    assert writer.stdout is not None and writer.stdout.readline().strip() == b"writing"
    os.kill(writer.pid, signal.SIGKILL)
    writer.wait()
    left = [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert len(left) == 1 and left[0].name.startswith(".out.docx.") and left[0].stat().st_size == 1_000_000
    assert target.read_bytes() == b"previous"
    write_atomic(target, b"new")
    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["out.docx"]


def test_another_file_s_temporary_is_removed_only_once_abandoned(tmp_path: Path) -> None:
    young = tmp_path / ".other.txt.abcd1234.tmp"
    old = tmp_path / ".draft.unres.k2j4h5g6.tmp"
    unrelated = tmp_path / ".notes.tmp"
    for path in (young, old, unrelated):
        path.write_bytes(b"partial")
    past = time.time() - STALE_AFTER - 60
    os.utime(old, (past, past))
    write_atomic(tmp_path / "out.txt", b"text")
    assert young.exists() and unrelated.exists()
    assert not old.exists()
