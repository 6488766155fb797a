"""Import a resolution from text as people paste it: from e-mails, Word, and PDFs.

Two shapes are known from real texts (the official corpus): hard-wrapped lines with
superscript footnote marks and footnote texts left where a page ended; and one element
a paragraph with ``[^N]`` marks and footnote texts after a ``____`` line.  The importer
recovers the anatomy (masthead, submission, title, body line, preamble, operative part
with subparagraphs, annexes, adoption lines) and reports what it cannot place.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from .. import table_text
from ..digits import whole_number
from ..errors import ImportWarning, InputError
from ..lexicon import OPERATIVE, PREAMBLE, Lexicon
from ..limits import check_footnote_count
from ..marked_text import text_label
from ..model import (
    AMENDMENT,
    BULLET_LIST,
    DECISION,
    DRAFT_DECISION,
    DRAFT_RESOLUTION,
    HEADING,
    ITALIC,
    NOTE,
    NUMBER_LIST,
    NUMBERED,
    QUOTE,
    RESOLUTION,
    REVISED_DRAFT,
    ROMAN_LIST,
    SUBHEADING,
    TABLE,
    Adoption,
    Anchor,
    Annex,
    Footnote,
    Inline,
    Mark,
    Paragraph,
    Resolution,
    Section,
    Source,
    Table,
    Unplaced,
    walk,
)
from ..numbering import parse_letters, parse_roman
from ..ties import untie
from . import copied_pdf
from . import masthead as mh
from .markup import SUPERSCRIPTS, Parsed, RawAnchor, count_note_marks, parse_inline, superscript_to_digits


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
_THIRD_DEGREE = re.compile(_LABEL.pattern.replace(r"(?=\s+[A-Z])", r"(?=\s+\S)"))
_ANNEX = re.compile(r"^(?P<head>Annex(?:\s+[IVXLC]+)?)(?:\s*[:.–—-]?\s+(?P<rest>\S.*))?$")
# A roman-numbered title: "II Strategic heritage plan", "III. Programme budget" (a budget section or a heading).
_ROMAN_TITLE = re.compile(r"^(?P<label>[IVXL]{1,6}\.?)\s+(?P<title>[A-Z“\"(][^\n]*)$")
# An annex's lettered or numbered heading: "A. Scope", "1. General", "Part one".
_LETTER_HEADING = re.compile(r"^(?P<label>[A-Z]\.)\s+(?P<title>[A-Z“\"(].*)$")
_LONGEST_TITLE = 60  # words in a roman-numbered section title
_FIGURES = re.compile(r"^[\d\s.,:;%()+–—-]*$")  # a table cell's figures, a dash
_NOTE_OPENING = re.compile(r"^(?:Notes?|Abbreviations?|Sources?)\s*:")
_BODY_OPENING = re.compile(r"^(?:The|THE)\s+(?:General Assembly|Security Council|Economic and Social Council|"
                           r"Human Rights Council|Conference|Commission|Assembly|Council|Committee|Meeting)\b")
_BODY_LINE = re.compile(r"^(?:The|THE)\s+[A-Z][^.;:]{2,250}?,?$")
_TERMINAL = ",;:."


@functools.lru_cache(maxsize=4096)
def plain_text(raw: str) -> str:
    """The text of a marked-up line without its markup (memoized: blocks are read many times)."""
    return parse_inline(raw).text


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
    copied = copied_pdf.is_copied_pdf(text)  # a whole official text copied out of a PDF viewer, or a few pages
    result = _TextImporter(lexicon or Lexicon.default()).run(copied_pdf.tidy(text) if copied else text)
    if copied:
        result.resolution.masthead.job_number = copied_pdf.job_number(text)
    return result


class _TextImporter:
    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon
        self.res = Resolution()
        self.warnings: list[ImportWarning] = []
        self.notes: dict[str, tuple[int, Parsed]] = {}  # source mark -> (line, text)
        self.pending: list[tuple[int, RawAnchor, Inline]] = []  # anchors waiting for their texts
        self.ahead: dict[tuple[str, int], bool] = {}  # (question, blocks left) -> what the blocks ahead answer

    # -- driver ---------------------------------------------------------------

    def run(self, text: str) -> ImportResult:
        plain_text.cache_clear()  # one import's lines: memory stays bounded, timings stay honest
        text = untie(text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\n"))
        blocks = self._take_footnotes([b for block in split_blocks(text) for b in self._split_lines(block)])
        amendment_at = self._amendment_start(blocks)
        body_at = self._find_body_line(blocks) if amendment_at is None else amendment_at
        header, rest = blocks[:body_at], blocks[body_at:]
        if amendment_at is None and body_at < len(blocks) and self._is_body_line(blocks[body_at]):
            self.res.authoring_body = self._inline(blocks[body_at].raw, blocks[body_at].line, derived=ITALIC)
            rest = blocks[body_at + 1:]
            first_label = text_label(plain_text(header[-1].raw).strip()) if header else None
            if first_label:
                self.res.label = first_label
                header = header[:-1]
        other = mh.other_document([b.raw for b in header])
        self._header(header)
        if other and not self.res.submission.kind and self.res.adoption is None and not self.res.authoring_body.text:
            raise InputError(None, f"this is {other}, not a resolution: Resolute reads draft and adopted resolutions "
                                   "and decisions, and amendments to drafts")
        self.res.kind = document_kind(self.res)
        if self.res.kind == AMENDMENT:
            self.res.base_symbol = mh.base_symbol(self.res.submission.kind)
            self._instructions(self._join_cut_paragraphs(rest))
        else:
            self._body(self._join_cut_paragraphs(rest))
            set_list_styles(self.res)
        self._resolve_notes()
        mh.rebase_submission_anchors(self.res.submission)
        return ImportResult(self.res, self.warnings)

    def _amendment_start(self, blocks: list[Block]) -> int | None:
        """Where an amendment's text starts: after its submission line and the title that follows it."""
        for i, block in enumerate(blocks[:40]):
            if mh.is_amendment_line(plain_text(block.raw).strip()):
                nxt = blocks[i + 1] if i + 1 < len(blocks) else None
                if nxt is not None and not self._is_instruction(nxt.raw):
                    return i + 2
                return i + 1
        return None

    def _is_instruction(self, raw: str) -> bool:
        label = _LABEL.match(raw)
        return bool(mh.INSTRUCTION.match(plain_text(raw[label.end():] if label else raw).strip()))

    def _instructions(self, blocks: list[Block]) -> None:
        """An amendment's instructions as printed; the text an instruction quotes becomes its children."""
        for block in blocks:
            label_match = _LABEL.match(block.raw)
            body_raw = block.raw[label_match.end():] if label_match and _is_number(label_match) else block.raw
            last = self.res.instructions[-1] if self.res.instructions else None
            quoting = last is not None and (last.text.rstrip().endswith(":") or (last.children and not
                                                                                   self._is_instruction(block.raw)))
            if last is not None and quoting and not self._is_instruction(block.raw):
                para = self._paragraph(block.raw, block.line, None, None)
                para.style = QUOTE
                last.children.append(para)
                continue
            label = label_match.group(0).strip() if label_match and _is_number(label_match) else None
            self.res.instructions.append(self._paragraph(body_raw, block.line, None, label))

    def warn(self, line: int | None, message: str) -> None:
        self.warnings.append(ImportWarning(line, message))

    def unplaced(self, line: int, text: str, reason: str) -> None:
        self.res.unplaced.append(Unplaced(line, text, reason))
        self.warn(line, f"{reason}: {text[:80]}{'…' if len(text) > 80 else ''}")

    def _split_lines(self, block: Block) -> list[Block]:
        """Split a block where a line starts a new paragraph: pasted text often has no blank lines.

        A line starts a paragraph when it begins with a label ("2.", "(b)", "OP3"), or when the
        previous line ended a paragraph (, ; : .) and this one opens with a capitalized phrase.
        A table (``table_text``) stays whole.
        """
        if table_text.is_table(block.lines):
            return [block]
        starts = [0]
        for i in range(1, len(block.lines)):
            line = block.lines[i].strip()
            previous = plain_text(block.lines[i - 1]).rstrip()
            if _LABEL.match(line) or (previous.endswith(tuple(_TERMINAL)) and line[:1].isupper()
                                      and self._opens_paragraph(plain_text(line))):
                starts.append(i)
        ends = starts[1:] + [len(block.lines)]
        return [Block(block.line + a, block.lines[a:b]) for a, b in zip(starts, ends, strict=True)]

    def _opens_paragraph(self, line: str) -> bool:
        lexicon = self.lexicon
        return lexicon.classify(line)[1] is not None or lexicon.opens_like_a_preambular_paragraph(line)

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
        text = plain_text(block.raw).strip()
        if not _BODY_LINE.match(text) or len(text.split()) > 40:
            return False
        return self.lexicon.classify(text)[0] is None

    def _opens_text(self, block: Block) -> bool:
        raw = block.raw
        label = _LABEL.match(raw)
        if label and not label.group("bullet"):
            return True
        text = plain_text(raw)
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
            if _is_decision_text(plain_text(block.raw).strip()):
                return i
        return len(blocks)

    # -- masthead, submission, title ----------------------------------------------

    def _header(self, blocks: list[Block]) -> None:
        for block in [b for b in blocks if table_text.is_table(b.lines)]:  # no masthead field is a table
            self.unplaced(block.line, " ".join(plain_text(line) for line in block.lines), _HEADER_TABLE)
            self.warn(block.line, f"{_HEADER_TABLE}; its text is kept as unplaced text")
        blocks = [b for b in blocks if not table_text.is_table(b.lines)]
        items = mh.header_items(blocks)
        leftovers = mh.assign(self.res, items, self._inline)
        for line, raw, reason in leftovers:
            self.unplaced(line, plain_text(raw), reason)

    # -- preamble, operative part, annexes -------------------------------------------

    def _join_cut_paragraphs(self, blocks: list[Block]) -> list[Block]:
        """Join a paragraph cut by a page break or a footnote block with its continuation."""
        out: list[Block] = []
        for block in blocks:
            titled = len(out) > 1 and _titled(_introducing(out[:-1]), out[-1])
            if out and self._continues(out[-1], block) and not titled:
                out[-1] = Block(out[-1].line, out[-1].lines + block.lines)
            else:
                out.append(block)
        return out

    def _continues(self, prev: Block, block: Block) -> bool:
        if table_text.is_table(prev.lines) or table_text.is_table(block.lines):
            return False
        first = block.raw.lstrip("*")
        if not first or _LABEL.match(block.raw) or _ANNEX.match(block.raw):
            return False
        if first[0].islower():
            if _THIRD_DEGREE.match(block.raw) and _THIRD_DEGREE.match(prev.raw) and \
                    plain_text(prev.raw).rstrip().endswith(tuple(_TERMINAL)):
                return False  # "a. the rule of law;" after a labelled subparagraph
            return not self._lowercase_paragraph(prev, block)
        previous = plain_text(prev.raw)
        ending = previous.rstrip().rstrip("”’\"')]")
        if ending.endswith(tuple(_TERMINAL)) or not ending:
            return False
        if _ANNEX.match(prev.raw) or mh.MEETING.match(previous):
            return False
        # An unfinished sentence followed by a capitalized word that opens no paragraph.
        return not self._opens_text(block) and len(previous.split()) > 12

    def _lowercase_paragraph(self, prev: Block, block: Block) -> bool:
        """A paragraph whose opening was typed in lower case (“recalling …”), not the rest of a cut one.

        It follows a finished paragraph and opens with a listed phrase; the second half of a
        paragraph cut by a page break follows an unfinished sentence.
        """
        ending = plain_text(prev.raw).rstrip()
        return ending.endswith(tuple(_TERMINAL)) and self.lexicon.classify(plain_text(block.raw))[1] is not None

    def _body(self, blocks: list[Block]) -> None:
        state = _State(self.res)
        for index, block in enumerate(blocks):
            raw = block.raw
            plain = plain_text(raw).strip()
            following = blocks[index + 1:]
            if table_text.is_table(block.lines):
                self._table(state, block)
                continue
            after_table, state.after_table = state.after_table, False
            if after_table and _TABLE_NOTE.match(plain):
                note = self._inline(raw, block.line)
                target = state.annex.paragraphs if state.annex is not None else state.text.operative
                target.append(Paragraph(note.text, note.marks, note.anchors, style=NOTE))
                state.after_table = True
                continue
            if self._adoption_end(plain, state):
                continue
            annex_match = _ANNEX.match(plain)
            if annex_match and (state.annex is not None or state.text.operative or state.text.preamble):
                state.annex = Annex(heading=annex_match.group("head"))
                state.text.annexes.append(state.annex)
                state.stack = []
                if annex_match.group("rest"):
                    state.annex.title = self._inline(raw[raw.find(annex_match.group("rest")[:8]):], block.line)
                continue
            label_match = _LABEL.match(raw)
            if label_match is None and state.stack and state.stack[-1][0] >= 2:
                label_match = _THIRD_DEGREE.match(raw)  # "a. the rule of law;" under a second-degree one
            label = label_match.group(0).strip() if label_match else None
            body_raw = raw[label_match.end():] if label_match else raw
            next_text = text_label(plain) if state.annex is not None else None
            if next_text and following and self._is_body_line(following[0]):
                state.open_section(Section(label=next_text))
                continue
            headings, state.recent = state.recent, []
            if not label_match and self._figures(state, block, plain, headings):
                continue
            if state.annex is not None and state.in_table and not label_match and _short_cell(plain):
                self.res.unplaced[-1].text += " " + plain
                continue
            if state.annex is not None:
                state.in_table = False
                heading = self._annex_paragraph(state, block, label, label_match, body_raw, following)
                state.recent = headings + [(state.annex.paragraphs, heading)] if heading else []
                continue
            if not label_match and self._text_start(state, block, plain, following):
                continue
            if not label_match and self._quote(state, block, plain):
                continue
            if not label_match and _NOTE_OPENING.match(plain):
                note = self._inline(raw, block.line)
                state.text.operative.append(Paragraph(note.text, note.marks, note.anchors, style=NOTE))
                continue
            if _is_number(label_match) and self._numbered_child(state, block, label_match, label, body_raw):
                continue
            if label_match and label_match.group("bullet") and self._bullet(state, block, label, body_raw):
                continue
            if state.in_table and not label_match and _short_cell(plain):
                self.res.unplaced[-1].text += " " + plain
                continue
            state.in_table = False
            if not label_match and self._adopted_text(state) and _is_title_line(plain):
                state.annex = Annex(heading="", title=self._title_inline(raw, block.line))
                state.text.annexes.append(state.annex)
                state.stack = []
                continue
            if not label_match and _is_decision_text(plain) and not state.text.operative:
                state.text.operative.append(self._paragraph(raw, block.line, None, None))
                continue
            if not label_match and self._is_heading(plain, following):
                state.recent = headings + [self._heading(state, block, None, raw, following)]
                continue
            depth = self._depth(label_match, state.stack)
            if depth == 0 and _is_number(label_match):
                state.seen_numbered = True
                para = self._paragraph(body_raw, block.line, OPERATIVE, label)
                state.text.operative.append(para)
                state.stack = [(0, para)]
            elif depth > 0:
                parent = next((p for d, p in reversed(state.stack) if d == depth - 1), None)
                para = self._paragraph(body_raw, block.line, None, label)
                if parent is None:
                    self.warn(block.line, f"subparagraph {label} has no paragraph to belong to; "
                                          "it is kept as an operative paragraph")
                    state.text.operative.append(para)
                    state.stack = [(0, para)]
                    continue
                parent.children.append(para)
                state.stack = [(d, p) for d, p in state.stack if d < depth] + [(depth, para)]
            elif self._continues_subparagraph(state, label_match, following):
                _extend(state.stack[-1][1], self._inline(raw, block.line))
            else:
                part = _part_from_label(label_match) or self._part_of_unnumbered(body_raw, state.seen_numbered,
                                                                                  following)
                para = self._paragraph(body_raw, block.line, part, label)
                (state.text.operative if part == OPERATIVE else state.text.preamble).append(para)
                state.stack = [(0, para)]

    def _table(self, state: _State, block: Block) -> None:
        """A table block: in place in the annex or the operative part (the preamble before any)."""
        caption, rows, header_rows = table_text.parse(block.lines)
        table = Table([[self._inline(cell, block.line) for cell in row] for row in rows], header_rows,
                      self._inline(caption, block.line))
        paragraph = Paragraph(style=TABLE, table=table)
        if state.annex is not None:
            state.annex.paragraphs.append(paragraph)
        elif state.text.operative or not state.text.preamble:
            state.text.operative.append(paragraph)
        else:
            state.text.preamble.append(paragraph)
        state.stack, state.recent, state.in_table, state.after_table = [], [], False, True

    # -- several texts, headings ---------------------------------------------------

    def _text_start(self, state: _State, block: Block, plain: str, following: list[Block]) -> bool:
        """A line that opens a further text ("B", "Resolution II", "III Title") or names the first one."""
        section = state.text if isinstance(state.text, Section) else None
        if section is not None and not section.authoring_body.text and not _has_paragraphs(section):
            if self._is_body_line(block):
                section.authoring_body = self._inline(block.raw, block.line, derived=ITALIC)
                return True
            if not section.title.text and self._is_title(block, following):
                section.title = self._title_inline(block.raw, block.line)
                return True
        if section is None and self.res.label and not self.res.section_title.text and \
                not _has_paragraphs(self.res) and self._is_title(block, following):
            self.res.section_title = self._title_inline(block.raw, block.line)
            return True
        opened = text_label(plain)
        if opened:
            if state.text is self.res and not _has_paragraphs(self.res) and not self.res.label:
                self.res.label = opened
            else:
                state.open_section(Section(label=opened))
            return True
        titled = _ROMAN_TITLE.match(plain) or _LETTER_HEADING.match(plain)
        if titled is None and not self._is_heading(plain, following):
            return False
        if len(plain.split()) > _LONGEST_TITLE or plain.rstrip().endswith((";", ",", ":", ".")):
            return False
        first = state.text is self.res and not _has_paragraphs(self.res) and not self.res.label
        if titled is None or not (first and _ROMAN_TITLE.match(plain) or self._opens_section(state, following)):
            return False
        title = self._title_inline(_from_title(block.raw, titled.group("title")), block.line) \
            if titled else self._title_inline(block.raw, block.line)
        label = titled.group("label") if titled else ""
        if first:
            self.res.label, self.res.section_title = label, title
        else:
            state.open_section(Section(label=label, title=title))
        return True

    def _is_title(self, block: Block, following: list[Block]) -> bool:
        """The line after a text's label: its title when a heading-like line stands there."""
        plain = plain_text(block.raw).strip()
        return bool(following) and not text_label(plain) and not _ROMAN_TITLE.match(plain) and \
            self._is_heading(plain, following, titled=True) and not _LABEL.match(block.raw)

    def _opens_section(self, state: _State, following: list[Block]) -> bool:
        """A title opens a further text when what follows would otherwise break the order of the parts.

        That is when the current text already has operative paragraphs and a preamble follows,
        or the operative numbers start again at 1, or one unnumbered operative paragraph follows.
        """
        if not state.text.operative:
            return False
        for block in following[:3]:
            label = _LABEL.match(block.raw)
            plain = plain_text(block.raw).strip()
            if label is None and self._is_heading(plain, []):
                continue
            if label is None:
                return self.lexicon.classify(plain_text(block.raw))[0] in (PREAMBLE, OPERATIVE)
            return label.group("num") == "1"
        return False

    def _is_heading(self, plain: str, following: list[Block], titled: bool = False) -> bool:
        """A short line without closing punctuation that names what follows: "Travel ban", "I Calendar …";
        ``titled``: the line after a text's label, which may be as long as a roman-numbered title."""
        longest = _LONGEST_TITLE if titled or _ROMAN_TITLE.match(plain) else 25
        if not plain or plain.endswith((",", ";", ":", ".")) or len(plain.split()) > longest:
            return False
        if not (plain[0].isupper() or plain[0].isdigit() or plain[0] in "“\"("):
            return False
        if mh.MEETING.match(plain) or mh.DATE.fullmatch(plain) or _BODY_LINE.match(plain):
            return False
        if self.lexicon.classify(plain)[1] is not None:
            return False  # it opens as a paragraph does ("Recalling …" without its comma): a paragraph
        return following is not None

    def _heading(self, state: _State, block: Block, label: str | None, raw: str,
                 following: list[Block]) -> tuple[list[Paragraph], Paragraph]:
        plain = plain_text(raw).strip()
        roman = _ROMAN_TITLE.match(plain)
        heading_raw = raw
        if roman and label is None:
            label = roman.group("label")
            heading_raw = _from_title(raw, roman.group("title"))
        inline = self._title_inline(heading_raw, block.line)
        para = Paragraph(inline.text, inline.marks, inline.anchors, style=HEADING,
                         source=Source(label=label) if label else None)
        target = state.text.operative if state.text.operative or state.seen_numbered or \
            self._operative_follows(following) else state.text.preamble
        target.append(para)
        state.stack = []
        return target, para

    def _operative_follows(self, following: list[Block]) -> bool:
        for block in following[:4]:
            label = _LABEL.match(block.raw)
            if label is not None:
                return _is_number(label) or bool(label.group("neg") and label.group("neg").upper().startswith("OP"))
            plain = plain_text(block.raw).strip()
            if not self._is_heading(plain, []):
                return self.lexicon.classify(plain)[0] == OPERATIVE
        return False

    def _figures(self, state: _State, block: Block, plain: str,
                 headings: list[tuple[list[Paragraph], Paragraph]]) -> bool:
        """A table's figures (cells read one by one): kept together as unplaced text, with one warning.

        Two or more headings just before the first figures were its header cells: they join it.
        """
        if not plain or not _FIGURES.match(plain):
            return False
        if state.in_table:
            self.res.unplaced[-1].text += " " + plain
            return True
        cells = headings if len(headings) >= 2 else []
        for target, para in cells:
            target.remove(para)
        self.unplaced(block.line, " ".join([p.text for _, p in cells] + [plain]), _TABLE)
        state.in_table = True
        return True

    def _adopted_text(self, state: _State) -> bool:
        """Whether the operative part ends by adopting a text that follows in full ("Adopts the following …:")."""
        last = state.text.operative[-1] if state.text.operative else None
        return last is not None and not last.children and last.text.rstrip().endswith(":") and \
            bool(mh.ADOPTS_FOLLOWING.search(last.text))

    def _bullet(self, state: _State, block: Block, label: str | None, body_raw: str) -> bool:
        """A bulleted item under the paragraph that introduces the list: its subparagraph."""
        if not state.stack:
            return False
        top = state.stack[0][1]
        if not (top.text.rstrip().endswith(":") or top.children):
            return False
        top.children.append(self._paragraph(body_raw, block.line, None, label))
        state.stack = [state.stack[0], (1, top.children[-1])]
        return True

    def _quote(self, state: _State, block: Block, plain: str) -> bool:
        """Quoted text under a paragraph that introduces it ("… to read as follows:"): the paragraph's child."""
        if not state.stack or not plain.startswith(("“", "\"", "‘")):
            return False
        parent = state.stack[0][1]
        ends_intro = parent.text.rstrip().endswith(":")
        follows_quote = bool(parent.children) and parent.children[-1].style == QUOTE
        if not (ends_intro or follows_quote):
            return False
        para = self._paragraph(block.raw, block.line, None, None)
        para.style = QUOTE
        parent.children.append(para)
        state.stack = [state.stack[0]]
        return True

    def _numbered_child(self, state: _State, block: Block, label_match, label: str | None, body_raw: str) -> bool:
        """A list numbered 1., 2., … under a paragraph that ends with ":" (Security Council style)."""
        if not state.stack:
            return False
        top = state.stack[0][1]
        number = int(label_match.group("num") or 0)
        labels = [c.source.label for c in top.children if c.source and c.source.label and c.source.label[:1].isdigit()]
        last = int(labels[-1].rstrip(".")) if labels and labels[-1].rstrip(".").isdigit() else 0
        top_number = top.source.label.rstrip(".") if top.source and top.source.label else ""
        continues = bool(labels) and number == last + 1 and top_number.isdigit()
        if continues and number == int(top_number) + 1:
            # Either the list's next item or the next operative paragraph: an operative opening decides.
            continues = self.lexicon.classify(plain_text(body_raw))[0] != OPERATIVE
        if not ((number == 1 and top.text.rstrip().endswith(":") and top_number != "") or continues):
            return False
        para = self._paragraph(body_raw, block.line, None, label)
        top.children.append(para)
        state.stack = [state.stack[0], (1, para)]
        return True

    def _continues_subparagraph(self, state: _State, label_match, following: list[Block]) -> bool:
        """An unlabelled paragraph between a subparagraph ending in ":" and its own subparagraphs."""
        if label_match or not state.stack or state.stack[-1][0] < 1:
            return False
        if not state.stack[-1][1].text.rstrip().endswith(":") or not following:
            return False
        nxt = _LABEL.match(following[0].raw)
        return bool(nxt and (nxt.group("sub") or nxt.group("badsub")))

    def _title_inline(self, raw: str, line: int) -> Inline:
        """A heading's text: bold or italic over the whole of it is its style's, not a mark."""
        inline = self._inline(raw, line, derived="bold")
        inline.marks = [m for m in inline.marks if not (m.start == 0 and m.end >= len(inline.text) - 1)]
        return inline

    # -- subparagraph degrees ---------------------------------------------------------

    def _depth(self, label_match, stack) -> int:
        """0 for operative or preambular paragraphs, n for an n-th degree subparagraph."""
        if not label_match:
            return 0
        value = label_match.group("sub") or label_match.group("badsub")
        if value:
            return _sub_depth(value, stack)
        if label_match.group("dot"):
            return 3
        return 0

    def _part_of_unnumbered(self, raw: str, seen_numbered: bool, following: list[Block]) -> str:
        if seen_numbered:
            return OPERATIVE
        part, _ = self.lexicon.classify(plain_text(raw))
        if part == OPERATIVE and mh.ADOPTS_FOLLOWING.match(plain_text(raw).strip()):
            return OPERATIVE  # it adopts the text that follows, whatever that text numbers
        if part == OPERATIVE and not self._numbered_later(following) and not self._in_preamble_run(raw, following):
            return OPERATIVE
        return PREAMBLE

    def _numbered_later(self, following: list[Block]) -> bool:
        """Whether a numbered paragraph follows before a heading or an annex."""
        key = ("before heading", len(following))
        if key not in self.ahead:
            self.ahead[key] = self._scan_numbered(following, stop_at_heading=True)
        return self.ahead[key]

    def _numbered_after(self, following: list[Block]) -> bool:
        """Whether the operative part that follows is numbered: a numbered paragraph comes before an annex."""
        key = ("before annex", len(following))
        if key not in self.ahead:
            self.ahead[key] = self._scan_numbered(following, stop_at_heading=False)
        return self.ahead[key]

    def _scan_numbered(self, following: list[Block], stop_at_heading: bool) -> bool:
        for b in following:
            plain = plain_text(b.raw).strip()
            if _ANNEX.match(plain) or (stop_at_heading and not _LABEL.match(b.raw) and self._is_heading(plain, [])):
                return False
            if _is_number(_LABEL.match(b.raw)):
                return True
        return False

    def _in_preamble_run(self, raw: str, following: list[Block]) -> bool:
        """An unnumbered paragraph with a comma ending, before more preambular paragraphs or a numbered operative
        part (headings may stand between), is a preambular paragraph whatever verb opens it ("Recalls …,")."""
        if not plain_text(raw).rstrip().endswith(","):
            return False
        for b in following:
            plain = plain_text(b.raw).strip()
            label = _LABEL.match(b.raw)
            if label is None and self._is_heading(plain, []):
                continue
            if label is not None:
                return _is_number(label)
            if self.lexicon.classify(plain)[0] != PREAMBLE:
                return False
            return self._numbered_after(following)
        return False

    # -- annexes -------------------------------------------------------------------------

    def _annex_paragraph(self, state: _State, block: Block, label, label_match, body_raw: str,
                         following: list[Block]) -> Paragraph | None:
        """Place one annex paragraph; the heading it made, if it is one."""
        annex = state.annex
        assert annex is not None
        plain = plain_text(block.raw).strip()
        if not annex.title.text and not label_match and not annex.paragraphs:
            annex.title = self._inline(block.raw, block.line)
            return None
        heading = self._annex_heading(annex, plain, label_match)
        if heading is not None:
            style, heading_label, title_raw = heading
            inline = self._title_inline(title_raw, block.line)
            para = Paragraph(inline.text, inline.marks, inline.anchors, style=style,
                             source=Source(label=heading_label) if heading_label else None)
            annex.paragraphs.append(para)
            state.stack = []
            return para
        inline = self._inline(body_raw, block.line)
        paragraph = Paragraph(inline.text, inline.marks, inline.anchors)
        if label:
            paragraph.source = Source(label=label)
        depth = self._depth(label_match, state.stack) if label_match and not _is_number(label_match) else 0
        if _is_number(label_match):
            paragraph.style = NUMBERED
            number = label_match.group("num")
            paragraph.restart = number == "1" and any(p.style == NUMBERED for p in annex.paragraphs)
            annex.paragraphs.append(paragraph)
            state.stack = [(0, paragraph)]
        elif depth > 0 and any(d == depth - 1 for d, _ in state.stack):
            parent = next(p for d, p in reversed(state.stack) if d == depth - 1)
            parent.children.append(paragraph)
            state.stack = [(d, p) for d, p in state.stack if d < depth] + [(depth, paragraph)]
        else:
            if _NOTE_OPENING.match(plain):
                paragraph.style = NOTE
            annex.paragraphs.append(paragraph)
            state.stack = [(0, paragraph)]
        return None

    def _annex_heading(self, annex: Annex, plain: str, label_match) -> tuple[str, str | None, str] | None:
        """(style, label, text) when an annex line is a heading: "I. Scope", "A. Purpose", "General provisions"."""
        if label_match and not label_match.group("dot"):
            return None
        if plain.endswith((",", ";", ":", ".")) or len(plain.split()) > 25:
            return None
        has_heading = any(p.style == HEADING for p in annex.paragraphs)
        for pattern, style in ((_ROMAN_TITLE, HEADING), (_LETTER_HEADING, SUBHEADING if has_heading else HEADING)):
            m = pattern.match(plain)
            if m:
                return style, m.group("label"), m.group("title")
        if label_match is None and self._is_heading(plain, []):
            return (SUBHEADING if has_heading else HEADING), None, plain
        return None

    # -- closing lines --------------------------------------------------------------------

    def _adoption_end(self, plain: str, state: _State | None = None) -> bool:
        """The meeting and date lines at the end of an adopted text (of each text of several)."""
        text = state.text if state is not None else self.res
        m = mh.MEETING.match(plain)
        if m:
            closing = _closing(text, self.res)
            closing.meeting = m.group("meeting")
            if state is not None:
                state.closing = closing
            return True
        current = state.closing if state is not None else text.adoption
        if current and current.meeting and not current.date and (mh.DATE.fullmatch(plain) or
                                                                  mh.LOOSE_DATE.match(plain)):
            current.date = plain
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


def has_text(res: Resolution) -> bool:
    """Whether an import found any text proper: paragraphs (a table alone is none), annexes or an amendment's
    instructions."""
    paragraphs = any(p.table is None for p in res.preamble + res.operative)
    return bool(paragraphs or res.annexes or res.instructions or res.sections)


def import_text_at(text: str, path) -> ImportResult:
    """``import_text`` for the file at ``path``: a refusal names the file."""
    try:
        return import_text(text)
    except InputError as exc:
        raise InputError(path, exc.reason) from None


def import_text_file(path) -> ImportResult:
    """Import a .txt or .md file; a file with no recognizable resolution is refused."""
    from ..files import read_text

    text = read_text(path)
    if not text.strip():
        raise InputError(path, "the file holds no text")
    return import_whole_text(text, path)


def import_whole_text(text: str, source) -> ImportResult:
    """A whole document's text (a file's, the clipboard's); refused, naming ``source``, when no
    resolution is found in it."""
    check_footnote_count(count_note_marks(text), source)  # before parsing: 100,000 marks take minutes
    result = import_text_at(text, source)
    if not has_text(result.resolution):
        raise InputError(source, "no resolution found: no preambular or operative paragraphs could be recognized")
    return result


class _State:
    """Where the body parser stands: the text it fills, the annex, the open paragraph tree."""

    def __init__(self, res: Resolution):
        self.text: Resolution | Section = res
        self.res = res
        self.annex: Annex | None = None
        self.stack: list[tuple[int, Paragraph]] = []  # (depth, paragraph) of the open tree
        self.seen_numbered = False
        self.in_table = False  # the last block read was a table's cell
        self.after_table = False  # the last block read was a table (notes under it may follow)
        self.recent: list[tuple[list[Paragraph], Paragraph]] = []  # headings read just before
        self.closing: Adoption | None = None  # the adoption lines a meeting line was last read into

    def open_section(self, section: Section) -> None:
        self.res.sections.append(section)
        self.text = section
        self.annex = None
        self.stack = []
        self.seen_numbered = False


_BULLETS = ("•", "▪", "◦", "·", "-")
_HEADER_TABLE = "a table before the text of the resolution (tables are read where the text holds them)"
_TABLE_NOTE = re.compile(r"^(?:[a-z]|\*{1,3})\s+\S|^(?:Notes?|Abbreviations?|Sources?)\s*:")  # "a See A/80/505."
_TABLE = ("figures from a table not written as one (a table is rows between pipes, see the README); the figures "
          "are kept here")


def _from_title(raw: str, title: str) -> str:
    """The marked-up line from its title on, the label before it left out: "II **Programme**" → "**Programme**"."""
    start = max(raw.find(title[:6]), 0)
    while start > 0 and raw[start - 1] == "*":
        start -= 1  # the title's own bold or italic markup
    return raw[start:]


def _introducing(blocks: list[Block]) -> Block:
    """The last of ``blocks`` that is no closing line: the paragraph adopting a text stands before the meeting
    and date lines when the adopted text follows them."""
    for block in reversed(blocks):
        plain = plain_text(block.raw).strip()
        if not (mh.MEETING.match(plain) or mh.DATE.fullmatch(plain)):
            return block
    return blocks[-1]


def _titled(intro: Block, title: Block) -> bool:
    """A title line right after a paragraph that introduces it ("… the following outcome document:")."""
    return plain_text(intro.raw).rstrip().endswith(":") and _is_title_line(plain_text(title.raw).strip())


def _is_title_line(plain: str) -> bool:
    """A title as the line of a text's or section's title: capitalized, no closing punctuation."""
    return bool(plain) and plain[0].isupper() and len(plain.split()) <= _LONGEST_TITLE and \
        not plain.endswith((",", ";", ":", "."))


def _short_cell(plain: str) -> bool:
    return bool(plain) and len(plain.split()) <= 20 and not plain.endswith((",", ";", ":", "."))


def _has_paragraphs(text: Resolution | Section) -> bool:
    return bool(text.preamble or text.operative or text.annexes)


def _closing(text: Resolution | Section, res: Resolution) -> Adoption:
    """The adoption lines that a meeting line closes: the section's own, or the document's."""
    if isinstance(text, Section) and (res.adoption is None or res.adoption.meeting):
        if text.adoption is None:
            text.adoption = Adoption()
        return text.adoption
    if res.adoption is None:
        res.adoption = Adoption()
    return res.adoption


def _extend(para: Paragraph, more: Inline) -> None:
    """Append a further paragraph's text to ``para`` (a subparagraph printed in two pieces)."""
    shift = len(para.text) + 1
    para.text = f"{para.text} {more.text}"
    para.marks.extend(Mark(m.start + shift, m.end + shift, m.style) for m in more.marks)
    para.anchors.extend(Anchor(a.offset + shift, a.note) for a in more.anchors)


def _label_value(label: str, roman_list: bool) -> int | None:
    core = label.strip().strip("()").rstrip(".)")
    return parse_roman(core) if roman_list else parse_letters(core)


def _level_is_roman(siblings: list[Paragraph]) -> bool:
    first = next((p.source.label for p in siblings if p.source and p.source.label), "") or ""
    return first.strip("().") in ("i",) or (bool(first) and parse_letters(first.strip("().")) is None)


def _sub_depth(value: str, stack: list[tuple[int, Paragraph]]) -> int:
    """The degree of a subparagraph labelled ``value``: the list it continues, or a new one it opens.

    "(c)" after "(v)" returns to the lettered list; "(i)" after "(h) …:" opens a roman list,
    after "(h) …;" it is the next letter.
    """
    letter, numeral = parse_letters(value), parse_roman(value)
    deepest = stack[-1][0] if stack else 0
    parents = {d: p for d, p in stack}
    top = parents.get(deepest)
    opens = (letter == 1 or numeral == 1) and deepest >= 0 and top is not None

    def continues(depth: int) -> bool:
        parent = parents.get(depth - 1)
        if parent is None or not parent.children:
            return False
        roman_list = _level_is_roman(parent.children)
        last = parent.children[-1]
        if last.source and last.source.label and not last.source.label.endswith(")"):
            return False  # a list labelled "a." is not continued by "(b)"
        previous = _label_value(last.source.label, roman_list) if last.source and last.source.label else None
        current = numeral if roman_list else letter
        return previous is not None and current == previous + 1

    if value == "i" and top is not None and top.text.rstrip().endswith(":"):
        return deepest + 1
    if deepest >= 1 and continues(deepest):
        return deepest
    if opens and top is not None and (top.text.rstrip().endswith(":") or not top.children and deepest == 0):
        return deepest + 1
    for depth in range(deepest - 1, 0, -1):
        if continues(depth):
            return depth
    if deepest >= 1 and continues(deepest + 1):
        return deepest + 1
    if numeral is not None and letter is None:
        return deepest + 1 if deepest >= 1 else 1
    return 1


def set_list_styles(res: Resolution) -> None:
    """Mark the lists the source labels otherwise than their degree does: (i) first, 1., or bullets."""
    for text in res.texts():
        for part in (text.preamble, text.operative, *(annex.paragraphs for annex in text.annexes)):
            for path, p in walk(part, ()):
                p.list_style = _list_style(p, len(path))


def _list_style(parent: Paragraph, depth: int) -> str:
    return list_style_for(next((c.source.label for c in parent.children if c.source and c.source.label), None), depth)


def list_style_for(first: str | None, depth: int) -> str:
    """The list style a list shows by its first label ("(i)", "1.", "•"), under a paragraph at ``depth``
    (1 = a paragraph of its part): "" where the label is the degree's own."""
    if first is None:
        return ""
    if first in _BULLETS:
        return BULLET_LIST
    if re.fullmatch(r"\d{1,3}\.", first):
        return NUMBER_LIST
    if first == "(i)" and (depth - 1) % 4 == 0:
        return ROMAN_LIST
    return ""


def _is_decision_text(plain: str) -> bool:
    """A decision's one paragraph: "The General Assembly, recalling …, decides to …"."""
    return bool(_BODY_OPENING.match(plain)) and len(plain.split()) > 8 and plain.endswith((".", ";")) and \
        bool(re.search(r"\b(?:decides|decided|takes note|requests|elects|appoints|approves|endorses)\b", plain))


def document_kind(res: Resolution) -> str:
    """The kind of an imported document, read from its adoption or submission line."""
    if res.adoption is not None and res.adoption.statement:
        return DECISION if res.adoption.statement.startswith("Decision") else RESOLUTION
    said = res.submission.kind.lower()
    if mh.AMENDMENT_KIND.match(said):
        return AMENDMENT
    if "decision" in said:
        return DRAFT_DECISION
    if "revised" in said:
        return REVISED_DRAFT
    if res.adoption is not None:
        return RESOLUTION
    return DRAFT_RESOLUTION
