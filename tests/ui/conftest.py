"""The main window, shown offscreen with its own settings and data folders."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from drafting.settings import Settings
from tests.support.dialogs import Answers
from ui.dialogs import messages as dialogs
from ui.window.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, tmp_path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setenv("RESOLUTE_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("RESOLUTE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(dialogs, "ask_save", lambda *args: dialogs.DISCARD)
    w = MainWindow(Settings())
    qtbot.addWidget(w)
    w.showNormal()
    w.resize(1400, 900)  # a desktop screen (the offscreen one is 800 × 800: the side panes would fold)
    w.ensure_panes()
    return w


@pytest.fixture
def answers(tmp_path, monkeypatch: pytest.MonkeyPatch) -> Answers:
    """File dialogs answered with paths in a temporary folder, message boxes answered and recorded."""
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
    monkeypatch.setattr(QInputDialog, "getText", lambda *_args, **_kwargs: (found.reason, True))
    return found
