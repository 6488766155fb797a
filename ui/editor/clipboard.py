"""Copy and paste: paragraphs keep their kinds, subparagraph degrees and footnotes.

A copy carries, besides plain text, the selected blocks as JSON (kind, degree, text,
marks, the footnotes' texts); a paste re-creates them with new footnotes, so that a mark
never shares its note with the original.  Plain text of several paragraphs of a
resolution goes through the text importer: "1. Decides …", "(a) …" become paragraphs of
their part with the typed labels dropped.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QTextCursor

from drafting.blocks import TextHead
from drafting.model import Anchor, Footnote, Inline, Mark
from ui.editor.document import ResolutionDocument, layout
from ui.editor.inline import OBJECT_CHAR, insert_inline, read_block, text_format, to_model_offset
from ui.editor.kinds import Kind, block_format, depth_of, head_format, kind_of, text_head_of

MIME = "application/x-resolute-paragraphs"
_PASTE_PARTS = (Kind.TITLE, Kind.BODY, Kind.PREAMBULAR, Kind.OPERATIVE, Kind.SUBPARAGRAPH)
Piece = tuple  # (Kind | None, degree | None, Inline): None takes the kind of the block pasted into


def mime_of_selection(doc: ResolutionDocument, cursor: QTextCursor) -> QMimeData:
    data = QMimeData()
    data.setText(cursor.selectedText().replace("\u2029", "\n").replace(OBJECT_CHAR, ""))
    pieces = []
    start, end = cursor.selectionStart(), cursor.selectionEnd()
    block = doc.findBlock(start)
    while block.isValid() and block.position() <= end:
        lo = max(start, block.position()) - block.position()
        hi = min(end, block.position() + block.length() - 1) - block.position()
        pieces.append(_piece(doc, block, lo, hi))
        block = block.next()
    data.setData(MIME, json.dumps(pieces).encode("utf-8"))
    return data


def _piece(doc: ResolutionDocument, block, lo: int, hi: int) -> dict:
    content = read_block(block)
    text = block.text()
    a, b = to_model_offset(text, lo), to_model_offset(text, hi)
    marks = [[max(m.start, a) - a, min(m.end, b) - a, m.style] for m in content.marks if m.start < b and m.end > a]
    notes = [[offset - a, doc.notes[nid].text, [[m.start, m.end, m.style] for m in doc.notes[nid].marks],
              doc.notes[nid].symbol] for offset, nid in content.notes if a <= offset <= b
             and nid in doc.notes and (offset < b or hi == len(text))]
    piece = {"kind": int(kind_of(block)), "depth": depth_of(block), "text": content.text[a:b], "marks": marks,
             "notes": notes}
    if kind_of(block) == Kind.TEXT_HEAD:  # a text's title line carries its label
        piece["label"] = text_head_of(block, Inline()).label
    return piece


def _inline_of(piece: dict) -> Inline:
    anchors = [Anchor(offset, Footnote(text, [Mark(*m) for m in marks], symbol=symbol))
               for offset, text, marks, symbol in piece.get("notes", [])]
    return Inline(piece.get("text", ""), [Mark(*m) for m in piece.get("marks", [])], anchors)


def pieces_of(source: QMimeData, cursor: QTextCursor) -> list[Piece]:
    if source.hasFormat(MIME):
        return [(Kind(p["kind"]), p["depth"], TextHead(p.get("label", ""), _inline_of(p)) if p["kind"] == Kind.TEXT_HEAD
                 else _inline_of(p)) for p in json.loads(bytes(source.data(MIME).data()))]
    return _pieces_of_text(source.text(), cursor)


def _pieces_of_text(text: str, cursor: QTextCursor) -> list[Piece]:
    """Several paragraphs of a resolution become paragraphs of their part; other text, one paragraph a line."""
    text = text.replace("\r\n", "\n").replace("\t", " ")
    lines = text.split("\n")
    if sum(1 for line in lines if line.strip()) > 1 and kind_of(cursor.block()) in _PASTE_PARTS:
        from drafting.importers.text import import_text  # only for pasting: not needed at start-up

        res = import_text(text).resolution
        found = [(kind, depth, element) for kind, depth, element in layout(res) if kind in _PASTE_PARTS[2:]]
        if found:
            return _as_paragraphs(found, cursor)
    return [(None, None, Inline(line)) for line in lines]


def _as_paragraphs(found: list[Piece], cursor: QTextCursor) -> list[Piece]:
    """Whole paragraphs stand apart from the paragraph pasted into: at its start they go before
    it (the cursor moves to the end of the paragraph before), in its middle they split it, at its
    end they follow it; an empty paragraph takes the first."""
    block = cursor.block()
    if not block.text():
        return found
    previous = block.previous()
    if cursor.positionInBlock() == 0 and previous.isValid() and kind_of(previous) in _PASTE_PARTS[2:]:
        cursor.setPosition(previous.position() + previous.length() - 1)
        return [(None, None, Inline()), *found]
    rest = [] if cursor.atBlockEnd() else [(kind_of(block), depth_of(block), Inline())]
    return [(None, None, Inline()), *found, *rest]


def paste(doc: ResolutionDocument, cursor: QTextCursor, pieces: list[Piece]) -> None:
    """Insert the pieces at the cursor as one undo step; an empty paragraph takes the first piece's kind."""
    cursor.beginEditBlock()
    for i, (kind, depth, element) in enumerate(pieces):
        kind = kind or kind_of(cursor.block())
        if kind in (Kind.TITLE, Kind.BODY) and i > 0:
            kind = Kind.PREAMBULAR  # one title and one body line
        if isinstance(element, TextHead):  # a text's title line: a further text begins here, with its label
            fmt, element = head_format(element), element.title
        else:
            fmt = block_format(kind, depth if depth is not None else depth_of(cursor.block()),
                               getattr(element, "style", ""), getattr(element, "source", None))
        if i > 0:
            cursor.insertBlock(fmt, text_format())
        elif kind != kind_of(cursor.block()) and not cursor.block().text():
            cursor.setBlockFormat(fmt)
        insert_inline(cursor, element, doc.note_id)
    cursor.endEditBlock()
