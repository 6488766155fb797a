"""Which paragraph of a Word export stands for which unit of the resolution.

The Word exporter writes every element in its named style (the Word contract the
importer also reads): the front matter (masthead table, session block, adoption lines,
submission, title, body line), then "Preambular Paragraph", "Operative Paragraph" and
"Subparagraph …" in the model's order, the closing "UN Adoption Meeting" lines, and per
annex an "Annex Heading", its "Annex Title" and its paragraphs.  Walking the body with
the units in the same order pairs each paragraph with its unit.  A further text starts at its
"UN Section Heading" line (and its body line) and goes on as the first does.
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
_SECTION_HEADING, _BODY_LINE = "UNSectionHeading", "BodyLine"  # a further text's label line and body line
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
class ExportedText:
    """The elements of one text that pair by style: what opens it (the front matter of the first
    text: masthead table, session block, adoption lines, submission, title, body line; a further
    text's label line and body line), its closing lines and its annex headings."""

    opening: list[etree._Element] = field(default_factory=list)
    closing: list[etree._Element] = field(default_factory=list)
    annex_headings: list[etree._Element] = field(default_factory=list)


@dataclass
class Exported:
    texts: list[ExportedText] = field(default_factory=lambda: [ExportedText()])
    by_unit: dict[int, etree._Element] = field(default_factory=dict)  # id(unit) → its paragraph
    section: etree._Element | None = None  # the body's w:sectPr
    tables: dict[int, list[etree._Element]] = field(default_factory=dict)  # id(table unit) → its caption and w:tbl

    def paragraph(self, unit: Unit) -> etree._Element:
        return self.by_unit[id(unit)]


class ExportMismatch(RuntimeError):
    """The Word export and the model disagree: a bug in one of them, never the user's input."""


class _Cursor:
    """Where the walk stands: which text, and in it the text units or one annex's units still to pair."""

    def __init__(self, units: Units):
        self.texts = units.texts()
        self.text = -1
        self.next_text()

    def next_text(self) -> None:
        self.text += 1
        tops, _ = self.texts[self.text] if self.text < len(self.texts) else ([], [])
        self.text_units = iter([u for top in tops for u in top.walk()])
        self.annex = -1
        self.annex_units: list[Unit] = []

    def next_annex(self) -> None:
        self.annex += 1
        annexes = self.texts[self.text][1] if self.text < len(self.texts) else []
        title, paragraphs = annexes[self.annex] if self.annex < len(annexes) else (None, [])
        self.annex_units = ([title] if title is not None else []) + [u for top in paragraphs for u in top.walk()]
        self.annex_units.reverse()

    def source(self):
        return self.text_units if self.annex < 0 else _Popper(self.annex_units)

    def left_over(self) -> bool:
        return next(self.text_units, None) is not None or bool(self.annex_units)


def read_export(body: etree._Element, units: Units) -> Exported:
    out = Exported(section=body.find(W + "sectPr"))
    at = _Cursor(units)
    started = False
    table: Unit | None = None  # the table whose caption or w:tbl was read, until the paragraph after it
    # The first text's own label line ("A", "I") is a section heading too: the ones beyond the further
    # texts' count are its own, whatever follows them (a first text may have no paragraphs yet).
    own_headings = sum(1 for e in body if e.tag == W + "p" and style_of(e) == _SECTION_HEADING) - len(units.sections)
    for element in body:
        if element.tag == W + "sectPr":
            continue
        style = style_of(element) if element.tag == W + "p" else ""
        text = out.texts[-1]
        if style == _SECTION_HEADING and own_headings > 0:
            own_headings -= 1
            text.opening.append(element)
            continue
        if style == _SECTION_HEADING:
            if at.left_over():
                raise ExportMismatch("a further text starts before the paragraphs of the one above")
            at.next_text()
            out.texts.append(ExportedText(opening=[element]))
            started = True
            continue
        if started and (style == _TABLE_TITLE or element.tag == W + "tbl" or (style == _TABLE_END and table)):
            if table is None:
                table = _table_unit(at.source())
                out.tables[id(table)] = []
            if style == _TABLE_END:
                out.by_unit[id(table)] = element  # the table unit's own paragraph: empty, as its text
                table = None
            else:
                out.tables[id(table)].append(element)
            continue
        if not started and (style in _PROSE or style in (_CLOSING, _ANNEX_HEADING)):
            started = True
        if not started or (style == _BODY_LINE and at.annex < 0 and len(out.texts) > 1):
            text.opening.append(element)  # the front matter; a further text's body line
        elif style == _CLOSING:
            text.closing.append(element)
        elif style == _ANNEX_HEADING:
            at.next_annex()
            text.annex_headings.append(element)
        elif at.annex < 0 and (style in _PROSE or style in _UNNUMBERED):
            _take(out, element, next(at.text_units, None))
        elif at.annex >= 0 and (style in _ANNEX or _is_subparagraph(style) or style == _ANNEX_TITLE):
            _take(out, element, at.annex_units.pop() if at.annex_units else None)
        else:
            raise ExportMismatch(f"unexpected paragraph style {style or '(none)'} in the text proper")
    if at.left_over() or at.text < len(at.texts) - 1:
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
