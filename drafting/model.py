"""The resolution as plain data: the one model every importer, exporter, rule and view shares.

What the conventions derive is never stored: operative numbers, subparagraph letters,
footnote marks and the italics of opening phrases are computed (see ``numbering`` and
``lexicon``).  Where an imported text spelt out something derived (a typed "5." or an
italic opening), that evidence is kept in ``Source`` so that the rules can compare it
with what it should have been; exporters ignore it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, TypeAlias

# What a document is (``Resolution.kind``).
DRAFT_RESOLUTION = "draft resolution"
REVISED_DRAFT = "revised draft resolution"
DRAFT_DECISION = "draft decision"
RESOLUTION = "resolution"  # adopted
DECISION = "decision"  # adopted
AMENDMENT = "amendment"
KINDS = (DRAFT_RESOLUTION, REVISED_DRAFT, DRAFT_DECISION, RESOLUTION, DECISION, AMENDMENT)
ADOPTED_KINDS = (RESOLUTION, DECISION)
DECISION_KINDS = (DRAFT_DECISION, DECISION)  # one sentence naming its organ: "The General Assembly, …, decides …"

# Paragraph styles.  Headings, sub-headings, quotes, boxes and notes are never numbered or
# counted; "numbered" marks an annex paragraph that takes a number.
HEADING = "heading"
SUBHEADING = "subheading"
NUMBERED = "numbered"
BOX = "box"
NOTE = "note"
QUOTE = "quote"
TABLE = "table"  # the paragraph holds a table (``Paragraph.table``) and no text of its own
UNNUMBERED_STYLES = (HEADING, SUBHEADING, BOX, NOTE, QUOTE, TABLE)

# How a paragraph's subparagraphs are labelled when the source departs from the degree's
# letters ("" = by degree: (a), then (i), then a.): a first-level list numbered (i), (ii) …,
# 1., 2. … (Security Council style) or bulleted.
ROMAN_LIST = "roman"
NUMBER_LIST = "number"
BULLET_LIST = "bullet"
LIST_STYLES = ("", ROMAN_LIST, NUMBER_LIST, BULLET_LIST)

ITALIC = "italic"
BOLD = "bold"
UNDERLINE = "underline"
STYLES = (ITALIC, BOLD, UNDERLINE)

# Where a place is, as ``Resolution.inlines`` yields it: ("preamble", 4), ("operative", 3, 1),
# ("masthead", "date"), ("annex", 0, "title") …
PlacePath: TypeAlias = tuple[Any, ...]


@dataclass
class Mark:
    """Inline formatting the rules do not derive: an italic title, a Latin term, bold."""

    start: int
    end: int
    style: str = ITALIC


@dataclass
class Inline:
    """A run of text with its inline marks and the footnotes anchored in it."""

    text: str = ""
    marks: list[Mark] = field(default_factory=list)
    anchors: list[Anchor] = field(default_factory=list)


@dataclass
class Footnote(Inline):
    """A footnote's text.  ``symbol`` notes take *, **, … (masthead and title notes)."""

    symbol: bool = False


@dataclass
class Anchor:
    """A footnote reference standing after ``offset`` characters of its Inline."""

    offset: int
    note: Footnote


@dataclass
class Source:
    """Evidence of how an imported text spelt out what the model derives."""

    label: str | None = None  # "5.", "(f)", "PP3" as typed
    italic: str | None = None  # the italic opening span as it was set


CELL_SEPARATOR = " | "  # between the cells of a row shown as one line (editor, compare)


@dataclass
class Table:
    """A table: rows of cells of inline text, as budget resolutions print figures per section.

    The first ``header_rows`` rows are the column heads (repeated on every page the table
    runs over); ``title`` is an optional caption printed above it.  Every row has the
    same number of cells; a row whose only text is in its first cell is a group heading
    ("General Service") or a blank spanning line.
    """

    rows: list[list[Inline]] = field(default_factory=list)
    header_rows: int = 0
    title: Inline = field(default_factory=Inline)

    @property
    def columns(self) -> int:
        return max((len(row) for row in self.rows), default=0)

    def row_inline(self, r: int) -> Inline:
        """Row ``r`` as one line: its cells joined by CELL_SEPARATOR, marks and footnote anchors moved along."""
        text, marks, anchors = "", [], []
        for c, cell in enumerate(self.rows[r]):
            if c:
                text += CELL_SEPARATOR
            shift = len(text)
            marks += [Mark(m.start + shift, m.end + shift, m.style) for m in cell.marks]
            anchors += [Anchor(a.offset + shift, a.note) for a in cell.anchors]
            text += cell.text
        return Inline(text, marks, anchors)

    def cells(self, prefix: PlacePath) -> Iterator[tuple[PlacePath, Inline]]:
        """The caption (``prefix + ("table_title",)``) and each cell (``prefix + ("cell", r, c)``)."""
        yield prefix + ("table_title",), self.title
        for r, row in enumerate(self.rows):
            for c, cell in enumerate(row):
                yield prefix + ("cell", r, c), cell


@dataclass
class Paragraph(Inline):
    """A preambular, operative, subparagraph, instruction or annex paragraph.

    ``children`` are its subparagraphs (of a preambular paragraph too), or the quoted
    paragraphs of an amendment instruction.  ``style`` "heading"/"subheading" is an
    unnumbered heading kept in place (numbering skips it); in annexes "numbered" is a
    numbered paragraph, "box" a boxed text, "note" a note, "" plain text; "quote" is a
    quoted paragraph under an instruction; "table" holds a ``table`` (in the operative
    part or an annex) and no text of its own.
    """

    children: list[Paragraph] = field(default_factory=list)
    style: str = ""
    source: Source | None = None
    restart: bool = False  # a numbered paragraph where the source starts counting at 1 again
    list_style: str = ""  # how its subparagraphs are labelled where not by degree: LIST_STYLES
    table: Table | None = None  # with style "table": the table that stands here


@dataclass
class Masthead:
    organ: Inline = field(default_factory=Inline)
    symbol: Inline = field(default_factory=Inline)
    distribution: Inline = field(default_factory=Inline)
    date: Inline = field(default_factory=Inline)
    original: Inline = field(default_factory=Inline)
    session: Inline = field(default_factory=Inline)
    committee: Inline = field(default_factory=Inline)
    place_and_dates: Inline = field(default_factory=Inline)
    agenda_item: Inline = field(default_factory=Inline)
    agenda_title: Inline = field(default_factory=Inline)
    # Lines as imported where they departed from the canonical label ("Distr: Limited").
    source: dict[str, str] = field(default_factory=dict)
    # The Secretariat's job number ("25-17789"), printed at the foot of every page of an issued
    # document, not in the masthead table: page furniture that the Word export prints again.
    job_number: str = ""


MASTHEAD_FIELDS = ("organ", "symbol", "distribution", "date", "original", "session", "committee",
                   "place_and_dates", "agenda_item", "agenda_title")


@dataclass
class Submission:
    """Who submits the text and as what: "Colombia: revised draft resolution".

    The line is built from ``sponsors`` and ``kind``; ``anchors`` stand in that built
    line.  ``source_line`` keeps the line as imported, for the rules to check.
    """

    sponsors: list[str] = field(default_factory=list)
    kind: str = ""
    anchors: list[Anchor] = field(default_factory=list)
    source_line: str | None = None

    @property
    def line(self) -> str:
        return submission_line(self.sponsors, self.kind)

    def inline(self) -> Inline:
        return Inline(self.line, [], self.anchors)

    def printed(self) -> Inline:
        """The line as the official documents print it: a note on the sponsors, anchored after the
        last of them (or around the colon), stands after the colon ("Iraq:*, ** draft resolution");
        the importers anchor it after the last sponsor again."""
        after_colon = len(join_names(self.sponsors)) + 1
        return Inline(self.line, [], [Anchor(after_colon, a.note) if self.on_sponsors(a.offset) else a
                                      for a in self.anchors])

    def on_sponsors(self, offset: int) -> bool:
        """Whether a mark at ``offset`` stands after the last sponsor, before or after the colon: the note is
        the sponsors' ("Iraq*:", "Iraq:*", "Iraq: *draft")."""
        end = len(join_names(self.sponsors))
        return bool(self.sponsors) and end <= offset <= end + 2


def join_names(names: list[str]) -> str:
    """"A, B and C": commas, "and" before the last, no serial comma (EM-PUNCT)."""
    return "".join(name_separator(k, len(names)) + name for k, name in enumerate(names))


def name_separator(k: int, count: int) -> str:
    """What stands before the ``k``-th of ``count`` names joined by ``join_names``."""
    return "" if k == 0 else " and " if k == count - 1 else ", "


def first_words(text: str, count: int) -> str:
    """The first ``count`` words of ``text``, with "…" when there are more: a paragraph named in a list."""
    words = text.split()
    return " ".join(words[:count]) + (" …" if len(words) > count else "")


def submission_line(sponsors: list[str], kind: str) -> str:
    if not sponsors:
        return kind[:1].upper() + kind[1:]
    return f"{join_names(sponsors)}: {kind}"


@dataclass
class Adoption:
    """The lines of an adopted text: who adopted it, when, on whose report, at which meeting.

    ``reference`` is the bracketed line without its brackets ("on the report of the Third
    Committee (A/79/458/Add.2, para. 99)", "without reference to a Main Committee (A/79/L.5)");
    ``meeting`` the closing meeting line as printed ("55th (resumed) plenary meeting").
    """

    statement: str = ""  # "Resolution adopted by the General Assembly on 17 December 2024"
    reference: str = ""  # "on the report of the Third Committee (A/79/458/Add.2, para. 99)"
    number: str = ""  # "79/180"
    meeting: str = ""  # "53rd plenary meeting", "55th (resumed) plenary meeting"
    date: str = ""  # "17 December 2024"

    @property
    def resumed(self) -> bool:
        return "(resumed)" in self.meeting


@dataclass
class Annex:
    """An annex: its heading line, title and paragraphs (headings, numbered, boxes, notes).

    Numbered paragraphs count from 1 across headings, boxes and notes, and start again at
    1 on a paragraph with ``restart`` set (where the source restarts).
    """

    heading: str = "Annex"
    title: Inline = field(default_factory=Inline)
    paragraphs: list[Paragraph] = field(default_factory=list)


@dataclass
class Section:
    """A further text in one document: resolution "II", part "B", budget section "III" with its title.

    The first text of a document lives in the Resolution itself (its own label is
    ``Resolution.label``); each later one is a Section with its own preamble, operative
    part, annexes and closing lines.
    """

    label: str = ""  # "II", "B" as printed, without "Resolution"/"Draft resolution"
    title: Inline = field(default_factory=Inline)
    authoring_body: Inline = field(default_factory=Inline)
    preamble: list[Paragraph] = field(default_factory=list)
    operative: list[Paragraph] = field(default_factory=list)
    annexes: list[Annex] = field(default_factory=list)
    adoption: Adoption | None = None


@dataclass
class Unplaced:
    """Text an importer could not place; kept so that nothing is lost."""

    line: int
    text: str
    reason: str = ""


@dataclass
class Suppression:
    """A finding the user chose to ignore, with the reason, stored in the document."""

    code: str
    where: str  # a location key, see rules
    text: str  # the text the finding was about, so that it survives renumbering
    reason: str = ""


@dataclass
class Meta:
    style: str | None = None  # style pack chosen by the user
    suppressions: list[Suppression] = field(default_factory=list)
    words: list[str] = field(default_factory=list)  # document word list for spelling
    base: dict[str, Any] | None = None  # the text a revision starts from (see revisions)
    author: str = ""


@dataclass
class Resolution:
    """A document: by ``kind`` a draft or adopted resolution or decision, or an amendment.

    An amendment (``kind`` AMENDMENT) names the draft it amends in ``base_symbol`` and holds
    its instructions as printed in ``instructions`` (quoted text as their children, style
    "quote").  A document holding several texts keeps the first here (``label`` "I", "A"
    or "") and the others in ``sections``.
    """

    kind: str = DRAFT_RESOLUTION
    masthead: Masthead = field(default_factory=Masthead)
    submission: Submission = field(default_factory=Submission)
    title: Inline = field(default_factory=Inline)
    authoring_body: Inline = field(default_factory=Inline)
    preamble: list[Paragraph] = field(default_factory=list)
    operative: list[Paragraph] = field(default_factory=list)
    annexes: list[Annex] = field(default_factory=list)
    adoption: Adoption | None = None
    label: str = ""
    section_title: Inline = field(default_factory=Inline)  # the first text's own title ("I Conditions of …")
    sections: list[Section] = field(default_factory=list)
    base_symbol: str = ""
    instructions: list[Paragraph] = field(default_factory=list)
    unplaced: list[Unplaced] = field(default_factory=list)
    meta: Meta = field(default_factory=Meta)

    def inlines(self) -> Iterator[tuple[PlacePath, Inline]]:
        """Every place that can carry footnotes, in document order, with its location."""
        for name in MASTHEAD_FIELDS:
            yield ("masthead", name), getattr(self.masthead, name)
        yield ("submission",), self.submission.inline()
        yield ("title",), self.title
        yield ("body",), self.authoring_body
        yield ("section_title",), self.section_title
        yield from _text_inlines(self, ())
        yield from walk(self.instructions, ("instruction",))
        for k, section in enumerate(self.sections):
            yield ("section", k, "title"), section.title
            yield ("section", k, "body"), section.authoring_body
            yield from _text_inlines(section, ("section", k))

    def tables(self) -> Iterator[tuple[PlacePath, Table]]:
        """Every table with the path of the paragraph that holds it, in document order."""
        for text, prefix in zip(self.texts(), [(), *(("section", k) for k in range(len(self.sections)))],
                                strict=True):
            for part, paragraphs in (("preamble",), text.preamble), (("operative",), text.operative), *(
                    (("annex", a), annex.paragraphs) for a, annex in enumerate(text.annexes)):
                for path, p in walk(paragraphs, prefix + part):
                    if p.table is not None:
                        yield path, p.table

    def footnotes(self) -> list[tuple[str, Footnote]]:
        """All footnotes in document order with their derived marks."""
        notes = [anchor.note for _, inline in self.inlines() for anchor in sorted_anchors(inline)]
        return list(zip(footnote_marks(notes), notes, strict=True))

    def paragraph_count(self) -> int:
        texts: list[Resolution | Section] = [self, *self.sections]
        return sum(len(t.preamble) + sum(1 for _ in walk(t.operative, ())) for t in texts) + \
            sum(1 for _ in walk(self.instructions, ()))

    def texts(self) -> list[Resolution | Section]:
        """The first text and every further section: each has preamble, operative, annexes."""
        return [self, *self.sections]

    @property
    def adopted(self) -> bool:
        return self.kind in ADOPTED_KINDS


def _text_inlines(text: Resolution | Section, prefix: PlacePath) -> Iterator[tuple[PlacePath, Inline]]:
    """Preamble, operative part and annexes of one text (the whole resolution or a section)."""
    yield from _with_cells(walk(text.preamble, prefix + ("preamble",)))
    yield from _with_cells(walk(text.operative, prefix + ("operative",)))
    for a, annex in enumerate(text.annexes):
        yield prefix + ("annex", a, "title"), annex.title
        yield from _with_cells(walk(annex.paragraphs, prefix + ("annex", a)))


def _with_cells(paragraphs: Iterator[tuple[PlacePath, Paragraph]]) -> Iterator[tuple[PlacePath, Inline]]:
    """Each paragraph, and after a table's paragraph its caption and cells (which can carry footnotes)."""
    for path, p in paragraphs:
        yield path, p
        if p.table is not None:
            yield from p.table.cells(path)


def is_heading(p: Paragraph) -> bool:
    """A heading or sub-heading: kept in place, never numbered or counted."""
    return p.style in (HEADING, SUBHEADING)


def walk(paragraphs: list[Paragraph], prefix: PlacePath) -> Iterator[tuple[PlacePath, Paragraph]]:
    """Depth-first over paragraphs and their subparagraphs, with index paths."""
    for i, p in enumerate(paragraphs):
        path = prefix + (i,)
        yield path, p
        yield from walk(p.children, path)


def sorted_anchors(inline: Inline) -> list[Anchor]:
    return sorted(inline.anchors, key=lambda a: a.offset)


MAX_STARS = 3


def symbol_mark(n: int) -> str:
    """The n-th (1-based) symbol note's mark: *, **, ***, then *4, *5, … (k asterisks for the k-th
    would grow with the square of their number: 40,000 notes took 1.6 GB)."""
    return "*" * n if n <= MAX_STARS else f"*{n}"


def footnote_marks(notes: Iterable[Footnote]) -> list[str]:
    """The derived marks of notes in document order: *, ** … for symbol notes, 1, 2 … for the others."""
    marks, stars, number = [], 0, 0
    for note in notes:
        if note.symbol:
            stars += 1
            marks.append(symbol_mark(stars))
        else:
            number += 1
            marks.append(str(number))
    return marks
