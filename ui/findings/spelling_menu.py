"""Context-menu actions for a misspelt word: suggestions, "Add to Dictionary", "Ignore in This Document".

Self-contained: the editor passes the word, a way to replace it, and what to do after the
word lists changed (re-check and repaint the underlines).  All spelling knowledge stays in
``drafting.spelling``.  Suggestions take a few hundred milliseconds the first time a word
is asked for; ``prefetch_suggestions`` finds them in the background for the words that
are underlined, so that the menu opens at once.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable

from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from drafting.errors import InputError
from drafting.spelling import SpellChecker

MAX_SHOWN = 5


def spelling_actions(parent: QWidget, word: str, checker: SpellChecker, replace: Callable[[str], None],
                     changed: Callable[[], None], resolution=None) -> list[QAction]:
    """The actions for ``word``, in menu order (a separator action between the groups)."""
    actions: list[QAction] = []
    suggestions = checker.suggest(word)[:MAX_SHOWN]
    bold = QFont()
    bold.setBold(True)
    for suggestion in suggestions:
        action = QAction(suggestion, parent)
        action.setFont(bold)
        action.triggered.connect(lambda _=False, s=suggestion: replace(s))
        actions.append(action)
    if not suggestions:
        none = QAction("No suggestions", parent)
        none.setEnabled(False)
        actions.append(none)
    actions.append(_separator(parent))

    def add() -> None:
        try:
            checker.add_to_user_dictionary(word)
        except (InputError, ValueError) as exc:
            QMessageBox.warning(parent, "Add to Dictionary", str(exc))
            return
        changed()

    add_action = QAction(f"Add “{word}” to Dictionary", parent)
    add_action.triggered.connect(add)
    actions.append(add_action)
    if resolution is not None:
        def ignore() -> None:
            checker.ignore_in_document(resolution, word)
            changed()

        ignore_action = QAction(f"Ignore “{word}” in This Document", parent)
        ignore_action.triggered.connect(ignore)
        actions.append(ignore_action)
    return actions


def add_spelling_actions(menu: QMenu, word: str, checker: SpellChecker, replace: Callable[[str], None],
                         changed: Callable[[], None], resolution=None) -> None:
    """Put the spelling actions at the top of ``menu`` (as word processors do), then a separator."""
    first = menu.actions()[0] if menu.actions() else None
    actions = spelling_actions(menu, word, checker, replace, changed, resolution)
    actions.append(_separator(menu))
    if first is not None:
        menu.insertActions(first, actions)
    else:
        menu.addActions(actions)


def prefetch_suggestions(checker: SpellChecker, words: Iterable[str]) -> threading.Thread:
    """Find the suggestions for ``words`` in a background thread (they are cached by the checker)."""
    pending = list(dict.fromkeys(words))
    thread = threading.Thread(target=lambda: [checker.suggest(w) for w in pending], name="spelling-suggestions",
                              daemon=True)
    thread.start()
    return thread


def _separator(parent) -> QAction:
    action = QAction(parent)
    action.setSeparator(True)
    return action
