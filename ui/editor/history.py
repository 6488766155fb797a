"""One undo history for the whole document: the text and everything around it.

The QTextDocument keeps its own undo stack for the text.  Each time it adds a level
(``undoCommandAdded``), a ``TextStep`` standing for that level is pushed here; undoing it
undoes the level in the document.  Edits outside the text (masthead, sponsors,
footnote texts, ignored findings) are ``Change`` commands on the same stack, so Ctrl+Z
walks back through all of them in the order they were made.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any

from PySide6.QtGui import QUndoCommand, QUndoStack

_MERGE_IDS: dict[Hashable, int] = {}


class TextStep(QUndoCommand):
    def __init__(self, undo: Callable[[], None], redo: Callable[[], None]):
        super().__init__("Typing")
        self._undo, self._redo = undo, redo
        self._pushed = False

    def redo(self) -> None:
        if self._pushed:
            self._redo()
        self._pushed = True  # the first redo is the push: the text has changed already

    def undo(self) -> None:
        self._undo()


class Change(QUndoCommand):
    """Set some state to ``after`` (and back to ``before`` on undo) through ``apply``.

    Consecutive changes with the same ``key`` (typing in one form field) merge into one step.
    """

    def __init__(self, text: str, apply: Callable[[Any], None], before: Any, after: Any,
                 key: Hashable | None = None):
        super().__init__(text)
        self._apply, self.before, self.after = apply, before, after
        self._id = _MERGE_IDS.setdefault(key, len(_MERGE_IDS) + 1) if key is not None else -1

    def id(self) -> int:
        return self._id

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, Change) or other.id() != self._id or self._id == -1:
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        self._apply(self.after)

    def undo(self) -> None:
        self._apply(self.before)


class History(QUndoStack):
    """The undo stack of one window; ``text_undo``/``text_redo`` step the document's own stack."""

    def __init__(self, document, text_undo: Callable[[], None], text_redo: Callable[[], None], parent=None):
        super().__init__(parent)
        self._document = document
        self._text_undo, self._text_redo = text_undo, text_redo
        document.undoCommandAdded.connect(self._text_step)

    def _text_step(self) -> None:
        self.push(TextStep(self._text_undo, self._text_redo))

    def push_change(self, change: Change) -> None:
        self.push(change)
        # A level boundary for the text: typing after this change must not merge with typing before it.
        self._document.setModified(False)

    def reset(self) -> None:
        self.clear()
        self.setClean()
