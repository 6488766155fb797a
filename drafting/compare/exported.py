"""Which paragraph of a Word export stands for which unit of the resolution.

The Word exporter writes every element in its named style (the Word contract the
importer also reads): the front matter (masthead table, session block, adoption lines,
submission, title, body line), then "Preambular Paragraph", "Operative Paragraph" and
"Subparagraph …" in the model's order, the closing "UN Adoption Meeting" lines, and per
annex an "Annex Heading", its "Annex Title" and its paragraphs.  Walking the body with
the units in the same order pairs each paragraph with its unit.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from ..ooxml.namespaces import W
from .units import Unit, Units

_PROSE = {"PreambularParagraph", "OperativeParagraph", "Subparagraph", "Subparagraph2", "Subparagraph3",
          "Subparagraph4"}
# Unnumbered paragraphs the exporter writes among them: headings, quotes, boxes and notes (each a unit).
_UNNUMBERED = {"UNHeading", "UNSubheading", "UNQuote", "UNBox", "UNNote"}
_CLOSING = "UNAdoptionMeeting"
_ANNEX_HEADING, _ANNEX_TITLE = "AnnexHeading", "AnnexTitle"
_ANNEX = {"AnnexParagraph", "AnnexNumberedParagraph", "AnnexSubheading", "AnnexMinorHeading", "UNBox", "UNNote",
          "UNQuote"}
_TABLE_TITLE, _TABLE_END = "UNTableTitle", "UNTableText"  # a table's caption, and the empty paragraph after it


def style_of(element: etree._Element) -> str:
    style = element.find(f"{W}pPr/{W}pStyle")
    return style.get(W + "val", "") if style is not None else ""


def _is_subparagraph(style: str) -> bool:
    return style.startswith("Subparagraph")


@dataclass
class Exported:
    front: list[etree._Element] = field(default_factory=list)
    by_unit: dict[int, etree._Element] = field(default_factory=dict)  # id(unit) → its paragraph
    closing: list[etree._Element] = field(default_factory=list)
    annex_headings: list[etree._Element] = field(default_factory=list)
    section: etree._Element | None = None  # the body's w:sectPr
    tables: dict[int, list[etree._Element]] = field(default_factory=dict)  # id(table unit) → its caption and w:tbl

    def paragraph(self, unit: Unit) -> etree._Element:
        return self.by_unit[id(unit)]


class ExportMismatch(RuntimeError):
    """The Word export and the model disagree: a bug in one of them, never the user's input."""


def read_export(body: etree._Element, units: Units) -> Exported:
    out = Exported(section=body.find(W + "sectPr"))
    text_units = iter([u for top in units.preamble + units.operative for u in top.walk()])
    annex_units: list = []
    annex = -1
    started = False
    table: Unit | None = None  # the table whose caption or w:tbl was read, until the paragraph after it
    for element in body:
        if element.tag == W + "sectPr":
            continue
        style = style_of(element) if element.tag == W + "p" else ""
        if started and (style == _TABLE_TITLE or element.tag == W + "tbl" or (style == _TABLE_END and table)):
            source = text_units if annex < 0 else _Popper(annex_units)
            if table is None:
                table = _table_unit(source)
                out.tables[id(table)] = []
            if style == _TABLE_END:
                out.by_unit[id(table)] = element  # the table unit's own paragraph: empty, as its text
                table = None
            else:
                out.tables[id(table)].append(element)
            continue
        if not started and (style in _PROSE or style in (_CLOSING, _ANNEX_HEADING)):
            started = True
        if not started:
            out.front.append(element)
        elif style == _CLOSING:
            out.closing.append(element)
        elif style == _ANNEX_HEADING:
            annex += 1
            out.annex_headings.append(element)
            title, paragraphs = units.annexes[annex] if annex < len(units.annexes) else (None, [])
            annex_units = ([title] if title is not None else []) + [u for top in paragraphs for u in top.walk()]
            annex_units.reverse()
        elif annex < 0 and (style in _PROSE or style in _UNNUMBERED):
            _take(out, element, next(text_units, None))
        elif annex >= 0 and (style in _ANNEX or _is_subparagraph(style) or style == _ANNEX_TITLE):
            _take(out, element, annex_units.pop() if annex_units else None)
        else:
            raise ExportMismatch(f"unexpected paragraph style {style or '(none)'} in the text proper")
    if next(text_units, None) is not None or annex_units:
        raise ExportMismatch("the Word export has fewer paragraphs than the resolution")
    return out


class _Popper:
    """The annex units (kept reversed) read one by one, as ``next`` reads the text units."""

    def __init__(self, units: list):
        self.units = units

    def __next__(self):
        if not self.units:
            raise StopIteration
        return self.units.pop()


def _table_unit(source) -> Unit:
    """The next unit, which must be a table; its rows (its children, written inside the w:tbl) are passed over."""
    unit = next(source, None)
    if unit is None or not unit.table:
        raise ExportMismatch("a table in the Word export where the resolution has none")
    for _ in unit.children:
        next(source, None)
    return unit


def _take(out: Exported, element: etree._Element, unit: Unit | None) -> None:
    if unit is None:
        raise ExportMismatch("the Word export has more paragraphs than the resolution")
    out.by_unit[id(unit)] = element
