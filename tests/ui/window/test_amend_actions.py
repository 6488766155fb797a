"""Amendments in the editor: "Write Amendment…" from the File menu and from the compare view, an
amendment file opening in its own window, and "Preview on Base…" marking the changes."""

from __future__ import annotations

import copy

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog

from drafting import native
from drafting.amend.document import amendment_document
from drafting.amend.writer import write_instructions
from drafting.importers import load_document
from drafting.model import Paragraph
from tests.support.paths import CTOC
from tests.support.shared import shared_dir
from ui.compare.amendment_view import AmendmentWindow
from ui.dialogs import messages as dialogs

INSTRUCTIONS = ["Delete the fifth preambular paragraph.",
                "After operative paragraph 2, insert a new operative paragraph, reading:",
                "In operative paragraph 7, after “to”, insert “prevent and”."]


@pytest.fixture
def versions(tmp_path):
    """The CTOC draft as tabled (a .unres file) and a version with a paragraph deleted, one new, words added."""
    base = load_document(CTOC).resolution
    base.masthead.symbol.text = "CTOC/COP/2024/L.5"
    new = copy.deepcopy(base)
    del new.preamble[4]
    new.operative.insert(2, Paragraph("Decides to hold an expert meeting on trafficking in persons in 2024;"))
    new.operative[7].text = new.operative[7].text.replace("to discourage", "to prevent and discourage", 1)
    base_path, new_path = tmp_path / "base.unres", tmp_path / "new.unres"
    native.save(base, base_path)
    native.save(new, new_path)
    return base_path, new_path


@pytest.fixture
def choose_file(monkeypatch: pytest.MonkeyPatch):
    """Answers the next file dialogs with the given paths, in order."""
    answers: list = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(answers.pop(0)), "")))
    return answers.append


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, error, *rest, **_kw: shown.append(str(error)))
    return shown


def amendment_windows(window) -> list[AmendmentWindow]:
    return [w for w in window.findChildren(AmendmentWindow) if w.isVisible()]


def test_write_amendment_from_the_file_menu_against_a_chosen_base(window, versions, choose_file):
    base_path, new_path = versions
    assert window.file_actions.open_path(new_path)
    choose_file(base_path)
    window.findChild(QAction, "write_amendment").trigger()
    [shown] = amendment_windows(window)
    assert shown.instruction_texts() == INSTRUCTIONS
    html = shown.text.toPlainText()
    assert "Amendment to draft resolution CTOC/COP/2024/L.5" in html.replace("\u2029", "\n")
    assert "Decides to hold an expert meeting" in html
    shown.sponsors.setText("Chile, Mexico and Peru")
    shown.sponsors.editingFinished.emit()
    assert shown.amendment.submission.line.startswith("Chile, Mexico and Peru: amendment to draft resolution")
    preview = shown.preview_button.click() or shown.preview
    assert preview is not None and preview.isVisible()
    assert preview.entries()[:2] == ["PP5 deleted", "PP5–26 (formerly PP6–27) renumbered"]
    assert "OP 3 new" in preview.entries()


def test_write_amendment_from_the_compare_view(window, versions):
    base_path, new_path = versions
    assert window.file_actions.open_path(new_path)
    view = window.compare_actions.compare_with_file(base_path)
    view.amend_button.click()
    [shown] = amendment_windows(window)
    assert shown.instruction_texts() == INSTRUCTIONS


def test_an_amendment_file_opens_in_its_own_window_and_previews_on_a_chosen_draft(window, versions, tmp_path,
                                                                                  choose_file, errors):
    base_path, new_path = versions
    base, new = native.load(base_path), native.load(new_path)
    amendment = tmp_path / "amendment.unres"
    native.save(amendment_document(base, write_instructions(base, new), ["Chile"]), amendment)
    assert window.file_actions.open_path(amendment)
    [shown] = amendment_windows(window)
    assert shown.instruction_texts() == INSTRUCTIONS and shown.base is None
    choose_file(base_path)
    preview = shown.preview_on_base()
    assert preview is not None and "OP 3 new" in preview.entries()
    choose_file(tmp_path / "nothing.unres")
    assert shown.preview_on_base(tmp_path / "nothing.unres") is None and "nothing.unres" in errors[-1]


def test_an_amendment_that_does_not_fit_the_chosen_draft_is_named(window, versions, tmp_path, errors):
    base_path, new_path = versions
    base, new = native.load(base_path), native.load(new_path)
    amendment = tmp_path / "amendment.unres"
    native.save(amendment_document(base, write_instructions(base, new), []), amendment)
    other = tmp_path / "other.unres"
    small = copy.deepcopy(base)
    small.operative = small.operative[:3]
    native.save(small, other)
    assert window.file_actions.open_path(amendment)
    [shown] = amendment_windows(window)
    assert shown.preview_on_base(other) is None
    assert "instruction 3 (“In operative paragraph 7, after “to”, insert “prevent and”.”)" in errors[-1]
    assert "the draft has 3 operative paragraphs" in errors[-1]


def test_save_as_writes_the_amendment_in_un_layout(window, versions, tmp_path):
    base_path, new_path = versions
    assert window.file_actions.open_path(new_path)
    window.amend_actions.write_amendment(base_path)
    [shown] = amendment_windows(window)
    target = tmp_path / "amendment.docx"
    assert shown.save_as(target) and target.stat().st_size > 0
    assert shown.save_as(tmp_path / "amendment.txt")
    text = (tmp_path / "amendment.txt").read_text(encoding="utf-8")
    assert "1. Delete the fifth preambular paragraph." in text


@pytest.mark.parametrize("name", ["A_80_L.29.pdf", "A_C.3_80_L.58.pdf", "A_C.3_80_L.65.pdf"])
def test_an_official_amendment_pdf_opens_in_an_amendment_window(window, name):
    folder = shared_dir()
    if folder is None or not (folder / "corpus" / "amendments" / name).exists():
        pytest.skip("the shared corpus of official amendments (corpus/amendments) is not available")
    assert window.file_actions.open_path(folder / "corpus" / "amendments" / name)
    [shown] = amendment_windows(window)
    assert shown.instruction_texts()[0].startswith(("Replace operative paragraph 200", "In the twenty-eighth",
                                                    "Delete the third preambular paragraph"))
    assert shown.amendment.base_symbol.startswith("A/")


def test_preview_on_base_offers_the_draft_beside_the_amendment(window, monkeypatch):
    folder = shared_dir()
    if folder is None or not (folder / "corpus" / "amendments" / "A_80_L.29.pdf").exists():
        pytest.skip("the shared corpus of official amendments (corpus/amendments) is not available")
    offered: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda parent, title, start, *rest: offered.append(start) or ("", "")))
    assert window.file_actions.open_path(folder / "corpus" / "amendments" / "A_80_L.29.pdf")
    [shown] = amendment_windows(window)
    assert shown.preview_on_base() is None  # the dialog was cancelled
    assert offered == [str(folder / "corpus" / "amendments" / "A_80_L.22.pdf")]
