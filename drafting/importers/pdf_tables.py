"""Tables in a PDF's body, read from where the words stand.

UN documents set tables smaller than the body text (8.5 pt figures, 7 pt column heads
against 10 pt), in rows of cells side by side.  A run of such lines is a table when at
least two of its rows hold two cells or more.  Within it:

- a cell's text is cut from its neighbour by a gap of more than ``CELL_GAP`` times the
  font size (a space is a fifth of it);
- a row's lines stand closer than ``ROW_GAP`` times the font size (a wrapped cell),
  rows are set further apart;
- the columns are those of the commonest number of cells a row holds: the i-th cell of
  each such row is in the i-th column, and every other cell goes to the column it
  overlaps most (a head set over right-aligned figures, a wrapped label);
- the leading rows set smaller than the rest are the header rows; repeated on a later
  page they are dropped;
- trailing lines that open with a raised letter or "Abbreviations:"/"Note:" are the
  table's notes, printed under it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .pdf_layout import Glyph, Line

TABLE_SIZE = 0.92  # table text is set below 92 % of the body size
CELL_GAP = 0.75
ROW_GAP = 1.3
_NOTE_OPENING = re.compile(r"^(?:Notes?|Abbreviations?|Sources?)\s*:")
_FIGURES_ONLY = re.compile(r"^[\d\s.,()–—-]+$")


@dataclass
class Chunk:
    """The glyphs of one cell on one line."""

    glyphs: list[Glyph]
    page: int
    base: float
    size: float

    @property
    def x0(self) -> float:
        return min(g.x0 for g in self.glyphs if not g.text.isspace())

    @property
    def x1(self) -> float:
        return max(g.x1 for g in self.glyphs if not g.text.isspace())

    def line(self) -> Line:
        return Line(self.page, self.glyphs, self.base, self.size)


@dataclass
class TableLayout:
    """A table found in the body: its cells as lines of glyphs, and the notes under it."""

    rows: list[list[list[Line]]]  # rows[r][c]: the lines of cell (r, c), top to bottom
    header_rows: int
    notes: list[list[Line]] = field(default_factory=list)


@dataclass
class Found:
    """A table standing at body lines ``start`` to ``end`` (exclusive)."""

    start: int
    end: int
    layout: TableLayout


def find_tables(body: list[Line], size: float) -> list[Found]:
    """The tables among the body lines, in order."""
    found: list[Found] = []
    i = 0
    while i < len(body):
        if not _small(body[i], size):
            i += 1
            continue
        end = i
        while end < len(body) and (_small(body[end], size) or _figure_beside(body, end, size)):
            end += 1
        layout = read_table(body[i:end])
        if layout is not None:
            found.append(Found(i, end, layout))
        i = end
    return found


def _small(line: Line, size: float) -> bool:
    return line.size < size * TABLE_SIZE


def _figure_beside(body: list[Line], i: int, size: float) -> bool:
    """A figure or dash set in another size on the baseline of a table row ("–" at 10 pt)."""
    line = body[i]
    if not _FIGURES_ONLY.match(line.text):
        return False
    neighbours = [body[j] for j in (i - 1, i + 1) if 0 <= j < len(body)]
    return any(_small(n, size) and n.page == line.page and abs(n.base - line.base) < 1.0 for n in neighbours)


def read_table(lines: list[Line]) -> TableLayout | None:
    """The table these lines set, or None when they are not one (fewer than two rows of two cells)."""
    bands = _rows([chunk for line in lines for chunk in _chunks(line)])
    notes: list[list[Line]] = []
    while bands and _is_note(bands[-1]):
        notes.insert(0, [chunk.line() for chunk in bands.pop()])
    counts = [len(_side_by_side(band)) for band in bands]
    if sum(1 for n in counts if n >= 2) < 2:
        return None
    header = _header_rows(bands)
    body_counts = [n for n in counts[header:] if n >= 2] or [n for n in counts if n >= 2]
    width = max(set(body_counts), key=lambda n: (body_counts.count(n), n))
    spans = _column_spans([band for band, n in zip(bands, counts, strict=True) if n == width], width)
    rows: list[list[list[Line]]] = []
    heads: list[list[str]] = []
    repeated: int | None = None  # header rows seen again at the top of this page
    for r, band in enumerate(bands):
        cells: list[list[Line]] = [[] for _ in range(width)]
        for chunk in band:
            cells[_column_of(chunk, spans)].append(chunk.line())
        texts = [" ".join(line.text for line in cell) for cell in cells]
        if r < header:
            heads.append(texts)
        else:
            if band[0].page != bands[r - 1][0].page:
                repeated = 0
            if repeated is not None and repeated < len(heads) and texts == heads[repeated]:
                repeated += 1
                continue  # the header rows printed again over the part a page break carried over
            repeated = None
        rows.append(cells)
    return TableLayout(rows, header, notes)


def _chunks(line: Line) -> list[Chunk]:
    """The line cut into cells at gaps wider than CELL_GAP × its size."""
    out: list[list[Glyph]] = []
    last: Glyph | None = None
    for g in line.glyphs:
        if g.text.isspace():
            continue
        if last is None or g.x0 - last.x1 > CELL_GAP * line.size:
            out.append([])
        elif out[-1] and g.x0 - last.x1 > 0.1 * line.size:
            out[-1].append(Glyph(" ", last.x1, g.x0, g.base, g.size, g.style))
        out[-1].append(g)
        last = g
    return [Chunk(glyphs, line.page, line.base, line.size) for glyphs in out]


def _rows(chunks: list[Chunk]) -> list[list[Chunk]]:
    """Chunks grouped into rows: same page, baselines closer than ROW_GAP × the size."""
    ordered = sorted(enumerate(chunks), key=lambda ic: (ic[1].page, -round(ic[1].base, 0), ic[1].x0, ic[0]))
    rows: list[list[Chunk]] = []
    for _, chunk in ordered:
        if rows:
            last = rows[-1][-1]
            drop = last.base - chunk.base
            if last.page == chunk.page and drop <= ROW_GAP * max(last.size, chunk.size):
                rows[-1].append(chunk)
                continue
        rows.append([chunk])
    return rows


def _side_by_side(band: list[Chunk]) -> list[Chunk]:
    """The chunks of a row's fullest line (a wrapped label's other lines hold one chunk)."""
    lines: dict[float, list[Chunk]] = {}
    for chunk in band:
        key = next((b for b in lines if abs(b - chunk.base) < 1.0), chunk.base)
        lines.setdefault(key, []).append(chunk)
    return max(lines.values(), key=len)


def _header_rows(bands: list[list[Chunk]]) -> int:
    """The leading rows set smaller than the rest of the table."""
    sizes = [round(max(c.size for c in band), 1) for band in bands]
    if not sizes:
        return 0
    body = max(set(sizes), key=lambda size: (sizes.count(size), size))  # the figures' size
    n = 0
    while n < len(sizes) - 1 and sizes[n] < body - 0.5:
        n += 1
    return n


def _column_spans(bands: list[list[Chunk]], width: int) -> list[tuple[float, float]]:
    spans = []
    for c in range(width):
        cells = [sorted(_side_by_side(band), key=lambda ch: ch.x0)[c] for band in bands]
        spans.append((min(ch.x0 for ch in cells), max(ch.x1 for ch in cells)))
    return spans


def _column_of(chunk: Chunk, spans: list[tuple[float, float]]) -> int:
    """The column a chunk overlaps most; when it overlaps none, the nearest."""
    overlaps = [min(chunk.x1, b) - max(chunk.x0, a) for a, b in spans]
    best = max(range(len(spans)), key=lambda c: overlaps[c])
    if overlaps[best] > 0:
        return best
    centre = (chunk.x0 + chunk.x1) / 2
    return min(range(len(spans)), key=lambda c: min(abs(centre - spans[c][0]), abs(centre - spans[c][1])))


def _is_note(band: list[Chunk]) -> bool:
    """A table note: one cell that opens with a raised letter or with "Abbreviations:", "Note:"."""
    if len(_side_by_side(band)) != 1:
        return False
    first = next(g for g in band[0].glyphs if not g.text.isspace())
    text = "".join(g.text for g in band[0].glyphs)
    return (first.sup and first.text.isalpha()) or bool(_NOTE_OPENING.match(text))
