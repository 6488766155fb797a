"""The cells of a Word table (w:tbl) as a grid: paragraphs by row and column, and the header rows.

Both Word readers use it: the one for Resolute's own exports and the one for foreign drafts.
A cell's paragraphs stay together; a cell spanning columns (w:gridSpan) stands in its first
column and leaves the others empty; the header rows are the leading rows Word repeats on
every page (w:tblHeader).
"""

from __future__ import annotations

from ..ooxml.document import WordParagraph


def table_run(paragraphs: list[WordParagraph], start: int) -> int:
    """The end (exclusive) of the run of paragraphs of the table that ``paragraphs[start]`` opens."""
    group = paragraphs[start].group
    end = start
    while end < len(paragraphs) and paragraphs[end].cell is not None and paragraphs[end].group == group:
        end += 1
    return end


def grid(cells: list[WordParagraph]) -> tuple[list[list[list[WordParagraph]]], int]:
    """(rows[r][c] = the cell's paragraphs, header rows) of one table's paragraphs."""
    placed = [p for p in cells if p.cell is not None]
    if not placed:
        return [], 0
    height = max(p.cell[0] for p in placed if p.cell) + 1
    width = max(p.cell[1] for p in placed if p.cell) + 1
    rows: list[list[list[WordParagraph]]] = [[[] for _ in range(width)] for _ in range(height)]
    header = [False] * height
    for p in placed:
        assert p.cell is not None
        r, c = p.cell
        rows[r][c].append(p)
        header[r] = header[r] or p.header_row
    count = 0
    while count < height and header[count]:
        count += 1
    return rows, count
