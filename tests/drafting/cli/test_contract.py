"""The command line on hostile files: exit 0, 1 or 2; on 2 one line and no traceback; the input
unchanged; nothing written when the command fails; no temporary file left behind."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tools.fuzz.cases import CASES, materialized, real_suffix
from tools.fuzz.worker import PROJECT

HOSTILE = sorted(CASES.glob("manual--*"))


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(PROJECT / "main.py"), *args], cwd=cwd, capture_output=True,
                          text=True, timeout=120, env={"PYTHONPATH": str(PROJECT), "QT_QPA_PLATFORM": "offscreen",
                                                       "PATH": "/usr/bin:/bin", "HOME": str(cwd)})


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.slow
@pytest.mark.parametrize("case", HOSTILE, ids=[p.name for p in HOSTILE])
def test_every_command_keeps_the_contract_on_hostile_files(case: Path, tmp_path: Path) -> None:
    with materialized(case) as real:
        source = tmp_path / f"input{real_suffix(case)}"
        shutil.copyfile(real, source)
    before = _digest(source)
    commands = [("parse", "input", None), ("parse", "--json", "input", None), ("check", "input", None),
                ("export", "input", "-o", "out.docx", "out.docx"), ("export", "input", "-o", "out.txt", "out.txt"),
                ("check", "--fix", "input", "-o", "fixed.unres", "fixed.unres"),
                ("compare", "input", "input", None)]
    for *args, output in commands:
        argv = [source.name if a == "input" else a for a in args]
        done = _run(*argv, cwd=tmp_path)
        assert done.returncode in (0, 1, 2), (argv, done.stderr[-2000:])
        assert "Traceback" not in done.stderr, (argv, done.stderr[-2000:])
        if done.returncode == 2:
            lines = done.stderr.strip().splitlines()
            assert len(lines) == 1 and lines[0].startswith("resolute: "), (argv, done.stderr)
            assert output is None or not (tmp_path / output).exists(), f"{argv} failed but wrote {output}"
        assert _digest(source) == before, f"{argv} changed its input"
        leftovers = [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
        assert leftovers == [], f"{argv} left {leftovers}"
