"""Findings worked out away from the GUI thread, after a pause in editing.

Some checks are slow or wait on something else (LanguageTool answering over HTTP, comparing
a long draft with its base).  A ``BackgroundFindings`` takes a snapshot of what it needs
from the document on the GUI thread, works on the snapshot in a worker thread, and gets
the result back through a queued signal.  A result is shown only if the document has not
changed since its snapshot (else the offsets might be stale): the work is then done again.
One piece of work runs at a time; edits meanwhile only ask for another round.
"""

from __future__ import annotations

import contextlib
import threading
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal

if TYPE_CHECKING:
    from drafting.model import Resolution
    from drafting.rules.base import Diagnostic


class BackgroundFindings(QObject):
    findingsChanged = Signal(list)
    failed = Signal(str)
    _finished = Signal(int, object, object)  # generation, result, error: posted by the worker

    def __init__(self, document, delay_ms: int, parent=None):
        super().__init__(parent)
        self.document = document
        self.findings: list[Diagnostic] = []
        self._generation = 0
        self._running = False
        self._again = False
        self._stopped = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.run)
        self._finished.connect(self._done, Qt.ConnectionType.QueuedConnection)
        document.modelChanged.connect(self._changed)

    # -- what a kind of findings says --------------------------------------------------

    def active(self) -> bool:
        """Whether there is anything to work out (else the findings are cleared)."""
        return True

    def snapshot(self, res: Resolution) -> Any:
        """On the GUI thread: what the work needs, copied so that edits cannot reach it."""
        raise NotImplementedError

    def work(self, snapshot: Any) -> Any:
        """On the worker thread."""
        raise NotImplementedError

    def absorb(self, result: Any) -> None:
        """On the GUI thread, for every result (caches may keep what is still true of a later text)."""

    def current(self, result: Any) -> list[Diagnostic]:
        """On the GUI thread, for a result that is still current: the findings to show."""
        return list(result)

    # -- the machinery -------------------------------------------------------------------

    def _changed(self, *_) -> None:
        self._generation += 1
        self._timer.start()

    def schedule(self) -> None:
        """Work again after the delay (a setting changed, LanguageTool became ready)."""
        self._generation += 1
        self._timer.start()

    def stop(self) -> None:
        """No more rounds (the window closes); a round under way is ignored when it ends."""
        self._timer.stop()
        self._stopped = True

    def busy(self) -> bool:
        return self._running or self._timer.isActive()

    def run(self) -> None:
        self._timer.stop()
        if self._stopped:
            return
        if not self.active():
            self._show([])
            return
        if self._running:
            self._again = True
            return
        self._running = True
        generation, snapshot = self._generation, self.snapshot(self.document.res)
        threading.Thread(target=self._work, args=(generation, snapshot), name=type(self).__name__,
                         daemon=True).start()

    def _work(self, generation: int, snapshot: Any) -> None:
        try:
            result, error = self.work(snapshot), None
        except Exception as exc:  # reported on the GUI thread; the editor goes on
            result, error = None, exc
        with contextlib.suppress(RuntimeError):  # the window closed meanwhile
            self._finished.emit(generation, result, error)

    def _done(self, generation: int, result: Any, error: BaseException | None) -> None:
        self._running = False
        if self._stopped:
            return
        if error is not None:
            self.failed.emit(self.explain(error))
        else:
            self.absorb(result)
            if generation == self._generation:
                self._show(self.current(result))
        if self._again or (error is None and generation != self._generation):
            self._again = False
            self._timer.start()

    def explain(self, error: BaseException) -> str:
        return f"{type(self).__name__}: {error}"

    def _show(self, findings: list[Diagnostic]) -> None:
        if findings != self.findings:
            self.findings = findings
            self.findingsChanged.emit(findings)


def unsuppressed(res: Resolution, findings: list[Diagnostic]) -> list[Diagnostic]:
    """The findings the user has not chosen to ignore in this document."""
    if not res.meta.suppressions:
        return findings
    from drafting.rules.suppressions import is_suppressed

    return [d for d in findings if not is_suppressed(res, d)]
