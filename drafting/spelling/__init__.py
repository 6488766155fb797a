"""Offline spelling: Hunspell en_GB (spylls) with the UN layer, user and document word lists."""

import contextlib
import threading

from .checker import Misspelling, SpellChecker

__all__ = ["Misspelling", "SpellChecker", "preload"]


def preload() -> threading.Thread:
    """Load the dictionary and make its suggester in the background (about a second), so that the
    first check and the first suggestions need not wait.

    The editor calls this at start; errors are left for the first check to report.
    """
    def load() -> None:
        with contextlib.suppress(Exception):  # reported by the check that needs the dictionary
            SpellChecker.default().prepare_suggestions()

    thread = threading.Thread(target=load, name="spelling-preload", daemon=True)
    thread.start()
    return thread
