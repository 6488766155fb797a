"""Switching a rule off in the settings: from the Issues pane, and back on in Settings."""

from __future__ import annotations

import json

from drafting.importers import load_document
from tests.support.paths import SAMPLE


def open_sample(window):
    window.new_document(load_document(SAMPLE).resolution)
    window.checker.run_now()
    window.issues.set_findings(window.checker.findings)
    return [d.code for d in window.checker.findings]


def saved_switches(tmp_path):
    return json.loads((tmp_path / "config" / "settings.json").read_text(encoding="utf-8"))["disabled_rules"]


def test_a_rule_switched_off_disappears_everywhere_and_comes_back(window, tmp_path, monkeypatch):
    assert "RES208" in open_sample(window)  # "Recalling" twice in a row in the CTOC text (PP 4-5)
    finding = next(d for d in window.checker.findings if d.code == "RES208")
    window.issues.switchOffRequested.emit(finding)
    assert "RES208" not in [d.code for d in window.checker.findings]
    assert saved_switches(tmp_path) == ["RES208"]
    # Fix all safe leaves a switched-off rule alone: the text keeps its plain "Recalling".
    window.review_actions.fix_all_safe()
    assert window.doc.res.preamble[4].text.startswith("Recalling all previous")

    from ui.dialogs.settings import SettingsDialog

    def turn_back_on(dialog):
        assert [dialog.disabled.item(i).text() for i in range(dialog.disabled.count())] == ["RES208"]
        dialog.disabled.takeItem(0)
        return dialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", turn_back_on)
    window.edit_settings()
    window.checker.run_now()
    assert "RES208" in [d.code for d in window.checker.findings]
    assert saved_switches(tmp_path) == []


def test_the_switch_button_follows_the_selection(window):
    open_sample(window)
    window.issues.tree.setCurrentRow(-1)
    assert not window.issues.switch_off_button.isEnabled()
    window.issues.tree.setCurrentRow(0)
    assert window.issues.switch_off_button.isEnabled()
