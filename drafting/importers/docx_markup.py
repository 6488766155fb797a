"""A foreign Word draft as the marked-up text the text importer reads.

One Word paragraph becomes one block: the list label Word computes ("1.", "(a)") before
its text, italic and bold runs as ``*…*`` and ``**…**``, footnote references as
``[^N]`` with the footnote texts after a ``____`` line.  Footnotes typed by hand are
left in the shape the text importer already knows: superscript digits become Unicode
superscripts (so "¹ text" at the start of a paragraph is a footnote text, "…States,¹"
a mark), and "1 text" lines ending the document are put after a separator.

Tables and text boxes that carry masthead lines (the symbol, "Distr.: …") before the
numbered paragraphs are read as masthead lines, one line a paragraph, and so is the
first-page header where official UN Word files keep the masthead; other tables become
tables (``table_text``'s rows); text boxes are left over for the importer to report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from .. import table_text
from ..marked_text import render_inline
from ..model import BOLD, ITALIC, Anchor, Footnote, Inline, Mark
from ..ooxml.document import WordDocument, WordParagraph
from . import masthead as mh
from .docx_tables import grid, table_run
from .markup import SUPERSCRIPTS

TABLE_TITLE = "UN Table Title"  # the style of a table's caption, on the paragraph right above it

SEPARATOR = "__________________"
_TO_SUPERSCRIPT = str.maketrans("0123456789", SUPERSCRIPTS)
_TYPED_NOTE = re.compile(r"^(?:(?P<num>\d{1,3})[.)]?[ \t\u00a0]+|(?P<sup>[" + SUPERSCRIPTS + r"]+)\s*)(?P<text>\S.*)$",
                         re.S)
_SEPARATOR_LINE = re.compile(r"^(?:[\s_\-–—]*|(?:Foot|End)?[Nn]otes\s*:?)$", re.I)  # a rule, or "Notes" above them
_HEADER_ZONE = 15  # paragraphs at the top of the body that may hold the masthead


@dataclass
class Markup:
    text: str
    paragraph_of_line: dict[int, int] = field(default_factory=dict)  # line of ``text`` → Word paragraph
    underlines: list[tuple[str, list[tuple[int, int]]]] = field(default_factory=list)  # (plain text, spans)
    leftovers: list[WordParagraph] = field(default_factory=list)  # tables and text boxes not read as text


def to_markup(doc: WordDocument) -> Markup:
    """The document as marked-up text, with what maps its lines back to Word paragraphs."""
    out = Markup("")
    body = _readable(doc, out.leftovers)
    real_notes = any(p.refs for p in body)
    notes = _Notes(body)
    blocks: list[tuple[int, str]] = []
    i = 0
    while i < len(body):
        paragraph = body[i]
        if paragraph.cell is not None:
            end = table_run(body, i)
            caption = ""
            if i and body[i - 1].style == TABLE_TITLE and blocks and blocks[-1][0] == body[i - 1].number:
                caption = blocks.pop()[1]
            blocks.append((paragraph.number, _table(body[i:end], notes, caption)))
            i = end
            continue
        i += 1
        rendered = _render(paragraph, notes, typed_notes=not real_notes)
        if rendered.strip():
            blocks.append((paragraph.number, rendered))
        spans = paragraph.spans("underline")
        if spans:
            out.underlines.append((_plain(paragraph.text), spans))
    if not real_notes:
        blocks = _typed_notes_at_end(blocks)
    else:
        blocks.append((0, SEPARATOR))
        for mark, key in notes.order:
            paragraphs = (doc.footnotes if key[0] == "footnote" else doc.endnotes).get(key[1], [])
            text = " ".join(_render(p, _Notes([]), typed_notes=False).replace("\n", " ") for p in paragraphs).strip()
            if not text:
                continue  # a reference to a note that is missing or empty: the text importer says so
            line = f"{mark}{'' if mark.startswith('*') else '.'} {text}"
            blocks.append((paragraphs[0].number if paragraphs else 0, line))
            for p in paragraphs:
                if p.spans("underline"):
                    out.underlines.append((_plain(p.text), p.spans("underline")))
    out.text, out.paragraph_of_line = _join(blocks)
    return out


def _readable(doc: WordDocument, leftovers: list[WordParagraph]) -> list[WordParagraph]:
    """Body paragraphs in order; masthead tables and text boxes as lines; the rest left over."""
    first_numbered = next((i for i, p in enumerate(doc.paragraphs) if p.container == "body" and p.label), None)
    masthead_groups = set()
    for i, p in enumerate(doc.paragraphs):
        if p.container != "body" and (first_numbered is None or i < first_numbered) and _header_like(p.text):
            masthead_groups.add((p.container, p.group))
    out = []
    for p in doc.paragraphs:
        if (p.container, p.group) in masthead_groups:
            out.append(replace(p, cell=None))  # masthead cells are read as lines
        elif p.container == "body" or p.cell is not None:
            out.append(p)
        elif p.text.strip():
            leftovers.append(p)
    top = [p.text for p in out[:_HEADER_ZONE]]
    if doc.first_page_header and not any(mh.SYMBOL.match(t.strip()) for t in top) \
            and any(_header_like(p.text) for p in doc.first_page_header):
        out = [replace(p, number=0) for p in doc.first_page_header] + out  # no paragraph number of the body
    return out


def _header_like(text: str) -> bool:
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    return any(ln == "United Nations" or mh.SYMBOL.match(ln) or mh.is_header_line(ln) for ln in lines)


class _Notes:
    """Marks for real notes in reading order ("*", "**" for symbol notes, then 1, 2, …) and the
    stand-in Footnote each reference is rendered with."""

    def __init__(self, body: list[WordParagraph]):
        self.order: list[tuple[str, tuple[str, str]]] = []  # (mark, (kind, note id))
        self.stand_in: dict[tuple[str, str], Footnote] = {}
        self.mark_of: dict[int, str] = {}  # id(stand-in) → mark, as render_inline takes them
        stars = number = 0
        for ref in (ref for p in body for ref in p.refs):
            key = (ref.kind, ref.note_id)
            if key in self.stand_in:
                continue
            if ref.custom_mark is not None:
                stars += 1
                mark = ref.custom_mark if ref.custom_mark and set(ref.custom_mark) == {"*"} else "*" * stars
            else:
                number += 1
                mark = str(number)
            self.order.append((mark, key))
            self.stand_in[key] = Footnote()
            self.mark_of[id(self.stand_in[key])] = mark


def _render(p: WordParagraph, notes: _Notes, typed_notes: bool) -> str:
    """One paragraph as a block: label, text with *italic*/**bold** and note marks."""
    text = _superscripts(p) if typed_notes else p.text
    anchors = [Anchor(ref.offset, notes.stand_in[(ref.kind, ref.note_id)]) for ref in p.refs
               if (ref.kind, ref.note_id) in notes.stand_in]
    inline = Inline(text, [Mark(a, b, style) for style in (ITALIC, BOLD) for a, b in p.spans(style)], anchors)
    rendered = render_inline(inline, notes.mark_of, typed_marks=typed_notes)
    rendered = re.sub(r"\n\s*\n+", "\n", rendered.replace("\t", " ")).strip()
    label = p.label.strip() if p.label else ""
    return f"{label} {rendered}" if label and rendered else rendered


def _table(cells: list[WordParagraph], notes: _Notes, caption: str) -> str:
    """A table as the pipe rows of ``table_text``: each cell's paragraphs joined by a space."""
    rows, header_rows = grid(cells)
    text = [[" ".join(_render(p, notes, typed_notes=False).replace("\n", " ") for p in cell).strip() for cell in row]
            for row in rows]
    return "\n".join(table_text.format_table(caption, text, header_rows))


def _superscripts(p: WordParagraph) -> str:
    """Digits set in superscript become Unicode superscripts, the form of typed footnote marks."""
    text = p.text
    for a, b in p.spans("superscript"):
        piece = text[a:b]
        if any(ch.isdigit() for ch in piece) and all(ch.isdigit() or ch in ", " for ch in piece):
            text = text[:a] + piece.translate(_TO_SUPERSCRIPT) + text[b:]
    return text


def _typed_notes_at_end(blocks: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Footnote texts typed after the body ("1 Resolution 217 A (III).") go after a separator.

    They are recognised only as a run 1, 2, … N that ends the document, and only when the
    body carries superscript marks, so that numbered paragraphs are never taken for notes.
    """
    if not any(ch in SUPERSCRIPTS for _, b in blocks for ch in b):
        return blocks
    start, expected = len(blocks), None
    for i in range(len(blocks) - 1, -1, -1):
        m = _TYPED_NOTE.match(blocks[i][1])
        if not m:
            break
        number = int(m.group("num") or m.group("sup").translate(str.maketrans(SUPERSCRIPTS, "0123456789")))
        if expected is not None and number != expected:
            break
        start, expected = i, number - 1
        if number == 1:
            break
    if start == len(blocks) or expected != 0:
        return blocks
    marks_in_body = "".join(block[1:] for _, block in blocks[:start])
    if not all(str(n).translate(_TO_SUPERSCRIPT) in marks_in_body for n in range(1, len(blocks) - start + 1)):
        return blocks  # numbered paragraphs, not notes: the body never refers to them
    notes = []
    for line, block in blocks[start:]:
        m = _TYPED_NOTE.match(block)
        assert m is not None, "the blocks from ``start`` on were matched as notes above"
        typed = m.group("num") or m.group("sup").translate(str.maketrans(SUPERSCRIPTS, "0123456789"))
        notes.append((line, f"{typed}. {m.group('text').strip()}"))
    head = blocks[:start]
    while head and _SEPARATOR_LINE.match(head[-1][1].strip("*")):
        head.pop()
    return head + [(0, SEPARATOR)] + notes


def _join(blocks: list[tuple[int, str]]) -> tuple[str, dict[int, int]]:
    lines: dict[int, int] = {}
    parts, line = [], 1
    for number, block in blocks:
        for k in range(block.count("\n") + 1):
            lines[line + k] = number
        line += block.count("\n") + 2
        parts.append(block)
    return "\n\n".join(parts) + "\n", lines


def _plain(text: str) -> str:
    return text.replace("\t", " ")
