"""Group a PDF's lines into paragraphs and footnotes, from indents, vertical gaps and line ends.

A new paragraph starts after the extra space UN documents leave between paragraphs, or
where a line ended short of the right edge and the next one is indented or labelled
("1.", "(a)").  A paragraph cut by a page break goes on when the next page's first line
neither is indented nor carries a label and the last line reached the right edge.
Before the body line ("The General Assembly,") lines are masthead items, told apart by
their place (cells side by side), their kind ("Distr.: Limited", a date) and their font.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from . import masthead as mh
from .pdf_layout import Line
from .pdf_tables import Found, TableLayout

PARAGRAPH_GAP = 1.35  # a baseline distance above 1.35 × the font size is paragraph spacing
_LABEL = re.compile(r"^(?:\d{1,3}\.|\((?:[a-z]{1,3}|[ivxlc]{1,6})\)|[a-z]\.)\s")
_BODY_LINE = re.compile(r"^The [A-Z][^.;:]*,?$")
_STANDALONE_KINDS = {"banner", "symbol", "distribution", "original", "date", "session", "committee",
                     "place_and_dates", "agenda_item"}
_NOTE_MARK = re.compile(r"^(\d{1,3}|\*{1,3})$")
_NUMBERED = re.compile(r"^(?:\d{1,3}\.?|\*{1,3})\s")


@dataclass
class Element:
    """The lines of one paragraph; ``header`` for the lines before the body line."""

    lines: list[Line]
    header: bool = False
    table: TableLayout | None = None  # the lines set a table


@dataclass
class Column:
    """Where the body text runs: its left margin and right edge."""

    left: float
    right: float
    size: float

    @classmethod
    def measure(cls, lines: list[Line], size: float) -> Column:
        """The commonest left edge, and the rightmost right edge that is not a lone outlier."""
        body = [ln for ln in lines if abs(ln.size - size) < 0.1 * size] or lines
        rights = sorted((ln.x1 for ln in body), reverse=True)
        while len(rights) > 2 and rights[0] - rights[1] > size:
            rights.pop(0)
        return cls(_mode([ln.x0 for ln in body]), rights[0], size)

    def indented(self, line: Line) -> bool:
        return line.x0 > self.left + 0.5 * self.size

    def set_apart(self, line: Line) -> bool:
        """Right-aligned or centred short lines: "53rd plenary meeting", a date, a signature."""
        width = self.right - self.left
        return line.x0 > self.left + 0.35 * width and line.x1 - line.x0 < 0.5 * width

    def ends_short(self, prev: Line, line: Line) -> bool:
        """Whether the first word of ``line`` would have fitted on ``prev``: a deliberate break."""
        return prev.x1 + 0.25 * prev.size + _first_word_width(line) < self.right - 0.5


def _mode(values: list[float]) -> float:
    """The most common value to the nearest point (the smallest of them)."""
    bins: dict[int, list[float]] = {}
    for v in values:
        if math.isfinite(v):
            bins.setdefault(round(v), []).append(v)
    if not bins:
        return 0.0
    biggest: list[float] = max(bins.values(), key=len)
    return min(biggest)


def _first_word_width(line: Line) -> float:
    start: float | None = None
    end = 0.0
    for g in line.glyphs:
        if g.text.isspace():
            if start is not None:
                break
            continue
        start = g.x0 if start is None else start
        end = g.x1
    return end - start if start is not None else 0.0


def group_paragraphs(lines: list[Line], size: float, tables: list[Found] | None = None) -> list[Element]:
    """Paragraphs of the body lines; each of ``tables`` (found among them) becomes one element."""
    if not lines:
        return []
    at = {found.start: found for found in tables or []}
    in_table = {i for found in at.values() for i in range(found.start, found.end)}
    header_end = _header_end(lines)
    text_lines = [line for i, line in enumerate(lines) if i >= header_end and i not in in_table]
    column = Column.measure(text_lines or lines, size)
    elements = _header_items(lines[:header_end])
    for i in range(header_end, len(lines)):
        line = lines[i]
        if i in at:
            elements.append(Element(lines[at[i].start:at[i].end], table=at[i].layout))
        elif i in in_table:
            continue
        elif elements and not elements[-1].header and elements[-1].table is None \
                and not _starts_paragraph(elements[-1].lines[-1], line, column):
            elements[-1].lines.append(line)
        else:
            elements.append(Element([line]))
    return elements


def _header_end(lines: list[Line]) -> int:
    """Index of the body line, or of the first labelled paragraph when there is none (else 0)."""
    first_pages = [i for i, ln in enumerate(lines) if ln.page <= 3]
    for i in first_pages:
        line = lines[i]
        if _BODY_LINE.match(line.text) and line.share(lambda g: g.style.italic) > 0.6:
            return i
    for i in first_pages:
        if _LABEL.match(lines[i].text) or _opens_with_italic(lines[i]):
            return i
    return 0


def _opens_with_italic(line: Line) -> bool:
    body = line.body_glyphs()
    return bool(body) and body[0].style.italic and not body[-1].style.italic


def _header_items(lines: list[Line]) -> list[Element]:
    """The lines before the body line as items (a masthead field, the agenda title, the title).

    A line continues the item whose last line stands right above it in the same font, so
    that masthead cells set side by side (a long organ name beside "Distr.:" and the date)
    stay apart; a line that is a masthead field by itself ("Distr.: Limited") stands alone.
    """
    items: list[Element] = []
    for line in lines:
        home = next((item for item in reversed(items) if _continues_item(item.lines[-1], line)), None)
        if home is None:
            items.append(Element([line], header=True))
        else:
            home.lines.append(line)
    return items


def _continues_item(prev: Line, line: Line) -> bool:
    drop = prev.base - line.base
    if prev.page != line.page or not 0.5 * min(prev.size, line.size) <= drop \
            <= PARAGRAPH_GAP * max(prev.size, line.size):
        return False
    if line.x0 > prev.x1 or prev.x0 > line.x1:
        return False  # not under it: another cell
    return _font(prev) == _font(line) and not _stands_alone(prev) \
        and not (_stands_alone(line) and line.text[:1].isupper())


def _starts_paragraph(prev: Line, line: Line, column: Column) -> bool:
    if line.page != prev.page:
        # A bold line at the top of a page after a paragraph set in roman is a heading, not its rest.
        return _LABEL.match(line.text) is not None or column.indented(line) \
            or column.ends_short(prev, line) or column.set_apart(line) or (_font(line)[0] and not _font(prev)[0])
    drop = prev.base - line.base
    if drop < 0.5 * min(prev.size, line.size):
        return True  # beside the previous line: another column
    if drop > PARAGRAPH_GAP * max(prev.size, line.size):
        return True
    if column.set_apart(prev) or column.set_apart(line):
        return True
    return column.ends_short(prev, line) and (column.indented(line) or _LABEL.match(line.text) is not None)


def _stands_alone(line: Line) -> bool:
    text = line.text
    return text in mh.ORGANS or mh.line_kind(text) in _STANDALONE_KINDS


def _font(line: Line) -> tuple:
    return (line.share(lambda g: g.style.bold) > 0.5, line.share(lambda g: g.style.italic) > 0.5,
            round(line.size * 2) / 2)


# -- footnotes ------------------------------------------------------------------------

@dataclass
class Note:
    mark: str | None  # "1", "*"; None for text under the separator that carries no mark
    lines: list[Line]


def group_notes(lines: list[Line]) -> list[Note]:
    """Footnote texts; a note that runs on to the next page stays one note."""
    unnumbered = [ln.x0 for ln in lines if not _NUMBERED.match(ln.text)]
    left = _mode(unnumbered) if unnumbered else float("inf")  # where the texts of the notes run
    notes: list[Note] = []
    for line in lines:
        mark = note_mark(line, notes[-1].mark if notes else None, left)
        if mark is not None or not notes:
            notes.append(Note(mark, [line]))
        else:
            notes[-1].lines.append(line)
    return notes


def note_mark(line: Line, previous: str | None, left: float) -> str | None:
    """The mark a footnote starts with: superscript, or hanging left of the notes and next in sequence."""
    raised = raised_mark(line)
    if raised is not None:
        return raised
    if line.x0 >= left - 1 or not line.text:
        return None
    token = line.text.split(maxsplit=1)[0].rstrip(".")
    expected = str(int(previous) + 1) if previous and previous.isdigit() else "1"
    return token if token == expected or (token.startswith("*") and _NOTE_MARK.match(token)) else None


def raised_mark(line: Line) -> str | None:
    """The superscript figures or asterisks a line starts with: a footnote text's mark."""
    mark = ""
    for g in line.glyphs:
        if g.text.isspace():
            if mark:
                break
            continue
        if not g.sup:
            break
        mark += g.text
    return mark if _NOTE_MARK.match(mark) else None
