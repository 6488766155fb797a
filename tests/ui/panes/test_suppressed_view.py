"""Ignored findings can be audited: the Suppressed view lists each with its reason and restores it (undoably)."""

from __future__ import annotations

from tests.support.paths import CORPUS, CTOC


def _codes(window) -> list[str]:
    return [d.code for d in window.checker.run_now()]


def test_an_ignored_finding_is_listed_with_its_reason_and_restored_undoably(window, answers):
    window.file_actions.open_path(CTOC)
    finding = window.checker.run_now()[0]
    before = _codes(window).count(finding.code)
    answers.reason = "The Third Committee asked for this wording"
    window.review_actions.ignore(finding)
    assert _codes(window).count(finding.code) == before - 1
    pane = window.issues
    pane.suppressed_toggle.setChecked(True)
    assert pane.suppressed.isVisible() and not pane.tree.isVisible() and pane.restore_button.isVisible()
    assert pane.suppressed.count() == 1
    row = pane.suppressed.item(0).text()
    assert finding.code in row and answers.reason in row and pane.suppressed_toggle.text() == "Suppressed (1)"
    pane.suppressed.setCurrentRow(0)
    pane.restore_button.click()
    assert _codes(window).count(finding.code) == before  # shown again
    assert pane.suppressed.count() == 0 and pane.suppressed_toggle.text() == "Suppressed (0)"
    window.history.undo()
    assert _codes(window).count(finding.code) == before - 1  # undo: ignored again, with its reason
    window.review_actions.show_all_findings()
    assert answers.reason in pane.suppressed.item(0).text()


def test_the_kind_filter_offers_every_kind(window):
    window.file_actions.open_path(CORPUS / "A_RES_79_180.txt")
    window.checker.run_now()
    kinds = [window.issues.category_filter.itemText(i).split(" (")[0]
             for i in range(window.issues.category_filter.count())]
    assert kinds[:5] == ["All kinds", "Style", "Spelling", "Grammar", "Revision"]


def test_fix_all_safe_says_how_many_of_the_listed_findings_it_fixed(window):
    window.file_actions.open_path(CORPUS / "A_C.3_80_L.30.txt")
    listed = [d for d in window.checker.run_now() if d.fix is not None and d.fix.safe]
    window.findChild(type(window.undo_action), "fix_all_safe").trigger()
    message = window.statusBar().currentMessage()
    assert message.endswith(f"of {len(listed)} safe findings fixed") if listed else message == "No safe fixes to apply"
