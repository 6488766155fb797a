"""The resolution as a sequence of blocks, and back: what the editor's text document holds.

``layout`` lists the blocks of a Resolution in document order: title, body line, the
preamble, the operative part with its subparagraphs, each annex's heading, title and
paragraphs.  ``build`` puts a Resolution's text parts together again from the per-block
``Entry`` list, sets each entry's path and derives the labels (operative numbers,
subparagraph letters, numbered annex paragraphs) with ``drafting.numbering``; the typed
labels of a list in which paragraphs moved, came or went are dropped (``evidence.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from enum import IntEnum

from . import evidence
from .model import Annex, Inline, Paragraph, PlacePath, Resolution, Section, Source, walk
from .numbering import annex_numbers, label_at, labels_by_path


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
    FIXED = 11  # shown, not edited here: a further text of the document, an amendment's instruction, a table's rows


MAX_DEPTH = 4  # (a) → (i) → a. → i.
SUBORDINATE = {Kind.PREAMBULAR: Kind.PREAMBULAR_SUBPARAGRAPH, Kind.OPERATIVE: Kind.SUBPARAGRAPH,
               Kind.ANNEX_PARAGRAPH: Kind.ANNEX_SUBPARAGRAPH}
HEAD = {sub: head for head, sub in SUBORDINATE.items()}

NAMES = {Kind.TITLE: "Title", Kind.BODY: "Body line", Kind.PREAMBULAR: "Preambular paragraph",
         Kind.OPERATIVE: "Operative paragraph", Kind.SUBPARAGRAPH: "Subparagraph",
         Kind.ANNEX_HEADING: "Annex heading", Kind.ANNEX_TITLE: "Annex title",
         Kind.ANNEX_PARAGRAPH: "Annex paragraph", Kind.ANNEX_SUBPARAGRAPH: "Annex subparagraph",
         Kind.PREAMBULAR_SUBPARAGRAPH: "Preambular subparagraph", Kind.FIXED: "Read-only text"}


@dataclass
class FixedLine:
    """A line the editor shows read-only: where it is in the model, its label and its text (a copy)."""

    path: PlacePath
    label: str
    inline: Inline
    depth: int = 0
    table: Paragraph | None = None  # on the lines of a table of the first text: the table's paragraph, kept as is
    row: int = -1  # which row of that table the line shows (-1: its caption)


@dataclass
class Entry:
    """What one block is in the model."""

    kind: Kind
    depth: int
    element: Paragraph | Inline | Annex | FixedLine
    notes: list[int] = field(default_factory=list)  # footnote ids in the block, in order
    path: PlacePath = ()
    label: str = ""
    origin: evidence.Origin | None = None  # where the paragraph stood when loaded
    source: Source | None = None  # the evidence its block carries (the model's may say less: see evidence.py)
    labels_hold: bool = True  # its list stands as loaded: typed labels still speak for it

    @property
    def inline(self) -> Inline:
        """The element of a text block (every kind but an annex heading)."""
        assert isinstance(self.element, Inline), self.kind
        return self.element

    @property
    def paragraph(self) -> Paragraph:
        """The element of a paragraph block (preambular, operative, annex paragraph, their subparagraphs)."""
        assert isinstance(self.element, Paragraph), self.kind
        return self.element

    @property
    def fixed(self) -> FixedLine:
        """The element of a read-only line."""
        assert isinstance(self.element, FixedLine), self.kind
        return self.element

    @property
    def annex(self) -> Annex:
        """The element of an annex heading."""
        assert isinstance(self.element, Annex), self.kind
        return self.element


def layout(res: Resolution) -> Iterator[tuple[Kind, int, Inline | Paragraph | Annex | FixedLine]]:
    """(kind, depth, element) of every block, in document order; an amendment's instructions and the
    further texts of the document come as read-only lines where they stand."""
    yield Kind.TITLE, 0, res.title
    if res.label or res.section_title.text:  # the first text's own label and title, as its further texts have
        yield Kind.FIXED, 0, FixedLine(("section_title",), res.label, _copy(res.section_title))
    yield Kind.BODY, 0, res.authoring_body
    for path, p in walk(res.instructions, ("instruction",)):
        label = p.source.label if p.source and p.source.label else ""
        yield Kind.FIXED, len(path) - 2, FixedLine(path, label, _copy(p), len(path) - 2)
    yield from _part(res.preamble, Kind.PREAMBULAR, ("preamble",))
    yield from _part(res.operative, Kind.OPERATIVE, ("operative",))
    for a, annex in enumerate(res.annexes):
        yield Kind.ANNEX_HEADING, 0, annex
        yield Kind.ANNEX_TITLE, 0, annex.title
        yield from _part(annex.paragraphs, Kind.ANNEX_PARAGRAPH, ("annex", a))
    for k, section in enumerate(res.sections):
        for line in section_lines(section, ("section", k)):
            yield Kind.FIXED, line.depth, line


def section_lines(section: Section, prefix: PlacePath) -> Iterator[FixedLine]:
    """A further text as read-only lines: its label and title, body line, preamble, operative part, annexes."""
    yield FixedLine(prefix + ("title",), section.label, _copy(section.title))
    if section.authoring_body.text:
        yield FixedLine(prefix + ("body",), "", _copy(section.authoring_body))
    for path, p in walk(section.preamble, prefix + ("preamble",)):
        if p.table is not None:
            yield from table_lines(p, path, keep=False)
            continue
        depth = len(path) - len(prefix) - 2
        label = label_at(section.preamble, path[len(prefix) + 1:]) if depth else ""
        yield FixedLine(path, label, _copy(p), depth)
    for path, p in walk(section.operative, prefix + ("operative",)):
        if p.table is not None:
            yield from table_lines(p, path, keep=False)
            continue
        label = label_at(section.operative, path[len(prefix) + 1:])
        yield FixedLine(path, label, _copy(p), len(path) - len(prefix) - 2)
    for a, annex in enumerate(section.annexes):
        yield FixedLine(prefix + ("annex", a, "heading"), "", Inline(annex.heading))
        yield FixedLine(prefix + ("annex", a, "title"), "", _copy(annex.title))
        numbers = annex_numbers(annex.paragraphs)
        for path, p in walk(annex.paragraphs, prefix + ("annex", a)):
            if p.table is not None:
                yield from table_lines(p, path, keep=False)
                continue
            depth = len(path) - len(prefix) - 3
            index = path[len(prefix) + 2:]
            number = numbers[index[0]]
            label = (f"{number}." if number is not None else "") if depth == 0 else label_at(annex.paragraphs, index)
            yield FixedLine(path, label, _copy(p), depth)


def table_lines(p: Paragraph, path: PlacePath, keep: bool) -> Iterator[FixedLine]:
    """A table as read-only lines: its caption, then one line a row with the cells side by side.

    With ``keep`` (a table of the first text, which the editor rebuilds from its blocks) the
    lines carry the table's paragraph, so that ``build`` puts it back whole where it stands.
    """
    assert p.table is not None
    table = p.table
    owner = p if keep else None
    if table.title.text:
        yield FixedLine(path + ("table_title",), "Table", _copy(table.title), 0, owner, -1)
    for r in range(len(table.rows)):
        yield FixedLine(path + ("cell", r, 0), "", table.row_inline(r), 0, owner, r)
    if not table.rows and not table.title.text:
        yield FixedLine(path + ("table_title",), "Table", Inline(), 0, owner, -1)


def _part(paragraphs: list[Paragraph], kind: Kind, prefix: PlacePath
          ) -> Iterator[tuple[Kind, int, Paragraph | FixedLine]]:
    """The blocks of one part: its paragraphs with their subparagraphs, a table as its read-only rows."""
    for i, p in enumerate(paragraphs):
        if p.table is not None:
            for line in table_lines(p, prefix + (i,), keep=True):
                yield Kind.FIXED, 0, line
        else:
            yield from _tree([p], kind, 0)


def _copy(inline: Inline) -> Inline:
    """The text, marks and anchors of ``inline`` (the shown line never shares the model's objects)."""
    return Inline(inline.text, list(inline.marks), list(inline.anchors))


def _tree(paragraphs: list[Paragraph], kind: Kind, depth: int) -> Iterator[tuple[Kind, int, Paragraph]]:
    for p in paragraphs:
        yield (kind, depth, p) if depth == 0 else (SUBORDINATE[kind], depth, p)
        yield from _tree(p.children, kind, depth + 1)


def origins(res: Resolution) -> dict[int, evidence.Origin]:
    """{id(paragraph): where it stands now} for every paragraph of ``res``."""
    out: dict[int, evidence.Origin] = {}

    def walk(items: list[Paragraph], prefix: PlacePath) -> None:
        for i, p in enumerate(items):
            out[id(p)] = evidence.Origin(prefix + (i,), len(items), p.text)
            walk(p.children, prefix + (i,))

    walk(res.preamble, ("preamble",))
    walk(res.operative, ("operative",))
    for a, annex in enumerate(res.annexes):
        walk(annex.paragraphs, ("annex", a))
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


def judge_labels(entry: Entry) -> None:
    """Typed labels count only while the entry's list stands as loaded."""
    p = entry.element
    if isinstance(p, Paragraph):
        p.source = entry.source if entry.labels_hold else evidence.without_labels(entry.source)


def judge_lists(entries: list[Entry]) -> bool:
    """Drop the typed labels of every list in which a paragraph moved, came or went since it was loaded;
    True when a list's labels came or went by it."""
    flipped = False
    lists: dict[PlacePath, list[Entry]] = {}
    for e in entries:
        if isinstance(e.element, Paragraph) and e.path and isinstance(e.path[-1], int):
            lists.setdefault(e.path[:-1], []).append(e)
    for members in lists.values():
        holds = evidence.labels_hold(((e.path, e.origin) for e in members), len(members))
        for e in members:
            flipped |= e.labels_hold != holds
            e.labels_hold = holds
            judge_labels(e)
    return flipped


def build(entries: list[Entry], res: Resolution) -> dict[PlacePath, int]:
    """Fill ``res``'s text parts from the block entries; set their paths and labels.

    Returns {path: block number}.  Blocks out of the usual order still land in their
    part; a subparagraph with no paragraph above it counts as a paragraph.
    """
    res.title, res.authoring_body = Inline(), Inline()
    res.preamble, res.operative, res.annexes = [], [], []
    where: dict[PlacePath, int] = {}
    seen_title = seen_body = False
    stacks: dict[Kind, list[tuple[PlacePath, Paragraph]]] = {head: [] for head in SUBORDINATE}
    annex: Annex | None = None

    def current_annex() -> Annex:
        nonlocal annex
        if annex is None:
            annex = Annex()
            res.annexes.append(annex)
        return annex

    for number, e in enumerate(entries):
        kind = e.kind
        if kind == Kind.FIXED and e.fixed.table is not None:  # a table of the first text: put back whole
            e.path, e.label = _place_table(e.fixed, res, current_annex, stacks), e.fixed.label
            where[e.path] = number
            continue
        if kind == Kind.FIXED:  # kept in the model's own parts, untouched: only its place is noted
            e.path, e.label = e.fixed.path, e.fixed.label
            where[e.path] = number
            continue
        e.label = ""
        if kind == Kind.TITLE and not seen_title:
            res.title, e.path, seen_title = e.inline, ("title",), True
        elif kind == Kind.BODY and not seen_body:
            res.authoring_body, e.path, seen_body = e.inline, ("body",), True
        elif kind in (Kind.TITLE, Kind.BODY):  # a second title or body line: kept as preamble
            e.element = Paragraph(e.inline.text, e.inline.marks, e.inline.anchors)
            e.depth = 0
            _place(e, res.preamble, ("preamble",), stacks[Kind.PREAMBULAR])
        elif kind == Kind.ANNEX_HEADING:
            annex = e.annex
            annex.title, annex.paragraphs = Inline(), []
            res.annexes.append(annex)
            e.path = ("annex", len(res.annexes) - 1, "heading")
        elif kind == Kind.ANNEX_TITLE:
            a = current_annex()
            a.title = e.inline
            e.path = ("annex", res.annexes.index(a), "title")
        else:
            head = HEAD.get(kind, kind)
            top: list[Paragraph]
            prefix: PlacePath
            if head == Kind.PREAMBULAR:
                top, prefix = res.preamble, ("preamble",)
            elif head == Kind.OPERATIVE:
                top, prefix = res.operative, ("operative",)
            else:
                a = current_annex()
                top, prefix = a.paragraphs, ("annex", res.annexes.index(a))
            _place(e, top, prefix, stacks[head])
        where[e.path] = number
    _label(entries, res)
    judge_lists(entries)
    return where


def _place_table(line: FixedLine, res: Resolution, current_annex: Callable[[], Annex],
                 stacks: dict[Kind, list[tuple[PlacePath, Paragraph]]]) -> PlacePath:
    """The path of a table's line once its paragraph stands in its part again (placed with its first line)."""
    p = line.table
    assert p is not None
    part = line.path[0]
    top: list[Paragraph]
    prefix: PlacePath
    if part == "annex":
        annex = current_annex()
        top, prefix, head = annex.paragraphs, ("annex", res.annexes.index(annex)), Kind.ANNEX_PARAGRAPH
    elif part == "preamble":
        top, prefix, head = res.preamble, ("preamble",), Kind.PREAMBULAR
    else:
        top, prefix, head = res.operative, ("operative",), Kind.OPERATIVE
    if not top or top[-1] is not p:
        top.append(p)
        stacks[head][:] = []  # a subparagraph after a table has no paragraph to belong to
    where = prefix + (len(top) - 1,)
    return where + (("table_title",) if line.row < 0 else ("cell", line.row, 0))


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
    """Derived labels: headings are not counted, annex numbers restart where the source restarts."""
    numbers = {a: annex_numbers(annex.paragraphs) for a, annex in enumerate(res.annexes)}
    operative, preamble = labels_by_path(res.operative), labels_by_path(res.preamble)
    annexes = {a: labels_by_path(annex.paragraphs) for a, annex in enumerate(res.annexes)}
    for e in entries:
        path = e.path
        if e.kind == Kind.FIXED:
            continue  # its label is its own (a further text's, an instruction's, a table's caption)
        if path[0] == "operative":
            e.label = operative[tuple(int(i) for i in path[1:])]
        elif path[0] == "preamble" and len(path) > 2:  # preambular subparagraphs: (a), (b) …
            e.label = preamble[tuple(int(i) for i in path[1:])]
        elif path[0] == "annex" and isinstance(path[-1], int):
            if len(path) == 3:
                number = numbers[path[1]][path[2]]
                e.label = f"{number}." if number is not None else ""
            else:
                e.label = annexes[path[1]][tuple(int(i) for i in path[2:])]
