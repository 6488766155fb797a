"""The command line as a user meets it: `python main.py …` in a subprocess."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from drafting import __version__
from tests.support.paths import CTOC, ROOT, SAMPLE

pytestmark = pytest.mark.slow  # subprocesses and whole-corpus runs


def resolute(*args, cwd=None):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)], capture_output=True,
                          text=True, timeout=120, cwd=cwd)


def test_version():
    out = resolute("--version")
    assert out.returncode == 0 and out.stdout.strip() == f"Resolute {__version__}"


def test_parse_json_has_the_public_shape():
    out = resolute("parse", CTOC, "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert set(data["header"]) >= {"organ", "symbol", "distribution", "date", "original", "session", "committee",
                                   "place_and_dates", "agenda_item", "agenda_title", "sponsors", "submission"}
    assert {"title", "authoring_body", "preamble", "operative", "annexes", "footnotes", "warnings"} <= set(data)
    assert set(data["preamble"][0]) >= {"opening", "text", "footnotes"}
    op4 = data["operative"][3]
    assert (op4["number"], op4["opening"]) == (4, "Also calls upon")
    assert set(op4["subparagraphs"][0]) >= {"label", "text", "footnotes", "subparagraphs"}
    assert data["header"]["symbol"] is None  # missing fields are null


def test_export_to_unres_converts_and_parses_back(tmp_path):
    target = tmp_path / "ctoc.unres"
    out = resolute("export", CTOC, "-o", target)
    assert out.returncode == 0, out.stderr
    again = json.loads(resolute("parse", target, "--json").stdout)
    original = json.loads(resolute("parse", CTOC, "--json").stdout)
    assert again == original


def test_export_refuses_to_overwrite_its_input(tmp_path):
    copy = tmp_path / "doc.unres"
    copy.write_bytes(SAMPLE.read_bytes())
    out = resolute("export", copy, "-o", copy)
    assert out.returncode == 2 and "overwrite the input" in out.stderr
    assert copy.read_bytes() == SAMPLE.read_bytes()


def _bad_inputs(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(bytes(range(256)) * 40)
    unknown = tmp_path / "notes.xyz"
    unknown.write_text("hello")
    doc = tmp_path / "old.doc"
    doc.write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 600)
    prose = tmp_path / "letter.txt"
    prose.write_text("Dear colleague,\n\nPlease find attached the draft.\n\nBest regards\n")
    cut = tmp_path / "cut.unres"
    cut.write_bytes(SAMPLE.read_bytes()[:3000])
    return {
        "missing": (tmp_path / "nope.txt", "no such file"),
        "folder": (tmp_path, "is a folder"),
        "empty": (empty, "empty"),
        "binary": (binary, "binary"),
        "unknown extension": (unknown, "unknown file type .xyz"),
        "old Word": (doc, "save it as .docx"),
        "no resolution": (prose, "no resolution found"),
        "truncated .unres": (cut, "truncated"),
    }


@pytest.mark.parametrize("case", ["missing", "folder", "empty", "binary", "unknown extension", "old Word",
                                  "no resolution", "truncated .unres"])
@pytest.mark.parametrize("command", ["parse", "export"])
def test_bad_input_gets_one_line_and_exit_2(tmp_path, case, command):
    path, reason = _bad_inputs(tmp_path)[case]
    before = path.read_bytes() if path.is_file() else None
    args = ["parse", path] if command == "parse" else ["export", path, "-o", tmp_path / "out.unres"]
    out = resolute(*args)
    assert out.returncode == 2
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and reason in lines[0] and str(path) in lines[0], out.stderr
    assert "Traceback" not in out.stderr
    assert not (tmp_path / "out.unres").exists()
    if before is not None:
        assert path.read_bytes() == before


def test_export_docx_takes_the_author_from_the_settings(tmp_path):
    import os

    from drafting.importers import load_document
    config = tmp_path / "config"
    config.mkdir()
    (config / "settings.json").write_text('{"author": "Delegation of Colombia"}', encoding="utf-8")
    target = tmp_path / "out.docx"
    out = subprocess.run([sys.executable, str(ROOT / "main.py"), "export", str(CTOC), "-o", str(target)],
                         capture_output=True, text=True, timeout=120,
                         env=dict(os.environ, RESOLUTE_CONFIG_DIR=str(config)))
    assert out.returncode == 0, out.stderr
    assert load_document(target).resolution.meta.author == "Delegation of Colombia"


def test_export_docx_with_a_job_number_prints_it_at_the_foot_and_keeps_it(tmp_path):
    target = tmp_path / "out.docx"
    out = resolute("export", CTOC, "-o", target, "--job-number", "25-17789")
    assert out.returncode == 0, out.stderr
    assert json.loads(resolute("parse", target, "--json").stdout)["header"]["job_number"] == "25-17789"
    wrong = resolute("export", CTOC, "-o", tmp_path / "wrong.docx", "--job-number", "2517789")
    assert wrong.returncode == 2 and "--job-number 2517789: is not a job number" in wrong.stderr
    assert not (tmp_path / "wrong.docx").exists()
