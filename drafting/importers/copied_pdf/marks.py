"""Footnote marks in copied PDF text: a raised mark comes down into the line as a number of its own
("the Millennium Declaration, 1 to strive"); each is found on its note's page and written as a mark."""

from __future__ import annotations

import re
from bisect import bisect_left

from .pages import Line, Note

# Words a number follows as a number of its own ("paragraph 3", "resolution 1 of"), and words that
# follow one ("1 January", "3 per cent"): such a number is not a note mark.
_COUNTING_WORDS = """paragraph paragraphs article articles resolution resolutions decision decisions goal
    target targets rule rules chapter chap. annex annexes section sect. part phase no. vol. para. paras. and or to of
    from between by than the at in on for with protocol level step principle principles item items option category
    add. rev. corr. under about over nearly some approximately only least first every page pp. p. subparagraph
    recommendation objective objectives indicator indicators table figure column
    amendment"""
_COUNTING = frozenset(_COUNTING_WORDS.split())
_COUNTED_WORDS = """january february march april may june july august september october november december
    per percent % million billion trillion years year days months weeks hours times"""
_COUNTED = frozenset(_COUNTED_WORDS.split())
# A year, a span of years or a symbol ("5/14") may end what a note names.
_NAMED = re.compile(r"(?:^|[–-])(?:1[89]|20)\d\d$|/")
# A mark stands after a space, or comes glued to what it follows: "…, 2011,1", "Secretary-General12",
# "2015–203020", "27 May 20164".
_MARK_AFTER = r"(?:(?<!\S)|(?<=[,;:”)a-z])|(?<=[–-]\d{4})|(?<=(?<!\d)(?:19|20)\d\d))"
_NUMBER_ALONE_IN_LINE = re.compile(rf"{_MARK_AFTER}[1-9]\d{{0,2}}(?!\S)")
_THOUSANDS = re.compile(r"^\d{3}\b")  # "1 000": the number goes on


def _numbered_name(words: list[str]) -> bool:
    """Whether ``words`` end with a name that holds a number ("Agenda 21"): a note may follow it."""
    return len(words) > 1 and words[-1].isdigit() and words[-2][:1].isupper() and words[-2].lower() not in _COUNTING


def place_marks(body: list[Line], notes: list[Note]) -> list[str]:
    """The body's lines, each note's number written as a mark ("Declaration,[^1]") where it stands
    as a number of its own on the note's page ("the Millennium Declaration, 1 to strive …"): a
    raised mark that came down.  Of the places a page's numbers may stand, the longest run in
    which they follow each other in order is taken, so a stray number does not push the marks
    after it out of place; a number with no place in that run is passed over."""
    out = [line.text for line in body]
    rows: dict[int, list[int]] = {}
    for row, line in enumerate(body):
        rows.setdefault(line.page, []).append(row)
    chosen: list[tuple[int, int, int, int]] = []  # row, start, end, number
    for page, page_rows in rows.items():
        numbers = {note.number for note in notes if note.page == page and note.number is not None}
        if numbers:
            chosen += _in_order([(row, *place) for row in page_rows
                                 for place in _mark_places(out[row], numbers, out[row - 1] if row else "")])
    for row, start, end, number in sorted(chosen, reverse=True):  # from the right: spans stay true
        out[row] = f"{out[row][:start].rstrip()}[^{number}]{out[row][end:]}"
    return out


def _mark_places(line: str, numbers: set[int], before: str) -> list[tuple[int, int, int]]:
    """Where one of ``numbers`` stands in ``line`` as a note mark may: (start, end, number);
    ``before`` is the text before the line (a mark may start it)."""
    places = []
    for match in _NUMBER_ALONE_IN_LINE.finditer(line):
        number = int(match.group())
        if number not in numbers:
            continue
        words_before = (before + " " + line[:match.start()]).split()
        after = line[match.end():].split()
        previous = words_before[-1] if words_before else ""
        if not previous or previous.lower() in _COUNTING or (previous[-1].isdigit() and not _NAMED.search(previous)
                                                             and not _numbered_name(words_before)):
            continue
        if after and (_THOUSANDS.match(after[0]) or after[0].lower().strip(",;.") in _COUNTED):
            continue
        places.append((match.start(), match.end(), number))
    return places


def _in_order(places: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    """The longest run of ``places`` (row, start, end, number) rising in both place and number,
    one place a number."""
    ranked = sorted(places, key=lambda p: (p[3], -p[0], -p[1]))  # a number's places, last first
    tails: list[int] = []  # tails[k]: index in ranked of the smallest place ending a run of k + 1
    tail_keys: list[tuple[int, int]] = []  # the places of tails, for the search
    back: list[int | None] = []
    for i, place in enumerate(ranked):
        k = bisect_left(tail_keys, place[:2])
        back.append(tails[k - 1] if k else None)
        if k == len(tails):
            tails.append(i)
            tail_keys.append(place[:2])
        else:
            tails[k], tail_keys[k] = i, place[:2]
    run: list[tuple[int, int, int, int]] = []
    at = tails[-1] if tails else None
    while at is not None:
        run.append(ranked[at])
        at = back[at]
    return run
