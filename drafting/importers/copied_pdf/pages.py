"""The pages of copied PDF text: running heads and page furniture left out, each page's footnote
texts paired with their numbers."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...marked_text import SUPERSCRIPTS
from ..masthead import SYMBOL
from .shapes import BODY_LINE, LABEL_ALONE, RESOLUTION_NUMBER, is_furniture_line, unmarked

_DISTRIBUTION = re.compile(r"^Distr\.:")
MASTHEAD_LINES = 20  # a copy of page 1 has its "Distr.:" line within so many lines
HEAD_LINES = 14  # a page's head follows its foot within so many lines (blank ones and a running title among them)
TITLE_LINES = 10  # a running title stands within so many lines of its symbol (blank ones among them)
_SEPARATOR = re.compile(r"^_{5,}$")
_TO_SUPERSCRIPT = str.maketrans("0123456789", SUPERSCRIPTS)
_NOTE_NUMBER = re.compile(r"^\d{1,3}$")
_STAR_NOTE = re.compile(r"^\*{1,3}\s")
_NOTE_ENDS = (".", ".)", ".”", "?")


@dataclass(frozen=True)
class Note:
    text: str  # as the text importer reads it anywhere: "¹ Resolution 70/1.", "* On behalf of …"
    number: int | None  # None for a symbol note
    page: int


@dataclass(frozen=True)
class Line:
    text: str
    page: int


def notes_gathered(lines: list[str], heads: set[int], starts: list[int]) -> tuple[list[Line], list[Note]]:
    """``lines`` without running heads (``heads``; ``starts``: their symbols, where later pages
    start) and furniture, and the footnotes found on each page.

    A viewer copies a page's notes as their numbers and texts on lines of their own, the numbers
    not always beside their texts ("1", "2", "Resolution 55/2.", "A/80/127."), and the furniture
    among them.  The texts keep their order, and each ends a sentence: a page's texts are paired
    with its numbers in order when they come out as many; otherwise the area is left where it is.
    The blank lines around a page's end go with it, so a paragraph cut there reads as one; pages
    that meet between paragraphs keep one.
    """
    body: list[Line] = []
    notes: list[Note] = []
    page = 0
    at_break = False  # at a page's end or a later page's head: blank lines there end no paragraph
    i = 0
    while i < len(lines):
        line = lines[i].strip()
        if i in heads or is_furniture_line(line) or (at_break and not line):
            page += i in starts
            _trim(body)
            at_break = True
            i += 1
            continue
        if not (_SEPARATOR.match(line) or (_STAR_NOTE.match(line) and i and not lines[i - 1].strip())):
            if at_break and body and _ends_paragraph(body[-1].text, line):
                body.append(Line("", page))
            body.append(Line(lines[i], page))
            at_break = False
            i += 1
            continue
        end = next((j for j in starts if j > i), len(lines))
        kept = [j for j in range(i, end) if j not in heads and not is_furniture_line(lines[j])]
        area = [lines[j].strip() for j in kept if lines[j].strip() and not _SEPARATOR.match(lines[j].strip())]
        found = sorted(int(text) for text in area if _NOTE_NUMBER.match(text))
        texts = _note_texts([text for text in area if not _NOTE_NUMBER.match(text)])
        if len([text for text in texts if not _STAR_NOTE.match(text)]) == len(set(found)) == len(found):
            paired = iter(found)
            for text in texts:
                number = None if _STAR_NOTE.match(text) else next(paired)
                notes.append(Note(text if number is None else f"{_raised(number)} {text}", number, page))
            _trim(body)
            at_break = True
        else:
            body += [Line(lines[j], page) for j in kept]
            at_break = False
        i = end
    return body, notes


def _ends_paragraph(last: str, first: str) -> bool:
    """Whether a page that ends with ``last`` and a page that starts with ``first`` meet between
    paragraphs rather than inside one (a blank line then keeps them apart)."""
    return unmarked(last).endswith((",", ";", ":", ".")) and bool(re.match(r"[A-Z(]|\d{1,3}\.", first))


def _trim(lines: list[Line]) -> None:
    while lines and not lines[-1].text.strip():
        lines.pop()


def _raised(number: int) -> str:
    return str(number).translate(_TO_SUPERSCRIPT)


def _note_texts(lines: list[str]) -> list[str]:
    """A footnote area's text lines as note texts: a note ends where a line ends a sentence, and
    a symbol note ("* On behalf of …") starts at its asterisk."""
    notes: list[str] = []
    open_note = False
    for line in lines:
        if open_note and not _STAR_NOTE.match(line):
            notes[-1] = f"{notes[-1]} {line}"
        else:
            notes.append(line)
        open_note = not line.endswith(_NOTE_ENDS)
    return notes


def running_heads(lines: list[str]) -> tuple[set[int], list[int]]:
    """Where the symbol comes back after the masthead, and the lines around it that are part of an
    adopted text's title (its running head, wrapped at another width): the first lines of later pages."""
    first = next((line.strip() for line in lines if line.strip()), "")
    if SYMBOL.match(first):  # the masthead's symbol, unless the copy starts at a later page's head
        masthead = any(_DISTRIBUTION.match(line.strip()) for line in lines[:MASTHEAD_LINES])
        repeats = [i for i, line in enumerate(lines) if (i or not masthead) and line.strip() == first]
    else:  # a copy from a later page on: the symbol that heads a page after a page's foot
        heads = [i for i, line in enumerate(lines) if SYMBOL.match(line.strip()) and _after_a_foot(lines, i)]
        repeats = [i for i, line in enumerate(lines) if heads and line.strip() == lines[heads[0]].strip()]
    title = _adopted_title(lines[:repeats[0]] if repeats else lines)
    drop: set[int] = set(repeats)
    for at in repeats:
        for step in (-1, 1):  # the title's lines stand above the symbol or below it
            i = at + step
            while 0 <= i < len(lines) and (not lines[i].strip() or LABEL_ALONE.match(lines[i].strip())
                                           or _in_title(lines[i], title, lines, repeats)):
                if not LABEL_ALONE.match(lines[i].strip()):  # a paragraph's number the copy set between stays
                    drop.add(i)
                i += step
    return drop, repeats


def _in_title(line: str, title: str, lines: list[str], heads: list[int]) -> bool:
    """Whether ``line`` is part of the running title: of the title read on page 1, or where page 1
    was not copied, a line that stands beside two heads or more."""
    words = " ".join(line.split())
    if _NOTE_NUMBER.match(words):  # a note's number, whatever the title holds ("2013")
        return False
    if title:
        return f" {words} " in f" {title} "  # whole words of it
    near = [at for at in heads if any(lines[i].strip() == line.strip()
                                      for i in range(max(0, at - TITLE_LINES), min(len(lines), at + TITLE_LINES)))]
    return len(near) > 1


def _after_a_foot(lines: list[str], at: int) -> bool:
    """Whether a page's foot (page or job number) stands among the few lines before ``at``."""
    return any(is_furniture_line(line) for line in lines[max(0, at - HEAD_LINES):at])


def _adopted_title(page: list[str]) -> str:
    """The title after the resolution's number ("79/145."), up to the body line, on one line."""
    start = next((i for i, line in enumerate(page) if RESOLUTION_NUMBER.match(line.strip())), None)
    if start is None:
        return ""
    title: list[str] = []
    for line in page[start + 1:]:
        if BODY_LINE.match(line.strip()) or (title and not line.strip()):
            break
        title += line.split()
    return " ".join(title)
