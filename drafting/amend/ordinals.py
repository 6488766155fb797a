"""Ordinal words in instructions, both ways: 38 ↔ "thirty-eighth", as preambular paragraphs are named."""

from __future__ import annotations

import re

from ..ordinals import ordinal_word, parse_ordinal

# One ordinal in words: "third", "thirty-eighth", "one hundred and first", "one hundredth".
ORDINAL = (r"(?:(?:one|two|three|four|five|six|seven|eight|nine) hundred(?:th| and [a-z]+(?:-[a-z]+)?)"
           r"|[a-z]+(?:-[a-z]+)?)")
_ORDINAL = re.compile(ORDINAL, re.IGNORECASE)


def ordinal(n: int) -> str:
    """38 → "thirty-eighth" (1 to 999)."""
    return ordinal_word(n)


def ordinal_number(word: str) -> int | None:
    """"Thirty-eighth" → 38; None when the word is not an ordinal in words."""
    if not _ORDINAL.fullmatch(word.strip()):
        return None
    return parse_ordinal(word)


def number_word(n: int) -> str:
    """How many new paragraphs an instruction inserts: 2 → "two" (words to ten, figures above)."""
    words = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
    return words[n] if 0 <= n < len(words) else str(n)


def count_of(word: str) -> int | None:
    """"two" → 2, "12" → 12; None otherwise."""
    word = word.strip().lower()
    if word.isdigit():
        return int(word)
    for n in range(11):
        if number_word(n) == word:
            return n
    return None
