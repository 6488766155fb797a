"""The agenda line of a masthead as the official page prints it: a number typed into the form's
"Agenda item" field ("71 (b)") is the line "Agenda item 71 (b)"; several are "Agenda items 71 and 72"."""

from __future__ import annotations

import re

_BARE = re.compile(r"^(?:(?P<word>items?)\s+)?(?P<numbers>\d.*)$", re.I)
_SEVERAL = re.compile(r"\d[^,]*(?:,|\band\b)\s*\d")


def agenda_line(typed: str) -> str:
    """``typed`` with the "Agenda item(s)" the page puts before the numbers; any other text as it is."""
    text = " ".join(typed.split())
    bare = _BARE.match(text)
    if bare is None:
        return text
    numbers = bare.group("numbers")
    return ("Agenda items " if _SEVERAL.search(numbers) else "Agenda item ") + numbers
