"""Fixtures of the window tests (imported by the tests that use them): a window with its panes, file dialogs
answered with paths in a temporary folder, message boxes answered and recorded."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from drafting.settings import Settings
from ui.dialogs import messages as dialogs
from ui.window.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "corpus"
CTOC_TEXT = CORPUS / "ctoc-cop-11-2022-trafficking-revised-draft.txt"
SAMPLE = ROOT / "resources" / "samples" / "ctoc-cop-11-trafficking.unres"


class Answers:
    """What the dialogs would have asked, and what they were answered."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.open_path: Path | None = None  # the file an Open dialog picks
        self.asked: list[tuple[str, str]] = []  # (dialog, title)
        self.boxes: list[tuple[str, str]] = []  # (title, text) of message boxes shown
        self.reason = "Agreed with the Secretariat"

    def save_name(self, _parent, title: str, suggested: str = "", _filter: str = "", *args) -> tuple[str, str]:
        self.asked.append(("save", title))
        return str(self.folder / Path(suggested or "out").name), ""

    def open_name(self, _parent, title: str, *args) -> tuple[str, str]:
        self.asked.append(("open", title))
        return (str(self.open_path), "") if self.open_path else ("", "")

    def open_names(self, _parent, title: str, *args) -> tuple[list[str], str]:
        self.asked.append(("open", title))
        return ([str(self.open_path)], "") if self.open_path else ([], "")

    def errors(self) -> list[tuple[str, str]]:
        return [b for b in self.boxes if b[0] not in ("Keyboard shortcuts", "About Resolute")]


@pytest.fixture
def answers(tmp_path, monkeypatch) -> Answers:
    folder = tmp_path / "files"
    folder.mkdir()
    found = Answers(folder)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", found.save_name)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", found.open_name)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", found.open_names)

    def shown(parent, title, error, details="", icon=QMessageBox.Icon.Warning):
        found.boxes.append((title, dialogs.error_text(error)))
        return QMessageBox()

    monkeypatch.setattr(dialogs, "show_error", shown)
    monkeypatch.setattr(dialogs, "show_info", lambda parent, title, text: shown(parent, title, text))
    monkeypatch.setattr(dialogs, "ask_save", lambda *args: dialogs.DISCARD)
    monkeypatch.setattr(dialogs, "ask_reason", lambda *args: found.reason)
    monkeypatch.setattr(dialogs, "choose_template", lambda parent, templates: templates[0] if templates else None)
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kw: (found.reason, True))
    return found


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch, answers) -> MainWindow:
    monkeypatch.setenv("RESOLUTE_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("RESOLUTE_DATA_DIR", str(tmp_path / "data"))
    w = MainWindow(Settings())
    qtbot.addWidget(w)
    w.showNormal()
    w.resize(1400, 900)  # a desktop screen (the offscreen one is 800 × 800: the side panes would fold)
    w.ensure_panes()
    w.activateWindow()
    return w
