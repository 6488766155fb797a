"""A table changed cell by cell keeps what was not retyped: marks and footnotes of unchanged cells, a whole-cell
mark and the footnotes of a retyped one; new cells are plain; rows are padded to the widest."""

from __future__ import annotations

from drafting.model import Anchor, Footnote, Inline, Mark, Table
from drafting.table_edit import EditedCell, cell_texts, edited_table


def _table() -> Table:
    note = Footnote("Before recosting.")
    return Table([[Inline("Item"), Inline("Amount")],
                  [Inline("Posts", [Mark(0, 2, "italic")]), Inline("1 200 000", [], [Anchor(9, note)])],
                  [Inline("Total", [Mark(0, 5, "bold")]), Inline("1 300 000", [Mark(0, 9, "bold")])]],
                 header_rows=1, title=Inline("Costs", [Mark(0, 5, "italic")]))


def test_unchanged_cells_are_kept_as_they_were_and_retyped_ones_keep_whole_marks_and_notes():
    before = _table()
    grid = [[EditedCell(t, (r, c)) for c, t in enumerate(row)] for r, row in enumerate(cell_texts(before))]
    grid[1][1] = EditedCell("1 250", (1, 1))  # shorter: the note moves to the end
    grid[2][1] = EditedCell("1 350 000", (2, 1))  # the bold total retyped: still bold
    grid[1][0] = EditedCell("Posts and travel", (1, 0))  # a partial mark does not fit new words: dropped
    grid.insert(2, [EditedCell("Travel"), EditedCell("50 000")])
    after = edited_table(before, "Costs", grid, 1)
    assert after.title is before.title and after.rows[0][0] is before.rows[0][0]
    assert [(a.offset, a.note.text) for a in after.rows[1][1].anchors] == [(5, "Before recosting.")]
    assert [(m.start, m.end, m.style) for m in after.rows[3][1].marks] == [(0, 9, "bold")]
    assert after.rows[1][0].marks == [] and after.rows[2][0] == Inline("Travel")
    assert after.header_rows == 1 and after.columns == 2


def test_rows_are_padded_and_head_rows_stay_within_the_table():
    after = edited_table(_table(), "New caption", [[EditedCell("A")], [EditedCell("B"), EditedCell("C")]], 5)
    assert cell_texts(after) == [["A", ""], ["B", "C"]] and after.header_rows == 2
    assert after.title.text == "New caption" and after.title.marks == [Mark(0, 11, "italic")]
