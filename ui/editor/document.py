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
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument

from drafting import evidence
from drafting.blocks import (
    Entry,
    TableLine,
    build,
    judge_lists,
    layout,
    origins,
    paragraphs_of,
    table_lines,
    update_entry,
)
from drafting.lexicon import OPERATIVE, PREAMBLE, Lexicon
from drafting.model import Anchor, Annex, Footnote, Inline, Paragraph, Resolution, Source, Table
from ui.editor.inline import insert_inline, read_block, text_format
from ui.editor.kinds import (
    Kind,
    depth_of,
    kind_of,
    list_style_of,
    origin_of,
    paragraph_format,
    restart_of,
    source_of,
    style_of,
    table_key,
    table_of,
    text_head_of,
    with_source,
)

STRUCTURE = ("structure",)
# Parts of the model that no block shows: kept as they are through every edit.  (A further text's closing
# lines ride on its text-head block.)
DETACHED = ("kind", "base_symbol", "masthead", "submission", "adoption", "unplaced", "meta")
_REBUILDS = (Kind.TITLE, Kind.BODY, Kind.ANNEX_HEADING, Kind.TEXT_HEAD, Kind.TABLE)  # a table changes only whole


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
        self._tables: dict[int, Paragraph] = {}  # the tables shown as read-only lines, by table_key: kept whole
        self._marks: dict[int, str] = {}  # note id -> derived mark
        self._loading = False
        self.lexicon: Callable[[], Lexicon] = Lexicon.default
        self.italic_evidence = False  # the document was loaded with italic openings kept as evidence
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
        self.italic_evidence = any(p.source is not None and p.source.italic is not None
                                   for _, p in paragraphs_of(res))
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
        if kind == Kind.TEXT_HEAD:
            head = text_head_of(block, Inline(content.text, content.marks, anchors))
            return Entry(kind, 0, head, [nid for _, nid in content.notes])
        if kind == Kind.TABLE:
            part, key, row = table_of(block)
            table = self._tables.get(key) if key is not None else None
            if table is not None:
                line = TableLine(part, table, row, Inline(content.text, content.marks, anchors))
                return Entry(kind, 0, line, [nid for _, nid in content.notes])
            kind = Kind.PREAMBULAR  # a table's line whose table this document does not hold: its text, kept
        if kind == Kind.ANNEX_HEADING:
            element = Annex(heading=content.text)
        elif kind in (Kind.TITLE, Kind.BODY, Kind.ANNEX_TITLE):
            element = Inline(content.text, content.marks, anchors)
        else:
            source = source_of(block)
            element = Paragraph(content.text, content.marks, anchors, style=style_of(block), source=source,
                                restart=restart_of(block), list_style=list_style_of(block))
            entry = Entry(kind, depth_of(block), element, [nid for _, nid in content.notes], origin=origin_of(block),
                          source=source)
            self._judge_italic(entry)
            return entry
        return Entry(kind, depth_of(block), element, [nid for _, nid in content.notes])

    def _judge_italic(self, entry: Entry) -> None:
        """An edited paragraph shows the derived opening in italics: its evidence says so (evidence.py)."""
        p = entry.paragraph
        if entry.kind not in (Kind.PREAMBULAR, Kind.OPERATIVE) or evidence.italic_holds(entry.origin, p.text):
            return
        if self.italic_evidence:
            part = PREAMBLE if entry.kind == Kind.PREAMBULAR else OPERATIVE
            entry.source = evidence.shown_italic(p, part, self.lexicon())
        elif entry.source is not None and entry.source.italic is not None:
            entry.source = Source(label=entry.source.label) if entry.source.label is not None else None
        p.source = entry.source

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
                update_entry(target, fresh)
            changed = {e.path for e in old}
            if judge_lists(self._entries):  # paragraphs swapped places: typed labels of their lists went stale
                changed |= {STRUCTURE}
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

    def label_of(self, block_number: int) -> str:
        entry = self.entry(block_number)
        return entry.label if entry else ""

    # -- writing model content back into blocks --------------------------------------

    def write_block(self, block: QTextBlock, element: Inline) -> None:
        """Replace a block's text with ``element`` (one undo step, kind and origin kept, evidence as the
        element's: a fix may have changed it)."""
        cursor = QTextCursor(block)
        cursor.beginEditBlock()
        if isinstance(element, Paragraph):
            cursor.setBlockFormat(with_source(block, element.source))
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        insert_inline(cursor, element, self.note_id)
        cursor.endEditBlock()

    def insert_paragraph(self, cursor: QTextCursor, kind: Kind, depth: int, element: Inline) -> None:
        """A new block after the cursor's block, holding ``element``."""
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        cursor.insertBlock(paragraph_format(kind, depth, element), text_format())
        insert_inline(cursor, element, self.note_id)

    def table_at(self, block: QTextBlock) -> tuple[Paragraph, str, QTextBlock, QTextBlock] | None:
        """The table whose read-only line ``block`` is: its paragraph, the part it stands in, and its first
        and last lines; None on any other block."""
        if kind_of(block) != Kind.TABLE:
            return None
        part, key, _ = table_of(block)
        table = self._tables.get(key) if key is not None else None
        if table is None:
            return None
        first = last = block
        while first.previous().isValid() and kind_of(first.previous()) == Kind.TABLE \
                and table_of(first.previous())[1] == key:
            first = first.previous()
        while last.next().isValid() and kind_of(last.next()) == Kind.TABLE and table_of(last.next())[1] == key:
            last = last.next()
        return table, part, first, last

    def replace_table(self, block: QTextBlock, table: Table) -> int:
        """Show ``table`` in place of the table ``block`` belongs to, as one undo step (the old lines keep
        their table for undo); returns the position of its first line."""
        found = self.table_at(block)
        assert found is not None, "replace_table on a line that is no table's"
        old, part, first, last = found
        paragraph = copy.copy(old)
        paragraph.table = table
        cursor = QTextCursor(self)
        cursor.beginEditBlock()
        cursor.setPosition(first.position())
        cursor.setPosition(last.position() + last.length() - 1, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        self._write_blocks(cursor, ((Kind.TABLE, 0, line) for line in table_lines(paragraph, part)))
        cursor.endEditBlock()
        return first.position()

    def rewrite_body(self) -> None:
        """Render the model's text parts again into the document, as one undo step."""
        cursor = QTextCursor(self)
        cursor.select(QTextCursor.SelectionType.Document)
        self._render(cursor)

    def _render(self, cursor: QTextCursor) -> None:
        """Replace the cursor's selection (or nothing) with every block of ``res``, as one edit."""
        cursor.beginEditBlock()
        cursor.removeSelectedText()
        self._write_blocks(cursor, layout(self.res), origins(self.res))
        cursor.endEditBlock()

    def _write_blocks(self, cursor: QTextCursor, items: Iterable[tuple[Kind, int, Any]],
                      placed: dict[int, evidence.Origin] | None = None) -> None:
        """Write ``items`` (as ``layout`` gives them) as blocks from the cursor's empty block on; a table's
        lines register their table, which the document keeps whole."""
        placed = placed or {}
        for i, (kind, depth, element) in enumerate(items):
            if isinstance(element, TableLine):
                self._tables[table_key(element.table)] = element.table
            fmt = paragraph_format(kind, depth, element, placed.get(id(element)))
            if i == 0:
                cursor.setBlockFormat(fmt)
                cursor.setBlockCharFormat(text_format())
            else:
                cursor.insertBlock(fmt, text_format())
            if isinstance(element, Annex):
                cursor.insertText(element.heading, text_format())
            else:
                shown = element.inline if isinstance(element, TableLine) else element
                insert_inline(cursor, shown if isinstance(shown, Inline) else shown.title, self.note_id)


def blocks(doc: QTextDocument):
    block = doc.firstBlock()
    while block.isValid():
        yield block
        block = block.next()
