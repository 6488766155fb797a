"""Import official UN PDFs: the text layer becomes marked-up text, which the text importer parses.

``pdf_to_marked_text`` gives the shape of the converted GA corpus files: masthead lines
first, one element per paragraph separated by blank lines, ``*italic*`` where the PDF
sets an italic font, ``**bold**`` for bold inside a paragraph, footnote marks as
``[^N]``, and the footnote texts after a ``__________________`` line as ``N. text``.
Page furniture (running heads, page and job numbers, barcode) is left out, paragraphs
cut by a page break are joined, and footnote texts are gathered from every page.
There is one structure parser: ``import_pdf`` hands this text to ``import_text``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .. import table_text
from ..errors import ImportWarning, InputError
from .pdf_layout import Line, Page, read_pdf
from .pdf_page import HEAD_BAND, PageContent, body_size, document_symbol, job_number, split_page
from .pdf_paragraphs import Element, group_notes, group_paragraphs
from .pdf_tables import TableLayout, find_tables
from .pdf_text import Vocabulary, element_markup, note_markup
from .text import ImportResult, has_text, import_text_at

NOTE_SEPARATOR = "__________________"


@dataclass
class MarkedText:
    """The converted text with, for each of its lines, the PDF page it came from."""

    text: str
    pages: list[int]  # pages[i] is the page of line i + 1
    warnings: list[ImportWarning] = field(default_factory=list)  # what the conversion could not keep
    job_number: str = ""  # at the foot of page 1: page furniture, kept in the masthead

    def page_of(self, line: int | None) -> int | None:
        if line is None or not 1 <= line <= len(self.pages):
            return None
        return self.pages[line - 1]


def pdf_to_marked_text(path: str | Path) -> str:
    """The PDF as marked-up text in the shape of the GA corpus files."""
    return convert(path).text


def import_pdf(path: str | Path) -> ImportResult:
    return import_marked(convert(path), path)


def import_marked(marked: MarkedText, path: str | Path) -> ImportResult:
    """The structure stage: the converted text of the PDF at ``path`` becomes a Resolution."""
    result = import_text_at(marked.text, path)
    res = result.resolution
    if not has_text(res):
        raise InputError(path, "no resolution found in the PDF: no preambular or operative paragraphs "
                               "could be recognized")
    result.warnings = marked.warnings + [_on_page(w, marked) for w in result.warnings]
    res.masthead.job_number = marked.job_number
    return result


def _on_page(warning: ImportWarning, marked: MarkedText) -> ImportWarning:
    """Point a warning at the PDF page instead of a line of the converted text."""
    page = marked.page_of(warning.line)
    return ImportWarning(None, f"page {page}: {warning.message}" if page else warning.message)


def convert(path: str | Path) -> MarkedText:
    pages = read_pdf(path)
    if not any(_has_words(line) for page in pages for line in page.lines):
        raise InputError(path, "the PDF has no text layer, only images (a scanned image?); "
                               "run it through OCR first, or import the Word version")
    size = body_size(pages)
    symbol = document_symbol(pages[0])
    contents: list[PageContent] = []
    for page in pages:
        contents.append(split_page(page, size, symbol, notes_before=bool(contents and contents[-1].notes)))
    body = [line for content in contents for line in content.body]
    notes = group_notes([line for content in contents for line in content.notes])
    paragraphs = group_paragraphs(body, size, find_tables(body, size))
    vocabulary = Vocabulary([line for content in contents for line in content.body + content.notes])
    marks = {note.mark for note in notes}
    out = _Writer()
    top = pages[0].height * HEAD_BAND
    for i, paragraph in enumerate(paragraphs):
        if paragraph.table is not None:
            _write_table(out, paragraph.table, vocabulary, marks)
            continue
        text = element_markup(paragraph.lines, vocabulary, marks, emphasis=not paragraph.header)
        if i and _in_masthead(paragraph, top) and _in_masthead(paragraphs[i - 1], top):
            out.line(text, paragraph.lines[0].page)  # the masthead table: one item a line
        else:
            out.element(text, paragraph.lines)
    if notes:
        out.element(NOTE_SEPARATOR, [])
        out.line("", out.pages[-1])
        for note in notes:
            out.line(note_markup(note.mark, note.lines, vocabulary), note.lines[0].page)
    return MarkedText(out.text(), out.pages, _losses(pages), job_number(pages[0]))


def _write_table(out: _Writer, table: TableLayout, vocabulary: Vocabulary, marks: set[str | None]) -> None:
    """A table as a block of pipe rows (``table_text``), its notes as paragraphs after it."""
    rows = [[element_markup(cell, vocabulary, marks, whole_bold=True) if cell else "" for cell in row]
            for row in table.rows]
    lines = table_text.format_table("", rows, table.header_rows)
    first = next(line for row in table.rows for cell in row for line in cell)
    out.element(lines[0], [first])
    for line in lines[1:]:
        out.line(line, first.page)
    for note in table.notes:
        out.element(element_markup(note, vocabulary, marks), note)


def _losses(pages: list[Page]) -> list[ImportWarning]:
    """Warnings for text the conversion had to leave out or could not read."""
    warnings = []
    for page in pages:
        if page.unreadable:
            warnings.append(ImportWarning(None, f"page {page.number}: {page.unreadable} characters could not be "
                                                "read (their font has no Unicode map); they show as \ufffd"))
        if page.rotated:
            excerpt = page.rotated[:60] + ("…" if len(page.rotated) > 60 else "")
            warnings.append(ImportWarning(None, f"page {page.number}: text set at an angle was left out: {excerpt}"))
    return warnings


def _in_masthead(paragraph: Element, top: float) -> bool:
    first = paragraph.lines[0]
    return paragraph.header and first.page == 1 and first.base > top


def _has_words(line: Line) -> bool:
    return any(g.text.isalnum() and not g.style.barcode for g in line.glyphs)


class _Writer:
    """Collects the lines of the marked text and the page each came from."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.pages: list[int] = []

    def element(self, text: str, lines: list[Line]) -> None:
        page = lines[0].page if lines else (self.pages[-1] if self.pages else 1)
        if self.lines:
            self.line("", page)
        self.line(text, page)

    def line(self, text: str, page: int) -> None:
        self.lines.append(text)
        self.pages.append(page)

    def text(self) -> str:
        return "\n".join(self.lines) + "\n"
