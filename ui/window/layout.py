"""Side panes that fold away on a small screen, so that the text keeps a readable line.

When the window is too narrow for ``MIN_CHARS`` characters a line in the text column,
the outline folds first, then the review panes; they come back when the window is wide
enough again.  A pane the user hid stays hidden; one the user shows again stays shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDockWidget

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow

MIN_CHARS = 60


class PaneFolding:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.folded: list[QDockWidget] = []  # folded by us, not by the user, latest last
        self._fitting = False

    def docks(self) -> list[QDockWidget]:
        """The panes in the order they fold."""
        w = self.window
        return [w.outline_dock, w.side_dock] if w.panes_ready else []

    def fit(self) -> None:
        if self._fitting or not self.window.panes_ready or not self.window.isVisible():
            return
        self._fitting = True
        try:
            self._fit()
        finally:
            self._fitting = False

    def _fit(self) -> None:
        editor, central = self.window.editor, self.window.centralWidget()
        if central is None:
            return
        width = central.width()
        widths = {dock: dock.width() for dock in self.docks()}
        for dock in self.docks():
            if dock.isVisible() and dock not in self.folded and editor.chars_for(width) < MIN_CHARS:
                self.folded.append(dock)
                width += widths[dock]
                dock.hide()
        while self.folded:
            dock = self.folded[-1]
            if editor.chars_for(width - widths[dock]) < MIN_CHARS:
                break
            self.folded.pop()
            width -= widths[dock]
            dock.show()
        shown = [dock for dock in self.docks() if dock.isVisible()]
        if shown:  # the room a folded pane leaves goes to the text, not to the other pane
            self.window.resizeDocks(shown, [widths[dock] for dock in shown], Qt.Orientation.Horizontal)

    def user_toggled(self, dock: QDockWidget) -> None:
        """The user showed or hid ``dock``: it is no longer ours to fold or unfold; a pane folded for room
        may come back in the room it left."""
        if dock in self.folded:
            self.folded.remove(dock)
        QTimer.singleShot(0, self.fit)
