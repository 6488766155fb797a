"""A table is bounded like every other list of a document: rows and cells in a .unres are checked
before the model is built, and every importer's result is held to the same limits."""

from __future__ import annotations

import json

import pytest

from drafting import native
from drafting.errors import InputError
from drafting.limits import MAX_TABLE_COLUMNS, MAX_TABLE_ROWS, check_document
from drafting.model import TABLE, Annex, Inline, Paragraph, Resolution, Table


def with_table(table: Table) -> Resolution:
    return Resolution(title=Inline("Budget"), operative=[Paragraph("Decides to act;")],
                      annexes=[Annex("Annex", Inline("Figures"), [Paragraph(style=TABLE, table=table)])])


def unres_of(res: Resolution) -> dict:
    return json.loads(native.dumps(res))


def test_too_many_rows_are_refused_naming_the_table():
    doc = unres_of(with_table(Table([[Inline("1")]])))
    doc["resolution"]["annexes"][0]["paragraphs"][0]["table"]["rows"] = [[{"text": "1"}]] * (MAX_TABLE_ROWS + 1)
    with pytest.raises(InputError, match=r"annexes\[0\]\.paragraphs\[0\]\.table\.rows: 2,001 rows"):
        native.loads(json.dumps(doc))


def test_too_many_cells_in_a_row_are_refused():
    doc = unres_of(with_table(Table([[Inline("1")]])))
    doc["resolution"]["annexes"][0]["paragraphs"][0]["table"]["rows"] = [[{"text": "x"}] * (MAX_TABLE_COLUMNS + 1)]
    with pytest.raises(InputError, match=r"table\.rows\[0\]: 33 cells"):
        native.loads(json.dumps(doc))


def test_more_header_rows_than_rows_are_refused():
    doc = unres_of(with_table(Table([[Inline("1")]], header_rows=1)))
    doc["resolution"]["annexes"][0]["paragraphs"][0]["table"]["header_rows"] = 3
    with pytest.raises(InputError, match="3 header rows in a table of 1 rows"):
        native.loads(json.dumps(doc))


def test_a_cell_mark_outside_its_text_is_refused():
    doc = unres_of(with_table(Table([[Inline("56 126 600")]])))
    doc["resolution"]["annexes"][0]["paragraphs"][0]["table"]["rows"][0][0]["marks"] = [{"start": 0, "end": 40}]
    with pytest.raises(InputError, match=r"rows\[0\]\[0\]\.marks\[0\]"):
        native.loads(json.dumps(doc))


def test_every_importer_result_is_held_to_the_table_limits():
    wide = with_table(Table([[Inline("x")] * (MAX_TABLE_COLUMNS + 1)]))
    with pytest.raises(InputError, match="columns"):
        check_document(wide)
    assert check_document(with_table(Table([[Inline("x")] * MAX_TABLE_COLUMNS]))) is not None
