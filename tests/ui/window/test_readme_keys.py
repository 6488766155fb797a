"""The README's keyboard table says what the keys do in the app: every key it names is a key the app knows."""

from __future__ import annotations

import re

from tests.support.paths import ROOT
from ui.window.shortcuts import shortcut_groups

TEXT_KEYS = {"Tab", "Shift+Tab", "Alt+Up", "Alt+Down", "Enter", "Backspace"}  # handled by the text itself


def _readme_keys() -> set[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    table = text[text.index("| keys | what they do |"):]
    table = table[:table.index("\n\n")]
    keys = set()
    for row in table.splitlines()[2:]:
        cell = row.split("|")[1].strip()
        if "…" in cell:
            first, last = (int(n) for n in re.findall(r"\d", cell)[:2])
            keys |= {f"Ctrl+{n}" for n in range(first, last + 1)}
            continue
        keys |= {k.strip() for k in cell.split(" / ")}
    return keys


def test_every_key_of_the_readme_is_a_key_of_the_app(window):
    app_keys = {k.strip() for _, items in shortcut_groups(window.menus) for _, keys in items for k in keys.split(",")}
    for action in window.editor.actions_by_name.values():
        app_keys.add(action.shortcut().toString())
    missing = _readme_keys() - app_keys - TEXT_KEYS
    assert missing == set(), f"the README names keys the app does not have: {missing}"
    for key in ("Ctrl+E", "Ctrl+Alt+F", "F8", "Ctrl+.", "F1", "Ctrl+Enter", "Esc", "Ctrl+Tab"):
        assert key in _readme_keys()
