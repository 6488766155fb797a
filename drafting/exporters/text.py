"""Write a resolution as Markdown-like text, in the shape of the corpus texts (tests/corpus):
one element a paragraph, ``*italic*`` and ``**bold**``, ``[^N]`` footnote marks, and
footnote texts after a ``__________________`` line.  Reading it back gives the same model.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from .. import table_text
from ..errors import InputError
from ..files import write_atomic
from ..lexicon import OPERATIVE, PREAMBLE, Lexicon
from ..marked_text import render_inline, text_start
from ..model import (
    BOLD,
    ITALIC,
    Adoption,
    Anchor,
    Inline,
    Mark,
    Paragraph,
    Resolution,
    Section,
    Table,
    is_heading,
    walk,
)
from ..numbering import annex_numbers, operative_labels, subparagraph_labels
from ..outline import note_marks


def to_text(res: Resolution, lexicon: Lexicon | None = None, labelled: bool = False) -> str:
    """The text; ``labelled`` writes negotiators' labels (PP1, OP1) where the parts are not numbered,
    for a text whose paragraphs' openings would not tell a reader which part they belong to."""
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
        blocks.append(r(res.submission.printed()))
    adoption = res.adoption
    if adoption and adoption.statement:
        blocks.append(adoption.statement)
    if adoption and adoption.reference:
        blocks.append(f"[*{adoption.reference}*]")
    if res.title.text:
        number = f"{adoption.number}. " if adoption and adoption.number else ""
        blocks.append(r(Inline(number + res.title.text,
                               [Mark(m.start + len(number), m.end + len(number), m.style) for m in res.title.marks],
                               [Anchor(a.offset + len(number), a.note) for a in res.title.anchors]),
                        [Mark(0, len(number) + len(res.title.text), BOLD)]))
    for text in res.texts():
        blocks.extend(_text_blocks(res, text, r, whole, opening, labelled))
    if res.sections:
        blocks.extend(_closing(res.adoption))  # the document's closing lines stand after its last text
    for p in res.instructions:
        label = p.source.label if p.source and p.source.label else ""
        blocks.append((label + " " if label else "") + r(p))
        for quoted in p.children:  # the paragraphs an instruction quotes, with their subparagraphs
            blocks.append(r(quoted))
            blocks.extend(_subparagraphs(quoted, 1, r))
    # A note without text (its mark had none in the source) is left out: a bare "1." line would
    # read back as a paragraph, while a mark without its text reads back as this same empty note.
    notes = [(mark, body) for mark, note in res.footnotes() if (body := r(note)).strip()]
    if notes:
        blocks.append("__________________\n\n" + "\n".join(
            f"{mark}{'.' if not mark.startswith('*') else ''} {body}" for mark, body in notes))
    return "\n\n".join(blocks) + "\n"


def _text_blocks(res: Resolution, text: Resolution | Section, r, whole, opening, labelled: bool = False) -> list[str]:
    """One text of the document: its label and title, body line, preamble, operative part, closing lines, annexes."""
    blocks: list[str] = []
    first = text is res
    title = text.title if isinstance(text, Section) else res.section_title
    body = [r(text.authoring_body, whole(text.authoring_body, ITALIC))] if text.authoring_body.text else []
    heading = [text_start(text.label)] if text.label else []
    if title.text:
        heading.append(r(title, whole(title, BOLD)))
    blocks += body + heading if first and title.text else heading + body
    for i, p in enumerate(text.preamble):
        pp = f"PP{i + 1} " if labelled else ""
        if p.table is not None:
            blocks.append(_table(p.table, r))
            continue
        blocks.append(_heading(p, r, whole) if is_heading(p) else pp + r(p, opening(p.text, PREAMBLE)))
        blocks.extend(_subparagraphs(p, 1, r))
    for p, label in zip(text.operative, operative_labels(text.operative), strict=True):
        if is_heading(p) or p.table is not None:
            blocks.append(_heading(p, r, whole) if p.table is None else _table(p.table, r))
            continue
        label = label or ("OP1" if labelled else "")
        blocks.append((label + " " if label else "") + r(p, opening(p.text, OPERATIVE) if not p.style else []))
        blocks.extend(_subparagraphs(p, 1, r))
    if not (first and res.sections):
        blocks.extend(_closing(text.adoption))
    for annex in text.annexes:
        if annex.heading:
            blocks.append(annex.heading)
        if annex.title.text:
            blocks.append(r(annex.title, whole(annex.title, BOLD)))
        for p, number in zip(annex.paragraphs, annex_numbers(annex.paragraphs), strict=True):
            if p.table is not None:
                blocks.append(_table(p.table, r))
            elif number is not None:
                blocks.append(f"{number}. " + r(p))
            elif is_heading(p):
                blocks.append(_heading(p, r, whole))
            else:
                blocks.append(r(p))
            blocks.extend(_subparagraphs(p, 1, r))
    return blocks


def _closing(adoption: Adoption | None) -> list[str]:
    if not (adoption and adoption.meeting):
        return []
    return [f"*{adoption.meeting}*"] + ([f"*{adoption.date}*"] if adoption.date else [])


def _table(table: Table, r) -> str:
    """A table as pipe rows (``table_text``), its cells with their markup and footnote marks."""
    rows = [[r(cell) for cell in row] for row in table.rows]
    return "\n".join(table_text.format_table(r(table.title), rows, table.header_rows))


def _heading(p: Paragraph, r, whole) -> str:
    """A heading in bold, after the roman numeral or letter it was printed with ("II", "A.")."""
    label = p.source.label if p.source and p.source.label else ""
    return (label + " " if label else "") + r(p, whole(p, BOLD))


def _subparagraphs(parent: Paragraph, depth: int, r) -> list[str]:
    out = []
    for c, label in zip(parent.children, subparagraph_labels(depth, parent.children, parent.list_style), strict=True):
        out.append(f"{label} {r(c)}" if label else r(c))
        out.extend(_subparagraphs(c, depth + 1, r))
    return out


def save(res: Resolution, path: str | Path) -> None:
    """Write the text; when its paragraphs would not read back in their parts (openings that no
    list knows, no authoring body), with negotiators' labels.  A text that would not reopen even
    so, or would reopen without a text, an annex or paragraphs of a part, is refused with the
    reason, and nothing is written: an export must always reopen with every part."""
    text = to_text(res)
    if not reads_back(text, res):
        text = to_text(res, labelled=True)
        why = reopen_problem(text, res)
        if why:
            raise InputError(path, f"this resolution cannot be written as plain text that reopens ({why}); "
                                   "export it to .docx or .unres instead")
    write_atomic(path, text.encode("utf-8"))


def reopen_problem(text: str, res: Resolution) -> str:
    """Why opening ``text`` as a file would be refused or would lose parts of ``res`` ("" when neither)."""
    from ..importers.text import has_text, import_text

    try:
        back = import_text(text).resolution
    except InputError as exc:
        return exc.reason
    if not has_text(back):
        return "no preambular or operative paragraphs would be recognized"
    return lost_parts(res, back)


def lost_parts(res: Resolution, back: Resolution) -> str:
    """What ``back`` lost of the structure of ``res``: a text, an annex, or paragraphs of a part ("" when
    nothing); the paragraphs' words are not compared."""
    texts, reopened = res.texts(), back.texts()
    if len(texts) != len(reopened):
        return f"{len(reopened)} texts would reopen instead of {len(texts)}"
    for number, (text, again) in enumerate(zip(texts, reopened, strict=True), 1):
        which = f" of text {text.label or number}" if len(texts) > 1 else ""
        if len(text.annexes) != len(again.annexes):
            return f"{len(again.annexes)} annexes{which} would reopen instead of {len(text.annexes)}"
        parts = [("the preamble", text.preamble, again.preamble),
                 ("the operative part", text.operative, again.operative)]
        parts += [(annex.heading or f"annex {i}", annex.paragraphs, other.paragraphs)
                  for i, (annex, other) in enumerate(zip(text.annexes, again.annexes, strict=True), 1)]
        if text is res:
            parts.append(("the instructions", res.instructions, back.instructions))
        for name, before, after in parts:
            count, found = _count(before), _count(after)
            if count != found:
                paragraphs = "paragraph" if found == 1 else "paragraphs"
                return f"{name}{which} would reopen with {found} {paragraphs} instead of {count}"
    return ""


def _count(paragraphs: list[Paragraph]) -> int:
    return sum(1 for _ in walk(paragraphs, ()))


def reads_back(text: str, res: Resolution) -> bool:
    """Whether importing ``text`` finds the paragraphs of ``res`` in the same parts."""
    from ..importers.text import import_text

    try:
        back = import_text(text).resolution
    except InputError:
        return False
    return all([p.text for p in a] == [p.text for p in b]
               for a, b in ((res.preamble, back.preamble), (res.operative, back.operative),
                            (res.instructions, back.instructions))) \
        and (len(res.annexes), len(res.sections)) == (len(back.annexes), len(back.sections))
