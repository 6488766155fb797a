"""Hints (info findings) are shown in the editor only on request: View ▸ Show Hints and the Settings dialog
switch them on and off for the Issues pane, the underlines, F8 and the status bar, and the choice is kept."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from drafting import settings as settings_store
from tests.support.paths import CTOC
from ui.dialogs.settings import SettingsDialog
from ui.editor.highlighter import findings_of


def _rows(window) -> list[str]:
    """The severities of the Issues pane's rows, as the accessible text says them."""
    tree = window.issues.tree
    return [tree.item(i).data(Qt.ItemDataRole.AccessibleTextRole).split(" at ")[0] for i in range(tree.count())]


def _underlined(window) -> list[str]:
    """The severities of the underlines drawn in the text."""
    found = []
    block = window.doc.firstBlock()
    while block.isValid():
        data = findings_of(block)
        found += [u.severity for u in data.all()] if data is not None else []
        block = block.next()
    return found


def _opened(window):
    window.file_actions.open_path(CTOC)
    window.checker.run_now()
    return window.menus.actions["show_hints"]


def test_show_hints_action_shows_and_hides_the_info_findings(window, answers, qtbot):
    action = _opened(window)
    assert action.isCheckable() and not action.isChecked()
    assert action in window.menus["view"].actions()
    rows, underlined = _rows(window), _underlined(window)
    assert rows and "info" not in rows
    assert "info" not in underlined
    assert window.findings_label.text().endswith("· 0 info")

    action.trigger()
    assert action.isChecked() and window.settings.show_hints
    with_hints = _rows(window)
    assert with_hints.count("info") >= 1 and len(with_hints) == len(rows) + with_hints.count("info")
    assert "info" in _underlined(window)
    assert not window.findings_label.text().endswith("· 0 info")
    assert settings_store.load()[0].show_hints, "the choice is not kept for the next start"
    hint = next(d for d in window.review_actions.all_findings() if d.severity == "info")
    window.issues.tree.setCurrentRow(0)
    seen = set()
    for _ in range(len(with_hints) + 1):  # F8 reaches the hint too
        window.menus.actions["next_finding"].trigger()
        seen.add(window.issues.selected())
    assert hint in seen

    action.trigger()
    assert _rows(window) == rows and "info" not in _underlined(window)
    assert not settings_store.load()[0].show_hints
    for _ in range(len(rows) + 1):  # F8 walks past no hint
        window.menus.actions["next_finding"].trigger()
        assert window.issues.selected().severity != "info"
    assert answers.errors() == []


@pytest.mark.parametrize("on", [True, False])
def test_settings_dialog_switches_hints(window, answers, monkeypatch, on):
    action = _opened(window)
    window.settings.show_hints = not on
    window.review_actions.hints_changed()

    def accept(dialog: QDialog) -> QDialog.DialogCode:
        assert isinstance(dialog, SettingsDialog) and dialog.hints.isChecked() is (not on)
        dialog.hints.setChecked(on)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QDialog, "exec", accept)
    window.menus.actions["settings"].trigger()
    assert action.isChecked() is on and settings_store.load()[0].show_hints is on
    assert ("info" in _rows(window)) is on and ("info" in _underlined(window)) is on


def test_a_name_the_dictionary_does_not_know_is_a_hint_shown_only_on_request(window, answers, tmp_path):
    """An unknown capitalized word inside a sentence (most likely a name) is a spelling hint; a misspelt word is not."""
    draft = tmp_path / "names.txt"
    draft.write_text("The General Assembly,\n\nRecalling its resolution 76/7,\n\n"
                     "1. Welcomes the talks held in Abyei between the Misseriya and the Ngok Dinka;\n\n"
                     "2. Requests the Secretary-General to report on the goverment programme.\n", encoding="utf-8")
    window.file_actions.open_path(draft)
    window.checker.run_now()

    def spelling_rows() -> str:
        return " ".join(d.message for d in window.issues.visible_findings() if d.code == "RES790")

    shown = spelling_rows()
    assert "goverment" in shown and "Misseriya" not in shown, "names are hints, hidden until asked for"
    window.menus.actions["show_hints"].trigger()
    assert "Misseriya" in spelling_rows() and "goverment" in spelling_rows()
