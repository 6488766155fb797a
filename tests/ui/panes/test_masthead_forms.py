"""The masthead form and strip as a person uses them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication


def test_a_sponsor_chosen_from_the_suggestions_leaves_the_box_empty_for_the_next(window, qtbot):
    window.go_to_pane("masthead")
    pane = window.masthead.sponsors
    pane.entry.setFocus()
    QTest.keyClicks(pane.entry, "Canad")
    popup = pane.entry.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Return)
    qtbot.wait(50)
    assert pane.entry.text() == ""
    QTest.keyClicks(QApplication.focusWidget(), "Mexico")
    QTest.keyClick(pane.entry, Qt.Key.Key_Return)
    qtbot.wait(50)
    assert window.doc.res.submission.sponsors[-2:] == ["Canada", "Mexico"]


def test_a_new_general_assembly_draft_names_the_session_of_its_date():
    from datetime import date

    from ui.window.templates import templates

    third = next(t for t in templates() if t.path.stem == "ga-third-committee")
    assert third.build(today=date(2026, 12, 6)).masthead.session.text == "Eighty-first session"
    assert third.build(today=date(2026, 3, 2)).masthead.session.text == "Eightieth session"


def test_the_masthead_strip_puts_the_session_before_the_committee(window):
    from drafting.model import Inline

    res = window.doc.res
    res.masthead.session, res.masthead.committee = Inline("Eightieth session"), Inline("Third Committee")
    window.header.show_resolution(res)
    text = window.header.session.text()
    assert text.index("Eightieth session") < text.index("Third Committee")
