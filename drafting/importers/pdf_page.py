"""Split each PDF page into body text and footnote text, leaving out the page furniture.

Furniture in official UN PDFs: the running head (the symbol, and on adopted resolutions
the title, small and bold at the top of pages 2+), the page number ("2/8"), the job
number ("25-17789 (E) 111125"), the Code 39 barcode, the "Please recycle" mark.  The
UN emblem and the QR code are images, which the reader never turns into text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import masthead as mh
from .furniture import JOB_LINE, RECYCLE, is_furniture
from .pdf_layout import Line, Page
from .pdf_paragraphs import raised_mark

HEAD_BAND = 0.8  # running heads stand above 80 % of the page height
FOOT_BAND = 0.1  # page and job numbers stand below 10 % of it
SMALL = 0.92  # running heads are set smaller than the body text

_SEPARATOR = re.compile(r"^_{5,}$")


@dataclass
class PageContent:
    body: list[Line] = field(default_factory=list)
    notes: list[Line] = field(default_factory=list)


def body_size(pages: list[Page]) -> float:
    """The size most characters are set in: the body text."""
    counts: dict[float, int] = {}
    for page in pages:
        for line in page.lines:
            counts[round(line.size, 1)] = counts.get(round(line.size, 1), 0) + len(line.glyphs)
    return max(counts, key=lambda size: counts[size]) if counts else 10.0


def document_symbol(first: Page) -> str | None:
    """The symbol on the first page ("A/C.3/80/L.30"), which the running heads repeat."""
    for line in first.lines:
        if line.base > first.height * HEAD_BAND and mh.SYMBOL.match(line.text):
            return line.text.rstrip("*")
    return None


def job_number(first: Page) -> str:
    """The job number at the foot of the first page ("25-17789" of "25-17789 (E) 111125"), or ""."""
    return mh.job_number_in(line.text for line in first.lines
                            if line.base < first.height * FOOT_BAND and JOB_LINE.match(line.text))


def split_page(page: Page, size: float, symbol: str | None, notes_before: bool = False) -> PageContent:
    """Body and footnote lines of a page; ``notes_before`` when the previous page had footnotes."""
    lines = [line for line in page.lines if not _is_furniture(line, page)]
    if page.number > 1:
        lines = _without_running_head(lines, page, size, symbol)
    separator = next((i for i, line in enumerate(lines) if _SEPARATOR.match(line.text)), None)
    if separator is not None:
        return PageContent(lines[:separator], lines[separator + 1:])
    start = _notes_without_separator(lines, size, notes_before)
    return PageContent(lines[:start], lines[start:])


def _notes_without_separator(lines: list[Line], size: float, notes_before: bool) -> int:
    """Where footnotes start when the separator is drawn, not typed: the small lines at the
    foot of the page, if one of them opens with a raised mark (or notes run on from the
    previous page)."""
    start = len(lines)
    while start and lines[start - 1].size < size * SMALL and not _beside_another(lines, start - 1):
        start -= 1
    tail = lines[start:]
    if tail and (any(raised_mark(line) for line in tail) or notes_before):
        return start
    return len(lines)


def _beside_another(lines: list[Line], i: int) -> bool:
    """A line with another on its baseline: a table row's cell, never a footnote's text."""
    line = lines[i]
    return any(j != i and 0 <= j < len(lines) and lines[j].page == line.page and abs(lines[j].base - line.base) < 1.0
               for j in (i - 1, i + 1))


def _is_furniture(line: Line, page: Page) -> bool:
    if line.share(lambda g: g.style.barcode) > 0.5 or RECYCLE.match(line.text):
        return True
    return line.base < page.height * FOOT_BAND and is_furniture(line.text, bare_numbers=True)


def _without_running_head(lines: list[Line], page: Page, size: float, symbol: str | None) -> list[Line]:
    """Drop the small lines at the top of the page, down to the first line of body text.

    The running head is a block of one or two lines; a small line standing well below it
    (more than twice its size) starts the body: a table's column heads at the top of a page.
    """
    above: Line | None = None
    for i, line in enumerate(lines):
        is_symbol = symbol is not None and line.text.rstrip("*") == symbol
        if line.base < page.height * HEAD_BAND or not (is_symbol or line.size < size * SMALL):
            return lines[i:]
        if above is not None and above.base - line.base > 2 * max(above.size, line.size):
            return lines[i:]
        above = line
    return []
