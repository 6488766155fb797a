"""The named styles of the export (word/styles.xml): the Word contract shared with the importer.

Every element of a resolution has a paragraph style named for what it is ("Preambular
Paragraph", "UN Agenda Title", …); the importer finds the anatomy by these names, and a
reader in Word sees the structure in the style list.  The style id is the name without
spaces.  Measurements come from ``Layout``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from lxml import etree

from .layout import ROMAN_DEGREE, Layout
from .wml import el, half_points, paragraph, part_root, sub, twips, val

BANNER = "UN Banner"
ORGAN = "UN Organ"
SYMBOL = "UN Symbol"
DISTRIBUTION = "UN Distribution"
DATE = "UN Date"
ORIGINAL = "UN Original"
SESSION = "UN Session"
COMMITTEE = "UN Committee"
PLACE_AND_DATES = "UN Place and Dates"
AGENDA_ITEM = "UN Agenda Item"
AGENDA_TITLE = "UN Agenda Title"
SUBMISSION = "UN Submission"
ADOPTION_STATEMENT = "UN Adoption Statement"
ADOPTION_REFERENCE = "UN Adoption Reference"
ADOPTION_MEETING = "UN Adoption Meeting"
TITLE = "UN Title"
BODY_LINE = "Body Line"
PREAMBULAR = "Preambular Paragraph"
OPERATIVE = "Operative Paragraph"
SUBPARAGRAPHS = ("Subparagraph", "Subparagraph 2", "Subparagraph 3", "Subparagraph 4")
ANNEX_HEADING = "Annex Heading"
ANNEX_TITLE = "Annex Title"
ANNEX_PARAGRAPH = "Annex Paragraph"
ANNEX_NUMBERED = "Annex Numbered Paragraph"
ANNEX_SUBHEADING = "Annex Subheading"
ANNEX_MINOR_HEADING = "Annex Minor Heading"
HEADING = "UN Heading"  # a heading inside the preamble or the operative part: not numbered
SUBHEADING = "UN Subheading"
QUOTE = "UN Quote"  # a paragraph quoted by an amendment's instruction
BOX = "UN Box"
NOTE = "UN Note"
TABLE_TITLE = "UN Table Title"  # a table's caption, right above it
TABLE_TEXT = "UN Table Text"  # a table cell
TABLE_HEADING = "UN Table Heading"  # a cell of a header row
SECTION_HEADING = "UN Section Heading"  # "II", "B" or "III  Conditions of service" above a further text
INSTRUCTION = "UN Instruction"  # an amendment's instruction
FOOTNOTE_TEXT = "Footnote Text"
RUNNING_HEAD = "UN Running Head"
RUNNING_TITLE = "UN Running Head Title"  # the symbol and title of an adopted text's running head
PAGE_NUMBER = "UN Page Number"
JOB_NUMBER = "UN Job Number"
# Character styles
OPENING_PHRASE = "Opening Phrase"
FOOTNOTE_REFERENCE = "Footnote Reference"

# The masthead fields of the model (drafting.model.MASTHEAD_FIELDS) and their styles.
MASTHEAD_STYLES = {
    "organ": ORGAN, "symbol": SYMBOL, "distribution": DISTRIBUTION, "date": DATE, "original": ORIGINAL,
    "session": SESSION, "committee": COMMITTEE, "place_and_dates": PLACE_AND_DATES,
    "agenda_item": AGENDA_ITEM, "agenda_title": AGENDA_TITLE,
}


THIN_BORDER = 4  # eighths of a point


def style_id(name: str) -> str:
    return name.replace(" ", "")


def subparagraph_style(degree: int) -> str:
    """"Subparagraph" for (a), "Subparagraph 2" for (i), … "Subparagraph 4" from the fourth degree on."""
    return SUBPARAGRAPHS[min(degree, len(SUBPARAGRAPHS)) - 1]


def styled(name: str, runs: list[etree._Element], props: list | None = None) -> etree._Element:
    """A paragraph in the named style, with extra w:pPr children (numPr, ind) in schema order."""
    return paragraph(style_id(name), *runs, props=props)


@dataclass(frozen=True)
class Style:
    name: str
    character: bool = False
    bold: bool = False
    italic: bool = False
    size_pt: float | None = None
    superscript: bool = False
    tracking_pt: float | None = None  # letter spacing, where it departs from the document's
    align: str | None = None  # "both", "right", "left"
    left: int | None = None
    right: int | None = None
    first_line: int | None = None
    hanging: int | None = None
    before_pt: float | None = None
    after_pt: float | None = None
    line_pt: float | None = None  # exact line pitch
    single: bool = False  # single line spacing that follows the font size (instead of an exact pitch)
    keep_next: bool = False
    tabs: tuple[tuple[str, int], ...] = ()
    rule_below: int | None = None  # bottom border width in eighths of a point
    box: int | None = None  # a border on all four sides, width in eighths of a point
    next_style: str | None = None
    builtin: bool = False  # one of Word's own styles (Footnote Text), redefined rather than added


def _styles(lay: Layout) -> list[Style]:
    inset, step, after = lay.inset, lay.step, lay.space_after_pt
    body: dict[str, Any] = dict(align="both", left=inset, right=inset, first_line=step, after_pt=after)
    session: dict[str, Any] = dict(right=lay.text_width - lay.session_width)
    subs = [Style(name, **body, tabs=(("left", inset + 2 * step),)) for name in SUBPARAGRAPHS]
    subs[ROMAN_DEGREE - 1] = replace(subs[ROMAN_DEGREE - 1], left=inset + step, first_line=0)  # as its list level
    return [
        Style(BANNER, size_pt=lay.banner_size_pt, line_pt=16, after_pt=2, tracking_pt=-0.15),
        Style(ORGAN, bold=True, size_pt=lay.organ_size_pt, single=True, before_pt=6,
              tracking_pt=-0.45),
        Style(SYMBOL, align="right", line_pt=23),
        Style(DISTRIBUTION, before_pt=13, line_pt=11.75),
        Style(DATE, line_pt=11.75),
        Style(ORIGINAL, before_pt=12, line_pt=11.75),
        Style(SESSION, bold=True, before_pt=2, keep_next=True, tracking_pt=0.2, **session),
        Style(COMMITTEE, bold=True, size_pt=lay.committee_size_pt, line_pt=13.5, keep_next=True, **session),
        Style(PLACE_AND_DATES, keep_next=True, **session),
        Style(AGENDA_ITEM, keep_next=True, **session),
        Style(AGENDA_TITLE, bold=True, keep_next=True, **session),
        Style(SUBMISSION, bold=True, size_pt=lay.submission_size_pt, left=inset, right=inset, before_pt=18,
              keep_next=True, tracking_pt=0.2),
        Style(ADOPTION_STATEMENT, bold=True, size_pt=lay.adoption_size_pt, line_pt=15, before_pt=18,
              left=inset, right=lay.text_width - inset - lay.adoption_width, keep_next=True),
        Style(ADOPTION_REFERENCE, italic=True, left=inset, right=inset, before_pt=12, keep_next=True),
        Style(TITLE, bold=True, size_pt=lay.title_size_pt, line_pt=13.5, left=inset, right=inset,
              tabs=(("left", inset),), before_pt=12, after_pt=12, keep_next=True, tracking_pt=0.3),
        Style(BODY_LINE, italic=True, keep_next=True, **body),
        Style(PREAMBULAR, **body),
        Style(OPERATIVE, **body, tabs=(("left", inset + 2 * step),)),
        *subs,
        Style(ANNEX_HEADING, bold=True, left=inset, right=inset, before_pt=after, keep_next=True),
        Style(ANNEX_TITLE, bold=True, left=inset, right=inset, after_pt=after, keep_next=True),
        Style(ANNEX_PARAGRAPH, **body),
        Style(ANNEX_NUMBERED, **{**body, "first_line": 0}, tabs=(("left", inset + step),)),
        Style(ANNEX_SUBHEADING, bold=True, left=inset, right=inset, after_pt=after, keep_next=True),
        Style(ANNEX_MINOR_HEADING, italic=True, left=inset, right=inset, after_pt=after, keep_next=True),
        Style(HEADING, bold=True, left=inset, right=inset, after_pt=after, keep_next=True),
        Style(SUBHEADING, italic=True, left=inset, right=inset, after_pt=after, keep_next=True),
        Style(QUOTE, **body),
        Style(BOX, **body, box=THIN_BORDER),
        Style(NOTE, **body),
        Style(TABLE_TITLE, bold=True, left=inset, right=inset, after_pt=after, keep_next=True),
        Style(TABLE_TEXT, size_pt=lay.footnote_size_pt, line_pt=lay.footnote_line_pt, before_pt=2, after_pt=2),
        Style(TABLE_HEADING, italic=True, size_pt=lay.job_size_pt, line_pt=8, before_pt=2, after_pt=4),
        Style(SECTION_HEADING, bold=True, size_pt=lay.title_size_pt, line_pt=13.5, left=inset, right=inset,
              hanging=inset, tabs=(("left", inset),), before_pt=12, after_pt=12, keep_next=True, tracking_pt=0.3),
        Style(INSTRUCTION, **body, tabs=(("left", inset + 2 * step),)),
        Style(ADOPTION_MEETING, italic=True, align="right", right=inset),
        Style(FOOTNOTE_TEXT, size_pt=lay.footnote_size_pt, line_pt=lay.footnote_line_pt, left=inset,
              tracking_pt=lay.footnote_tracking_pt,
              right=inset, hanging=lay.footnote_hanging, tabs=(("left", inset),), builtin=True),
        Style(RUNNING_HEAD, bold=True, size_pt=lay.running_head_size_pt, line_pt=lay.running_head_line_pt,
              before_pt=lay.running_head_top_pt, after_pt=lay.running_head_after_pt, rule_below=lay.running_head_rule,
              tracking_pt=0),
        Style(RUNNING_TITLE, bold=True, size_pt=lay.running_head_size_pt, line_pt=lay.running_head_line_pt,
              tracking_pt=0),
        Style(PAGE_NUMBER, bold=True, size_pt=lay.running_head_size_pt, line_pt=10,
              tabs=(("right", lay.text_width),), tracking_pt=0),
        Style(JOB_NUMBER, size_pt=lay.job_size_pt, line_pt=lay.job_line_pt, tabs=(("right", lay.text_width),),
              tracking_pt=0),
        Style(OPENING_PHRASE, character=True, italic=True),
        Style(FOOTNOTE_REFERENCE, character=True, superscript=True, builtin=True),
    ]


def _paragraph_props(s: Style) -> etree._Element | None:
    ppr = el("w:pPr")
    if s.keep_next:
        sub(ppr, "w:keepNext")
    if s.rule_below or s.box:
        borders = sub(ppr, "w:pBdr")
        sides = ("top", "left", "bottom", "right") if s.box else ("bottom",)
        for side in sides:
            sub(borders, f"w:{side}", {"val": "single", "sz": s.box or s.rule_below, "space": 4 if s.box else 1,
                                        "color": "auto"})
    if s.tabs:
        tabs = sub(ppr, "w:tabs")
        for kind, pos in s.tabs:
            sub(tabs, "w:tab", {"val": kind, "pos": pos})
    spacing: dict[str, int | str] = {}
    if s.before_pt is not None:
        spacing["before"] = twips(s.before_pt)
    if s.after_pt is not None:
        spacing["after"] = twips(s.after_pt)
    if s.line_pt is not None:
        spacing.update(line=twips(s.line_pt), lineRule="exact")
    elif s.single:
        spacing.update(line=240, lineRule="auto")
    if spacing:
        sub(ppr, "w:spacing", spacing)
    ind = {k: v for k, v in (("left", s.left), ("right", s.right), ("firstLine", s.first_line),
                             ("hanging", s.hanging)) if v is not None}
    if s.hanging is not None:
        ind.pop("firstLine", None)
    if ind:
        sub(ppr, "w:ind", ind)
    if s.align:
        ppr.append(val("w:jc", s.align))
    return ppr if len(ppr) else None


def _run_props(s: Style) -> etree._Element | None:
    rpr = el("w:rPr")
    if s.bold:
        sub(rpr, "w:b")
        sub(rpr, "w:bCs")
    if s.italic:
        sub(rpr, "w:i")
        sub(rpr, "w:iCs")
    if s.tracking_pt is not None:
        rpr.append(val("w:spacing", twips(s.tracking_pt)))
    if s.size_pt:
        rpr.append(val("w:sz", half_points(s.size_pt)))
        rpr.append(val("w:szCs", half_points(s.size_pt)))
    if s.superscript:
        rpr.append(val("w:vertAlign", "superscript"))
    return rpr if len(rpr) else None


def _style_element(s: Style) -> etree._Element:
    kind = "character" if s.character else "paragraph"
    attrs: dict[str, str | int] = {"type": kind, "styleId": style_id(s.name)}
    if not s.builtin:
        attrs["customStyle"] = 1
    node = el("w:style", attrs)
    node.append(val("w:name", s.name))
    node.append(val("w:basedOn", "DefaultParagraphFont" if s.character else "Normal"))
    if s.next_style:
        node.append(val("w:next", style_id(s.next_style)))
    sub(node, "w:qFormat")
    if not s.character:
        ppr = _paragraph_props(s)
        if ppr is not None:
            node.append(ppr)
    rpr = _run_props(s)
    if rpr is not None:
        node.append(rpr)
    return node


def _defaults(lay: Layout) -> etree._Element:
    defaults = el("w:docDefaults")
    rpr = sub(sub(defaults, "w:rPrDefault"), "w:rPr")
    sub(rpr, "w:rFonts", {"ascii": lay.font, "hAnsi": lay.font, "cs": lay.font, "eastAsia": lay.font})
    rpr.append(val("w:spacing", twips(lay.tracking_pt)))
    rpr.append(val("w:sz", half_points(lay.body_size_pt)))
    rpr.append(val("w:szCs", half_points(lay.body_size_pt)))
    sub(rpr, "w:lang", {"val": "en-GB", "eastAsia": "en-US", "bidi": "ar-SA"})
    ppr = sub(sub(defaults, "w:pPrDefault"), "w:pPr")
    sub(ppr, "w:spacing", {"after": 0, "line": twips(lay.line_pt), "lineRule": "exact"})
    return defaults


def _builtin(kind: str, style_id_: str, name: str, default: bool = False) -> etree._Element:
    node = el("w:style", {"type": kind, "styleId": style_id_, **({"default": 1} if default else {})})
    node.append(val("w:name", name))
    return node


def styles_element(lay: Layout) -> etree._Element:
    root = part_root("w:styles")
    root.append(_defaults(lay))
    normal = _builtin("paragraph", "Normal", "Normal", default=True)
    sub(normal, "w:qFormat")
    ppr = sub(normal, "w:pPr")
    sub(ppr, "w:widowControl")
    root.append(normal)
    root.append(_builtin("character", "DefaultParagraphFont", "Default Paragraph Font", default=True))
    table = _builtin("table", "TableNormal", "Normal Table", default=True)
    margins = sub(sub(table, "w:tblPr"), "w:tblCellMar")
    for side in ("top", "left", "bottom", "right"):
        sub(margins, f"w:{side}", {"w": 0, "type": "dxa"})
    root.append(table)
    root.append(_builtin("numbering", "NoList", "No List", default=True))
    for s in _styles(lay):
        root.append(_style_element(s))
    return root
