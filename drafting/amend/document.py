"""The amendment as a document, and its instructions read back from one.

An amendment carries the masthead of its draft (session, committee, agenda item), the
submission line "SPONSORS: amendment to draft resolution SYMBOL", the draft's title and
the instructions: each one a paragraph with its sentence, the paragraphs it quotes as
its children (style "quote"), numbered "1.", "2.", … when there are several.
"""

from __future__ import annotations

import copy
import re

from ..model import (
    AMENDMENT,
    DRAFT_DECISION,
    QUOTE,
    Inline,
    Masthead,
    Paragraph,
    Resolution,
    Source,
    Submission,
)
from .instructions import (
    Instruction,
    format_instruction,
    parse_instruction,
    quoted_paragraphs,
)

_FROM_BASE = ("organ", "session", "committee", "place_and_dates", "agenda_item", "agenda_title")
# "amendment to draft resolution A/80/L.22", "amendments to the revised draft decision A/C.3/80/L.5/Rev.1"
AMENDS = re.compile(r"\bamendments? to (?:the )?(?P<what>(?:revised )?draft (?:resolution|decision))"
                    r"(?:\s+(?P<base>\S.*?))?\s*$", re.IGNORECASE)


def amended_kind(base: Resolution) -> str:
    """What the submission line says is amended: "draft decision" for a decision, else "draft resolution"."""
    return "draft decision" if base.kind == DRAFT_DECISION else "draft resolution"


def base_symbol_of(base: Resolution) -> str:
    return " ".join(base.masthead.symbol.text.split())


def amendment_document(base: Resolution, instructions: list[Instruction], sponsors: list[str]) -> Resolution:
    """The amendment to ``base`` made of ``instructions``, tabled by ``sponsors``."""
    res = Resolution(kind=AMENDMENT)
    masthead = Masthead()
    for name in _FROM_BASE:
        setattr(masthead, name, copy.deepcopy(getattr(base.masthead, name)))
    masthead.distribution = Inline("Limited")
    masthead.original = copy.deepcopy(base.masthead.original) if base.masthead.original.text else Inline("English")
    res.masthead = masthead
    res.base_symbol = base_symbol_of(base)
    line = f"amendment to {amended_kind(base)}" + (f" {res.base_symbol}" if res.base_symbol else "")
    res.submission = Submission(sponsors=list(sponsors), kind=line)
    res.title = Inline(base.title.text, copy.deepcopy(base.title.marks))
    res.instructions = instruction_paragraphs(instructions)
    res.meta.style = base.meta.style
    return res


def instruction_paragraphs(instructions: list[Instruction]) -> list[Paragraph]:
    numbered = len(instructions) > 1
    out = []
    for n, ins in enumerate(instructions, start=1):
        quotes = [_quoted(p) for p in quoted_paragraphs(ins)]
        out.append(Paragraph(format_instruction(ins), children=quotes,
                             source=Source(label=f"{n}.") if numbered else None))
    return out


def _quoted(p: Paragraph) -> Paragraph:
    q = copy.deepcopy(p)
    q.style = QUOTE
    q.source = None
    return q


def _unquoted(p: Paragraph) -> Paragraph:
    q = copy.deepcopy(p)
    q.style = "" if q.style == QUOTE else q.style
    q.source = None
    return q


def instructions_of(paragraphs: list[Paragraph]) -> list[Instruction]:
    """The instructions of an amendment document's instruction paragraphs (InstructionError if one is not)."""
    return [parse_instruction(p.text, [_unquoted(c) for c in p.children]) for p in paragraphs]



def example_amendment(text: str, where: str) -> Resolution:
    """A one-instruction amendment around a rule example: ``text`` is the instruction (its quoted
    paragraphs after blank lines) or, with ``where`` "amendment", the sponsor line."""
    from ..importers.masthead import _split_names as split_names

    res = Resolution(kind=AMENDMENT, base_symbol="A/80/L.22")
    res.masthead.session.text, res.masthead.agenda_item.text = "Eightieth session", "Agenda item 75"
    res.title.text = "Oceans and the law of the sea"
    line = "Brazil: amendment to draft resolution A/80/L.22"
    instruction = "Delete operative paragraph 3."
    if where == "amendment":
        line = text
    else:
        instruction = text
    names, _, kind = line.rpartition(":")
    m = AMENDS.search(line)
    res.base_symbol = (m["base"] or "") if m else ""
    res.submission = Submission(split_names(names) if names else [], kind.strip(), source_line=line)
    sentence, *quotes = [b.strip() for b in instruction.split("\n\n") if b.strip()]
    res.instructions = [Paragraph(sentence, children=[Paragraph(q, style=QUOTE) for q in quotes])]
    return res
