"""Driving the main window as a user does: typing, keys, the cursor, and the GA plenary template."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from drafting.model import Resolution
from ui.window.main_window import MainWindow
from ui.window.templates import templates

CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier


def ga_template() -> Resolution:
    return next(t for t in templates() if t.path.stem == "ga-plenary").build()


def typing(window: MainWindow, text: str) -> None:
    QTest.keyClicks(window.editor, text)


def key(window: MainWindow, k: Qt.Key, mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(window.editor, k, mods)


def go_to_block(window: MainWindow, number: int, end: bool = True) -> None:
    block = window.doc.findBlockByNumber(number)
    cursor = QTextCursor(block)
    if end:
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    window.editor.setTextCursor(cursor)


def outline_rows(window: MainWindow) -> list[str]:
    """The outline's rows as shown, each indented two spaces a level."""
    rows: list[str] = []

    def visit(item, depth: int) -> None:
        rows.append("  " * depth + item.text(0))
        for i in range(item.childCount()):
            visit(item.child(i), depth + 1)

    for i in range(window.outline.topLevelItemCount()):
        visit(window.outline.topLevelItem(i), 0)
    return rows
