"""Spelling suggestions found on a worker thread, so that the editor never waits for them.

One ``SuggestionFinder`` per checker runs one worker thread (spylls' search is one at a time
anyway), started when there is work and ending when there is none.  The words underlined
after a check are queued in the background; a word the user right-clicks goes to the front.
Results reach the GUI thread through the queued ``found`` signal: the worker touches no widget.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Iterable

from PySide6.QtCore import QObject, Signal

from drafting.spelling import SpellChecker


class SuggestionFinder(QObject):
    found = Signal(str, list)  # word, its suggestions: emitted by the worker, delivered queued

    def __init__(self, checker: SpellChecker) -> None:
        super().__init__()
        self.checker = checker
        self._queue: deque[str] = deque()
        self._ready = threading.Condition()  # guards the queue and the worker; told when a word is done
        self._worker: threading.Thread | None = None

    def prefetch(self, words: Iterable[str]) -> None:
        """Find the suggestions for ``words`` in the background, after those already asked for."""
        self._ask([w for w in dict.fromkeys(words) if self.checker.cached_suggestions(w) is None], first=False)

    def request(self, word: str, wait: float = 0.0) -> list[str] | None:
        """The suggestions for ``word`` if known within ``wait`` seconds, else None: they are then
        being found, ahead of any other word, and ``found`` tells when."""
        ready = self.checker.cached_suggestions(word)
        if ready is not None:
            return ready
        self._ask([word], first=True)
        with self._ready:
            self._ready.wait_for(lambda: self.checker.cached_suggestions(word) is not None, timeout=wait)
        return self.checker.cached_suggestions(word)

    def _ask(self, words: list[str], first: bool) -> None:
        if not words:
            return
        with self._ready:
            for word in words:
                if word in self._queue:
                    self._queue.remove(word)
                if first:
                    self._queue.appendleft(word)
                else:
                    self._queue.append(word)
            if self._worker is None:
                self._worker = threading.Thread(target=self._work, name="spelling-suggestions", daemon=True)
                self._worker.start()

    def _work(self) -> None:
        while True:
            with self._ready:
                if not self._queue:
                    self._worker = None
                    return
                word = self._queue.popleft()
            try:
                suggestions = self.checker.suggest(word)
            except Exception:  # noqa: BLE001 -- a failed search shows as no suggestions, never kills the worker
                suggestions = []
            with self._ready:
                self._ready.notify_all()
            self.found.emit(word, suggestions)


_finders: dict[int, SuggestionFinder] = {}


def finder_for(checker: SpellChecker) -> SuggestionFinder:
    """The finder of ``checker`` (made on the GUI thread, where its signal is delivered)."""
    finder = _finders.get(id(checker))
    if finder is None or finder.checker is not checker:
        finder = _finders[id(checker)] = SuggestionFinder(checker)
    return finder
