"""Tables of the official budget resolutions read exactly: where they stand, their header rows,
every cell, the rows carried over a page break, the notes under them; and they reach every
output (text, Word, parse --json) and come back whole.  The PDFs are read from the shared
corpus (never copied here).
"""

from __future__ import annotations

import pytest

from drafting import native
from drafting.consistency import problems
from drafting.exporters.docx import build
from drafting.exporters.text import to_text
from drafting.importers.docx import import_docx
from drafting.importers.text import import_text
from drafting.model import BOLD, ITALIC, NOTE, TABLE, Resolution, Table
from tests.support.official import needs_official, read_official

pytestmark = needs_official
read = read_official


def texts(table: Table) -> list[list[str]]:
    return [[cell.text for cell in row] for row in table.rows]


def test_budget_annex_tables_with_two_header_rows_a_total_and_a_note():
    result, _ = read("A_RES_80_239")
    res = result.resolution
    assert result.warnings == [] and res.unplaced == [] and problems(res) == []
    assert [path for path, _ in res.tables()] == [("annex", 0, 0), ("annex", 1, 0)]
    first = res.annexes[0].paragraphs[0].table
    assert res.annexes[0].paragraphs[0].style == TABLE and first is not None
    assert first.header_rows == 2 and first.columns == 3
    assert texts(first) == [
        ["", "Gross", "Net of staff assessment"],
        ["", "(United States dollars)", ""],
        ["Estimated appropriation for 2026a", "56 234 300", "51 375 900"],
        ["Recommendations of the Advisory Committee on Administrative and Budgetary Questions", "(107 700)",
         "(107 700)"],
        ["Recommendations of the Fifth Committee", "–", "–"],
        ["Appropriation for 2026", "56 126 600", "51 268 200"],
        ["Of which:", "", ""],
        ["Contributions apportioned to Member States in accordance with the scale of assessments applicable to the "
         "regular budget of the United Nations for 2026", "28 063 300", "25 634 100"],
        ["Contributions apportioned to Member States in accordance with the scale of assessments applicable to "
         "peacekeeping operations of the United Nations for 2026", "28 063 300", "25 634 100"]]
    total = first.rows[5]
    assert all(any(m.style == BOLD for m in cell.marks) for cell in total)  # the total row is set in bold
    assert any(m.style == ITALIC for m in first.rows[0][1].marks)  # the column heads in italics
    note = res.annexes[0].paragraphs[1]
    assert (note.style, note.text) == (NOTE, "a See A/80/505.")
    second = res.annexes[1].paragraphs[0].table
    assert second is not None and texts(second)[2:] == [
        ["Cancellation of commitments for the year 2023, and other revenue", "(8 894 000)", "(8 894 000)"],
        ["Surplus resulting from the final expenditure for the budget for the year 2024", "(4 000)", "(862 600)"],
        ["Total credits reported in the financial performance report for 2024", "8 898 000", "9 756 600"]]
    assert res.annexes[1].title.text == "Credits reported in the financial performance report for 2024"


def test_a_staffing_table_over_a_page_break_drops_the_repeated_heads():
    result, j = read("A_RES_78_252")
    res = result.resolution
    assert result.warnings == [] and res.unplaced == [] and problems(res) == []
    assert res.annexes[0].title.text == "Staffing table for 2024"
    table = res.annexes[0].paragraphs[0].table
    assert table is not None and table.header_rows == 1
    rows = texts(table)
    assert rows[0] == ["Category", "Number of posts (excluding special political missions)",
                       "Number of posts (special political missions)", "Total"]
    assert [row[0] for row in rows[1:]] == [
        "Expenditure sections", "Professional and higher", "Deputy Secretary-General", "Under-Secretary-General",
        "Assistant Secretary-General", "D-2", "D-1", "P-5", "P-4", "P-3", "P-2/1", "Subtotal",
        "General Service", "Principal level", "Other level", "Subtotal",
        "Other", "Security Service", "Local level", "Field Service", "National Professional Officer",
        "Trades and Crafts", "Subtotal", "Expenditure sections total",
        "Income section 3", "Professional and higher", "P-5", "P-4", "P-3", "P-2/1", "Subtotal",
        "General Service", "Principal level", "Other level", "Subtotal",
        "Other", "Security Service", "Subtotal", "Income section 3 total", "Total"]  # page 11: heads not repeated
    assert rows[1:4] == [["Expenditure sections", "", "", ""], ["Professional and higher", "", "", ""],
                         ["Deputy Secretary-General", "1", "–", "1"]]
    assert rows[-3:] == [["Subtotal", "2", "–", "2"], ["Income section 3 total", "64", "–", "64"],
                         ["Total", "10 415", "4 079", "14 494"]]
    assert ["Expenditure sections total", "10 351", "4 079", "14 430"] in rows
    annex = j["annexes"][0]["paragraphs"][0]
    assert (annex["style"], annex["table"]["rows"], annex["table"]["columns"], annex["table"]["header_rows"]) == (
        "table", 41, 4, 1)
    assert len(res.operative) == 77 + sum(1 for p in res.operative if p.style == "heading")  # nothing taken in


def test_tables_between_operative_paragraphs_under_their_headings():
    result, j = read("A_RES_80_243")
    res = result.resolution
    assert result.warnings == [] and res.unplaced == []
    xii = next(s for s in res.sections if s.label == "XII")
    at = [(i, p.style) for i, p in enumerate(xii.operative) if p.style in ("heading", TABLE, NOTE)]
    assert at == [(17, "heading"), (18, TABLE), (19, "heading"), (20, TABLE), (21, NOTE)]
    assert [xii.operative[i].text for i in (17, 19)] == ["A. Pension Administration",
                                                         "B. Office of Investment Management"]
    first, second = xii.operative[18].table, xii.operative[20].table
    assert first is not None and second is not None
    assert texts(first)[0] == texts(second)[0] == ["Action", "Title of post", "Category/level", "Number"]
    assert (first.header_rows, len(first.rows), second.header_rows, len(second.rows)) == (1, 9, 1, 11)
    assert texts(first)[4] == ["Total new posts", "", "", "3"]
    assert texts(first)[8] == ["Reclassification", "Senior Programme Management Assistant", "GS (PL)", "1"]
    assert texts(second)[8] == ["Redeployment from Strategic Management Office (programme of work) to Business "
                                "Support Section (programme support)", "Administrative Officer", "P-4", "1"]
    assert xii.operative[21].text.startswith("Abbreviations: GS (OL), General Service (Other level)")
    numbers = [p["number"] for p in j["sections"][10]["operative"] if p.get("number")]
    assert numbers == list(range(1, 23))  # the tables and their headings are not counted


@pytest.mark.parametrize("name", ["A_RES_80_239", "A_RES_78_252", "A_RES_80_243"])
def test_tables_come_back_whole_from_text_unres_and_word(name, tmp_path):
    res = read(name)[0].resolution
    tables = _tables(res)
    assert _tables(import_text(to_text(res)).resolution) == tables
    assert _tables(native.loads(native.dumps(res))) == tables
    path = tmp_path / "export.docx"
    path.write_bytes(build(res))
    back = import_docx(path)
    assert _tables(back.resolution) == tables
    assert not any("table" in str(w) for w in back.warnings)


def _tables(res: Resolution) -> list[tuple[tuple, Table]]:
    return list(res.tables())


def test_parse_lists_each_table_with_its_size():
    from drafting.cli.parse import render_summary

    _, j = read("A_RES_80_239")
    lines = render_summary(j).splitlines()
    assert [line.strip() for line in lines if line.strip().startswith("TB")] == [
        "TB  table of 9 rows × 3 columns, 2 header rows", "TB  table of 5 rows × 3 columns, 2 header rows"]
