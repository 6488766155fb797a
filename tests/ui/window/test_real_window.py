"""The editor in a real X window (Xvfb with openbox), driven by keystrokes through the X server (xdotool):
what a person does at the keyboard, checked in the files the program writes."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from drafting import native
from drafting.importers import load_document
from tests.support.x_session import ROOT, XSession, missing_tools, wait_until

pytestmark = pytest.mark.slow
CORPUS = ROOT / "tests" / "corpus"
SAMPLE = ROOT / "resources" / "samples" / "ctoc-cop-11-trafficking.unres"


@pytest.fixture
def x(tmp_path):
    if missing_tools():
        pytest.fail(f"{', '.join(missing_tools())} missing: ./dev.sh test installs them (TEST_DEBS)")
    session = XSession(tmp_path)
    yield session
    session.screenshot(tmp_path / "last.png")
    session.close()


def _answer_file_dialog(x: XSession, target: Path, title: str) -> None:
    """Type ``target`` into the file dialog named ``title`` and accept it, as a person would."""
    wait_until(lambda: x.window_named(title), 20, f"the “{title}” dialog")
    time.sleep(0.8)
    x.key("ctrl+a")
    x.type(str(target))
    x.key("Return")


def test_a_footnote_typed_with_ctrl_alt_f_is_saved(x, tmp_path):
    draft = tmp_path / "draft.unres"
    shutil.copy(SAMPLE, draft)
    x.start_editor(str(draft))
    x.key("ctrl+End")  # the end of the last paragraph
    x.key("ctrl+alt+f")
    x.type("See A/80/1, para. 4.")
    x.key("Escape")  # back to the text
    x.type(" Thanks")
    x.key("ctrl+s")
    saved = wait_until(lambda: "See A/80/1, para. 4." in [n.text for _, n in native.load(draft).footnotes()]
                       and native.load(draft), 20, "the note in the saved file")
    last = saved.operative[-1] if not saved.annexes else saved.annexes[-1].paragraphs[-1]
    assert last.text.endswith("Thanks")  # Esc brought the keys back to the text
    assert "Traceback" not in x.log()


def test_export_to_word_with_ctrl_e_through_the_file_dialog(x, tmp_path):
    x.start_editor(str(CORPUS / "A_RES_79_180.txt"))
    x.key("ctrl+e")
    target = tmp_path / "exported.docx"
    _answer_file_dialog(x, target, "Export to Word")
    wait_until(lambda: target.exists() and target.stat().st_size > 1000, 60, "the .docx")
    assert "Traceback" not in x.log() and "Something went wrong" not in x.log()


def test_alt_up_in_an_imported_draft_saved_and_checked(x, tmp_path):
    x.start_editor(str(CORPUS / "A_C.3_80_L.30.txt"))
    x.key("ctrl+End")
    for _ in range(3):
        x.key("ctrl+Up")  # a few paragraphs up from the end
    x.key("alt+Up", "alt+Up")
    x.key("ctrl+s")  # an import: Save asks for a .unres name
    target = tmp_path / "moved.unres"
    _answer_file_dialog(x, target, "Save resolution")
    wait_until(target.exists, 20, "the saved .unres")
    moved = native.load(target)
    original = load_document(CORPUS / "A_C.3_80_L.30.txt").resolution
    assert [p.text for p in moved.operative] != [p.text for p in original.operative]  # the paragraph moved
    check = subprocess.run([sys.executable, str(ROOT / "main.py"), "check", str(target)], capture_output=True,
                           text=True, timeout=120, cwd=ROOT)
    for code in ("RES130", "RES133", "RES211", "RES210"):
        assert code not in check.stdout, check.stdout
