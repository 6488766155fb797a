"""The resolution as a sequence of blocks, and back: what the editor's text document holds.

``layout`` lists the blocks of a Resolution in document order: title, the first text's label
line, body line, an amendment's instructions with the paragraphs they quote, the preamble, the
operative part with its subparagraphs, each annex's heading, title and paragraphs; then every
further text of the document (resolution "II", part "B", budget section "III"), each begun by
its label-and-title line (``TextHead``) and laid out as the first.  ``build`` puts a
Resolution's text parts together again from the per-block ``Entry`` list: a text-head line
starts a new text, the blocks after it belong to that text.  It sets each entry's path and
derives the labels (operative numbers, subparagraph letters, numbered annex paragraphs, restarting
in each text) with ``drafting.numbering``; the typed labels of a list in which paragraphs moved,
came or went are dropped (``evidence.py``).  A table stands as read-only lines (``TableLine``: its
caption, then a line a row) that carry the table's paragraph, which ``build`` puts back whole.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import IntEnum

from . import evidence
from .model import Adoption, Annex, Inline, Paragraph, PlacePath, Resolution, Section, Source, walk
from .numbering import annex_numbers, labels_by_path, letters, parse_letters, parse_roman, roman, subparagraph_labels


class Kind(IntEnum):
    """What a block is: a part of the text, or a subparagraph under a paragraph of the operative part or an annex."""

    TITLE = 1
    BODY = 2
    PREAMBULAR = 3
    OPERATIVE = 4
    SUBPARAGRAPH = 5
    ANNEX_HEADING = 6
    ANNEX_TITLE = 7
    ANNEX_PARAGRAPH = 8
    ANNEX_SUBPARAGRAPH = 9
    PREAMBULAR_SUBPARAGRAPH = 10
    TEXT_HEAD = 11  # where a text of the document begins: its label ("II", "B") and title
    INSTRUCTION = 12  # an amendment's instruction
    QUOTE = 13  # a paragraph an instruction quotes, or a subparagraph of it
    TABLE = 14  # a table's caption or one of its rows, shown read-only


MAX_DEPTH = 4  # (a) → (i) → a. → i.
SUBORDINATE = {Kind.PREAMBULAR: Kind.PREAMBULAR_SUBPARAGRAPH, Kind.OPERATIVE: Kind.SUBPARAGRAPH,
               Kind.ANNEX_PARAGRAPH: Kind.ANNEX_SUBPARAGRAPH, Kind.INSTRUCTION: Kind.QUOTE}
HEAD = {sub: head for head, sub in SUBORDINATE.items()}

NAMES = {Kind.TITLE: "Title", Kind.BODY: "Body line", Kind.PREAMBULAR: "Preambular paragraph",
         Kind.OPERATIVE: "Operative paragraph", Kind.SUBPARAGRAPH: "Subparagraph",
         Kind.ANNEX_HEADING: "Annex heading", Kind.ANNEX_TITLE: "Annex title",
         Kind.ANNEX_PARAGRAPH: "Annex paragraph", Kind.ANNEX_SUBPARAGRAPH: "Annex subparagraph",
         Kind.PREAMBULAR_SUBPARAGRAPH: "Preambular subparagraph", Kind.TEXT_HEAD: "Text title",
         Kind.INSTRUCTION: "Instruction", Kind.QUOTE: "Quoted paragraph", Kind.TABLE: "Table"}


@dataclass
class TextHead:
    """The line that begins a text of the document: its label as printed, its title, and (for a further
    text) its closing lines, which no block shows and which travel with the line."""

    label: str = ""
    title: Inline = field(default_factory=Inline)
    adoption: Adoption | None = None


@dataclass
class TableLine:
    """A read-only line of a table: its caption (``row`` -1) or one row with the cells side by side (a copy),
    with the table's paragraph, which the model keeps as it is."""

    part: str  # "preamble", "operative" or "annex": where the table stands in its text
    table: Paragraph
    row: int
    inline: Inline


@dataclass
class Entry:
    """What one block is in the model."""

    kind: Kind
    depth: int
    element: Paragraph | Inline | Annex | TextHead | TableLine
    notes: list[int] = field(default_factory=list)  # footnote ids in the block, in order
    path: PlacePath = ()
    label: str = ""
    origin: evidence.Origin | None = None  # where the paragraph stood when loaded
    source: Source | None = None  # the evidence its block carries (the model's may say less: see evidence.py)
    labels_hold: bool = True  # its list stands as loaded: typed labels still speak for it

    @property
    def inline(self) -> Inline:
        """The text of a block (every kind but an annex heading); a text head's title."""
        if isinstance(self.element, TextHead):
            return self.element.title
        if isinstance(self.element, TableLine):
            return self.element.inline
        assert isinstance(self.element, Inline), self.kind
        return self.element

    @property
    def paragraph(self) -> Paragraph:
        """The element of a paragraph block (preambular, operative, annex paragraph, their subparagraphs)."""
        assert isinstance(self.element, Paragraph), self.kind
        return self.element

    @property
    def head(self) -> TextHead:
        """The element of a text's label-and-title line."""
        assert isinstance(self.element, TextHead), self.kind
        return self.element

    @property
    def table_line(self) -> TableLine:
        """The element of a table's read-only line."""
        assert isinstance(self.element, TableLine), self.kind
        return self.element

    @property
    def annex(self) -> Annex:
        """The element of an annex heading."""
        assert isinstance(self.element, Annex), self.kind
        return self.element


def layout(res: Resolution) -> Iterator[tuple[Kind, int, Inline | Paragraph | Annex | TextHead | TableLine]]:
    """(kind, depth, element) of every block, in document order."""
    yield Kind.TITLE, 0, res.title
    if res.label or res.section_title.text or res.section_title.anchors:  # the first text's own label and title
        yield Kind.TEXT_HEAD, 0, TextHead(res.label, res.section_title)
    if res.authoring_body.text or res.authoring_body.anchors or not res.instructions:  # an amendment has none
        yield Kind.BODY, 0, res.authoring_body
    yield from _tree(res.instructions, Kind.INSTRUCTION, 0)
    yield from _text(res)
    for section in res.sections:
        yield Kind.TEXT_HEAD, 0, TextHead(section.label, section.title, section.adoption)
        if section.authoring_body.text or section.authoring_body.anchors:
            yield Kind.BODY, 0, section.authoring_body
        yield from _text(section)


def _text(text: Resolution | Section) -> Iterator[tuple[Kind, int, Inline | Paragraph | Annex | TableLine]]:
    """The preamble, operative part and annexes of one text."""
    yield from _part(text.preamble, Kind.PREAMBULAR, "preamble")
    yield from _part(text.operative, Kind.OPERATIVE, "operative")
    for annex in text.annexes:
        yield Kind.ANNEX_HEADING, 0, annex
        yield Kind.ANNEX_TITLE, 0, annex.title
        yield from _part(annex.paragraphs, Kind.ANNEX_PARAGRAPH, "annex")


def _part(paragraphs: list[Paragraph], kind: Kind, part: str) -> Iterator[tuple[Kind, int, Paragraph | TableLine]]:
    """The blocks of one part: its paragraphs with their subparagraphs, a table as its read-only lines."""
    for p in paragraphs:
        if p.table is not None:
            yield from ((Kind.TABLE, 0, line) for line in table_lines(p, part))
        else:
            yield from _tree([p], kind, 0)


def table_lines(p: Paragraph, part: str) -> Iterator[TableLine]:
    """A table as read-only lines: its caption, then one line a row with the cells side by side."""
    assert p.table is not None
    table = p.table
    if table.title.text or not table.rows:
        yield TableLine(part, p, -1, _copy(table.title))
    for r in range(len(table.rows)):
        yield TableLine(part, p, r, table.row_inline(r))


def _copy(inline: Inline) -> Inline:
    """The text, marks and anchors of ``inline`` (the shown line never shares the model's objects)."""
    return Inline(inline.text, list(inline.marks), list(inline.anchors))


def _tree(paragraphs: list[Paragraph], kind: Kind, depth: int) -> Iterator[tuple[Kind, int, Paragraph]]:
    for p in paragraphs:
        yield (kind, depth, p) if depth == 0 else (SUBORDINATE[kind], depth, p)
        yield from _tree(p.children, kind, depth + 1)


def texts(res: Resolution) -> Iterator[tuple[PlacePath, Resolution | Section]]:
    """(path prefix, text) of every text of the document: () for the first, ("section", k) for the others."""
    yield (), res
    for k, section in enumerate(res.sections):
        yield ("section", k), section


def origins(res: Resolution) -> dict[int, evidence.Origin]:
    """{id(paragraph): where it stands now} for every paragraph of ``res``, instructions and further texts too."""
    out: dict[int, evidence.Origin] = {}

    def walk(items: list[Paragraph], prefix: PlacePath) -> None:
        for i, p in enumerate(items):
            out[id(p)] = evidence.Origin(prefix + (i,), len(items), p.text)
            walk(p.children, prefix + (i,))

    walk(res.instructions, ("instruction",))
    for prefix, text in texts(res):
        walk(text.preamble, prefix + ("preamble",))
        walk(text.operative, prefix + ("operative",))
        for a, annex in enumerate(text.annexes):
            walk(annex.paragraphs, prefix + ("annex", a))
    return out


def update_entry(target: Entry, fresh: Entry) -> None:
    """Give ``target``'s model object the content of ``fresh`` (identity kept: it sits in the tree); the typed
    labels count as far as ``target``'s list still stands as loaded."""
    fresh.labels_hold = target.labels_hold
    judge_labels(fresh)
    element, new = target.inline, fresh.inline
    element.text, element.marks, element.anchors = new.text, new.marks, new.anchors
    if isinstance(element, Paragraph) and isinstance(new, Paragraph):
        element.style, element.source = new.style, new.source
        element.list_style, element.restart = new.list_style, new.restart
    target.notes, target.origin, target.source = fresh.notes, fresh.origin, fresh.source
    _number_instruction(target)


def judge_labels(entry: Entry) -> None:
    """Typed labels count only while the entry's list stands as loaded."""
    p = entry.element
    if isinstance(p, Paragraph):
        p.source = entry.source if entry.labels_hold else evidence.without_labels(entry.source)


def _is_instruction(path: PlacePath) -> bool:
    return len(path) == 2 and path[0] == "instruction"


def judge_lists(entries: list[Entry]) -> bool:
    """Drop the typed labels of every list in which a paragraph moved, came or went since it was loaded;
    True when a list's labels came or went by it.  An amendment's numbers are its content: they stay."""
    flipped = False
    lists: dict[PlacePath, list[Entry]] = {}
    for e in entries:
        if isinstance(e.element, Paragraph) and e.path and isinstance(e.path[-1], int) and not _is_instruction(e.path):
            lists.setdefault(e.path[:-1], []).append(e)
    for members in lists.values():
        holds = evidence.labels_hold(((e.path, e.origin) for e in members), len(members))
        for e in members:
            flipped |= e.labels_hold != holds
            e.labels_hold = holds
            judge_labels(e)
    return flipped


class _Builder:
    """Puts the parts together block by block; a text-head line opens the next text."""

    def __init__(self, res: Resolution) -> None:
        self.res = res
        res.title, res.authoring_body, res.label, res.section_title = Inline(), Inline(), "", Inline()
        res.preamble, res.operative, res.annexes, res.instructions, res.sections = [], [], [], [], []
        self.text: Resolution | Section = res
        self.prefix: PlacePath = ()
        self.seen_title = self.seen_first_head = False
        self._open_text()

    def _open_text(self) -> None:
        self.seen_body = False
        self.stacks: dict[Kind, list[tuple[PlacePath, Paragraph]]] = {head: [] for head in SUBORDINATE}
        self.annex: Annex | None = None

    def _current_annex(self) -> tuple[Annex, int]:
        if self.annex is None:
            self.annex = Annex()
            self.text.annexes.append(self.annex)
        return self.annex, self.text.annexes.index(self.annex)

    def _first_text_head(self) -> bool:
        """Whether a text-head line here is the first text's: before its body line and any of its paragraphs."""
        res = self.res
        return self.text is res and not (self.seen_first_head or self.seen_body or res.instructions or res.preamble
                                         or res.operative or res.annexes)

    def place(self, e: Entry) -> None:
        kind, res = e.kind, self.res
        if kind == Kind.TITLE and not self.seen_title:
            res.title, e.path, self.seen_title = e.inline, ("title",), True
        elif kind == Kind.TEXT_HEAD and self._first_text_head():
            res.label, res.section_title, e.path = e.head.label, e.head.title, ("section_title",)
            self.seen_first_head = True
        elif kind == Kind.TEXT_HEAD:
            section = Section(e.head.label, e.head.title, adoption=e.head.adoption)
            res.sections.append(section)
            self.text, self.prefix = section, ("section", len(res.sections) - 1)
            self._open_text()
            e.path = self.prefix + ("title",)
        elif kind == Kind.BODY and not self.seen_body:
            self.text.authoring_body, e.path, self.seen_body = e.inline, self.prefix + ("body",), True
        elif kind in (Kind.TITLE, Kind.BODY):  # a second title or body line: kept as preamble
            e.element = Paragraph(e.inline.text, e.inline.marks, e.inline.anchors)
            e.depth = 0
            _place(e, self.text.preamble, self.prefix + ("preamble",), self.stacks[Kind.PREAMBULAR])
        elif kind == Kind.TABLE:
            self._place_table(e)
        elif kind == Kind.ANNEX_HEADING:
            annex = self.annex = e.annex
            annex.title, annex.paragraphs = Inline(), []
            self.text.annexes.append(annex)
            e.path = self.prefix + ("annex", len(self.text.annexes) - 1, "heading")
        elif kind == Kind.ANNEX_TITLE:
            annex, a = self._current_annex()
            annex.title = e.inline
            e.path = self.prefix + ("annex", a, "title")
        else:
            head = HEAD.get(kind, kind)
            if head == Kind.INSTRUCTION:
                _place(e, res.instructions, ("instruction",), self.stacks[Kind.INSTRUCTION])
            elif head == Kind.PREAMBULAR:
                _place(e, self.text.preamble, self.prefix + ("preamble",), self.stacks[head])
            elif head == Kind.OPERATIVE:
                _place(e, self.text.operative, self.prefix + ("operative",), self.stacks[head])
            else:
                annex, a = self._current_annex()
                _place(e, annex.paragraphs, self.prefix + ("annex", a), self.stacks[head])


    def _place_table(self, e: Entry) -> None:
        """A table's line: its paragraph stands in its part again (placed with its first line), whole."""
        line = e.table_line
        if line.part == "annex":
            annex, a = self._current_annex()
            top, prefix, head = annex.paragraphs, self.prefix + ("annex", a), Kind.ANNEX_PARAGRAPH
        elif line.part == "preamble":
            top, prefix, head = self.text.preamble, self.prefix + ("preamble",), Kind.PREAMBULAR
        else:
            top, prefix, head = self.text.operative, self.prefix + ("operative",), Kind.OPERATIVE
        if not top or top[-1] is not line.table:
            top.append(line.table)
            self.stacks[head][:] = []  # a subparagraph after a table has no paragraph to belong to
        where = prefix + (len(top) - 1,)
        e.path = where + (("table_title",) if line.row < 0 else ("cell", line.row, 0))


def build(entries: list[Entry], res: Resolution) -> dict[PlacePath, int]:
    """Fill ``res``'s text parts (instructions and further texts too) from the block entries; set their paths
    and labels.

    Returns {path: block number}.  Blocks out of the usual order still land in their
    part of their text; a subparagraph with no paragraph above it counts as a paragraph.
    """
    builder = _Builder(res)
    where: dict[PlacePath, int] = {}
    for number, e in enumerate(entries):
        e.label = ""
        builder.place(e)
        where[e.path] = number
    _label(entries, res)
    judge_lists(entries)
    for e in entries:
        _number_instruction(e)
    return where


def _place(e: Entry, top: list[Paragraph], prefix: PlacePath, stack: list[tuple[PlacePath, Paragraph]]) -> None:
    """Append a paragraph or subparagraph under its parent; ``stack`` holds the open ancestors."""
    p = e.paragraph
    p.children = []
    depth = min(e.depth, len(stack))
    if depth == 0:
        top.append(p)
        e.path = prefix + (len(top) - 1,)
        stack[:] = [(e.path, p)]
        return
    parent_path, parent = stack[depth - 1]
    parent.children.append(p)
    e.path = parent_path + (len(parent.children) - 1,)
    stack[depth:] = [(e.path, p)]


def _label(entries: list[Entry], res: Resolution) -> None:
    """Derived labels, counted in each text on its own: headings are not counted, annex numbers restart where
    the source restarts; an amendment's instructions are numbered where it numbers them."""
    labels: dict[PlacePath, str] = {}
    for prefix, text in texts(res):
        for part in ("operative", "preamble"):
            labels.update({prefix + (part,) + path: label for path, label in labels_by_path(getattr(text, part)).items()
                           if part == "operative" or len(path) > 1})
        for a, annex in enumerate(text.annexes):
            numbers = annex_numbers(annex.paragraphs)
            for path, label in labels_by_path(annex.paragraphs).items():
                top = numbers[path[0]]
                labels[prefix + ("annex", a) + path] = label if len(path) > 1 else f"{top}." if top else ""
    labels.update(_instruction_labels(res.instructions))
    for e in entries:
        if e.kind == Kind.TEXT_HEAD:
            e.label = e.head.label
        elif e.kind == Kind.TABLE:
            e.label = "Table" if e.table_line.row < 0 else ""
        else:
            e.label = labels.get(e.path, "")


def _instruction_labels(instructions: list[Paragraph]) -> dict[PlacePath, str]:
    """"1.", "2." … for instructions where any was printed with a number; a quoted paragraph's own
    subparagraphs lettered from (a), as the exporters write them."""
    numbered = any(p.source is not None and p.source.label for p in instructions)
    out: dict[PlacePath, str] = {}

    def letter(parent: Paragraph, prefix: PlacePath, depth: int) -> None:
        for i, (p, label) in enumerate(zip(parent.children, subparagraph_labels(depth, parent.children,
                                                                                 parent.list_style), strict=True)):
            out[prefix + (i,)] = label
            letter(p, prefix + (i,), depth + 1)

    for i, p in enumerate(instructions):
        out[("instruction", i)] = f"{i + 1}." if numbered else ""
        for j, quoted in enumerate(p.children):
            letter(quoted, ("instruction", i, j), 1)
    return out


def _number_instruction(entry: Entry) -> None:
    """An instruction's number is part of the amendment as printed: the model holds the number it shows."""
    if not _is_instruction(entry.path) or not isinstance(entry.element, Paragraph):
        return
    p = entry.element
    italic = p.source.italic if p.source is not None else None
    p.source = Source(label=entry.label, italic=italic) if entry.label else (
        Source(italic=italic) if italic is not None else None)


def paragraphs_of(res: Resolution) -> Iterator[tuple[PlacePath, Paragraph]]:
    """Every paragraph the editor shows with its path: instructions, then each text's parts."""
    yield from walk(res.instructions, ("instruction",))
    for prefix, text in texts(res):
        yield from walk(text.preamble, prefix + ("preamble",))
        yield from walk(text.operative, prefix + ("operative",))
        for a, annex in enumerate(text.annexes):
            yield from walk(annex.paragraphs, prefix + ("annex", a))


def next_label(labels: list[str]) -> str:
    """The label of a text added after texts labelled ``labels`` (in document order): "III" after "I", "II";
    "C" after "A", "B"; "C." after "B."; "2" after "1"; "II" after a text without a label.  "I" and "II"
    after "A" run on as roman numerals (a lettered text holding sections I, II); "I" after "H" as a letter."""
    named = [label for label in labels if label.strip()]
    if not named:
        return "II"
    last = named[-1]
    core, dot = (last[:-1], ".") if last.endswith(".") else (last, "")
    if core.isdigit():
        return f"{int(core) + 1}{dot}"
    lower = core.lower()
    as_roman, as_letter = parse_roman(lower), parse_letters(lower)
    if len(lower) == 1 and lower not in "ivx":  # texts run I, II …; a lone "C" or "D" is a letter
        as_roman = None
    before = named[-2].rstrip(".").lower() if len(named) > 1 else ""
    runs_as_roman = as_roman is not None and (as_roman == 1 or parse_roman(before) == as_roman - 1)
    runs_as_letter = as_letter is not None and (as_letter == 1 or parse_letters(before) == as_letter - 1)
    if runs_as_roman != runs_as_letter:  # the label before decides
        roman_next = runs_as_roman
    else:  # "A", "B", "C": a C after B is a letter, not 100
        roman_next = bool(as_roman) and not (as_letter and any(_lettered(label) for label in labels))
    if roman_next and as_roman:
        out = roman(as_roman + 1)
    elif as_letter:
        out = letters(as_letter + 1)
    else:
        return ""
    return (out.upper() if core.isupper() else out) + dot


def _lettered(label: str) -> bool:
    core = label.rstrip(".").lower()
    return parse_letters(core) is not None and parse_roman(core) is None
