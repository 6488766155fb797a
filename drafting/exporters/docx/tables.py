"""A table as a real Word table (w:tbl) with the UN look.

Rules only across: above the table, under the header rows and under the table, and above
a total row (a row set in bold); no vertical rules.  Columns of figures are set flush
right, text columns flush left; the header rows repeat on every page the table runs over
and a row never breaks across pages.  The table starts at the text column's inset and runs
to the right margin, as the official tables do; widths follow the longest text a column
holds.  A caption stands above it in "UN Table Title".
"""

from __future__ import annotations

from lxml import etree

from ... import table_text
from ...model import BOLD, Inline, Table
from . import styles as st
from .inlines import Reference, inline_runs
from .layout import Layout
from .styles import styled
from .wml import el, sub, val

RULE = 4  # eighths of a point: a thin rule
TOTAL_RULE = 8


def table(t: Table, lay: Layout, reference: Reference) -> list[etree._Element]:
    """The caption (if any) and the w:tbl; Word requires a paragraph after a table, which the body supplies."""
    out = []
    if t.title.text or t.title.anchors:
        out.append(styled(st.TABLE_TITLE, inline_runs(t.title, reference)))
    width = lay.text_width - lay.inset
    columns = t.columns
    texts = [[cell.text for cell in row] + [""] * (columns - len(row)) for row in t.rows]
    figures = [table_text.is_figure_column(texts[t.header_rows:], c) for c in range(columns)]
    widths = _widths(texts, t.header_rows, figures, width)
    tbl = el("w:tbl")
    tbl.append(_table_props(width, lay.inset))
    grid = sub(tbl, "w:tblGrid")
    for w in widths:
        sub(grid, "w:gridCol", {"w": w})
    for r, row in enumerate(t.rows):
        header = r < t.header_rows
        last_header = header and r == t.header_rows - 1
        total = not header and _is_total(row)
        tr = sub(tbl, "w:tr")
        trpr = sub(tr, "w:trPr")
        sub(trpr, "w:cantSplit")
        if header:
            sub(trpr, "w:tblHeader")
        cells = list(row) + [Inline() for _ in range(columns - len(row))]
        for c, cell in enumerate(cells):
            tr.append(_cell(cell, widths[c], figures[c], header, last_header, total, reference))
    out.append(tbl)
    return out


def _table_props(width: int, indent: int) -> etree._Element:
    props = el("w:tblPr")
    sub(props, "w:tblW", {"w": width, "type": "dxa"})
    sub(props, "w:tblInd", {"w": indent, "type": "dxa"})
    borders = sub(props, "w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        if side in ("top", "bottom"):
            sub(borders, f"w:{side}", {"val": "single", "sz": RULE, "space": 0, "color": "auto"})
        else:
            sub(borders, f"w:{side}", {"val": "nil"})
    props.append(val("w:tblLayout", "fixed"))
    margins = sub(props, "w:tblCellMar")
    sub(margins, "w:left", {"w": 0, "type": "dxa"})
    sub(margins, "w:right", {"w": 115, "type": "dxa"})
    return props


def _cell(cell: Inline, width: int, figure: bool, header: bool, last_header: bool, total: bool,
          reference: Reference) -> etree._Element:
    tc = el("w:tc")
    tcpr = sub(tc, "w:tcPr")
    sub(tcpr, "w:tcW", {"w": width, "type": "dxa"})
    if last_header or total:
        borders = sub(tcpr, "w:tcBorders")
        if total:
            sub(borders, "w:top", {"val": "single", "sz": TOTAL_RULE, "space": 0, "color": "auto"})
        if last_header:
            sub(borders, "w:bottom", {"val": "single", "sz": RULE, "space": 0, "color": "auto"})
    style = st.TABLE_HEADING if header else st.TABLE_TEXT
    props = [val("w:jc", "right")] if figure else None
    tc.append(styled(style, inline_runs(cell, reference), props=props))
    return tc


def _is_total(row: list[Inline]) -> bool:
    """A total row: every cell that has text is bold throughout."""
    filled = [cell for cell in row if cell.text.strip()]
    return len(filled) >= 2 and all(any(m.style == BOLD and m.start <= len(c.text) - len(c.text.lstrip())
                                            and m.end >= len(c.text.rstrip()) for m in c.marks) for c in filled)


CHAR = 90  # twips a character of 8.5 pt text takes, on average
HEAD_CHAR = 75  # of 7 pt column heads
PADDING = 160  # twips a cell adds around its text (the right cell margin and some air)
FIGURE_COLUMN = 1600  # twips: the width official tables give a column of figures where there is room


def _widths(texts: list[list[str]], header_rows: int, figures: list[bool], total: int) -> list[int]:
    """Column widths in twips: every column at least as wide as its longest word (no word is broken),
    a figure column twice as wide as its longest figure, up to FIGURE_COLUMN; what is left goes to
    the columns whose text would still wrap, in proportion to what they lack, else to the first."""
    if not texts or not texts[0]:
        return []
    columns = len(texts[0])
    body, heads = texts[header_rows:] or texts, texts[:header_rows]
    least, want = [], []
    for c in range(columns):
        head_word = max((len(word) for row in heads for word in row[c].split()), default=0) * HEAD_CHAR
        body_word = max((len(word) for row in body for word in row[c].split()), default=0) * CHAR
        longest = max((len(row[c]) for row in body), default=0) * CHAR
        need = max(head_word, body_word, longest if figures[c] else 0) + PADDING
        if figures[c]:  # figures stand apart, as the official tables set them (up to 80 pt a column)
            need = max(need, min(FIGURE_COLUMN, 2 * need))
        least.append(need)
        want.append(need if figures[c] else max(need, longest + PADDING))
    if sum(least) >= total:  # too many columns for the width: in proportion to their least
        widths = [max(200, total * w // sum(least)) for w in least]
    else:
        spare, lacking = total - sum(least), [w - m for w, m in zip(want, least, strict=True)]
        if sum(lacking) <= spare:  # every text fits on one line: the rest to the first column
            widths = list(want)
            widths[0] += total - sum(widths)
        else:
            widths = [m + spare * k // sum(lacking) for m, k in zip(least, lacking, strict=True)]
    widths[0] += total - sum(widths)  # what rounding left
    return widths
