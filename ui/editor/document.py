"""The bridge: a QTextDocument whose blocks are the resolution's text, kept in step with the model.

``load`` renders a Resolution into blocks (title, body line, preamble, operative part
with subparagraphs, annexes).  Every edit then re-derives only the blocks it touched:
their Paragraph objects are updated in place, and when blocks were added, removed or
changed kind the (cheap) tree of parts is rebuilt from the per-block entries.  Numbers,
letters and footnote marks are derived at that moment from ``drafting.numbering``; the
parts of the model the text does not hold (masthead, submission, adoption, unplaced text,
metadata) live in ``res`` untouched.  ``derive_full`` re-derives everything from
scratch: the incremental result must equal it.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

from PySide6.QtCore import Signal
from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument

from drafting.model import Anchor, Annex, Footnote, Inline, Paragraph, Resolution
from drafting.numbering import operative_label, subparagraph_label
from ui.editor.inline import insert_inline, read_block, text_format
from ui.editor.kinds import HEAD, SUBORDINATE, Kind, block_format, depth_of, kind_of, source_of, style_of

STRUCTURE = ("structure",)
# Parts of the model that no block shows: kept as they are through every edit.
DETACHED = ("kind", "label", "section_title", "base_symbol", "masthead", "submission", "adoption", "sections",
            "instructions", "unplaced", "meta")
_REBUILDS = (Kind.TITLE, Kind.BODY, Kind.ANNEX_HEADING)


@dataclass
class Entry:
    """What one block is in the model."""

    kind: Kind
    depth: int
    element: Paragraph | Inline | Annex
    notes: list[int] = field(default_factory=list)  # footnote ids in the block, in order
    path: tuple = ()
    label: str = ""


class ResolutionDocument(QTextDocument):
    modelChanged = Signal(object)  # set of changed model paths; STRUCTURE when parts moved
    marksChanged = Signal()  # footnote marks were renumbered, added or removed
    detachedChanged = Signal()  # masthead, submission, notes or metadata were set (undo, fixes)
    packChanged = Signal()  # the style pack chosen for the document changed

    def __init__(self, parent=None):
        super().__init__(parent)
        self.res = Resolution()
        self.notes: dict[int, Footnote] = {}
        self._ids: dict[int, int] = {}  # id(Footnote) -> note id
        self._next_id = 1
        self._entries: list[Entry] = []
        self._where: dict[tuple, int] = {}  # model path -> block number
        self._marks: dict[int, str] = {}  # note id -> derived mark
        self._loading = False
        self.contentsChange.connect(self._on_change)

    # -- footnote ids ----------------------------------------------------------------

    def note_id(self, note: Footnote) -> int:
        known = self._ids.get(id(note))
        if known is None:
            known = self._next_id
            self._next_id += 1
            self._ids[id(note)] = known
            self.notes[known] = note
        return known

    def new_note(self, text: str = "") -> int:
        return self.note_id(Footnote(text))

    def mark_of(self, note_id: int) -> str:
        return self._marks.get(note_id, "?")

    # -- loading ---------------------------------------------------------------------

    def load(self, res: Resolution) -> None:
        """Show ``res``; the undo history starts empty."""
        self._loading = True
        self.res = res
        self.notes.clear()
        self._ids.clear()
        self.setUndoRedoEnabled(False)
        self.clear()
        self._render(QTextCursor(self))
        self.setUndoRedoEnabled(True)
        self.setModified(False)
        self._loading = False
        self._entries = [self._entry(b) for b in blocks(self)]
        self._rebuild()
        self.refresh_marks()
        self.modelChanged.emit({STRUCTURE})

    # -- deriving --------------------------------------------------------------------

    def _entry(self, block: QTextBlock) -> Entry:
        kind, content = kind_of(block), read_block(block)
        anchors = [Anchor(offset, self._note(nid)) for offset, nid in content.notes]
        if kind == Kind.ANNEX_HEADING:
            element = Annex(heading=content.text)
        elif kind in (Kind.TITLE, Kind.BODY, Kind.ANNEX_TITLE):
            element = Inline(content.text, content.marks, anchors)
        else:
            element = Paragraph(content.text, content.marks, anchors, style=style_of(block), source=source_of(block))
        return Entry(kind, depth_of(block), element, [nid for _, nid in content.notes])

    def _note(self, nid: int) -> Footnote:
        note = self.notes.get(nid)
        if note is None:  # a mark whose note this document does not know: keep it visible
            note = self.notes[nid] = Footnote("")
            self._ids[id(note)] = nid
            self._next_id = max(self._next_id, nid + 1)
        return note

    def _on_change(self, position: int, removed: int, added: int) -> None:
        if self._loading:
            return
        first = self.findBlock(position).blockNumber()
        end = self.findBlock(position + added)
        last_new = end.blockNumber() if end.isValid() else self.blockCount() - 1
        delta = self.blockCount() - len(self._entries)
        last_old = last_new - delta
        if first < 0 or last_old < first - 1 or last_old >= len(self._entries):
            self._entries = [self._entry(b) for b in blocks(self)]  # cannot happen; stay correct anyway
            first, last_old, last_new = 0, len(self._entries) - 1, len(self._entries) - 1
            old, new = [], self._entries
            structural = True
        else:
            old = self._entries[first:last_old + 1]
            new = [self._entry(self.findBlockByNumber(n)) for n in range(first, last_new + 1)]
            structural = delta != 0 or any(
                (a.kind, a.depth) != (b.kind, b.depth) or a.kind in _REBUILDS for a, b in zip(old, new, strict=False))
        notes_moved = [n for e in old for n in e.notes] != [n for e in new for n in e.notes]
        if structural:
            self._entries[first:last_old + 1] = new
            self._rebuild()
            changed = {STRUCTURE} | {e.path for e in new}
        else:
            for target, fresh in zip(old, new, strict=False):
                _update(target, fresh)
            changed = {e.path for e in old}
        if structural or notes_moved:
            self.refresh_marks()
        self.modelChanged.emit(changed)

    def _rebuild(self) -> None:
        self._where = build(self._entries, self.res)

    def refresh_marks(self) -> None:
        by_note = {id(note): mark for mark, note in self.res.footnotes()}
        marks = {nid: by_note[id(note)] for nid, note in self.notes.items() if id(note) in by_note}
        if marks != self._marks:
            self._marks = marks
            self.marksChanged.emit()

    def derive_full(self) -> Resolution:
        """The model derived again from every block, without touching ``res``: for checking."""
        res = Resolution(**{name: copy.deepcopy(getattr(self.res, name)) for name in DETACHED})
        build([self._entry(b) for b in blocks(self)], res)
        return res

    # -- where things are ----------------------------------------------------------

    def entry(self, block_number: int) -> Entry | None:
        return self._entries[block_number] if 0 <= block_number < len(self._entries) else None

    @property
    def entries(self) -> list[Entry]:
        return self._entries

    def block_of(self, path: tuple) -> QTextBlock | None:
        number = self._where.get(tuple(path))
        return self.findBlockByNumber(number) if number is not None else None

    def path_of(self, block: QTextBlock) -> tuple:
        entry = self.entry(block.blockNumber())
        return entry.path if entry else ()

    def label_of(self, block_number: int) -> str:
        entry = self.entry(block_number)
        return entry.label if entry else ""

    # -- writing model content back into blocks --------------------------------------

    def write_block(self, block: QTextBlock, element: Inline) -> None:
        """Replace a block's text with ``element`` (one undo step, kind kept)."""
        cursor = QTextCursor(block)
        cursor.beginEditBlock()
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        insert_inline(cursor, element, self.note_id)
        cursor.endEditBlock()

    def insert_paragraph(self, cursor: QTextCursor, kind: Kind, depth: int, element: Inline) -> None:
        """A new block after the cursor's block, holding ``element``."""
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        cursor.insertBlock(block_format(kind, depth, getattr(element, "style", ""), getattr(element, "source", None)),
                           text_format())
        insert_inline(cursor, element, self.note_id)

    def rewrite_body(self) -> None:
        """Render the model's text parts again into the document, as one undo step."""
        cursor = QTextCursor(self)
        cursor.select(QTextCursor.SelectionType.Document)
        self._render(cursor)

    def _render(self, cursor: QTextCursor) -> None:
        """Replace the cursor's selection (or nothing) with every block of ``res``, as one edit."""
        cursor.beginEditBlock()
        cursor.removeSelectedText()
        for i, (kind, depth, element) in enumerate(layout(self.res)):
            fmt = block_format(kind, depth, getattr(element, "style", ""), getattr(element, "source", None))
            if i == 0:
                cursor.setBlockFormat(fmt)
                cursor.setBlockCharFormat(text_format())
            else:
                cursor.insertBlock(fmt, text_format())
            if isinstance(element, Annex):
                cursor.insertText(element.heading, text_format())
            else:
                insert_inline(cursor, element, self.note_id)
        cursor.endEditBlock()


def blocks(doc: QTextDocument):
    block = doc.firstBlock()
    while block.isValid():
        yield block
        block = block.next()


def layout(res: Resolution):
    """(kind, depth, element) of every block, in document order."""
    yield Kind.TITLE, 0, res.title
    yield Kind.BODY, 0, res.authoring_body
    for p in res.preamble:
        yield Kind.PREAMBULAR, 0, p
    yield from _tree(res.operative, Kind.OPERATIVE, 0)
    for annex in res.annexes:
        yield Kind.ANNEX_HEADING, 0, annex
        yield Kind.ANNEX_TITLE, 0, annex.title
        yield from _tree(annex.paragraphs, Kind.ANNEX_PARAGRAPH, 0)


def _tree(paragraphs: list[Paragraph], kind: Kind, depth: int):
    for p in paragraphs:
        yield (kind, depth, p) if depth == 0 else (SUBORDINATE[kind], depth, p)
        yield from _tree(p.children, kind, depth + 1)


def _update(target: Entry, fresh: Entry) -> None:
    """Give ``target``'s model object the content of ``fresh`` (identity kept: it sits in the tree)."""
    element, new = target.element, fresh.element
    element.text, element.marks, element.anchors = new.text, new.marks, new.anchors
    if isinstance(element, Paragraph):
        element.style, element.source = new.style, new.source
    target.notes = fresh.notes


def build(entries: list[Entry], res: Resolution) -> dict[tuple, int]:
    """Fill ``res``'s text parts from the block entries; set their paths and labels.

    Returns {path: block number}.  Blocks out of the usual order still land in their
    part; a subparagraph with no paragraph above it counts as a paragraph.
    """
    res.title, res.authoring_body = Inline(), Inline()
    res.preamble, res.operative, res.annexes = [], [], []
    where: dict[tuple, int] = {}
    seen_title = seen_body = False
    stacks: dict[Kind, list[tuple[tuple, Paragraph]]] = {Kind.OPERATIVE: [], Kind.ANNEX_PARAGRAPH: []}
    annex: Annex | None = None

    def current_annex() -> Annex:
        nonlocal annex
        if annex is None:
            annex = Annex()
            res.annexes.append(annex)
        return annex

    for number, e in enumerate(entries):
        e.label = ""
        kind = e.kind
        if kind == Kind.TITLE and not seen_title:
            res.title, e.path, seen_title = e.element, ("title",), True
        elif kind == Kind.BODY and not seen_body:
            res.authoring_body, e.path, seen_body = e.element, ("body",), True
        elif kind in (Kind.TITLE, Kind.BODY):  # a second title or body line: kept as preamble
            e.element = Paragraph(e.element.text, e.element.marks, e.element.anchors)
            res.preamble.append(e.element)
            e.path = ("preamble", len(res.preamble) - 1)
        elif kind == Kind.PREAMBULAR:
            e.element.children = []
            res.preamble.append(e.element)
            e.path = ("preamble", len(res.preamble) - 1)
        elif kind == Kind.ANNEX_HEADING:
            annex = e.element
            annex.title, annex.paragraphs = Inline(), []
            res.annexes.append(annex)
            e.path = ("annex", len(res.annexes) - 1, "heading")
        elif kind == Kind.ANNEX_TITLE:
            a = current_annex()
            a.title = e.element
            e.path = ("annex", res.annexes.index(a), "title")
        else:
            head = HEAD.get(kind, kind)
            if head == Kind.OPERATIVE:
                top, prefix = res.operative, ("operative",)
            else:
                a = current_annex()
                top, prefix = a.paragraphs, ("annex", res.annexes.index(a))
            _place(e, top, prefix, stacks[head])
        where[e.path] = number
    _label(entries, len(res.operative))
    return where


def _place(e: Entry, top: list[Paragraph], prefix: tuple, stack: list[tuple[tuple, Paragraph]]) -> None:
    """Append a paragraph or subparagraph under its parent; ``stack`` holds the open ancestors."""
    p = e.element
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


def _label(entries: list[Entry], total_operative: int) -> None:
    numbered: dict[int, int] = {}  # annex index -> numbered paragraphs so far
    for e in entries:
        path = e.path
        if path[0] == "operative":
            e.label = operative_label(path[1] + 1, total_operative) if len(path) == 2 else \
                subparagraph_label(len(path) - 2, path[-1] + 1)
        elif path[0] == "annex" and isinstance(path[-1], int):
            if len(path) == 3:
                if e.element.style == "numbered":
                    numbered[path[1]] = numbered.get(path[1], 0) + 1
                    e.label = f"{numbered[path[1]]}."
            else:
                e.label = subparagraph_label(len(path) - 3, path[-1] + 1)
