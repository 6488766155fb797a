"""The main window, shown offscreen with its own settings and data folders."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from drafting.settings import Settings
from ui.dialogs import messages as dialogs
from ui.window.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, tmp_path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setenv("RESOLUTE_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("RESOLUTE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(dialogs, "ask_save", lambda *args: dialogs.DISCARD)
    w = MainWindow(Settings())
    qtbot.addWidget(w)
    w.show()
    w.ensure_panes()
    return w
