"""Session ordinals in words (NUM-03): "seventy-ninth" ↔ 79, "one hundred and first" ↔ 101."""

from __future__ import annotations

import re
from functools import lru_cache

_UNITS = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
          "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
_UNITS_TH = ("", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
             "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
             "nineteenth")
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_TENS_TH = ("", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth",
            "ninetieth")

_WORDS = re.compile(r"(?:one|two) hundred(?:th\b| and [a-z]+(?:-[a-z]+)?)|[A-Za-z]+(?:-[a-z]+)?")
# What may stand between a session ordinal and "sessions": "eightieth and eighty-first sessions".
_SESSION_AFTER = re.compile(r"(?:\s*(?:,|and|to|–)\s*(?:(?:one|two) hundred and )?[a-z]+(?:-[a-z]+)?)*\s+sessions?\b")


def ordinal_word(n: int) -> str:
    """1 → "first", 79 → "seventy-ninth", 100 → "one hundredth", 101 → "one hundred and first"."""
    if not 0 < n < 1000:
        raise ValueError(f"no ordinal word for {n}")
    hundreds, rest = divmod(n, 100)
    if not rest:
        return f"{_UNITS[hundreds]} hundredth"
    head = f"{_UNITS[hundreds]} hundred and " if hundreds else ""
    if rest < 20:
        return head + _UNITS_TH[rest]
    tens, units = divmod(rest, 10)
    return head + (_TENS_TH[tens] if not units else f"{_TENS[tens]}-{_UNITS_TH[units]}")


@lru_cache(maxsize=1)
def _numbers() -> dict[str, int]:
    return {ordinal_word(n): n for n in range(1, 1000)}


def parse_ordinal(word: str) -> int | None:
    """"Seventy-ninth" → 79; None when the word is not an ordinal in words."""
    return _numbers().get(" ".join(word.lower().split()))


def with_case_of(word: str, model: str) -> str:
    """``word`` capitalized like ``model``: "Eightieth" for "Seventy-ninth"."""
    return word[:1].upper() + word[1:] if model[:1].isupper() else word


def session_ordinals(text: str) -> list[tuple[int, int, int]]:
    """(start, end, number) of each ordinal that names a session: "at its eightieth session",
    "its eightieth and eighty-first sessions"."""
    out = []
    for m in _WORDS.finditer(text):
        n = parse_ordinal(m.group())
        if n is not None and _SESSION_AFTER.match(text, m.end()):
            out.append((m.start(), m.end(), n))
    return out
