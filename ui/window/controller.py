"""What the window's parts have in common: a controller owns one concern of the window (files,
findings, versions, grammar …), adds its actions to the menus, and hears when the window
loads a document, builds its side panes, or closes.

Actions are made by ``Menus.add``, which calls its slot with no arguments: a QAction's
``triggered(bool)`` can never arrive as an argument of the slot.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow

Keys = str | QKeySequence | QKeySequence.StandardKey | list[QKeySequence] | None


def action_name(text: str) -> str:
    """The object name of an action: its text in lower case, words joined by "_"."""
    return re.sub(r"\W+", "_", text.replace("&", "").lower()).strip("_")


class Menus:
    """The window's menus by name ("file", "edit", "paragraph", "check", "view", "help") and the one
    way to add an action to them."""

    def __init__(self, owner: QWidget) -> None:
        self.owner = owner
        self.menus: dict[str, QMenu] = {}
        self.actions: dict[str, QAction] = {}

    def __getitem__(self, name: str) -> QMenu:
        return self.menus[name]

    def add(self, menu: str | QMenu, text: str, slot: Callable[[], object], keys: Keys = None,
            name: str | None = None) -> QAction:
        """An action in ``menu`` (and on the window, so its keys work everywhere) calling ``slot()``."""
        action = QAction(text, self.owner)
        if keys is not None:
            action.setShortcuts(keys if isinstance(keys, list) else [QKeySequence(keys)])
        action.triggered.connect(lambda _checked=False: slot())
        action.setObjectName(name or action_name(text))
        target = self.menus[menu] if isinstance(menu, str) else menu
        target.addAction(action)
        self.owner.addAction(action)
        self.actions[action.objectName()] = action
        return action


class Controller:
    """One concern of the window.  Subclasses override the hooks they need."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def add_actions(self, menus: Menus) -> None:
        """Put this controller's actions into the window's menus (called once, in menu order)."""

    def panes_built(self) -> None:
        """The side panes exist now (they are built after the first paint)."""

    def document_loaded(self) -> None:
        """The window shows another document."""

    def closing(self) -> None:
        """The window closes: stop timers and background work, disconnect from shared services."""
