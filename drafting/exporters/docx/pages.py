"""Page set-up and page furniture: paper, margins, running heads, page numbers, footers.

Page 1 starts with the masthead at the top margin; its header is a one-point empty line
that stays above the masthead (a missing first-page header would be a full blank line in
Word, pushing the masthead down).  Later pages carry the symbol in bold at the outer
corner over a thin rule (left on even pages, right on odd ones) and the page number as
"2/8" at the bottom outer corner; that running head is taller than the top margin, so
Word and LibreOffice start the text below it.  An adopted text's running head also carries
its title, at the inner side, on the symbol's line and growing upwards (up to four lines: a
bottom-aligned table row as tall as four lines, so the text below starts where it would
without the title).  The job number (inner corner of later
pages) and the first-page footer are optional; without the footer, page 1 still keeps its room.
"""

from __future__ import annotations

from docx.shared import Twips
from lxml import etree

from ...model import Resolution
from . import styles as st
from .footnotes import settings_footnote_props
from .layout import Layout
from .wml import el, field, paragraph, part_root, run, run_props, sub, twips, val


def set_up_pages(document, res: Resolution, lay: Layout, job_number: str | None, footer: bool) -> None:
    section = document.sections[0]
    width, height = lay.page_size
    section.page_width, section.page_height = Twips(width), Twips(height)
    section.left_margin, section.right_margin = Twips(lay.margin_side), Twips(lay.margin_right)
    section.top_margin, section.bottom_margin = Twips(lay.margin_top), Twips(lay.margin_bottom)
    section.header_distance, section.footer_distance = Twips(lay.header_distance), Twips(lay.footer_distance)
    section.different_first_page_header_footer = True
    symbol = res.masthead.symbol.text
    title = " ".join(res.title.text.split()) if res.adoption else ""
    _fill(section.first_page_header, [_empty_line()])
    _fill(section.header, _running_head(symbol, title, lay, odd=True))
    _fill(section.even_page_header, _running_head(symbol, title, lay, odd=False))
    _fill(section.footer, [_page_footer(lay, job_number, odd=True)])
    _fill(section.even_page_footer, [_page_footer(lay, job_number, odd=False)])
    _fill(section.first_page_footer, [_first_footer(lay, job_number) if footer else _footer_room(lay)])


def _fill(header_or_footer, paragraphs: list[etree._Element]) -> None:
    header_or_footer.is_linked_to_previous = False
    root = header_or_footer.part.element
    for child in list(root):
        root.remove(child)
    root.extend(paragraphs)


def _empty_line() -> etree._Element:
    """A one-point empty paragraph: page 1's header, which must not reach the masthead."""
    return paragraph(None, props=[el("w:spacing", {"after": 0, "line": 20, "lineRule": "exact"}),
                                  el("w:rPr", None, val("w:sz", 2))])


def _running_head(symbol: str, title: str, lay: Layout, odd: bool) -> list[etree._Element]:
    """The symbol at the outer corner (right on odd pages) over a thin rule; with a title, the title
    beside it at the inner side."""
    if not title:
        return [paragraph(st.style_id(st.RUNNING_HEAD), run(symbol), props=[val("w:jc", "right" if odd else "left")])]
    title_width = min(lay.running_title_width, lay.text_width * 2 // 3)
    cells = [(title, title_width, "left"), (symbol, lay.text_width - title_width, "right")]
    if not odd:
        cells = [(symbol, lay.text_width - title_width, "left"), (title, title_width, "right")]
    return [_head_row(cells, lay), _rule_and_gap(lay)]


def _head_row(cells: list[tuple[str, int, str]], lay: Layout) -> etree._Element:
    """One borderless row of the running head, as tall as the space above the symbol's line and that line
    (four lines), its cells aligned at the bottom: a longer title grows upwards from the symbol's line."""
    tbl = el("w:tbl")
    props = sub(tbl, "w:tblPr")
    sub(props, "w:tblW", {"w": lay.text_width, "type": "dxa"})
    sub(props, "w:tblInd", {"w": 0, "type": "dxa"})
    borders = sub(props, "w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        sub(borders, f"w:{side}", {"val": "nil"})
    props.append(val("w:tblLayout", "fixed"))
    margins = sub(props, "w:tblCellMar")
    for side in ("top", "left", "bottom", "right"):
        sub(margins, f"w:{side}", {"w": 0, "type": "dxa"})
    grid = sub(tbl, "w:tblGrid")
    for _, width, _ in cells:
        sub(grid, "w:gridCol", {"w": width})
    row = sub(tbl, "w:tr")
    height = lay.running_head_top_pt + lay.running_head_line_pt  # the symbol's line stands where it does alone
    sub(sub(row, "w:trPr"), "w:trHeight", {"val": twips(height), "hRule": "atLeast"})
    for text, width, align in cells:
        tc = sub(row, "w:tc")
        tcpr = sub(tc, "w:tcPr")
        sub(tcpr, "w:tcW", {"w": width, "type": "dxa"})
        sub(tcpr, "w:vAlign", {"val": "bottom"})
        tc.append(paragraph(st.style_id(st.RUNNING_TITLE), run(text), props=[val("w:jc", align)]))
    return tbl


def _rule_and_gap(lay: Layout) -> etree._Element:
    """The paragraph after the head's row (a header must end with one): the thin rule on top, then
    the room the symbol's paragraph leaves below itself when there is no title."""
    return paragraph(None, props=[
        el("w:pBdr", None, el("w:top", {"val": "single", "sz": lay.running_head_rule, "space": 1, "color": "auto"})),
        el("w:spacing", {"before": 0, "after": 0, "line": twips(lay.running_head_after_pt), "lineRule": "exact"}),
        el("w:rPr", None, val("w:sz", 2))])


def _page_number() -> list[etree._Element]:
    """"2/8": the page number and the page count, computed by Word and LibreOffice."""
    return [field("PAGE"), run("/"), field("NUMPAGES")]


def _page_footer(lay: Layout, job_number: str | None, odd: bool) -> etree._Element:
    job = [run(job_number, run_props(bold=False, size_pt=lay.job_size_pt))] if job_number else []
    parts = job + [run("\t")] + _page_number() if odd else _page_number() + ([run("\t")] + job if job else [])
    return paragraph(st.style_id(st.PAGE_NUMBER), *parts)


def _footer_room(lay: Layout) -> etree._Element:
    """An empty first-page footer as tall as the official one (job number, barcode), so that
    page 1 holds as many lines as the official print."""
    return paragraph(None, props=[el("w:spacing", {"after": 0, "line": lay.first_footer_height,
                                                   "lineRule": "exact"})])


def _first_footer(lay: Layout, job_number: str | None) -> etree._Element:
    """The first-page footer: "25-17789 (E)" at the left, "Please recycle" at the right, as low as
    the page allows and with the room above it that the empty one keeps."""
    parts = [run(f"{job_number} (E)", run_props(size_pt=lay.body_size_pt))] if job_number else []
    parts += [run("\t"), run("Please recycle", run_props(bold=True, size_pt=lay.running_head_size_pt))]
    room = lay.first_footer_height - twips(lay.job_line_pt)
    return paragraph(st.style_id(st.JOB_NUMBER), *parts, props=[el("w:spacing", {"before": room})])


def settings_element(has_footnotes: bool) -> etree._Element:
    """word/settings.xml: odd and even running heads, the footnote separators, Word 2013+ layout."""
    root = part_root("w:settings")
    sub(root, "w:zoom", {"percent": 100})
    root.append(val("w:defaultTabStop", 475))
    sub(root, "w:evenAndOddHeaders")
    root.append(val("w:characterSpacingControl", "doNotCompress"))
    if has_footnotes:
        root.append(settings_footnote_props())
    compat = sub(root, "w:compat")
    sub(compat, "w:compatSetting", {"name": "compatibilityMode", "uri": "http://schemas.microsoft.com/office/word",
                                   "val": 15})
    root.append(val("w:decimalSymbol", "."))
    root.append(val("w:listSeparator", ","))
    return root
