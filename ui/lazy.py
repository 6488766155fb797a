"""Modules the window needs only when the user does something: imported then, not at start-up."""

from __future__ import annotations


def dialogs():
    """ui.dialogs.messages (Qt's dialog classes take a while to load)."""
    from ui.dialogs import messages as module

    return module


def files():
    """ui.window.documents: the importers and exporters."""
    from ui.window import documents as module

    return module
