"""Dates and date ranges (spec DATE-01, DATE-02, ANAT-02/03)."""

from __future__ import annotations

import re

from .context import Hit, Place, rewrites
from .registry import ERROR, PROSE, SAFE, UNSAFE, WARNING, op, pre, rule
from .scan import MONTHS, overlaps

_ABBR = {m[:3].lower(): m for m in MONTHS} | {"sept": "September"}
_MONTH_ANY = r"(?i:January|February|March|April|May|June|July|August|September|October|November|December|" \
             r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
_DATE = re.compile(
    rf"\b(?:(?P<d1>\d{{1,2}})(?P<o1>st|nd|rd|th)?(?: of)? (?P<m1>{_MONTH_ANY})(?P<p1>\.?)(?P<c1>,?) (?P<y1>\d{{4}})"
    rf"|(?P<m2>{_MONTH_ANY})(?P<p2>\.?) (?P<d2>\d{{1,2}})(?P<o2>st|nd|rd|th)?,? (?P<y2>\d{{4}}))(?!\d)")
_NUMERIC = re.compile(r"(?<![\w/.])(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?![\w/])")
# What every numeric date holds from its first separator on, as two searches that start from a character
# (the regex engine skips to a literal first character fast, and tries every position otherwise).
_NUMERIC_TAILS = (re.compile(r"/\d{1,2}[/.]\d{4}"), re.compile(r"\.\d{1,2}[/.]\d{4}"))
MASTHEAD_DATES = ("date", "place_and_dates")


def month_name(word: str) -> str | None:
    w = word.lower().rstrip(".")
    full = next((m for m in MONTHS if m.lower() == w), None)
    return full or _ABBR.get(w)


def canonical_date(m: re.Match) -> str | None:
    day = m.group("d1") or m.group("d2")
    month = month_name(m.group("m1") or m.group("m2"))
    year = m.group("y1") or m.group("y2")
    if month is None or not 1 <= int(day) <= 31:
        return None
    return f"{int(day)} {month} {year}"


_MONTH_WORDS = frozenset(m.lower() for m in MONTHS) | frozenset(_ABBR) | {"sep"}
_DASHES = frozenset("-‐‑–")
_FIGURE_AFTER = re.compile(r"\s*\d")


def _dash_between_figures(text: str) -> bool:
    """Whether a dash stands between figures, spaces allowed (``\\d\\s*[-‐‑–]\\s*\\d``): looked for from the
    dashes, which str.find reaches faster than a regex that tries every position."""
    for dash in _DASHES:
        at = text.find(dash)
        while at >= 0:
            if _FIGURE_AFTER.match(text, at + 1) and text[:at].rstrip()[-1:].isdecimal():
                return True
            at = text.find(dash, at + 1)
    return False


def _date_kinds(place: Place) -> bool:
    return place.kind != "masthead" or place.field in MASTHEAD_DATES


def _may_hold_date(place: Place) -> bool:
    return place.has_digit and not place.words.isdisjoint(_MONTH_WORDS) and _date_kinds(place)


@rule("RES601", "date-format", digit=True, parts=PROSE + ("masthead", "adoption"), severity=ERROR, fix=SAFE,
      message="Dates are written day, month in full, year, without commas or ordinals: “22 November 2021”.",
      rationale="The UN date form has no leading zero, no ordinal suffix, no abbreviation and no comma.",
      source="DATE-01; EX, A/RES/73/341, EM-NUM",
      wrong=[pre("Recalling its resolution 76/7 of November 22, 2021,",
                 "Recalling its resolution 76/7 of 22 November 2021,"),
             pre("Recalling its resolution 76/7 of 22 November, 2021,",
                 "Recalling its resolution 76/7 of 22 November 2021,"),
             pre("Recalling its resolution 76/7 of 22nd Nov. 2021,",
                 "Recalling its resolution 76/7 of 22 November 2021,")],
      right=[pre("Recalling its resolution 76/7 of 22 November 2021,"),
             op("Welcomes the meetings held on 12 and 13 October 2021;")])
def date_format(place: Place, ctx) -> list[Hit]:
    if not _may_hold_date(place):
        return []
    hits = rewrites(place, _dates(place), canonical_date)
    if hits:  # the quotations, only when there is something to report
        quoted = _quoted(place)
        hits = [hit for hit in hits if not overlaps(hit.start, hit.end, quoted)]
    return hits


def _dates(place: Place) -> list[re.Match]:
    """The dates of a place, found around its month names (cheaper than scanning the whole text)."""
    text, low = place.text, place.lower
    found: dict[int, re.Match] = {}
    for month in place.words & _MONTH_WORDS:
        at = low.find(month)
        while at >= 0:
            for m in _DATE.finditer(text, max(0, at - 14), at + len(month) + 12):
                found[m.start()] = m
            at = low.find(month, at + len(month))
    return [found[k] for k in sorted(found)]


def _quoted(place: Place) -> list[tuple[int, int]]:
    return [(a, b) for a, b in place.protected if place.text[a:a + 1] in "“\"‘"]


@rule("RES602", "numeric-date", digit=True, parts=PROSE + ("masthead",), severity=ERROR, fix=UNSAFE,
      message="Dates are written out (“22 November 2021”), not in figures (“22/11/2021”).",
      rationale="All-figure dates are ambiguous (day/month or month/day) and not UN style.",
      source="DATE-01; EX",
      wrong=[pre("Recalling the meeting held on 22/11/2021,", "Recalling the meeting held on 22 November 2021,")],
      right=[pre("Recalling the meeting held on 22 November 2021,")])
def numeric_date(place: Place, ctx) -> list[Hit]:
    text = place.text
    if not place.has_digit or not _date_kinds(place) or ("/" not in text and ".1" not in text and ".2" not in text
                                                         and ".0" not in text):
        return []
    if not any(tail.search(text) for tail in _NUMERIC_TAILS):
        return []
    out = []
    for m in _NUMERIC.finditer(text):
        a, b, year = int(m.group(1)), int(m.group(2)), m.group(3)
        if a > 12 and 1 <= b <= 12:
            day, month = a, b
        elif b > 12 and 1 <= a <= 12:
            day, month = b, a
        else:
            out.append(Hit(m.start(), m.end(), f"“{m.group()}”: write the date out (day month year)"))
            continue
        if day > 31:
            continue
        right = f"{day} {MONTHS[month - 1]} {year}"
        out.append(Hit(m.start(), m.end(), f"“{m.group()}”: write “{right}”", replacement=right))
    return out


_HYPHENS = "-‐‑"
_DASH = rf"(\s*[{_HYPHENS}]\s*|\s+–\s*|\s*–\s+)"  # a hyphen, or a spaced en dash
_MONTH = "(?:" + "|".join(MONTHS) + ")"
_RANGES = [
    re.compile(rf"\b\d{{1,2}}{_DASH}\d{{1,2}} {_MONTH}\b"),  # 17-21 October 2022, 17 – 21 October
    re.compile(rf"\b\d{{1,2}} {_MONTH}{_DASH}\d{{1,2}} {_MONTH}\b"),  # 28 February-2 March 2022
    re.compile(rf"(?<![\w/.{_HYPHENS}])(?:19|20)\d\d{_DASH}(?:19|20)?\d\d(?![\w/{_HYPHENS}])"),  # 2016-2030
    re.compile(rf"\b(?:paragraphs|paras\.|pages|pp\.|articles|rules|items) \d{{1,4}}{_DASH}\d{{1,4}}\b"),  # pages 10-12
]


@rule("RES603", "range-dash", digit=True, parts=PROSE + ("masthead",), severity=ERROR, fix=SAFE,
      message="A range takes an unspaced en dash: “17–21 October 2022”, “2016–2030”, not a hyphen.",
      rationale="Inclusive ranges of days, months, years and numbers are joined by an en dash without spaces.",
      source="DATE-02; EX (“Vienna, 17–21 October 2022”), UNDRR",
      wrong=[op("Welcomes the meeting held in Vienna from 17-21 October 2022;"),
             pre("Recalling the Strategy for 2016-2030,", "Recalling the Strategy for 2016–2030,")],
      right=[pre("Recalling the Strategy for 2016–2030,"), pre("Recalling the COVID-19 pandemic,")])
def range_dash(place: Place, ctx) -> list[Hit]:
    text = place.text
    if not place.has_digit or not _date_kinds(place) or not _dash_between_figures(text):
        return []
    out = []
    for pattern in _RANGES:
        for m in pattern.finditer(text):
            if m.group(1) != "–" and not (place.kind != "masthead" and overlaps(m.start(), m.end(), _symbols(place))):
                # A spaced en dash (“18 – 22 March”) has the right dash; the spaces are often the PDF's: a hint.
                out.append(Hit(m.start(1), m.end(1), f"“{m.group()}”: join the range with an en dash (–)",
                               replacement="–", hint="–" in m.group(1)))
    return out


def _symbols(place: Place) -> list[tuple[int, int]]:
    return [(a, b) for a, b in place.protected if "/" in place.text[a:b]]


_FROM_DASH = re.compile(r"\b(from|between) (\d{1,2}|(?:19|20)\d\d)\s*[–-]\s*(\d{1,2}|(?:19|20)\d\d)\b")


@rule("RES604", "from-to-dash", digit=True, parts=PROSE, severity=WARNING, fix=UNSAFE, confidence="M",
      message="After “from” or “between” write “to” or “and”, not a dash: “from 17 to 21 October”.",
      rationale="A dash stands for “to” only in a bare range; with “from … to” or “between … and” the words are "
                "written out.",
      source="DATE-02",
      wrong=[op("Welcomes the meeting held from 17–21 October 2022;",
                "Welcomes the meeting held from 17 to 21 October 2022;")],
      right=[op("Welcomes the meeting held from 17 to 21 October 2022;")])
def from_to_dash(place: Place, ctx) -> list[Hit]:
    if not place.has_digit or "from " not in place.text and "between " not in place.text \
            or not _dash_between_figures(place.text):
        return []
    out = []
    for m in _FROM_DASH.finditer(place.text):
        word = "to" if m.group(1) == "from" else "and"
        out.append(Hit(m.end(2), m.start(3), f"“{m.group()}”: write “{m.group(1)} {m.group(2)} {word} {m.group(3)}”",
                       replacement=f" {word} "))
    return out
