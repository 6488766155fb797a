"""The text proper: instructions of an amendment, then each text (preamble, operative part,
closing lines, annexes), the texts after the first under their label and title.

Preambular and operative paragraphs carry their derived italic opening as the "Opening
Phrase" character style over exactly the lexicon's italic span; operative paragraphs and
subparagraphs (to any degree, under preambular paragraphs too) are numbered by Word
(numbering.py), never by typed labels.  Headings, quotes, boxes and notes are not numbered
and do not count: Word's numbering simply continues over them.  One function per construct.
"""

from __future__ import annotations

from lxml import etree

from ...lexicon import OPERATIVE, PREAMBLE, Lexicon
from ...model import (
    AMENDMENT,
    BOX,
    HEADING,
    NOTE,
    NUMBERED,
    QUOTE,
    SUBHEADING,
    Adoption,
    Annex,
    Inline,
    Paragraph,
    Resolution,
    Section,
    is_heading,
)
from ...numbering import counted
from . import styles as st
from .inlines import Reference, inline_runs
from .layout import Layout
from .masthead import body_line
from .numbering import Numbering, num_props
from .styles import styled
from .tables import table
from .wml import run

# Paragraph styles of the unnumbered kinds, in the preamble and operative part and in annexes.
_TEXT_STYLES = {HEADING: st.HEADING, SUBHEADING: st.SUBHEADING, QUOTE: st.QUOTE, BOX: st.BOX, NOTE: st.NOTE}
_ANNEX_STYLES = {HEADING: st.ANNEX_SUBHEADING, SUBHEADING: st.ANNEX_MINOR_HEADING, BOX: st.BOX, NOTE: st.NOTE,
                 QUOTE: st.QUOTE}

Text = Resolution | Section


class BodyWriter:
    def __init__(self, lexicon: Lexicon, numbering: Numbering, reference: Reference, lay: Layout | None = None):
        self.lay = lay or Layout()
        self.lexicon = lexicon
        self.numbering = numbering
        self.reference = reference

    def write(self, res: Resolution) -> list[etree._Element]:
        out: list[etree._Element] = []
        if res.kind == AMENDMENT or res.instructions:
            out += self._instructions(res.instructions)
        if res.label or res.section_title.text:
            out.append(self._section_heading(res.label, res.section_title))
        out += self._text(res, self.numbering.operative)
        for section in res.sections:
            out.append(self._section_heading(section.label, section.title))
            if section.authoring_body.text or section.authoring_body.anchors:
                out.append(body_line(section.authoring_body, self.reference))
            out += self._text(section, self.numbering.restarted_operative())
        return out

    # -- one text ----------------------------------------------------------------------

    def _text(self, text: Text, operative_list: int) -> list[etree._Element]:
        out = self._preamble(text.preamble)
        out += self._operative(text.operative, operative_list)
        out += self._closing_lines(text.adoption)
        for annex in text.annexes:
            out += self._annex(annex)
        return out

    def _preamble(self, paragraphs: list[Paragraph]) -> list[etree._Element]:
        out = []
        for p in paragraphs:
            if not counted(p):
                out += self._unnumbered_or_table(p, _TEXT_STYLES)
                continue
            out.append(self._opening_paragraph(st.PREAMBULAR, p, PREAMBLE))
            if p.children:  # preambular subparagraphs (a), (b), … start again under each paragraph
                out += self._subparagraphs(p.children, self.numbering.fresh_subparagraphs(), 1, p.list_style)
        return out

    def _operative(self, paragraphs: list[Paragraph], num_id: int) -> list[etree._Element]:
        numbered = sum(1 for p in paragraphs if counted(p)) > 1
        out = []
        for p in paragraphs:
            if not counted(p):
                out += self._unnumbered_or_table(p, _TEXT_STYLES)
                continue
            num = num_props(num_id, 0) if numbered else None
            out.append(self._opening_paragraph(st.OPERATIVE, p, OPERATIVE, num))
            out += self._subparagraphs(p.children, num_id, 1, p.list_style)
        return out

    def _subparagraphs(self, children: list[Paragraph], num_id: int, degree: int,
                       list_style: str = "") -> list[etree._Element]:
        """(a) → (i) → a. …: each degree one level of the list, so Word letters them and restarts them.

        A list labelled otherwise (``list_style`` of the paragraph above) has a list of its own style; the
        degrees under it go back to the usual letters, starting again.
        """
        if list_style and children:
            num_id = self.numbering.styled_subparagraphs(list_style, degree)
        out = []
        for c in children:
            if not counted(c):
                out.append(self._unnumbered(c, _TEXT_STYLES))
                continue
            out.append(styled(st.subparagraph_style(degree), inline_runs(c, self.reference),
                              props=[num_props(num_id, degree)]))
            under = self.numbering.fresh_subparagraphs(degree=degree + 1) if list_style and c.children else num_id
            out += self._subparagraphs(c.children, under, degree + 1, c.list_style)
        return out

    def _closing_lines(self, adoption: Adoption | None) -> list[etree._Element]:
        """The meeting ("55th (resumed) plenary meeting") and the date, as printed, at the right."""
        lines = (adoption.meeting, adoption.date) if adoption else ()
        return [styled(st.ADOPTION_MEETING, [run(line)]) for line in lines if line]

    # -- headings, quotes, boxes, notes ---------------------------------------------------

    def _unnumbered_or_table(self, p: Paragraph, styles: dict[str, str]) -> list[etree._Element]:
        return self._table(p) if p.table is not None else [self._unnumbered(p, styles)]

    def _table(self, p: Paragraph) -> list[etree._Element]:
        """A table in place (tables.py); an empty paragraph after it keeps it apart from a table that follows."""
        assert p.table is not None
        return table(p.table, self.lay, self.reference) + [styled(st.TABLE_TEXT, [])]

    def _unnumbered(self, p: Paragraph, styles: dict[str, str]) -> etree._Element:
        """A heading, quote, box or note: its own style, no number, nothing counted.

        A heading keeps the numeral or letter it was printed with ("II.", "A."), before a tab.
        """
        label = p.source.label if is_heading(p) and p.source and p.source.label else ""
        return styled(styles.get(p.style, st.QUOTE), ([run(label), run("\t")] if label else [])
                      + inline_runs(p, self.reference))

    def _section_heading(self, label: str, title: Inline) -> etree._Element:
        """"II" or "B" above a further text, with its title where it has one ("III\tConditions of service")."""
        runs = [run(label)] if label else []
        if title.text or title.anchors:
            runs += ([run("\t")] if label else []) + inline_runs(title, self.reference)
        return styled(st.SECTION_HEADING, runs)

    # -- amendments --------------------------------------------------------------------

    def _instructions(self, instructions: list[Paragraph]) -> list[etree._Element]:
        """Each instruction as printed, numbered by Word when the amendment numbers them; the
        paragraphs it quotes below it, in the quote style."""
        numbered = len(instructions) > 1 and any(p.source and p.source.label for p in instructions)
        num_id = self.numbering.restarted_operative()
        out = []
        for p in instructions:
            props = [num_props(num_id, 0)] if numbered else None
            out.append(styled(st.INSTRUCTION, inline_runs(p, self.reference), props=props))
            for quoted in p.children:  # a quoted paragraph, and its own subparagraphs lettered from (a)
                out.append(styled(st.QUOTE, inline_runs(quoted, self.reference)))
                if quoted.children:
                    out += self._subparagraphs(quoted.children, self.numbering.fresh_subparagraphs(), 1,
                                               quoted.list_style)
        return out

    # -- annexes -----------------------------------------------------------------------

    def _annex(self, annex: Annex) -> list[etree._Element]:
        out = [styled(st.ANNEX_HEADING, [run(annex.heading)])]
        if annex.title.text or annex.title.anchors:
            out.append(styled(st.ANNEX_TITLE, inline_runs(annex.title, self.reference)))
        num_id = self._annex_list(annex)
        for p in annex.paragraphs:
            if p.style == NUMBERED:
                if p.restart:
                    num_id = self._annex_list(annex)  # the source counts from 1 again here
                out.append(styled(st.ANNEX_NUMBERED, inline_runs(p, self.reference), props=[num_props(num_id, 0)]))
                out += self._subparagraphs(p.children, num_id, 1, p.list_style)
            elif p.table is not None:
                out += self._table(p)
            elif p.style in _ANNEX_STYLES:
                out.append(self._unnumbered(p, _ANNEX_STYLES))
                out += self._annex_children(p)
            else:
                out.append(styled(st.ANNEX_PARAGRAPH, inline_runs(p, self.reference)))
                out += self._annex_children(p)
        return out

    def _annex_list(self, annex: Annex) -> int:
        """Numbers at the column's edge under an "Annex" line (as all 97 such paragraphs of the official
        corpus stand); a text adopted in full without one (an outcome document printed after the
        resolution) is numbered as operative paragraphs are, one step in."""
        return self.numbering.annex() if annex.heading.strip() else self.numbering.restarted_operative()

    def _annex_children(self, p: Paragraph) -> list[etree._Element]:
        """Subparagraphs under an unnumbered annex paragraph: (a), (b), … from the start."""
        if not p.children:
            return []
        return self._subparagraphs(p.children, self.numbering.fresh_subparagraphs(), 1, p.list_style)

    def _opening_paragraph(self, style: str, p: Paragraph, part: str,
                           num: etree._Element | None = None) -> etree._Element:
        found = self.lexicon.match(p.text, part)
        span = None
        if found:
            start = len(p.text) - len(p.text.lstrip())
            span = (start, found.italic_end, st.style_id(st.OPENING_PHRASE))
        return styled(style, inline_runs(p, self.reference, styled=span), props=[num] if num is not None else None)
