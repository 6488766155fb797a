"""Tables compared row by row, as text: a changed figure is an amended row named by its table and
row, a row taken out is deleted, rows that only moved up are no change, and the operative
paragraphs around a table keep their printed numbers; the JSON points into the cell."""

from __future__ import annotations

import copy

from drafting.compare.align import compare
from drafting.compare.report import changes, to_json
from drafting.importers.text import import_text

TEXT = """The General Assembly,

Recalling its resolution 78/252 of 22 December 2023,

1. Approves the changes to the staffing table as set out in the table below:

| Action | Title of post | Number |
| --- | --- | ---: |
| Establishment | Legal Officer | 1 |
| Establishment | Senior Benefits Assistant | 1 |
| Reclassification | Public Information Officer | 1 |
| **Total new posts** |  | **3** |

2. Requests the Secretary-General to report thereon;

3. Decides to remain seized of the matter.
"""


def test_rows_are_compared_as_text_and_named_by_their_table():
    old = import_text(TEXT).resolution
    new = copy.deepcopy(old)
    table = new.operative[1].table
    table.rows[4][2].text = "4"
    del table.rows[2]
    new.operative[2].text = new.operative[2].text.replace("thereon", "thereon at its eighty-first session")
    found = [(c.kind, c.description) for c in changes(compare(old, new))]
    assert found == [("deleted", "Table after OP 1, row 3 deleted"),
                     ("amended", "Table after OP 1, row 4 amended"),
                     ("amended", "OP 2 amended")]
    amended = next(c for c in changes(compare(old, new)) if c.description == "Table after OP 1, row 4 amended")
    assert (amended.old_text, amended.new_text) == ("Total new posts |  | 3", "Total new posts |  | 4")


def test_the_json_points_into_the_row_and_an_unchanged_table_is_no_change():
    old = import_text(TEXT).resolution
    assert changes(compare(old, copy.deepcopy(old))) == []
    new = copy.deepcopy(old)
    new.operative[1].table.rows[1][1].text = "Principal Legal Officer"
    cmp = compare(old, new)
    out = to_json(cmp, changes(cmp))
    change = next(c for c in out["changes"] if c["kind"] == "amended")
    assert change["new"] == [{"label": "Table after OP 1, row 2", "path": ["operative", 1, "cell", 1, 0]}]
