"""Context-menu actions for a misspelt word: suggestions, "Add to Dictionary", "Ignore in This Document".

Self-contained: the editor passes the word, a way to replace it, and what to do after the
word lists changed (re-check and repaint the underlines).  All spelling knowledge stays in
``drafting.spelling``.  The menu never waits for suggestions: those found already (the
underlined words' are found in the background by ``prefetch_suggestions``), or within
``WAIT_SECONDS``, are shown at once; otherwise a disabled "Looking for suggestions…" entry
stands in for them and is replaced when the worker thread has found them, menu open or not.
"Add to Dictionary" and "Ignore" are there from the start.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from drafting.errors import InputError
from drafting.spelling import SpellChecker

from .suggestions import finder_for

MAX_SHOWN = 5
WAIT_SECONDS = 0.1  # the most the menu waits for suggestions before showing "Looking for suggestions…"
LOOKING = "Looking for suggestions…"
NONE_FOUND = "No suggestions"


def spelling_actions(parent: QWidget, word: str, checker: SpellChecker, replace: Callable[[str], None],
                     changed: Callable[[], None], resolution=None) -> list[QAction]:
    """The actions for ``word``, in menu order (a separator action between the groups)."""
    looking = QAction(LOOKING, parent)
    looking.setEnabled(False)
    pending = _Pending(parent, word, looking, replace)
    finder = finder_for(checker)
    finder.found.connect(pending.found, Qt.ConnectionType.QueuedConnection)  # before asking: none is missed
    suggestions = finder.request(word, WAIT_SECONDS)
    if suggestions is None:
        actions = [looking]
    else:
        pending.drop()
        actions = _suggestion_actions(parent, suggestions, replace)
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


def _suggestion_actions(parent: QWidget, suggestions: list[str], replace: Callable[[str], None]) -> list[QAction]:
    """One bold action a suggestion, or a disabled "No suggestions"."""
    bold = QFont()
    bold.setBold(True)
    actions = []
    for suggestion in suggestions[:MAX_SHOWN]:
        action = QAction(suggestion, parent)
        action.setFont(bold)
        action.triggered.connect(lambda _=False, s=suggestion: replace(s))
        actions.append(action)
    if not actions:
        none = QAction(NONE_FOUND, parent)
        none.setEnabled(False)
        actions.append(none)
    return actions


class _Pending(QObject):
    """Waits, on the GUI thread, for the suggestions of ``word`` and puts them in place of ``looking``
    in ``menu``.  A child of the menu: it goes with the menu, and so does its connection to the finder."""

    def __init__(self, menu: QWidget, word: str, looking: QAction, replace: Callable[[str], None]) -> None:
        super().__init__(menu)
        self._menu, self._word, self._replace = menu, word, replace
        self._looking: QAction | None = looking

    def drop(self) -> None:
        """Not needed: the suggestions were there in time."""
        self._looking = None
        self.deleteLater()

    @Slot(str, list)
    def found(self, word: str, suggestions: list[str]) -> None:
        if word != self._word or self._looking is None or self._looking not in self._menu.actions():
            return
        looking, self._looking = self._looking, None
        actions = _suggestion_actions(self._menu, suggestions, self._replace)
        self._menu.insertActions(looking, actions)
        self._menu.removeAction(looking)
        self.deleteLater()


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


def prefetch_suggestions(checker: SpellChecker, words: Iterable[str]) -> None:
    """Find the suggestions for ``words`` in the background (they are cached by the checker)."""
    finder_for(checker).prefetch(words)


def _separator(parent) -> QAction:
    action = QAction(parent)
    action.setSeparator(True)
    return action
