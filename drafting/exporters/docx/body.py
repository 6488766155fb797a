"""The text proper: preamble, operative part with subparagraphs, closing lines, annexes.

Preambular and operative paragraphs carry their derived italic opening as the "Opening
Phrase" character style over exactly the lexicon's italic span; operative paragraphs and
subparagraphs are numbered by Word (numbering.py), never by typed labels.
"""

from __future__ import annotations

from lxml import etree

from ...lexicon import OPERATIVE, PREAMBLE, Lexicon
from ...model import Annex, Paragraph, Resolution
from . import styles as st
from .inlines import Reference, inline_runs
from .numbering import Numbering, num_props
from .styles import styled
from .wml import run


class BodyWriter:
    def __init__(self, lexicon: Lexicon, numbering: Numbering, reference: Reference):
        self.lexicon = lexicon
        self.numbering = numbering
        self.reference = reference

    def write(self, res: Resolution) -> list[etree._Element]:
        out = [self._opening_paragraph(st.PREAMBULAR, p, PREAMBLE) for p in res.preamble]
        numbered = len(res.operative) > 1
        for p in res.operative:
            num = num_props(self.numbering.operative, 0) if numbered else None
            out.append(self._opening_paragraph(st.OPERATIVE, p, OPERATIVE, num))
            out.extend(self._subparagraphs(p.children, self.numbering.operative, 1))
        adoption = res.adoption
        for line in (adoption.meeting, adoption.date) if adoption else ():
            if line:
                out.append(styled(st.ADOPTION_MEETING, [run(line)]))
        for annex in res.annexes:
            out.extend(self._annex(annex))
        return out

    def _opening_paragraph(self, style: str, p: Paragraph, part: str,
                           num: etree._Element | None = None) -> etree._Element:
        found = self.lexicon.match(p.text, part)
        span = None
        if found:
            start = len(p.text) - len(p.text.lstrip())
            span = (start, found.italic_end, st.style_id(st.OPENING_PHRASE))
        return styled(style, inline_runs(p, self.reference, styled=span), props=[num] if num is not None else None)

    def _subparagraphs(self, children: list[Paragraph], num_id: int, degree: int) -> list[etree._Element]:
        out = []
        for c in children:
            out.append(styled(st.subparagraph_style(degree), inline_runs(c, self.reference),
                              props=[num_props(num_id, degree)]))
            out.extend(self._subparagraphs(c.children, num_id, degree + 1))
        return out

    def _annex(self, annex: Annex) -> list[etree._Element]:
        out = [styled(st.ANNEX_HEADING, [run(annex.heading)])]
        if annex.title.text or annex.title.anchors:
            out.append(styled(st.ANNEX_TITLE, inline_runs(annex.title, self.reference)))
        num_id = self.numbering.annex()
        for p in annex.paragraphs:
            if p.style == "numbered":
                out.append(styled(st.ANNEX_NUMBERED, inline_runs(p, self.reference), props=[num_props(num_id, 0)]))
                out.extend(self._subparagraphs(p.children, num_id, 1))
                continue
            style = st.ANNEX_SUBHEADING if p.style == "heading" else st.ANNEX_PARAGRAPH
            out.append(styled(style, inline_runs(p, self.reference)))
            if p.children:
                out.extend(self._subparagraphs(p.children, self.numbering.fresh_subparagraphs(), 1))
        return out

