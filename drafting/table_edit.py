"""A table changed cell by cell, keeping what the user did not touch.

The table editor hands back a grid of cell texts, each with the cell it came from (or none for a
cell of a new row or column).  A cell whose text is unchanged keeps its marks and footnotes as they
were; a changed cell keeps a mark that covered its whole text (a bold total) and its footnotes
(each at its offset, or at the end when the text got shorter), so nothing the user made is lost
by editing a figure.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from .model import Inline, Mark, Table


@dataclass(frozen=True)
class EditedCell:
    text: str
    origin: tuple[int, int] | None = None  # (row, column) in the table before, None for a new cell


def edited_table(before: Table, caption: str, grid: list[list[EditedCell]], header_rows: int) -> Table:
    """The table ``grid`` describes, built from ``before``; every row padded to the widest."""
    width = max((len(row) for row in grid), default=0)
    rows = [[_cell(before, cell) for cell in row] + [Inline() for _ in range(width - len(row))] for row in grid]
    title = before.title if caption == before.title.text else _retexted(before.title, caption)
    return Table(rows, max(0, min(header_rows, len(rows))), title)


def _cell(before: Table, cell: EditedCell) -> Inline:
    if cell.origin is None:
        return Inline(cell.text)
    r, c = cell.origin
    old = before.rows[r][c] if r < len(before.rows) and c < len(before.rows[r]) else Inline()
    return old if old.text == cell.text else _retexted(old, cell.text)


def _retexted(old: Inline, text: str) -> Inline:
    """``old`` with new words: whole-cell marks cover the new text, footnotes stay (at the end at most)."""
    whole = [Mark(0, len(text), m.style) for m in old.marks
             if m.start <= len(old.text) - len(old.text.lstrip()) and m.end >= len(old.text.rstrip()) and text]
    anchors = [replace(a, offset=min(a.offset, len(text))) for a in old.anchors]
    return Inline(text, whole, sorted(anchors, key=lambda a: a.offset))


def cell_texts(table: Table) -> list[list[str]]:
    """The table as a grid of plain cell texts, every row as wide as the widest."""
    return [[cell.text for cell in row] + [""] * (table.columns - len(row)) for row in table.rows]


