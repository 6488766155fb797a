"""Ties: the spaces and hyphens at which the UN's print never breaks a line.

Measured on the 228 official PDFs (line breaks at the place / times the place occurs; a space
chosen at random ends a line about once in 13): a day and its month 1 / 4,866; after "No.",
"para.", "vol.", "sect." and "chap." 0 / 1,955; "section 3", "paragraph 5", "annex II" 3 / 934;
a resolution of the first thirty sessions and its session ("973 (X)", "2200 A (XXI)") 1 / 285;
the hyphen after non-, anti-, un-, UN- and co-, and in COVID-19, 0 / 830, where other hyphens end a
line now and then (self- 26 / 219). The editors set these as no-break spaces and hyphens.

The model holds plain spaces and hyphens: the Word export ties them (``tie``) and the importers
read a tie back as the plain character (``untie``), so that a round trip changes no text.
Both keep the length of the text, so marks and note anchors stay where they are.
"""

from __future__ import annotations

import re

NO_BREAK_SPACE = "\u00a0"
NO_BREAK_HYPHEN = "\u2011"

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_S = f"[ {NO_BREAK_SPACE}]"
_H = f"[-{NO_BREAK_HYPHEN}]"


def _after(*lefts: str) -> str:
    """Looks behind the character just matched for any of ``lefts``, each a whole word."""
    return "(?:" + "|".join(rf"(?<=(?<![\w.]){left}.)" for left in lefts) + ")"


# Each pattern matches the place of a tie: the character that ties is the match's last one.  Each
# starts with a character or a short set and is tried only on a text holding what it needs, so
# that tying a long text costs little.
_TIES = (
    (_MONTHS, re.compile(rf"(?<![\w.])\d{{1,2}}{_S}(?=(?:{'|'.join(_MONTHS)})\b)")),
    ((". ", f".{NO_BREAK_SPACE}"),
     re.compile(r"\." + _after("No", "para", "paras", "vol", "vols", "sect", "chap") + rf"{_S}(?=\S)")),
    (("aragraph", "ection", "nnex"),
     re.compile(rf"(?<![\w.])(?:[Pp]aragraphs?{_S}(?=\d)|[Ss]ections?{_S}(?=\d|[IVX]+\b)|[Aa]nnex{_S}(?=[IVX]+\b))")),
    (("(",), re.compile(rf"(?<![\w./])\d{{1,4}}(?:{_S}[A-H])?{_S}(?=\([IVXL]+\))")),
    (("(",), re.compile(rf"(?<![\w./])\d{{1,4}}{_S}(?=[A-H]{_S}\([IVXL]+\))")),
    (("-", NO_BREAK_HYPHEN),
     re.compile(rf"{_H}(?:" + _after("Non", "non", "Anti", "anti", "Un", "un", "UN", "Co", "co") + r"(?=\w)|"
                + _after("COVID") + "(?=19))")),
)


def _places(text: str) -> list[int]:
    return [m.end() - 1 for needs, pattern in _TIES if any(n in text for n in needs)
            for m in pattern.finditer(text)]


def _set(text: str, space: str, hyphen: str) -> str:
    places = _places(text)
    if not places:
        return text
    chars = list(text)
    for at in places:
        chars[at] = space if chars[at] in (" ", NO_BREAK_SPACE) else hyphen
    return "".join(chars)


def tie(text: str) -> str:
    """``text`` with a no-break space or hyphen at each place the UN's print keeps together."""
    return _set(text, NO_BREAK_SPACE, NO_BREAK_HYPHEN)


def untie(text: str) -> str:
    """``text`` with the ties ``tie`` makes read as plain spaces and hyphens."""
    if NO_BREAK_SPACE not in text and NO_BREAK_HYPHEN not in text:
        return text
    return _set(text, " ", "-")
