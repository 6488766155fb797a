"""Modules the window needs only when the user does something: imported then, not at start-up."""

from __future__ import annotations


def dialogs():
    """ui.dialogs (Qt's dialog classes take a while to load)."""
    from . import dialogs as module

    return module


def files():
    """ui.files: the importers and exporters."""
    from . import files as module

    return module
