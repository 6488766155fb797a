"""Offline spelling: Hunspell en_GB (spylls) with the UN layer, user and document word lists."""

from .checker import Misspelling, SpellChecker

__all__ = ["Misspelling", "SpellChecker"]
