"""Whether two texts say the same: wording, inline marks, footnotes and subparagraphs.

What an importer kept as evidence (typed labels) is not content, so it is not compared; nor is
the setting of a heading (no instruction names one).
"""

from __future__ import annotations

from ..model import Inline, Paragraph, Resolution
from ..numbering import counted


def inline_content(inline: Inline) -> tuple:
    marks = tuple(sorted((m.start, m.end, m.style) for m in inline.marks if m.end > m.start))
    notes = tuple(sorted((a.offset, inline_content(a.note), getattr(a.note, "symbol", False))
                         for a in inline.anchors))
    return inline.text, marks, notes


def paragraph_content(p: Paragraph) -> tuple:
    if not counted(p):  # a heading: its words count, not how an importer or exporter set them (bold, italic)
        return p.text, p.style
    return inline_content(p), p.style, tuple(paragraph_content(c) for c in p.children)


def paragraphs_content(paragraphs: list[Paragraph]) -> tuple:
    return tuple(paragraph_content(p) for p in paragraphs)


def text_content(res: Resolution) -> tuple:
    """What an amendment can change: the title, the preamble and the operative part."""
    return inline_content(res.title), paragraphs_content(res.preamble), paragraphs_content(res.operative)


def annexes_content(res: Resolution) -> tuple:
    return tuple((a.heading, inline_content(a.title), paragraphs_content(a.paragraphs)) for a in res.annexes)
