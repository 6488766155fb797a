"""``resolute amend`` and ``resolute apply`` end to end, in every format they write and read."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from drafting.amend.sameness import text_content
from drafting.exporters import export_document
from drafting.importers import load_document
from drafting.model import Annex, Paragraph
from tests.support.paths import ROOT

pytestmark = pytest.mark.slow  # subprocesses and whole-corpus runs


def resolute(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], check=False, cwd=cwd, capture_output=True,
                          text=True,
                          env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "HOME": str(cwd)}, timeout=120)


@pytest.fixture
def versions(tmp_path, draft) -> tuple[Path, Path]:
    base, new = tmp_path / "base.unres", tmp_path / "new.unres"
    export_document(draft, base)
    draft.operative[0].text = "Calls upon all States to protect and assist migrants;"
    del draft.preamble[1]
    export_document(draft, new)
    return base, new


def test_amend_prints_the_amendment_in_un_form(tmp_path, versions):
    done = resolute("amend", *map(str, versions), "--sponsors", "Chile, Mexico and Peru", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    text = done.stdout
    assert "Chile, Mexico and Peru: amendment to draft resolution A/C.3/80/L.99" in text
    assert "Third Committee" in text and "Protection of migrants" in text
    assert "1. Delete the second preambular paragraph." in text
    assert "2. In operative paragraph 1, after “protect”, insert “and assist”." in text


@pytest.mark.parametrize("ext", [".txt", ".docx", ".unres"])
def test_what_amend_writes_apply_reads_back_to_the_new_version(tmp_path, versions, ext):
    base, new = versions
    amendment = tmp_path / f"amendment{ext}"
    assert resolute("amend", str(base), str(new), "-o", str(amendment), cwd=tmp_path).returncode == 0
    out = tmp_path / "amended.unres"
    done = resolute("apply", str(amendment), str(base), "-o", str(out), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert text_content(load_document(out).resolution) == text_content(load_document(new).resolution)


def test_an_instruction_that_cannot_be_applied_stops_apply_and_nothing_is_written(tmp_path, draft):
    base = tmp_path / "base.unres"
    export_document(draft, base)
    amendment = tmp_path / "amendment.txt"
    amendment.write_text("Chile: amendment to draft resolution A/C.3/80/L.99\n\nProtection of migrants\n\n"
                         "1. In operative paragraph 1, delete “protect”.\n\n"
                         "2. In operative paragraph 3, replace “refugees” with “migrants”.\n", encoding="utf-8")
    out = tmp_path / "amended.docx"
    done = resolute("apply", str(amendment), str(base), "-o", str(out), cwd=tmp_path)
    assert done.returncode == 2
    assert "instruction 2 (“In operative paragraph 3, replace “refugees” with “migrants”.”)" in done.stderr
    assert "“refugees” is not in operative paragraph 3" in done.stderr
    assert "Traceback" not in done.stderr and not out.exists()


def test_a_text_that_is_not_an_amendment_is_refused_clearly(tmp_path, versions):
    base, _ = versions
    done = resolute("apply", str(ROOT / "tests" / "corpus" / "A_80_L.8.txt"), str(base), "-o",
                    str(tmp_path / "x.txt"), cwd=tmp_path)
    assert done.returncode == 2 and "is not an amendment" in done.stderr and "Traceback" not in done.stderr


def test_a_change_instructions_cannot_express_is_named(tmp_path, draft):
    base, new = tmp_path / "base.unres", tmp_path / "new.unres"
    export_document(draft, base)
    draft.annexes = [Annex(paragraphs=[Paragraph("Terms of reference of the working group", style="numbered")])]
    export_document(draft, new)
    done = resolute("amend", str(base), str(new), "-o", str(tmp_path / "amendment.docx"), cwd=tmp_path)
    assert done.returncode == 2 and "changes to annexes cannot be written as instructions" in done.stderr
    assert not (tmp_path / "amendment.docx").exists()


def test_amend_of_identical_versions_says_there_is_nothing_to_amend(tmp_path, versions):
    base, _ = versions
    done = resolute("amend", str(base), str(base), cwd=tmp_path)
    assert done.returncode == 2 and "nothing to amend" in done.stderr


def test_official_amendment_applied_from_its_pdf(tmp_path, amendments_folder):
    out = tmp_path / "l50.txt"
    done = resolute("apply", str(amendments_folder / "A_C.3_80_L.58.pdf"), str(amendments_folder / "A_C.3_80_L.50.pdf"),
                    "-o", str(out), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    amended = load_document(out).resolution
    assert amended.preamble[27].text.endswith("by large groups of populations,")
