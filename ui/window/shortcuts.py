"""The keys of the window, grouped as its menus are, for F1 and the README's table."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence

from ui.window.controller import Menus

# What the text itself does with keys that are not menu items.
TEXT_KEYS = [
    ("New paragraph of the kind that comes next", "Enter"),
    ("Start the operative part (when offered)", "Ctrl+Enter"),
    ("Dismiss the offer or the find bar; from a footnote, back to its mark", "Esc"),
    ("Promote a subparagraph from its start", "Backspace"),
    ("Leave the text for the next pane (Tab demotes in the text)", "Ctrl+Tab"),
    ("Back to the previous pane", "Ctrl+Shift+Tab"),
]
_FIXED_NAMES = {"undo": "Undo", "redo": "Redo"}  # their texts carry the step to undo


def action_text(action: QAction) -> str:
    return _FIXED_NAMES.get(action.objectName(), action.text().replace("&", ""))


def shortcut_groups(menus: Menus) -> list[tuple[str, list[tuple[str, str]]]]:
    """[(menu title, [(action, keys)])] for every action with keys, then the keys of the text."""
    groups = []
    bar_menus = [a.menu() for a in menus.owner.menuBar().actions() if a.menu() is not None] \
        if hasattr(menus.owner, "menuBar") else list(menus.menus.values())
    for menu in bar_menus:  # in menu bar order, other controllers' menus (Library) included
        items = []
        for action in menu.actions():
            keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())
            if keys and action.text() and action.menu() is None:
                items.append((action_text(action), keys))
        if items:
            groups.append((menu.title().replace("&", ""), items))
    groups.append(("In the text", list(TEXT_KEYS)))
    return groups
