"""Read an amendment from a file: the draft it amends, its sponsors, title and instructions.

A document the importers read as an amendment gives its instruction paragraphs; any
other text (a PDF, a .txt, a .docx) is read from its marked-up text: the submission line
"…: amendment to draft resolution A/80/L.22", the title after it, then the instructions,
each followed by the paragraphs it quotes, up to the footnotes.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from ..importers.markup import parse_inline
from ..importers.masthead import _split_names as split_names
from ..lexicon import OPERATIVE, PREAMBLE, Lexicon
from ..model import (
    AMENDMENT,
    ITALIC,
    Anchor,
    Footnote,
    Inline,
    Mark,
    Paragraph,
    Resolution,
    Submission,
)
from ..numbering import subparagraph_label
from .document import AMENDS, instructions_of
from .instructions import (
    CLOSE,
    OPEN,
    Instruction,
    InstructionError,
    parse_instruction,
)

_NOTES = re.compile(r"^(?:_{5,}|\*+ |\[\^)")
_STARTS_INSTRUCTION = re.compile(
    r"^(?:\(?\d{1,3}[.)]\s+)?(?:In (?:the|operative)\b|(?:After|Before) (?:the|operative)\b"
    r"|Delete (?:the|operative)\b|Replace (?:the|operative|“)|Insert (?:a|the|one|two|three|four|five)\b"
    r"|Amend (?:the|operative)\b)")
_LABEL = re.compile(r"(\([a-z]{1,4}\)|[a-z]{1,4}\.)\s+")
_NOTE_LINE = re.compile(r"^(?P<mark>\*+|\d{1,3})\.?\s+(?P<text>\S.*)$")


@dataclass
class Amendment:
    base_symbol: str
    sponsors: list[str] = field(default_factory=list)
    title: str = ""
    instructions: list[Instruction] = field(default_factory=list)
    amends: str = "draft resolution"  # what the sponsor line says is amended: "draft decision", …


def read_amendment(path: str | Path) -> Amendment:
    from ..importers import load_document

    path = Path(path)
    failure: InputError | None = None
    try:
        res = load_document(path).resolution
    except InputError as exc:
        res, failure = None, exc
    if res is not None and res.kind == AMENDMENT and res.instructions:
        try:
            return Amendment(res.base_symbol, list(res.submission.sponsors), res.title.text,
                             instructions_of(res.instructions))
        except InstructionError as exc:
            raise InputError(path, f"not an instruction of an amendment: {exc}") from None
    text = _marked_text(path)
    if text is None:
        raise failure or InputError(path, "is not an amendment: it has no instructions")
    return amendment_from_text(text, path)


def _marked_text(path: Path) -> str | None:
    ext = path.suffix.lower()
    if ext == ".pdf":
        from ..importers.pdf import pdf_to_marked_text

        return pdf_to_marked_text(path)
    if ext == ".docx":
        from ..importers.docx_markup import to_markup
        from ..ooxml.document import read_document
        from ..ooxml.package import open_package

        return to_markup(read_document(open_package(path))).text
    if ext in (".txt", ".text", ".md"):
        from ..files import read_text

        return read_text(path)
    return None


def amendment_from_text(text: str, path: str | Path | None = None) -> Amendment:
    text = text.replace("\r\n", "\n")
    body_text, _, notes_text = text.partition("\n__________________")
    blocks = [" ".join(b.split()) for b in re.split(r"\n\s*\n", body_text)]
    blocks = [b for b in blocks if b]
    at = next((k for k, b in enumerate(blocks) if AMENDS.search(_plain(b))), None)
    if at is None:
        raise InputError(path, "is not an amendment: no line “…: amendment to draft resolution SYMBOL”")
    line = _plain(blocks[at])
    m = AMENDS.search(line)
    assert m is not None
    sponsors = split_names(line[:m.start()].rstrip(" :*")) if m.start() else []
    body = blocks[at + 1:]
    first_note = next((k for k, b in enumerate(body) if _NOTES.match(b)), len(body))
    notes = _notes(body[first_note:] + notes_text.splitlines())
    body = body[:first_note]
    title = _plain(body[0]) if body and not _STARTS_INSTRUCTION.match(_plain(body[0])) else ""
    groups = _group(body[1:] if title else body, notes)
    if not groups:
        raise InputError(path, "is an amendment without instructions")
    instructions = []
    for n, (sentence, quotes) in enumerate(groups, start=1):
        try:
            instructions.append(parse_instruction(sentence, quotes))
        except InstructionError as exc:
            raise InputError(path, f"instruction {n}: {exc}") from None
    return Amendment((m["base"] or "").rstrip(". "), [s for s in sponsors if s], title, instructions,
                     m["what"].lower())


def _plain(block: str) -> str:
    """A block without markup and footnote marks."""
    return parse_inline(block).text.strip()


def _notes(lines: list[str]) -> dict[str, Footnote]:
    """Footnote texts by their marks: "3. Resolution 70/1." and "* On behalf of …"."""
    out: dict[str, Footnote] = {}
    for line in lines:
        m = _NOTE_LINE.match(line.strip())
        if m:
            parsed = parse_inline(m["text"])
            out[m["mark"]] = Footnote(parsed.text, parsed.marks, symbol=m["mark"].startswith("*"))
    return out


def _group(blocks: list[str], notes: dict[str, Footnote]) -> list[tuple[str, list[Paragraph]]]:
    """Instruction sentences, each with the paragraphs it quotes (subparagraphs nested by their labels)."""
    out: list[tuple[str, list[Paragraph]]] = []
    for block in blocks:
        plain = _plain(block)
        quoting = bool(out) and out[-1][0].endswith(":")
        if quoting and (not out[-1][1] or not _STARTS_INSTRUCTION.match(plain)):
            _add_quote(out[-1][1], block, notes)
        else:
            out.append((plain, []))  # not an instruction: parsing says so, naming it
    return out


def _add_quote(quotes: list[Paragraph], block: str, notes: dict[str, Footnote]) -> None:
    """A quoted paragraph, or the subparagraph its label makes it, with its marks and notes."""
    parsed = parse_inline(block)
    text = parsed.text
    start, end = len(text) - len(text.lstrip()), len(text.rstrip())
    closing = len(text[:end].rstrip(".;"))
    if text[start:start + 1] == OPEN and text[closing - 1:closing] == CLOSE:  # “the paragraph quoted in marks”
        start, end = start + 1, closing - 1
    label = _LABEL.match(text, start)
    if label and quotes:
        start = label.end()
    paragraph = Paragraph(text[start:end],
                          [Mark(mk.start - start, min(mk.end, end) - start, mk.style) for mk in parsed.marks
                           if mk.start >= start and not _opening_italic(text, start, mk)],
                          [Anchor(a.offset - start, copy.deepcopy(notes[a.mark])) for a in parsed.anchors
                           if a.mark in notes and start <= a.offset <= end])
    if label and quotes:
        siblings, depth = quotes, 0
        chain = []
        while siblings:
            chain.append((siblings[-1], depth + 1))
            siblings, depth = siblings[-1].children, depth + 1
        for holder, d in reversed(chain):
            if label.group(1) == subparagraph_label(d, len(holder.children) + 1):
                holder.children.append(paragraph)
                return
    quotes.append(paragraph)


def _opening_italic(text: str, start: int, mark: Mark) -> bool:
    """The italic opening phrase of a printed paragraph ("*Welcomes*, in this regard"): derived, not kept."""
    if mark.start != start or mark.style != ITALIC:
        return False
    lexicon = Lexicon.default()
    found = lexicon.match(text[start:], OPERATIVE) or lexicon.match(text[start:], PREAMBLE)
    return found is not None and mark.end - start in (found.end, found.italic_end)



def amendment_resolution(amendment: Amendment) -> Resolution:
    """The amendment as a document (what the editor shows) from what was read of it."""
    from .document import instruction_paragraphs

    res = Resolution(kind=AMENDMENT, base_symbol=amendment.base_symbol)
    res.submission = Submission(list(amendment.sponsors), f"amendment to {amendment.amends} {amendment.base_symbol}")
    res.title = Inline(amendment.title)
    res.instructions = instruction_paragraphs(amendment.instructions)
    return res
