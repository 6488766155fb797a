"""The dialog that offers the work of a session that crashed: each document with its whole title, the file
it came from and when it was autosaved; only the documents left ticked are restored."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QListWidget

from drafting import recovery
from drafting.model import Inline, Resolution
from ui import app as ui_app
from ui.dialogs import messages as dialogs

LONG_TITLE = ("Strengthening of the coordination of emergency humanitarian assistance of the United Nations, "
              "including in the aftermath of natural disasters and armed conflict")


def _left_behind(folder: Path, title: str, original: Path | None, written: datetime.datetime) -> None:
    """A recovery file as a crashed session leaves it (its process is gone)."""
    res = Resolution()
    res.title = Inline(title)
    session = recovery.Session(folder)
    session.write(res, original)
    doc = json.loads(session.path.read_text(encoding="utf-8"))
    doc.update(pid=None, written=written.timestamp())
    session.path.write_text(json.dumps(doc), encoding="utf-8")


def test_recovery_dialog_shows_titles_sources_and_times(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("RESOLUTE_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("RESOLUTE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(dialogs, "ask_save", lambda *args: dialogs.DISCARD)
    source = tmp_path / "drafts of the Third Committee" / "A_C.3_80_L.30 revised by the facilitator.docx"
    older = datetime.datetime(2026, 11, 3, 9, 41)
    _left_behind(recovery.recovery_dir(), LONG_TITLE, source, datetime.datetime(2026, 11, 4, 17, 5))
    _left_behind(recovery.recovery_dir(), "Oceans and the law of the sea", None, older)
    shown: list[list[str]] = []

    def answer(dialog: QDialog) -> QDialog.DialogCode:
        """Look at the list as the user sees it, untick the second document, press Restore."""
        items = dialog.findChild(QListWidget, None)
        assert items is not None and items.accessibleName() == "Recovered documents"
        dialog.show()
        QApplication.processEvents()
        shown.append([items.item(i).text() for i in range(items.count())])
        first = items.visualItemRect(items.item(0))
        lines = items.item(0).text().count("\n") + 1
        assert first.height() >= lines * items.fontMetrics().height(), "the first entry is cut off"
        assert items.viewport().width() >= 500
        items.item(1).setCheckState(Qt.CheckState.Unchecked)
        dialog.hide()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QDialog, "exec", answer)
    window = ui_app.start()
    qtbot.addWidget(window)
    [texts] = shown
    assert texts[0] == f"{LONG_TITLE}\nFrom: {source}\nAutosaved: 04 November 2026, 17:05"
    assert texts[1] == "Oceans and the law of the sea\nFrom: never saved\nAutosaved: 03 November 2026, 09:41"
    assert window.doc.res.title.text == LONG_TITLE  # the ticked one is restored, from its source
    assert window.source == source and window.path is None and window.is_modified()
    assert recovery.leftovers() == []  # the unticked one is discarded
