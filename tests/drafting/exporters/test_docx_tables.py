"""A table in the Word export has the UN look a reader sees: rules across only (no vertical rules),
figures flush right and labels flush left, the header rows repeated on every page, rows that do
not break across pages, a rule above a total row, the caption above the table, and it stands
where the model has it."""

from __future__ import annotations

import io
import zipfile

from lxml import etree

from drafting.exporters.docx import build
from drafting.model import BOLD, ITALIC, TABLE, Annex, Inline, Mark, Paragraph, Resolution, Table

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def budget() -> Resolution:
    rows = [[Inline(""), Inline("Gross", [Mark(0, 5, ITALIC)]), Inline("Net", [Mark(0, 3, ITALIC)])],
            [Inline("Estimated appropriation for 2026"), Inline("56 234 300"), Inline("51 375 900")],
            [Inline("Recommendations of the Fifth Committee"), Inline("–"), Inline("–")],
            [Inline("Appropriation for 2026", [Mark(0, 22, BOLD)]), Inline("56 126 600", [Mark(0, 10, BOLD)]),
             Inline("51 268 200", [Mark(0, 10, BOLD)])]]
    return Resolution(title=Inline("Financing"), authoring_body=Inline("The General Assembly,"),
                      operative=[Paragraph("Decides to appropriate the amounts below;"),
                                 Paragraph("Requests a report.")],
                      annexes=[Annex("Annex I", Inline("Financing for 2026"),
                                     [Paragraph(style=TABLE, table=Table(rows, 1, Inline("Figures for 2026")))])])


def body() -> etree._Element:
    with zipfile.ZipFile(io.BytesIO(build(budget()))) as z:
        return etree.fromstring(z.read("word/document.xml")).find(W + "body")


def text(element: etree._Element) -> str:
    return "".join(element.itertext())


def style(p: etree._Element) -> str:
    found = p.find(f"{W}pPr/{W}pStyle")
    return found.get(W + "val") if found is not None else ""


def test_the_table_stands_after_its_annex_title_with_its_caption():
    children = list(body())
    tables = [i for i, e in enumerate(children) if e.tag == W + "tbl"]
    assert len(tables) == 2  # the masthead's, then ours
    at = tables[-1]
    assert text(children[at - 1]) == "Figures for 2026" and style(children[at - 1]) == "UNTableTitle"
    assert text(children[at - 2]) == "Financing for 2026"


def test_rules_across_only_figures_right_heads_repeated_rows_kept_whole():
    table = [e for e in body() if e.tag == W + "tbl"][-1]
    borders = {b.tag[len(W):]: b.get(W + "val") for b in table.find(f"{W}tblPr/{W}tblBorders")}
    assert borders == {"top": "single", "left": "nil", "bottom": "single", "right": "nil", "insideH": "nil",
                       "insideV": "nil"}
    rows = table.findall(W + "tr")
    assert [r.find(f"{W}trPr/{W}tblHeader") is not None for r in rows] == [True, False, False, False]
    assert all(r.find(f"{W}trPr/{W}cantSplit") is not None for r in rows)
    align = [[c.find(f"{W}p/{W}pPr/{W}jc") is not None for c in r.findall(W + "tc")] for r in rows]
    assert align == [[False, True, True]] * 4  # the label column flush left, the figures flush right
    head_rule = rows[0].findall(f"{W}tc/{W}tcPr/{W}tcBorders/{W}bottom")
    total_rule = rows[3].findall(f"{W}tc/{W}tcPr/{W}tcBorders/{W}top")
    assert len(head_rule) == 3 and len(total_rule) == 3  # under the heads, above the total
    assert rows[2].find(f"{W}tc/{W}tcPr/{W}tcBorders") is None
    assert [text(c) for c in rows[3].findall(W + "tc")] == ["Appropriation for 2026", "56 126 600", "51 268 200"]
    widths = [int(g.get(W + "w")) for g in table.findall(f"{W}tblGrid/{W}gridCol")]
    assert widths[0] > widths[1] and widths[1] == widths[2]  # the label column takes what the figures leave
