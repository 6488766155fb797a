"""The first page down to the body line: masthead table, session block, submission, title.

The masthead is a borderless three-column table as in the official documents (emblem |
"United Nations" and the organ | the symbol, then Distr., date and Original), with a thin
rule under its first row and a thick rule under the whole.  Every field is a paragraph in
its own UN style, so that the importer finds it by name.  Below the table, the session
block, the submission line (or the adoption lines of an adopted text), the title and the
italic body line.
"""

from __future__ import annotations

from lxml import etree

from ...model import Inline, Resolution
from ...ooxml.namespaces import qn
from . import styles as st
from .inlines import Reference, inline_runs
from .layout import Layout
from .styles import styled
from .wml import el, half_points, paragraph, run, run_props, sub, twips, val

THIN_RULE, THICK_RULE = 4, 12  # border widths in eighths of a point
TITLE_GAP_PT = 12  # space between the title and the body line


def present(inline: Inline) -> bool:
    """Whether a line has anything to show: text, or a footnote anchored on it."""
    return bool(inline.text or inline.anchors)


def _field(name: str, inline: Inline, reference: Reference, label: str = "") -> etree._Element:
    """The paragraph of one masthead field, in its style; "Distr.: " and "Original: " are text."""
    return styled(name, ([run(label)] if label else []) + inline_runs(inline, reference))


def _symbol_runs(inline: Inline, reference: Reference, lay: Layout) -> list[etree._Element]:
    """The symbol with its first component large: **A**/C.3/80/L.30."""
    head, slash, _ = inline.text.partition("/")
    runs = inline_runs(inline, reference)
    if not slash or not runs or inline.marks or inline.anchors:
        return runs
    rest = inline.text[len(head):]
    return [run(head, run_props(size_pt=lay.symbol_size_pt)), run(rest)]


def _cell(width: int, paragraphs: list[etree._Element], rule: int | None, align: str = "top") -> etree._Element:
    tc = el("w:tc")
    tcpr = sub(tc, "w:tcPr")
    sub(tcpr, "w:tcW", {"w": width, "type": "dxa"})
    if rule:
        sub(sub(tcpr, "w:tcBorders"), "w:bottom", {"val": "single", "sz": rule, "space": 0, "color": "auto"})
    sub(tcpr, "w:vAlign", {"val": align})
    tc.extend(paragraphs or [paragraph(None)])
    return tc


def _row(cells: list[etree._Element], height: int, rule: str) -> etree._Element:
    tr = el("w:tr")
    trpr = sub(tr, "w:trPr")
    sub(trpr, "w:cantSplit")
    sub(trpr, "w:trHeight", {"val": height, "hRule": rule})
    tr.extend(cells)
    return tr


def masthead_table(res: Resolution, lay: Layout, reference: Reference) -> etree._Element:
    m = res.masthead
    widths = (lay.inset, lay.text_width - lay.inset - lay.masthead_right, lay.masthead_right)
    tbl = el("w:tbl")
    tblpr = sub(tbl, "w:tblPr")
    sub(tblpr, "w:tblW", {"w": lay.text_width, "type": "dxa"})
    sub(tblpr, "w:tblLayout", {"type": "fixed"})
    margins = sub(tblpr, "w:tblCellMar")
    for side in ("left", "right"):
        sub(margins, f"w:{side}", {"w": 0, "type": "dxa"})
    sub(tblpr, "w:tblLook", {"val": "0000", "firstRow": 0, "lastRow": 0, "firstColumn": 0, "lastColumn": 0,
                             "noHBand": 1, "noVBand": 1})
    grid = sub(tbl, "w:tblGrid")
    for w in widths:
        sub(grid, "w:gridCol", {"w": w})
    banner = styled(st.BANNER, [run("United Nations")])
    symbol = styled(st.SYMBOL, _symbol_runs(m.symbol, reference, lay)) if present(m.symbol) else paragraph(None)
    tbl.append(_row([_cell(widths[0], [], THIN_RULE, "bottom"), _cell(widths[1], [banner], THIN_RULE, "bottom"),
                     _cell(widths[2], [symbol], THIN_RULE, "bottom")], lay.masthead_banner_height, "exact"))
    organ = _field(st.ORGAN, m.organ, reference) if present(m.organ) else paragraph(None)
    if len(m.organ.text) > lay.long_organ_chars:
        for r in organ.iter(qn("w:r")):
            _set_size(r, lay.long_organ_size_pt)
    status = [_field(name, inline, reference, label) for name, inline, label in (
        (st.DISTRIBUTION, m.distribution, "Distr.: "), (st.DATE, m.date, ""), (st.ORIGINAL, m.original, "Original: "))
        if present(inline)]
    tbl.append(_row([_cell(widths[0], [], THICK_RULE), _cell(widths[1], [organ], THICK_RULE),
                     _cell(widths[2], status, THICK_RULE)], lay.masthead_height - lay.masthead_banner_height,
                    "atLeast"))
    return tbl


def _set_size(r: etree._Element, size_pt: float) -> None:
    """Give a run of the organ name the smaller size used for long names."""
    rpr = r.find(qn("w:rPr"))
    if rpr is None:
        rpr = el("w:rPr")
        r.insert(0, rpr)
    later = [c for c in rpr if c.tag in (qn("w:u"), qn("w:vertAlign"))]
    for size in (val("w:sz", half_points(size_pt)), val("w:szCs", half_points(size_pt))):
        if later:
            later[0].addprevious(size)
        else:
            rpr.append(size)


def _anchor_paragraph() -> etree._Element:
    """A one-point empty paragraph before the masthead table.

    LibreOffice puts a document's first page style on a paragraph; when the body opens
    with a table it inserts a full-height empty one, pushing the masthead down a line.
    """
    tiny = el("w:rPr", None, val("w:sz", 2))
    return paragraph(None, props=[el("w:spacing", {"after": 0, "line": 20, "lineRule": "exact"}), tiny])


SESSION_BLOCK = ("session", "committee", "place_and_dates", "agenda_item", "agenda_title")


def front_matter(res: Resolution, lay: Layout, reference: Reference) -> list[etree._Element]:
    """Everything above the preamble, in order."""
    m = res.masthead
    out: list[etree._Element] = [_anchor_paragraph(), masthead_table(res, lay, reference)]
    for name in SESSION_BLOCK:
        if present(getattr(m, name)):
            out.append(_field(st.MASTHEAD_STYLES[name], getattr(m, name), reference))
    adoption = res.adoption
    if adoption and adoption.statement:
        out.append(styled(st.ADOPTION_STATEMENT, [run(adoption.statement)]))
    if adoption and adoption.reference:
        out.append(styled(st.ADOPTION_REFERENCE, [run("[", run_props(italic=False)), run(adoption.reference),
                                                   run("]", run_props(italic=False))]))
    if present(res.submission.printed()):
        out.append(_field(st.SUBMISSION, res.submission.printed(), reference))
    if present(res.title):
        out.append(_title(res, lay, reference))
    if present(res.authoring_body):
        # Without a title (Council drafts) the body line keeps the title's distance from the sponsors.
        gap = None if present(res.title) else el("w:spacing", {"before": twips(TITLE_GAP_PT)})
        out.append(body_line(res.authoring_body, reference, gap))
    return out


def body_line(body: Inline, reference: Reference, spacing: etree._Element | None = None) -> etree._Element:
    """"The General Assembly," in italics, its final comma upright."""
    stripped = body.text.rstrip()
    comma = (len(stripped) - 1, len(stripped)) if stripped.endswith(",") else None
    return styled(st.BODY_LINE, inline_runs(body, reference, upright=comma),
                  props=[spacing] if spacing is not None else None)


def _title(res: Resolution, lay: Layout, reference: Reference) -> etree._Element:
    runs = inline_runs(res.title, reference)
    number = res.adoption.number if res.adoption else ""
    if not number:
        return styled(st.TITLE, runs)
    hanging = el("w:ind", {"left": lay.inset, "hanging": lay.inset})
    return styled(st.TITLE, [run(f"{number}.\t")] + runs, props=[hanging])
