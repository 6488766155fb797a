"""Import a Word document (.docx): Resolute's own exports by style, any other draft as text.

A file Resolute exported names every paragraph by a contract style ("UN Symbol",
"Preambular Paragraph", "Operative Paragraph", "Subparagraph 2", …), so its structure is
read from the styles and comes back exactly, whatever the words say; the italic of an
opening ("Opening Phrase" character style) is derived and not kept as a mark.  Any
other draft — numbered by hand or by Word, with real or typed footnotes — is turned into
the marked-up text the text importer reads (``docx_markup``), so that one structure
parser serves pasted text, PDF and Word.  Either way, tracked changes are read as
accepted and what the model cannot hold (text boxes, images, comments) is
reported, its text kept as unplaced.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TypeVar

from ..errors import ImportWarning, InputError
from ..model import (
    AMENDMENT,
    BOX,
    HEADING,
    MASTHEAD_FIELDS,
    NOTE,
    NUMBERED,
    QUOTE,
    STYLES,
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
    Submission,
    Table,
    Unplaced,
)
from ..ooxml.document import NoteRef, WordDocument, WordParagraph, read_document
from ..ooxml.package import open_package
from ..ties import untie
from . import masthead as mh
from .docx_markup import Markup, to_markup
from .docx_tables import grid, table_run
from .text import ImportResult, document_kind, has_text, import_text_at, list_style_for

_MASTHEAD = {f"un{name.replace('_', '')}": name for name in MASTHEAD_FIELDS}  # "unagendaitem" → agenda_item
# Labels written before a masthead field's value: as found, and as the exporter writes them.
_LABELS = {"distribution": (re.compile(r"^\s*Distr(?:ibution)?\.?\s*:\s*"), "Distr.: "),
           "original": (re.compile(r"^\s*Original\s*:\s*"), "Original: ")}
_SUBPARAGRAPH = re.compile(r"^subparagraph([2-9]?)$")
_OWN_BODY = {"bodyline", "untitle", "preambularparagraph", "operativeparagraph", "subparagraph", "annexheading",
             "unsymbol", "unsubmission"}
_ADOPTION_NUMBER = re.compile(r"^([^\t]+)\.\t")
_WHERE = {"table": "a table", "textbox": "a text box"}
_TABLE_CELLS = ("untabletext", "untableheading")  # the styles of a data table's cells (not the masthead's)

InlineT = TypeVar("InlineT", bound=Inline)


def import_docx(path: str | Path) -> ImportResult:
    document = read_document(open_package(path))
    _untie(document)
    if not any(p.text.strip() for p in document.paragraphs) and not document.first_page_header:
        raise InputError(path, "the document holds no text")
    if is_resolute_export(document):
        reader = _StyleReader(document)
        result, leftovers = reader.run(), reader.leftovers
    else:
        markup = to_markup(document)
        result, leftovers = _read_foreign(markup, path), markup.leftovers
        res = result.resolution
        if not has_text(res):
            tables = len({p.group for p in document.paragraphs if p.container == "table"})
            where = (f"; its text stands in {_count(tables, 'table')}, and tables are not read as paragraphs "
                     "(in Word: Table Layout ▸ Convert to Text, then open it again)" if tables else "")
            raise InputError(path, "no resolution found: no preambular or operative paragraphs could be "
                                   f"recognized{where}")
    result.warnings.extend(_set_aside(document, result.resolution, leftovers))
    result.resolution.masthead.job_number = mh.job_number_in(p.text for p in document.footers)
    return result


_HEADING_LABEL = re.compile(r"^([IVXLC]{1,7}\.?|[A-Z]\.)\t")


def _introduces_quote(p: Paragraph) -> bool:
    """A paragraph whose last subparagraph is quoted text, or which ends by introducing some."""
    return p.text.rstrip().endswith(":") or bool(p.children and p.children[-1].style == QUOTE)


def style_key(name: str) -> str:
    """A style name or id compared loosely: "Subparagraph 2", "Subparagraph2" → "subparagraph2"."""
    return re.sub(r"[\s_-]+", "", name).lower()


def _untie(document: WordDocument) -> None:
    """Read the no-break spaces and hyphens the UN sets (and the Word export writes) as plain ones."""
    stories = [document.paragraphs, document.first_page_header, *document.footnotes.values(),
               *document.endnotes.values()]
    for story in stories:
        for paragraph in story:
            paragraph.text = untie(paragraph.text)


def is_resolute_export(document: WordDocument) -> bool:
    """True when the body uses the contract styles only Resolute's exports (and drafts made from them) carry."""
    return any(style_key(p.style) in _OWN_BODY or _SUBPARAGRAPH.match(style_key(p.style))
               for p in document.paragraphs if p.text.strip())


# -- foreign drafts ---------------------------------------------------------------------


def _read_foreign(markup: Markup, path: str | Path) -> ImportResult:
    result = import_text_at(markup.text, path)
    for item in result.warnings + result.resolution.unplaced:  # text lines → Word paragraph numbers
        if item.line:
            item.line = markup.paragraph_of_line.get(item.line, item.line)
    _apply_underlines(result.resolution, markup.underlines)
    return result


def _apply_underlines(res: Resolution, underlines: list[tuple[str, list[tuple[int, int]]]]) -> None:
    """Put underlining back where the text importer could not carry it (markup has no underline)."""
    if not underlines:
        return
    inlines = [inline for path, inline in res.inlines() if path != ("submission",)]
    inlines += [note for _, note in res.footnotes()]
    for inline in inlines:
        if not inline.text:
            continue
        for plain, spans in underlines:
            at = plain.find(inline.text)
            if at < 0:
                continue
            for a, b in spans:
                start, end = max(a - at, 0), min(b - at, len(inline.text))
                if end > start:
                    inline.marks.append(Mark(start, end, "underline"))
            inline.marks.sort(key=lambda m: (m.start, m.style))
            break


# -- Resolute's own exports -------------------------------------------------------------

# Unnumbered paragraphs by style: headings, quotes, boxes and notes (in annexes too).
_UNNUMBERED = {"unheading": HEADING, "unsubheading": SUBHEADING, "unquote": QUOTE, "unbox": BOX, "unnote": NOTE,
               "annexminorheading": SUBHEADING}


class _StyleReader:
    """Places each paragraph by its contract style."""

    def __init__(self, document: WordDocument):
        self.doc = document
        self.res = Resolution()
        self.warnings: list[ImportWarning] = []
        self.notes: dict[tuple[str, str], Footnote] = {}
        self.section: list[Paragraph] | None = None  # the list paragraphs are added to
        self.stack: list[Paragraph] = []  # the open paragraph at each degree (0 = top level)
        self.annex: Annex | None = None
        self.annex_list: str | None = None  # the Word list of the annex's last numbered paragraph
        self.text: Resolution | Section = self.res  # the text being read: the first, or a further section
        self.pending: list[Paragraph] = []  # headings waiting for the part they open
        self.leftovers: list[WordParagraph] = []  # text in tables and text boxes that fits no style
        self.caption: Inline | None = None  # a table's caption, waiting for its table

    def run(self) -> ImportResult:
        paragraphs = self.doc.paragraphs
        i = 0
        while i < len(paragraphs):
            if paragraphs[i].cell is not None and style_key(paragraphs[i].style) in _TABLE_CELLS:
                end = table_run(paragraphs, i)
                self._table(paragraphs[i:end])
                i = end
                continue
            self._place(paragraphs[i])
            i += 1
        self._flush()
        self._finish_title()
        if self.res.instructions:
            self.res.kind = AMENDMENT
        submission = self.res.submission
        mh.rebase_submission_anchors(submission)
        if submission.source_line == submission.line:
            submission.source_line = None  # as built: nothing departs
        self.res.meta.author = self.doc.author
        self.res.kind = document_kind(self.res)
        if self.res.kind == AMENDMENT:
            self.res.base_symbol = mh.base_symbol(self.res.submission.kind)
        return ImportResult(self.res, self.warnings)

    # -- inline text ----------------------------------------------------------------

    def inline(self, p: WordParagraph, cls: type[InlineT] = Inline) -> InlineT:  # type: ignore[assignment]
        """Text with the marks the user made (direct formatting) and footnote anchors."""
        marks = sorted((Mark(a, b, style) for style in STYLES for a, b in p.spans(style, direct_only=True)),
                       key=lambda m: (m.start, m.style))
        return cls(p.text, marks, [Anchor(ref.offset, self.note(ref)) for ref in p.refs])

    def note(self, ref: NoteRef) -> Footnote:
        key = (ref.kind, ref.note_id)
        if key not in self.notes:
            paragraphs = (self.doc.footnotes if ref.kind == "footnote" else self.doc.endnotes).get(ref.note_id)
            if paragraphs is None:
                self.warnings.append(ImportWarning(None, f"a footnote reference points to footnote {ref.note_id}, "
                                                         "which the document does not have"))
                paragraphs = []
            body = paragraphs[0] if paragraphs else WordParagraph(0)
            for more in paragraphs[1:]:
                body = body.joined(WordParagraph(0, " ")).joined(more)
            note = self.inline(body, Footnote)
            note.symbol = ref.custom_mark is not None
            self.notes[key] = note
        return self.notes[key]

    # -- placing paragraphs -----------------------------------------------------------

    def _place(self, p: WordParagraph) -> None:
        key = style_key(p.style)
        if key in _MASTHEAD:
            self._masthead(_MASTHEAD[key], p)
        elif key == "unbanner":
            pass
        elif key == "unsubmission":
            self._submission(p)
        elif key == "untitle":
            self.res.title = self.inline(p)
        elif key == "bodyline":
            self.text.authoring_body = self.inline(p)
        elif key == "preambularparagraph":
            self._top(self._opened(self.text.preamble), p)
        elif key == "operativeparagraph":
            self._top(self._opened(self.text.operative), p)
        elif key in _UNNUMBERED:
            self._unnumbered(_UNNUMBERED[key], p)
        elif key == "untabletitle":
            self.caption = self.inline(p)
        elif key == "unsectionheading":
            self._section_heading(p)
        elif key == "uninstruction":
            self._instruction(p)
        elif subparagraph := _SUBPARAGRAPH.match(key):
            self._subparagraph(int(subparagraph.group(1) or 1), p)
        elif key in ("unadoptionstatement", "unadoptionreference", "unadoptionmeeting"):
            self._adoption(key, p)
        elif key in ("annexheading", "annextitle", "annexparagraph", "annexnumberedparagraph", "annexsubheading"):
            self._annex(key, p)
        elif p.text.strip() or p.refs:
            self._unstyled(p)

    def _table(self, cells: list[WordParagraph]) -> None:
        """A table in place, its caption from the "UN Table Title" paragraph right above it."""
        rows, header_rows = grid(cells)
        table = Table([[self._cell(cell) for cell in row] for row in rows], header_rows, self.caption or Inline())
        self.caption = None
        paragraph = Paragraph(style=TABLE, table=table)
        if self.annex is not None:
            self.annex.paragraphs.append(paragraph)
            self.stack = []
        elif self.pending:
            self.pending.append(paragraph)  # after a heading: placed with it, in the part that follows
        else:
            (self.section if self.section is not None else self.text.operative).append(paragraph)
            self.stack = []

    def _cell(self, paragraphs: list[WordParagraph]) -> Inline:
        if not paragraphs:
            return Inline()
        joined = paragraphs[0]
        for more in paragraphs[1:]:
            joined = joined.joined(WordParagraph(0, " ")).joined(more)
        return self.inline(joined)

    def _masthead(self, name: str, p: WordParagraph) -> None:
        if name in _LABELS:
            label, canonical = _LABELS[name]
            found = label.match(p.text)
            if not found or found.group(0) != canonical:
                self.res.masthead.source[name] = p.text
            if found:
                p = p.cut(found.end())
        setattr(self.res.masthead, name, self.inline(p))

    def _submission(self, p: WordParagraph) -> None:
        line = p.text
        sponsors, colon, kind = line.rpartition(": ")
        if not colon:
            sponsors, kind = "", line[:1].lower() + line[1:]
        submission = Submission(mh._split_names(sponsors) if sponsors else [], kind,
                                self.inline(p).anchors, source_line=line)
        self.res.submission = submission

    def _top(self, section: list[Paragraph], p: WordParagraph) -> Paragraph:
        paragraph = self.inline(p, Paragraph)
        section.append(paragraph)
        self.section, self.stack = section, [paragraph]
        return paragraph

    def _subparagraph(self, degree: int, p: WordParagraph) -> None:
        if self.section is None or len(self.stack) < degree:
            self.warnings.append(ImportWarning(p.number, "a subparagraph has no paragraph to belong to; "
                                                         "it is kept as an operative paragraph"))
            self._top(self.res.operative, p)
            return
        paragraph = self.inline(p, Paragraph)
        parent = self.stack[degree - 1]
        if not parent.children and p.label:  # the label Word shows the first one tells the list's style
            parent.list_style = list_style_for(p.label.strip(), degree)
        parent.children.append(paragraph)
        self.stack = self.stack[:degree] + [paragraph]

    def _opened(self, part: list[Paragraph]) -> list[Paragraph]:
        """``part``, with the headings read just before its paragraph placed in it first."""
        part.extend(self.pending)
        self.pending = []
        return part

    def _flush(self) -> None:
        """Headings still waiting at the end of a text stay at the end of the part they follow."""
        if self.pending:
            self._opened(self.section if self.section is not None else self.text.operative)

    def _unnumbered(self, style: str, p: WordParagraph) -> None:
        label = _HEADING_LABEL.match(p.text) if style in (HEADING, SUBHEADING) else None
        if label:
            self._unnumbered_with_label(style, p.cut(label.end()), label.group(1))
            return
        self._unnumbered_without_label(style, p)

    def _unnumbered_with_label(self, style: str, p: WordParagraph, label: str) -> None:
        self._unnumbered_without_label(style, p)
        placed = self.annex.paragraphs[-1] if self.annex is not None else self.pending[-1]
        placed.source = Source(label=label)

    def _unnumbered_without_label(self, style: str, p: WordParagraph) -> None:
        if self.annex is not None:
            self._top(self.annex.paragraphs, p).style = style
            return
        paragraph = self.inline(p, Paragraph)
        paragraph.style = style
        if style == QUOTE and self.res.instructions and self.section is None:
            self.res.instructions[-1].children.append(paragraph)  # the text an instruction quotes
        elif style == QUOTE and self.stack and not self.pending and _introduces_quote(self.stack[0]):
            self.stack[0].children.append(paragraph)  # the text a paragraph quotes ("… to read as follows:")
            self.stack = self.stack[:1]
        else:
            self.pending.append(paragraph)

    def _section_heading(self, p: WordParagraph) -> None:
        """"II", "B" or "III<tab>Title": the label of the first text, or a further text begins."""
        label, tab, _ = p.text.partition("\t")
        text = self.text
        if text is self.res and not (text.preamble or text.operative or text.annexes or self.pending):
            self.res.label = label.strip()
            if tab:
                self.res.section_title = self.inline(p.cut(len(label) + 1))
            return
        self._flush()
        section = Section(label=label.strip(), title=self.inline(p.cut(len(label) + 1)) if tab else Inline())
        self.res.sections.append(section)
        self.text, self.section, self.stack, self.annex = section, None, [], None

    def _instruction(self, p: WordParagraph) -> None:
        paragraph = self.inline(p, Paragraph)
        if p.label:
            paragraph.source = Source(label=p.label)
        self.res.instructions.append(paragraph)

    def _adoption(self, key: str, p: WordParagraph) -> None:
        if key == "unadoptionstatement":
            self.res.adoption = self.res.adoption or Adoption()
            self.res.adoption.statement = p.text
            return
        if key == "unadoptionreference":
            self.res.adoption = self.res.adoption or Adoption()
            self.res.adoption.reference = p.text[1:-1] if p.text.startswith("[") and p.text.endswith("]") else p.text
            return
        self._flush()
        adoption = self.text.adoption = self.text.adoption or Adoption()
        if adoption.meeting:
            adoption.date = p.text
        else:
            adoption.meeting = p.text

    def _annex(self, key: str, p: WordParagraph) -> None:
        if key == "annexheading":
            self._flush()
            self.annex = Annex(heading=p.text)
            self.text.annexes.append(self.annex)
            self.section, self.stack, self.annex_list = self.annex.paragraphs, [], None
        elif self.annex is None:
            self._unstyled(p)
        elif key == "annextitle":
            self.annex.title = self.inline(p)
        elif key == "annexsubheading":
            self._unnumbered(HEADING, p)
            self.section, self.stack = self.annex.paragraphs, [self.annex.paragraphs[-1]]
        else:
            style = {"annexnumberedparagraph": NUMBERED}.get(key, "")
            paragraph = self._top(self.annex.paragraphs, p)
            paragraph.style = style
            if style == NUMBERED:
                list_id = p.num[0] if p.num else None
                paragraph.restart = self.annex_list is not None and list_id != self.annex_list
                self.annex_list = list_id

    def _unstyled(self, p: WordParagraph) -> None:
        """A paragraph in a style of its own (typed into an exported draft): kept where it stands."""
        where = f"paragraph in style “{p.style or 'Normal'}”"
        if p.container != "body":
            self.leftovers.append(p)
            return
        if self.section is None:
            self.res.unplaced.append(Unplaced(p.number, p.text.strip(), f"a {where} before the preamble"))
            self.warnings.append(ImportWarning(p.number, f"a {where} before the preamble fits no masthead field; "
                                                         "it is kept as unplaced text"))
            return
        degree = p.num[1] if p.num and p.num[1] and len(self.stack) >= p.num[1] else 0
        if degree:
            self._subparagraph(degree, p)
        else:
            self._top(self.section, p)
        kind = "a subparagraph" if degree else "a paragraph of the part it stands in"
        self.warnings.append(ImportWarning(p.number, f"a {where} was read as {kind}"))

    def _finish_title(self) -> None:
        """An adopted resolution's number stands before its title: "79/180.<tab>Title"."""
        title = self.res.title
        found = _ADOPTION_NUMBER.match(title.text)
        if not found:
            return
        cut = found.end()
        self.res.adoption = self.res.adoption or Adoption()
        self.res.adoption.number = found.group(1)
        self.res.title = Inline(title.text[cut:],
                                [Mark(m.start - cut, m.end - cut, m.style) for m in title.marks if m.end > cut],
                                [Anchor(max(a.offset - cut, 0), a.note) for a in title.anchors])


# -- what the model cannot hold -------------------------------------------------------------


def _set_aside(document: WordDocument, res: Resolution, leftovers: list[WordParagraph]) -> list[ImportWarning]:
    """Keep the text of tables, text boxes and comments as unplaced; one warning a kind, with a count,
    for them and for everything else read specially (tracked changes, fields, images, hidden text)."""
    t = document.tally
    out: list[str] = []
    if t.insertions or t.deletions or t.moves:
        moved = f", {_count(t.moves, 'move')}" if t.moves else ""
        out.append(f"tracked changes were read as accepted: {_count(t.insertions, 'insertion')}, "
                   f"{_count(t.deletions, 'deletion')}{moved}")
    if t.format_changes:
        out.append(f"{_count(t.format_changes, 'tracked formatting change')} read as accepted")
    for container, noun in (("table", "table"), ("textbox", "text box")):
        kept = [p for p in leftovers if p.container == container]
        for p in kept:
            res.unplaced.append(Unplaced(p.number, p.text.strip(), f"text in {_WHERE[container]}"))
        if kept:
            groups = len({p.group for p in kept})
            out.append(f"{_count(groups, noun)} not read into the resolution; "
                       f"{_count(len(kept), 'paragraph')} of their text kept as unplaced text")
    pictures = {k: v for k, v in t.objects.items() if k != "text box"}
    if pictures:
        counts = ", ".join(_count(v, k) for k, v in sorted(pictures.items()))
        out.append(counts + " left out: a resolution holds text only")
    if document.comments:
        for author, paragraphs in document.comments:
            text = " ".join(p.text.strip() for p in paragraphs if p.text.strip())
            res.unplaced.append(Unplaced(0, text, f"comment by {author}" if author else "comment"))
        out.append(f"{_count(len(document.comments), 'comment')} not imported; their text is kept as unplaced text")
    if t.fields:
        kinds = ", ".join(sorted(t.fields))
        out.append(f"{_count(sum(t.fields.values()), 'field')} ({kinds}) read as the text they show")
    if t.hidden:
        out.append(f"{_count(t.hidden, 'run')} of hidden text left out")
    if t.struck:
        out.append(f"{_count(t.struck, 'run')} of struck-through text kept as ordinary text; in a draft, "
                   "struck-through words often propose a deletion: check them")
    if any(ref.kind == "endnote" for p in document.paragraphs for ref in p.refs):
        out.append("endnotes were read as footnotes")
    return [ImportWarning(None, message) for message in out]


def _count(n: int, noun: str) -> str:
    plural = noun + ("es" if noun.endswith("x") else "s")
    return f"{n} {noun if n == 1 else plural}"
