"""The masthead form and strip as a person uses them."""

from __future__ import annotations

import window_fixtures
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from window_fixtures import CORPUS

window, answers = window_fixtures.window, window_fixtures.answers  # the fixtures these tests use


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
