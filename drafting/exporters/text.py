"""Write a resolution as Markdown-like text, in the shape of the corpus texts (tests/corpus):
one element a paragraph, ``*italic*`` and ``**bold**``, ``[^N]`` footnote marks, and
footnote texts after a ``__________________`` line.  Reading it back gives the same model.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ..files import write_atomic
from ..lexicon import OPERATIVE, PREAMBLE, Lexicon
from ..marked_text import render_inline
from ..model import BOLD, ITALIC, Anchor, Inline, Mark, Resolution
from ..numbering import label_for, subparagraph_label
from ..outline import note_marks


def to_text(res: Resolution, lexicon: Lexicon | None = None) -> str:
    lexicon = lexicon or Lexicon.default()
    marks_of = note_marks(res)
    m = res.masthead
    blocks: list[str] = []

    def r(inline: Inline, extra: Sequence[Mark] = ()) -> str:
        return render_inline(inline, marks_of, extra)

    def whole(inline: Inline, style: str) -> list[Mark]:
        return [Mark(0, len(inline.text), style)] if inline.text else []

    def opening(text: str, part: str) -> list[Mark]:
        found = lexicon.match(text, part)
        return [Mark(0, found.italic_end, ITALIC)] if found else []

    head = ["United Nations"] + [r(x) for x in (m.symbol, m.organ) if x.text]
    if m.distribution.text:
        head.append(f"Distr.: {m.distribution.text}")
    if m.date.text:
        head.append(r(m.date))
    if m.original.text:
        head.append(f"Original: {m.original.text}")
    blocks.append("\n".join(head))
    for field in (m.session, m.committee, m.place_and_dates, m.agenda_item):
        if field.text:
            blocks.append(r(field))
    if m.agenda_title.text:
        blocks.append(r(m.agenda_title, whole(m.agenda_title, BOLD)))
    if res.submission.kind or res.submission.sponsors:
        blocks.append(r(res.submission.inline()))
    adoption = res.adoption
    if adoption and adoption.statement:
        blocks.append(adoption.statement)
    if adoption and adoption.reference:
        blocks.append(f"[*{adoption.reference}*]")
    if res.title.text:
        prefix = f"{adoption.number}. " if adoption and adoption.number else ""
        blocks.append(r(Inline(prefix + res.title.text,
                               [Mark(m.start + len(prefix), m.end + len(prefix), m.style) for m in res.title.marks],
                               [Anchor(a.offset + len(prefix), a.note) for a in res.title.anchors]),
                        [Mark(0, len(prefix) + len(res.title.text), BOLD)]))
    if res.authoring_body.text:
        blocks.append(r(res.authoring_body, whole(res.authoring_body, ITALIC)))
    for p in res.instructions:  # an amendment: each instruction, then the paragraphs it quotes
        label = p.source.label if p.source and p.source.label else ""
        blocks.append((label + " " if label else "") + r(p))
        for quoted in p.children:
            blocks.append(r(quoted))
            blocks.extend(_subparagraphs(quoted.children, 1, r))
    for p in res.preamble:
        blocks.append(r(p, opening(p.text, PREAMBLE)))
    total = len(res.operative)
    for i, p in enumerate(res.operative):
        label = label_for((i,), total)
        blocks.append((label + " " if label else "") + r(p, opening(p.text, OPERATIVE)))
        blocks.extend(_subparagraphs(p.children, 1, r))
    if adoption and adoption.meeting:
        blocks.append(f"*{adoption.meeting}*")
        if adoption.date:
            blocks.append(f"*{adoption.date}*")
    for annex in res.annexes:
        blocks.append(annex.heading)
        if annex.title.text:
            blocks.append(r(annex.title, whole(annex.title, BOLD)))
        number = 0
        for p in annex.paragraphs:
            if p.style == "numbered":
                number += 1
                blocks.append(f"{number}. " + r(p))
            elif p.style == "heading":
                blocks.append(r(p, whole(p, BOLD)))
            else:
                blocks.append(r(p))
            blocks.extend(_subparagraphs(p.children, 1, r))
    notes = res.footnotes()
    if notes:
        blocks.append("__________________\n\n" + "\n".join(
            f"{mark}{'.' if not mark.startswith('*') else ''} {r(note)}" for mark, note in notes))
    return "\n\n".join(blocks) + "\n"


def _subparagraphs(children, depth, r) -> list[str]:
    out = []
    for i, c in enumerate(children):
        out.append(f"{subparagraph_label(depth, i + 1)} {r(c)}")
        out.extend(_subparagraphs(c.children, depth + 1, r))
    return out


def save(res: Resolution, path: str | Path) -> None:
    write_atomic(path, to_text(res).encode("utf-8"))
