"""Import a resolution from text as people paste it: from e-mails, Word, and PDFs.

Two shapes are known from real texts (../shared/corpus): hard-wrapped lines with
superscript footnote marks and footnote texts left where a page ended; and one element
a paragraph with ``[^N]`` marks and footnote texts after a ``____`` line.  The importer
recovers the anatomy (masthead, submission, title, body line, preamble, operative part
with subparagraphs, annexes, adoption lines) and reports what it cannot place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..digits import whole_number
from ..errors import ImportWarning
from ..lexicon import OPERATIVE, PREAMBLE, Lexicon
from ..model import (ITALIC, Adoption, Anchor, Annex, Footnote, Inline, Mark, Paragraph,
                     Resolution, Source, Submission, Unplaced)
from ..numbering import parse_letters, parse_roman
from . import masthead as mh
from .markup import SUPERSCRIPTS, Parsed, RawAnchor, parse_inline, superscript_to_digits


@dataclass
class Block:
    """Consecutive non-blank lines of the source, with the number of the first."""

    line: int
    lines: list[str]

    @property
    def raw(self) -> str:
        return join_lines(self.lines)


@dataclass
class ImportResult:
    resolution: Resolution
    warnings: list[ImportWarning] = field(default_factory=list)


_SEPARATOR = re.compile(r"^\s*_{5,}\s*$")
_NOTE_LINE = re.compile(r"^\s*(?:(?P<num>\d{1,3})\.\s+|(?P<sup>[" + SUPERSCRIPTS + r"]+)\s*|(?P<star>\*{1,3})\s+"
                        r"|(?P<starnum>\*\d{1,6})\s+)(?P<text>\S.*)$")
_LABEL = re.compile(
    r"^(?:(?P<num>\d{1,3})\.(?=\s)"                       # 1.
    r"|\((?P<sub>[a-z]{1,3}|[ivxlc]{1,6})\)(?=\s)"         # (a) (iv)
    r"|(?P<dot>[a-z]{1,2})\.(?=\s+[A-Z])"                 # a. (third degree)
    r"|(?P<neg>(?:PP|OP)\s?\d{1,3})\.?(?=\s)"              # PP3, OP 4 (negotiators' labels)
    r"|(?P<badnum>\d{1,3}\)|\(\d{1,3}\))(?=\s)"         # 1) (1)  (wrong forms, kept as evidence)
    r"|(?P<badsub>[a-z]{1,3}|[ivxlc]{1,6})\)(?=\s)"       # a) i)
    r"|(?P<bullet>[•▪◦·-])(?=\s))\s+")
_ANNEX = re.compile(r"^(?P<head>Annex(?:\s+[IVXLC]+)?)(?:\s*[:.–—-]?\s+(?P<rest>\S.*))?$")
_MEETING = re.compile(r"^(?P<meeting>\d+(?:st|nd|rd|th) (?:plenary )?meeting)$")
_BODY_LINE = re.compile(r"^(?:The|THE)\s+[A-Z][^.;:]{2,250}?,?$")
_TERMINAL = ",;:."


def join_lines(lines: list[str]) -> str:
    """Join hard-wrapped lines: a line ending in a hyphen joins without a space."""
    out = ""
    for line in (ln.strip() for ln in lines):
        if not out:
            out = line
        elif out.endswith("-") and not out.endswith(" -") and line[:1].islower():
            out += line  # "near-" + "universal"
        else:
            out += " " + line
    return out


def split_blocks(text: str) -> list[Block]:
    blocks: list[Block] = []
    current: Block | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            if current is None:
                current = Block(number, [])
                blocks.append(current)
            current.lines.append(line.rstrip())
        else:
            current = None
    return blocks


def import_text(text: str, lexicon: Lexicon | None = None) -> ImportResult:
    return _TextImporter(lexicon or Lexicon.default()).run(text)


class _TextImporter:
    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon
        self.res = Resolution()
        self.warnings: list[ImportWarning] = []
        self.notes: dict[str, tuple[int, Parsed]] = {}  # source mark -> (line, text)
        self.pending: list[tuple[int, RawAnchor, Inline]] = []  # anchors waiting for their texts

    # -- driver ---------------------------------------------------------------

    def run(self, text: str) -> ImportResult:
        text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\n")
        blocks = self._take_footnotes([b for block in split_blocks(text) for b in self._split_lines(block)])
        body_at = self._find_body_line(blocks)
        header, rest = blocks[:body_at], blocks[body_at:]
        if body_at < len(blocks) and self._is_body_line(blocks[body_at]):
            self.res.authoring_body = self._inline(blocks[body_at].raw, blocks[body_at].line, derived=ITALIC)
            rest = blocks[body_at + 1:]
        self._header(header)
        self._body(self._join_cut_paragraphs(rest))
        self._resolve_notes()
        mh.rebase_submission_anchors(self.res.submission)
        return ImportResult(self.res, self.warnings)

    def warn(self, line: int | None, message: str) -> None:
        self.warnings.append(ImportWarning(line, message))

    def unplaced(self, line: int, text: str, reason: str) -> None:
        self.res.unplaced.append(Unplaced(line, text, reason))
        self.warn(line, f"{reason}: {text[:80]}{'…' if len(text) > 80 else ''}")

    def _split_lines(self, block: Block) -> list[Block]:
        """Split a block where a line starts a new paragraph: pasted text often has no blank lines.

        A line starts a paragraph when it begins with a label ("2.", "(b)", "OP3"), or when the
        previous line ended a paragraph (, ; : .) and this one opens with a capitalized phrase.
        """
        starts = [0]
        for i in range(1, len(block.lines)):
            line = block.lines[i].strip()
            previous = parse_inline(block.lines[i - 1]).text.rstrip()
            if _LABEL.match(line) or (previous.endswith(tuple(_TERMINAL)) and line[:1].isupper()
                                      and self.lexicon.classify(parse_inline(line).text)[1] is not None):
                starts.append(i)
        return [Block(block.line + a, block.lines[a:b]) for a, b in zip(starts, starts[1:] + [len(block.lines)])]

    # -- footnote texts ------------------------------------------------------------

    def _take_footnotes(self, blocks: list[Block]) -> list[Block]:
        """Remove footnote texts wherever they stand and index them by their mark."""
        kept: list[Block] = []
        after_separator = False
        for block in blocks:
            if _SEPARATOR.match(block.lines[0]):
                after_separator = True
                block = Block(block.line + 1, block.lines[1:])
                if not block.lines:
                    continue
            notes = self._note_lines(block, numbered_ok=after_separator)
            if notes is None:
                kept.append(block)
                after_separator = False
                continue
            for line_no, mark, body in notes:
                if mark in self.notes:
                    self.warn(line_no, f"a second footnote text for mark {mark}; the first is kept")
                    self.res.unplaced.append(Unplaced(line_no, body, f"second text for footnote {mark}"))
                    continue
                self.notes[mark] = (line_no, parse_inline(body))
        return kept

    def _note_lines(self, block: Block, numbered_ok: bool) -> list[tuple[int, str, str]] | None:
        """The footnotes a block holds, or None when it is not a footnote block.

        "1. text" is a footnote only after a ____ separator; superscript and asterisk
        forms ("¹ text", "* text") are footnotes anywhere.
        """
        notes: list[tuple[int, str, str]] = []
        for offset, line in enumerate(block.lines):
            m = _NOTE_LINE.match(line)
            # "*4 text" (the fourth symbol note) is a footnote only after the separator, like "4. text"
            kind = m and ("num" if m.group("num") or m.group("starnum") else "sup" if m.group("sup") else "star")
            if m and (kind != "num" or numbered_ok):
                mark = m.group("num") or superscript_to_digits(m.group("sup") or "") or m.group("star") or \
                    m.group("starnum")
                notes.append((block.line + offset, mark, m.group("text").strip()))
            elif notes and not (numbered_ok and kind == "num"):
                # A continuation line of the previous footnote text.
                line_no, mark, body = notes[-1]
                notes[-1] = (line_no, mark, join_lines([body, line]))
            else:
                return None
        return notes

    # -- where the text proper starts -----------------------------------------------

    def _is_body_line(self, block: Block) -> bool:
        text = parse_inline(block.raw).text.strip()
        if not _BODY_LINE.match(text) or len(text.split()) > 40:
            return False
        return self.lexicon.classify(text)[0] is None

    def _opens_text(self, block: Block) -> bool:
        raw = block.raw
        if _LABEL.match(raw) and not _LABEL.match(raw).group("bullet"):
            return True
        text = parse_inline(raw).text
        part, opening = self.lexicon.classify(text)
        return opening is not None and opening.phrase.tier != "mun-only" and (
            text.rstrip().endswith((",", ";", ":", ".")) and len(text.split()) > len(opening.text.split()) + 2)

    def _find_body_line(self, blocks: list[Block]) -> int:
        """Index of the body line, or of the first paragraph when there is none."""
        for i, block in enumerate(blocks):
            if self._is_body_line(block) and i + 1 < len(blocks):
                return i
            if self._opens_text(block) and not mh.is_header_line(block.raw):
                return i
        return len(blocks)

    # -- masthead, submission, title ----------------------------------------------

    def _header(self, blocks: list[Block]) -> None:
        items = mh.header_items(blocks)
        leftovers = mh.assign(self.res, items, self._inline)
        for line, raw, reason in leftovers:
            self.unplaced(line, parse_inline(raw).text, reason)

    # -- preamble, operative part, annexes -------------------------------------------

    def _join_cut_paragraphs(self, blocks: list[Block]) -> list[Block]:
        """Join a paragraph cut by a page break or a footnote block with its continuation."""
        out: list[Block] = []
        for block in blocks:
            if out and self._continues(out[-1], block):
                out[-1] = Block(out[-1].line, out[-1].lines + block.lines)
            else:
                out.append(block)
        return out

    def _continues(self, prev: Block, block: Block) -> bool:
        first = block.raw.lstrip("*")
        if not first or _LABEL.match(block.raw) or _ANNEX.match(block.raw):
            return False
        if first[0].islower():
            return not self._lowercase_paragraph(prev, block)
        previous = parse_inline(prev.raw).text
        ending = previous.rstrip().rstrip("”’\"')]")
        if ending.endswith(tuple(_TERMINAL)) or not ending:
            return False
        if _ANNEX.match(prev.raw) or _MEETING.match(previous):
            return False
        # An unfinished sentence followed by a capitalized word that opens no paragraph.
        return not self._opens_text(block) and len(previous.split()) > 12

    def _lowercase_paragraph(self, prev: Block, block: Block) -> bool:
        """A paragraph whose opening was typed in lower case (“recalling …”), not the rest of a cut one.

        It follows a finished paragraph and opens with a listed phrase; the second half of a
        paragraph cut by a page break follows an unfinished sentence.
        """
        ending = parse_inline(prev.raw).text.rstrip()
        return ending.endswith(tuple(_TERMINAL)) and self.lexicon.classify(parse_inline(block.raw).text)[1] is not None

    def _body(self, blocks: list[Block]) -> None:
        annex: Annex | None = None
        seen_numbered = False
        stack: list[tuple[int, Paragraph]] = []  # (depth, paragraph) of the open operative tree
        for index, block in enumerate(blocks):
            raw = block.raw
            plain = parse_inline(raw).text.strip()
            if self._adoption_end(plain):
                continue
            annex_match = _ANNEX.match(plain)
            if annex_match and (annex is not None or self.res.operative or self.res.preamble):
                annex = Annex(heading=annex_match.group("head"))
                self.res.annexes.append(annex)
                if annex_match.group("rest"):
                    annex.title = self._inline(raw[raw.find(annex_match.group("rest")[:8]):], block.line)
                continue
            label_match = _LABEL.match(raw)
            label = label_match.group(0).strip() if label_match else None
            body_raw = raw[label_match.end():] if label_match else raw
            if annex is not None:
                self._annex_paragraph(annex, block, label, label_match, body_raw)
                continue
            depth = self._depth(label_match, stack)
            if depth == 0 and _is_number(label_match):
                seen_numbered = True
                para = self._paragraph(body_raw, block.line, OPERATIVE, label)
                self.res.operative.append(para)
                stack = [(0, para)]
            elif depth > 0:
                parent = next((p for d, p in reversed(stack) if d == depth - 1), None)
                para = self._paragraph(body_raw, block.line, None, label)
                if parent is None:
                    self.warn(block.line, f"subparagraph {label} has no paragraph to belong to; "
                                          "it is kept as an operative paragraph")
                    self.res.operative.append(para)
                    stack = [(0, para)]
                    continue
                parent.children.append(para)
                stack = [(d, p) for d, p in stack if d < depth] + [(depth, para)]
            else:
                part = _part_from_label(label_match) or self._part_of_unnumbered(body_raw, seen_numbered,
                                                                                  blocks[index + 1:])
                para = self._paragraph(body_raw, block.line, part, label)
                (self.res.operative if part == OPERATIVE else self.res.preamble).append(para)
                if part == OPERATIVE:
                    stack = [(0, para)]

    def _depth(self, label_match, stack) -> int:
        """0 for operative or preambular paragraphs, n for an n-th degree subparagraph."""
        if not label_match:
            return 0
        value = label_match.group("sub") or label_match.group("badsub")
        if value:
            last_first = next((p for d, p in reversed(stack) if d == 1), None)
            is_roman = parse_roman(value) is not None
            is_letter = parse_letters(value) is not None
            if is_roman and is_letter and last_first is not None:
                # (i) after (h) is a letter; (i) under a subparagraph that ends with ":" is a roman numeral.
                prev = (last_first.source.label if last_first.source else "") or ""
                prev_value = prev.strip("()")
                if parse_letters(prev_value) == parse_letters(value) - 1 and stack[-1][0] == 1 \
                        and not last_first.text.rstrip().endswith(":"):
                    return 1
                return 2
            if is_roman and not is_letter:
                return 2 if last_first is not None else 1
            return 1
        if label_match.group("dot"):
            return 3
        return 0

    def _part_of_unnumbered(self, raw: str, seen_numbered: bool, following: list[Block]) -> str:
        if seen_numbered:
            return OPERATIVE
        part, _ = self.lexicon.classify(parse_inline(raw).text)
        if part == OPERATIVE:
            later_numbered = False
            for b in following:
                if _ANNEX.match(parse_inline(b.raw).text.strip()):
                    break
                if _is_number(_LABEL.match(b.raw)):
                    later_numbered = True
                    break
            if not later_numbered:
                return OPERATIVE
        return PREAMBLE

    def _annex_paragraph(self, annex: Annex, block: Block, label, label_match, body_raw: str) -> None:
        if not annex.title.text and not label_match and not annex.paragraphs:
            annex.title = self._inline(block.raw, block.line)
            return
        para = self._inline(body_raw, block.line)
        paragraph = Paragraph(para.text, para.marks, para.anchors)
        if _is_number(label_match):
            paragraph.style = "numbered"
            paragraph.source = Source(label=label)
            annex.paragraphs.append(paragraph)
        elif label_match and (label_match.group("sub") or label_match.group("badsub")) and annex.paragraphs:
            paragraph.source = Source(label=label)
            annex.paragraphs[-1].children.append(paragraph)
        else:
            if label:
                paragraph.source = Source(label=label)
            annex.paragraphs.append(paragraph)

    def _adoption_end(self, plain: str) -> bool:
        """The meeting and date lines at the end of an adopted resolution."""
        m = _MEETING.match(plain)
        if m:
            self._adoption().meeting = m.group("meeting")
            return True
        adoption = self.res.adoption
        if adoption and adoption.meeting and not adoption.date and mh.DATE.fullmatch(plain):
            adoption.date = plain
            return True
        return False

    def _adoption(self) -> Adoption:
        if self.res.adoption is None:
            self.res.adoption = Adoption()
        return self.res.adoption

    # -- paragraphs and inline text ----------------------------------------------

    def _paragraph(self, raw: str, line: int, part: str | None, label: str | None) -> Paragraph:
        inline = self._inline(raw, line)
        para = Paragraph(inline.text, inline.marks, inline.anchors)
        source = Source(label=label) if label else None
        italic = next((m for m in para.marks if m.style == ITALIC and m.start == 0), None)
        if part and italic is not None:
            # The italic opening is derived: keep what the source set as evidence only.
            para.marks.remove(italic)
            source = source or Source()
            source.italic = para.text[:italic.end]
        para.source = source
        return para

    def _inline(self, raw: str, line: int, derived: str | None = None) -> Inline:
        """Parse markup; register footnote anchors; drop a mark the convention derives."""
        parsed = parse_inline(raw)
        text = parsed.text
        stripped = text.strip()
        lead = len(text) - len(text.lstrip())
        marks = [Mark(m.start - lead, m.end - lead, m.style) for m in parsed.marks
                 if m.end - lead > 0 and m.start - lead < len(stripped)]
        for m in marks:
            m.start, m.end = max(0, m.start), min(len(stripped), m.end)
        if derived:
            marks = [m for m in marks if not (m.style == derived and m.end - m.start >= len(stripped.rstrip(",")) - 1)]
        inline = Inline(stripped, marks, [])
        for raw_anchor in parsed.anchors:
            offset = min(max(0, raw_anchor.offset - lead), len(stripped))
            self.pending.append((line, RawAnchor(offset, raw_anchor.mark), inline))
        return inline

    def _resolve_notes(self) -> None:
        used: set[str] = set()
        for line, raw, inline in self.pending:
            found = self.notes.get(raw.mark)
            if found is None:
                self.warn(line, f"footnote mark {raw.mark} has no footnote text")
                note = Footnote("", symbol=raw.mark.startswith("*"))
            else:
                if raw.mark in used:
                    self.warn(line, f"footnote mark {raw.mark} is used twice; both point to the same text")
                used.add(raw.mark)
                parsed = found[1]
                note = Footnote(parsed.text.strip(), list(parsed.marks), symbol=raw.mark.startswith("*"))
            inline.anchors.append(Anchor(raw.offset, note))
        for mark, (line, parsed) in self.notes.items():
            if mark not in used:
                self.unplaced(line, parsed.text, f"footnote {mark} is never referred to in the text")
        _check_note_order(self)


def _is_number(label_match) -> bool:
    return bool(label_match and (label_match.group("num") or label_match.group("badnum")))


def _part_from_label(label_match) -> str | None:
    """PP3 is preambular and OP3 operative, whatever the paragraph's first word says."""
    neg = label_match.group("neg") if label_match else None
    if not neg:
        return None
    return PREAMBLE if neg.upper().startswith("PP") else OPERATIVE


def _check_note_order(importer: _TextImporter) -> None:
    """Warn when the source's footnote numbers do not run 1, 2, 3 … in reading order."""
    expected = 1
    for line, raw, _ in importer.pending:
        number = whole_number(raw.mark)
        if number is not None:
            if number != expected:
                importer.warn(line, f"footnote {raw.mark} stands where footnote {expected} was expected; "
                                    "marks are renumbered in order")
                expected = number
            expected += 1


def import_text_file(path) -> ImportResult:
    """Import a .txt or .md file; a file with no recognizable resolution is refused."""
    from ..errors import InputError
    from ..files import read_text

    text = read_text(path)
    if not text.strip():
        raise InputError(path, "the file holds no text")
    result = import_text(text)
    if not (result.resolution.preamble or result.resolution.operative or result.resolution.annexes):
        raise InputError(path, "no resolution found: no preambular or operative paragraphs could be recognized")
    return result
