"""Line shapes the steps of tidying copied PDF text share."""

from __future__ import annotations

import re

from ..furniture import is_furniture

# A paragraph's number or letter on a line of its own: "1.", "(a)", "(iv)".
LABEL_ALONE = re.compile(r"^(?:\d{1,3}\.|\((?:[a-z]{1,2}|[ivxl]{1,6})\)|[a-z]\.)$")
RESOLUTION_NUMBER = re.compile(r"^\d{1,3}/\d{1,4}(?: [A-Z])?\.$")  # "79/305." before the title
# The body line: "The General Assembly," "The Security Council," (its comma lost before a text adopted in full).
BODY_LINE = re.compile(r"^The [A-Z][A-Za-z ,'()-]{2,80},$"
                       r"|^The (?:General Assembly|Security Council|Economic and Social Council)$")
_MARKS_AT_END = re.compile(r"(?:\[\^\d+\])+$")


def unmarked(line: str) -> str:
    """``line`` without the note marks at its end: "…2024;[^3]" ends a paragraph as "…2024;" does."""
    return _MARKS_AT_END.sub("", line.rstrip())


def is_furniture_line(line: str) -> bool:
    return is_furniture(line, bare_numbers=False)  # a number alone is a footnote's
