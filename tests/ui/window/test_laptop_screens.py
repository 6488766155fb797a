"""Laptop screens: the text keeps a readable line, the masthead folds to one line when it would take too much of
the height, and the side panes fold away, and come back, by themselves and from the keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.support.paths import CORPUS

CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


def _resize(window, qtbot, width: int, height: int) -> None:
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.size().width() == width, timeout=2000)
    qtbot.wait(300)  # the panes fold after the resize, and the window lays itself out again


@pytest.mark.parametrize("size", [(1366, 768), (1000, 700), (683, 384)], ids=["1366x768", "1000x700", "200%"])
def test_the_text_column_keeps_sixty_characters_a_line(window, qtbot, size):
    window.file_actions.open_path(CORPUS / "A_RES_79_180.txt")
    _resize(window, qtbot, *size)
    qtbot.waitUntil(lambda: window.editor.column_chars() >= 60, timeout=3000)  # the panes fold, the layout settles
    assert window.header.height() <= 0.25 * window.editor.height() + 1  # the masthead leaves the text room


def test_the_panes_come_back_on_a_wide_window_and_toggle_from_the_keyboard(window, qtbot):
    _resize(window, qtbot, 1000, 700)
    assert not window.outline_dock.isVisible()  # folded for the text
    _resize(window, qtbot, 1600, 1000)
    assert window.outline_dock.isVisible() and window.side_dock.isVisible()
    assert not window.header.folded  # tall enough for the masthead as it prints
    QTest.keyClick(window, Qt.Key.Key_3, CTRL_ALT)
    assert not window.side_dock.isVisible()
    QTest.keyClick(window, Qt.Key.Key_1, CTRL_ALT)
    assert not window.outline_dock.isVisible()
    _resize(window, qtbot, 1700, 1000)
    assert not window.outline_dock.isVisible()  # hidden by the user: stays hidden
    QTest.keyClick(window, Qt.Key.Key_3, CTRL_ALT)
    assert window.side_dock.isVisible()


def test_hiding_the_review_panes_gives_the_folded_outline_its_room_back(window, qtbot):
    _resize(window, qtbot, 1000, 700)
    assert not window.outline_dock.isVisible()
    QTest.keyClick(window, Qt.Key.Key_3, CTRL_ALT)
    qtbot.waitUntil(window.outline_dock.isVisible, timeout=2000)
    assert not window.side_dock.isVisible() and window.editor.column_chars() >= 60
