"""Tables written as text: one line a row between pipes, a rule line under the header rows.

::

    Table: Financing for 2026
    |  | Gross | Net of staff assessment |
    | --- | ---: | ---: |
    | Appropriation for 2026 | 56 126 600 | 51 268 200 |

The optional first line gives the caption; the rows above the rule line are the header
rows (a table without them starts with the rule line).  Cells hold inline markup
(``*italic*``, ``**bold**``, ``[^1]``); a pipe inside a cell is written ``\\|``.  The text
exporter writes this form and the text importer reads it, so a table survives the trip
through a .txt file; the PDF importer writes the tables it finds the same way.
"""

from __future__ import annotations

import re

CAPTION = "Table:"
_RULE_CELL = re.compile(r"^:?-{3,}:?$")
_SPLIT = re.compile(r"(?<!\\)\|")
FIGURES = re.compile(r"^[(\[]?[-–—+]?[\d\s.,%]*\d[\d\s.,%]*[)\]]?[a-z*]?$|^[-–—]$")


def is_table(lines: list[str]) -> bool:
    """Whether a block of lines is a table in this form: each row between pipes, a rule line."""
    rows = lines[1:] if lines and lines[0].startswith(CAPTION) else lines
    return bool(rows) and all(_is_row(line) for line in rows) and any(is_rule(line) for line in rows)


def _is_row(line: str) -> bool:
    text = line.strip()
    return len(text) >= 2 and text.startswith("|") and text.endswith("|") and not text.endswith("\\|")


def is_rule(line: str) -> bool:
    cells = split_row(line)
    return bool(cells) and all(_RULE_CELL.match(cell) for cell in cells)


def split_row(line: str) -> list[str]:
    """The cells of one row line, stripped, with ``\\|`` read as a pipe."""
    inner = line.strip()[1:-1]
    return [cell.strip().replace("\\|", "|") for cell in _SPLIT.split(inner)]


def parse(lines: list[str]) -> tuple[str, list[list[str]], int]:
    """(caption, rows of cell markup, header rows) of a block for which ``is_table`` holds.

    Rows shorter than the widest are padded with empty cells.
    """
    caption = ""
    if lines and lines[0].startswith(CAPTION):
        caption, lines = lines[0][len(CAPTION):].strip(), lines[1:]
    rule = next(i for i, line in enumerate(lines) if is_rule(line))
    rows = [split_row(line) for i, line in enumerate(lines) if i != rule]
    width = max((len(row) for row in rows), default=0)
    return caption, [row + [""] * (width - len(row)) for row in rows], rule


def format_table(caption: str, rows: list[list[str]], header_rows: int) -> list[str]:
    """The lines of a table: caption, header rows, the rule line (figure columns marked ``---:``), body rows."""
    width = max((len(row) for row in rows), default=0)
    body = rows[header_rows:]
    rule = ["---:" if is_figure_column(body, c) else "---" for c in range(width)]
    lines = [f"{CAPTION} {caption}"] if caption else []
    lines += [_row(row, width) for row in rows[:header_rows]]
    lines.append(_row(rule, width))
    lines += [_row(row, width) for row in body]
    return lines


def _row(cells: list[str], width: int) -> str:
    padded = [cell.replace("|", "\\|") for cell in cells] + [""] * (width - len(cells))
    return "| " + " | ".join(padded) + " |"


def is_figure(text: str) -> bool:
    """A cell of figures: "56 234 300", "(107 700)", "1,889,900", "38 %", a dash standing for nil."""
    return bool(text.strip()) and FIGURES.match(text.strip()) is not None


def is_figure_column(rows: list[list[str]], column: int) -> bool:
    """Whether most filled cells of a column are figures (they are set flush right)."""
    cells = [row[column] for row in rows if column < len(row) and row[column].strip()]
    return bool(cells) and sum(is_figure(cell.strip("*")) for cell in cells) * 2 > len(cells)
