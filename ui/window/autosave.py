"""Autosave: the open document goes to its recovery file every N seconds and after a pause in editing,
and to the journal beside it after every second of idle (``drafting.recovery``), so that a crash
loses at most the last second or two of typing."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from drafting.recovery import Session

IDLE_MS = 2500
JOURNAL_IDLE_MS = 1000


class Autosave(QObject):
    failed = Signal(str)

    def __init__(self, window, seconds: int, parent=None):
        super().__init__(parent)
        self.window = window
        self.session = Session()
        self._changes = 0
        self._written = 0
        self._reported = False
        self.periodic = QTimer(self)
        self.periodic.setInterval(seconds * 1000)
        self.periodic.timeout.connect(self.write_if_needed)
        self.periodic.start()
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(IDLE_MS)
        self.idle.timeout.connect(self.write_if_needed)
        self._journaled = 0
        self.journaling = QTimer(self)
        self.journaling.setSingleShot(True)
        self.journaling.setInterval(JOURNAL_IDLE_MS)
        self.journaling.timeout.connect(self.journal_if_needed)

    def set_interval(self, seconds: int) -> None:
        self.periodic.setInterval(seconds * 1000)

    def changed(self) -> None:
        self._changes += 1
        self.idle.start()
        self.journaling.start()

    def journal_if_needed(self) -> None:
        """Append the document to the journal when it changed since the last entry or recovery write."""
        if self._changes in (self._written, self._journaled) or not self.window.is_modified():
            return
        try:
            self.session.append(self.window.doc.res, self.window.path or self.window.source)
        except Exception as exc:  # a full disk must not stop the editing; say it once
            if not self._reported:
                self._reported = True
                self.failed.emit(f"Autosave failed: {exc}")
            return
        self._journaled = self._changes

    def write_if_needed(self) -> None:
        if not self.window.is_modified():
            self.discard()
            return
        if self._changes == self._written:
            return
        try:
            self.session.write(self.window.doc.res, self.window.path or self.window.source)
        except Exception as exc:  # a full disk must not stop the editing; say it once
            if not self._reported:
                self._reported = True
                self.failed.emit(f"Autosave failed: {exc}")
            return
        self._written = self._changes
        self._reported = False

    def discard(self) -> None:
        self.session.discard()
        self._written = self._changes
