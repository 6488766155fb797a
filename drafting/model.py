"""The resolution as plain data: the one model every importer, exporter, rule and view shares.

What the conventions derive is never stored: operative numbers, subparagraph letters,
footnote marks and the italics of opening phrases are computed (see ``numbering`` and
``lexicon``).  Where an imported text spelt out something derived (a typed "5." or an
italic opening), that evidence is kept in ``Source`` so that the rules can compare it
with what it should have been; exporters ignore it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, TypeAlias

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


@dataclass
class Paragraph(Inline):
    """A preambular, operative, subparagraph or annex paragraph.

    ``children`` are its subparagraphs.  In annexes ``style`` tells a numbered
    paragraph ("numbered") from a heading ("heading") or plain text ("").
    """

    children: list[Paragraph] = field(default_factory=list)
    style: str = ""
    source: Source | None = None


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


def join_names(names: list[str]) -> str:
    """"A, B and C": commas, "and" before the last, no serial comma (EM-PUNCT)."""
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def submission_line(sponsors: list[str], kind: str) -> str:
    if not sponsors:
        return kind[:1].upper() + kind[1:]
    return f"{join_names(sponsors)}: {kind}"


@dataclass
class Adoption:
    """The lines of an adopted text: who adopted it, when, on whose report, at which meeting."""

    statement: str = ""  # "Resolution adopted by the General Assembly on 17 December 2024"
    reference: str = ""  # "on the report of the Third Committee (A/79/458/Add.2, para. 99)"
    number: str = ""  # "79/180"
    meeting: str = ""  # "53rd plenary meeting"
    date: str = ""  # "17 December 2024"


@dataclass
class Annex:
    heading: str = "Annex"
    title: Inline = field(default_factory=Inline)
    paragraphs: list[Paragraph] = field(default_factory=list)


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
    masthead: Masthead = field(default_factory=Masthead)
    submission: Submission = field(default_factory=Submission)
    title: Inline = field(default_factory=Inline)
    authoring_body: Inline = field(default_factory=Inline)
    preamble: list[Paragraph] = field(default_factory=list)
    operative: list[Paragraph] = field(default_factory=list)
    annexes: list[Annex] = field(default_factory=list)
    adoption: Adoption | None = None
    unplaced: list[Unplaced] = field(default_factory=list)
    meta: Meta = field(default_factory=Meta)

    def inlines(self) -> Iterator[tuple[PlacePath, Inline]]:
        """Every place that can carry footnotes, in document order, with its location."""
        for name in MASTHEAD_FIELDS:
            yield ("masthead", name), getattr(self.masthead, name)
        yield ("submission",), self.submission.inline()
        yield ("title",), self.title
        yield ("body",), self.authoring_body
        for i, p in enumerate(self.preamble):
            yield ("preamble", i), p
        for path, p in walk(self.operative, ("operative",)):
            yield path, p
        for a, annex in enumerate(self.annexes):
            yield ("annex", a, "title"), annex.title
            for path, p in walk(annex.paragraphs, ("annex", a)):
                yield path, p

    def footnotes(self) -> list[tuple[str, Footnote]]:
        """All footnotes in document order with their derived marks."""
        from .numbering import footnote_marks

        notes = [anchor.note for _, inline in self.inlines() for anchor in sorted_anchors(inline)]
        return list(zip(footnote_marks(notes), notes, strict=True))

    def paragraph_count(self) -> int:
        return len(self.preamble) + sum(1 for _ in walk(self.operative, ()))


def walk(paragraphs: list[Paragraph], prefix: PlacePath) -> Iterator[tuple[PlacePath, Paragraph]]:
    """Depth-first over paragraphs and their subparagraphs, with index paths."""
    for i, p in enumerate(paragraphs):
        path = prefix + (i,)
        yield path, p
        yield from walk(p.children, path)


def sorted_anchors(inline: Inline) -> list[Anchor]:
    return sorted(inline.anchors, key=lambda a: a.offset)
