"""A table survives every trip: model → text → model, → .unres → model and → .docx → model.

Tables of random shape (one to four columns, header rows or none, a caption or none), with
figures, words, a pipe inside a cell, empty cells and bold or italic cells, in an annex, between
operative paragraphs, after the last one, or at the end of the preamble.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from drafting import native
from drafting.exporters import docx as docx_exporter
from drafting.exporters.text import to_text
from drafting.importers.docx import import_docx
from drafting.importers.text import import_text
from drafting.model import BOLD, ITALIC, TABLE, Anchor, Annex, Footnote, Inline, Mark, Paragraph, Resolution, Table

WORDS = ["Appropriation for 2026", "Legal Officer", "P-4", "GS (PL)", "Total new posts", "Of which:",
         "Net of staff assessment", "Recommendations of the Fifth Committee", "Gross | net", "5 * 3", "C:\\data\\"]
FIGURES = ["56 126 600", "(107 700)", "–", "1", "14 494", "1,889,900"]


@st.composite
def cells(draw) -> Inline:
    text = draw(st.sampled_from(WORDS + FIGURES + [""]))
    style = draw(st.sampled_from(["", BOLD, ITALIC])) if text else ""
    return Inline(text, [Mark(0, len(text), style)] if style else [])


@st.composite
def tables(draw) -> Table:
    columns = draw(st.integers(1, 4))
    rows = draw(st.lists(st.lists(cells(), min_size=columns, max_size=columns), min_size=1, max_size=6))
    rows = [row for row in rows if any(cell.text for cell in row)] or [[Inline("Total")] + [Inline("1")] *
                                                                       (columns - 1)]
    caption = draw(st.sampled_from(["", "Staffing table for 2024", "Financing for 2026"]))
    return Table(rows, draw(st.integers(0, min(2, len(rows)))), Inline(caption))


def resolution(table: Table, where: str) -> Resolution:
    res = Resolution(title=Inline("Questions relating to the proposed programme budget"),
                     authoring_body=Inline("The General Assembly,"),
                     preamble=[Paragraph("Recalling its resolution 78/252 of 22 December 2023,")],
                     operative=[Paragraph("Decides that the staffing table shall be as set out below:"),
                                Paragraph("Requests the Secretary-General to report thereon.")])
    holder = Paragraph(style=TABLE, table=table)
    if where == "annex":
        res.annexes = [Annex("Annex", Inline("Staffing table"), [holder])]
    elif where == "preamble":
        res.preamble.append(holder)
    else:
        res.operative.insert(1 if where == "operative" else len(res.operative), holder)
    return res


def kept(res: Resolution) -> list:
    return [(path, table) for path, table in res.tables()]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(table=tables(), where=st.sampled_from(["annex", "operative", "end", "preamble"]))
def test_a_table_comes_back_from_text_unres_and_word(table, where, tmp_path):
    res = resolution(table, where)
    expected = kept(res)
    assert len(expected) == 1
    assert kept(import_text(to_text(res)).resolution) == expected
    assert kept(native.loads(native.dumps(res))) == expected
    path = tmp_path / "table.docx"
    path.write_bytes(docx_exporter.build(res))
    assert kept(import_docx(path).resolution) == expected


def test_a_footnote_in_a_cell_keeps_its_place_and_its_number(tmp_path):
    note = Footnote("See A/80/505.")
    cell = Inline("Estimated appropriation for 2026", [], [Anchor(32, note)])
    table = Table([[Inline(""), Inline("Gross")], [cell, Inline("56 234 300")]], 1)
    res = resolution(table, "annex")
    res.preamble[0].anchors = [Anchor(len(res.preamble[0].text), Footnote("A/RES/78/252."))]

    def notes(r: Resolution) -> list:
        return [(mark, n.text) for mark, n in r.footnotes()] + [
            [(a.offset, a.note.text) for a in c.anchors] for _, t in r.tables() for row in t.rows for c in row]

    assert notes(res)[:2] == [("1", "A/RES/78/252."), ("2", "See A/80/505.")]  # the cell's note after the preamble's
    assert notes(import_text(to_text(res)).resolution) == notes(res)
    path = tmp_path / "note.docx"
    path.write_bytes(docx_exporter.build(res))
    assert notes(import_docx(path).resolution) == notes(res)
    assert notes(native.loads(native.dumps(res))) == notes(res)
