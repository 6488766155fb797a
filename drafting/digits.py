"""Reading a run of digits from a document as a number, whatever the document holds.

``int()`` refuses superscript digits ("²".isdigit() is true, but int("²") fails) and, since
Python 3.11, strings of more than 4,300 digits; both come from damaged or hostile files.
A resolution's numbers never run past a few figures, so longer runs are not numbers.
"""

from __future__ import annotations

MAX_DIGITS = 18


def whole_number(text: str | None, max_digits: int = MAX_DIGITS) -> int | None:
    """``text`` as a non-negative int when it is decimal digits only, at most ``max_digits`` of them."""
    if not text or len(text) > max_digits or not text.isdecimal():
        return None
    return int(text)


def last_two(digits: str) -> int:
    """The value of the last two digits: all an ordinal suffix (1st, 12th, 23rd) depends on."""
    value = whole_number(digits[-2:])
    return value if value is not None else 0
