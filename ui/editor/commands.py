"""Structural edits: demote and promote, move a paragraph with its subparagraphs, convert
preambular ↔ operative.  Each is one edit block, so one undo step, and returns None when
done or a sentence saying why it could not be.

A "unit" is a paragraph with the subparagraphs under it; "level" is 0 for a paragraph and
n for a subparagraph of degree n.
"""

from __future__ import annotations

from PySide6.QtGui import QTextCursor

from drafting.lexicon import OPERATIVE, PREAMBLE, Lexicon
from drafting.model import Inline, Paragraph
from ui.editor.document import Entry, ResolutionDocument
from ui.editor.kinds import HEAD, MAX_DEPTH, NAMES, SUBORDINATE, Kind, format_like

_PART_KIND = {PREAMBLE: Kind.PREAMBULAR, OPERATIVE: Kind.OPERATIVE}


def head(kind: Kind) -> Kind:
    return HEAD.get(kind, kind)


def level(entry: Entry) -> int:
    return entry.depth if entry.kind in HEAD else 0


def selected_blocks(cursor: QTextCursor) -> tuple[int, int]:
    doc = cursor.document()
    first = doc.findBlock(cursor.selectionStart()).blockNumber()
    last = doc.findBlock(cursor.selectionEnd()).blockNumber()
    return first, max(first, last)


def unit_end(doc: ResolutionDocument, number: int) -> int:
    """The last block of the unit that starts at block ``number``."""
    entry = doc.entry(number)
    end = number
    while True:
        nxt = doc.entry(end + 1)
        if nxt is None or nxt.kind not in HEAD or head(nxt.kind) != head(entry.kind) or level(nxt) <= level(entry):
            return end
        end += 1


def _set_levels(doc: ResolutionDocument, numbers: range, shift: int) -> None:
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    for n in numbers:
        block = doc.findBlockByNumber(n)
        entry = doc.entry(n)
        new_level = level(entry) + shift
        kind = head(entry.kind) if new_level == 0 else SUBORDINATE[head(entry.kind)]
        QTextCursor(block).setBlockFormat(format_like(block, kind, new_level))
    cursor.endEditBlock()


def demote(doc: ResolutionDocument, cursor: QTextCursor) -> str | None:
    first, last = selected_blocks(cursor)
    entry = doc.entry(first)
    if head(entry.kind) not in SUBORDINATE:
        return f"A {_name(entry)} has no subparagraphs; only operative and annex paragraphs can be demoted."
    above = doc.entry(first - 1)
    if above is None or head(above.kind) != head(entry.kind) or level(above) < level(entry):
        return "There is no paragraph above for it to become part of."
    numbers = range(first, unit_end(doc, last) + 1)
    if any(head(doc.entry(n).kind) != head(entry.kind) for n in numbers):
        return "Select paragraphs of one part only."
    if max(level(doc.entry(n)) for n in numbers) + 1 > MAX_DEPTH:
        return f"Subparagraphs go {MAX_DEPTH} degrees deep at most: (a), (i), a., i."
    _set_levels(doc, numbers, +1)
    return None


def promote(doc: ResolutionDocument, cursor: QTextCursor) -> str | None:
    first, last = selected_blocks(cursor)
    numbers = range(first, unit_end(doc, last) + 1)
    entry = doc.entry(first)
    if entry.kind not in HEAD or any(doc.entry(n).kind not in HEAD for n in numbers):
        return "Only subparagraphs can be promoted."
    _set_levels(doc, numbers, -1)
    return None


# -- moving ----------------------------------------------------------------------------


def _sibling_before(doc: ResolutionDocument, number: int) -> int | None:
    entry = doc.entry(number)
    n = number - 1
    while (other := doc.entry(n)) is not None and head(other.kind) == head(entry.kind):
        if level(other) == level(entry):
            return n
        if level(other) < level(entry):
            return None
        n -= 1
    return None


def move(doc: ResolutionDocument, cursor: QTextCursor, down: bool) -> tuple[str | None, int]:
    """Move the cursor's paragraph with its subparagraphs past its neighbour.

    Returns (why not, or None) and the cursor position after the move.
    """
    number = doc.findBlock(cursor.position()).blockNumber()
    entry = doc.entry(number)
    if entry.kind not in (Kind.PREAMBULAR, Kind.OPERATIVE, Kind.SUBPARAGRAPH, Kind.ANNEX_PARAGRAPH,
                          Kind.ANNEX_SUBPARAGRAPH, Kind.INSTRUCTION, Kind.QUOTE):
        return "Only paragraphs can be moved.", cursor.position()
    end = unit_end(doc, number)
    if down:
        nxt = doc.entry(end + 1)
        if nxt is None or head(nxt.kind) != head(entry.kind) or level(nxt) != level(entry):
            return "It is the last paragraph at its level.", cursor.position()
        after = unit_end(doc, end + 1)
    else:
        before = _sibling_before(doc, number)
        if before is None:
            return "It is the first paragraph at its level.", cursor.position()
        after = before - 1
    offset = cursor.position() - doc.findBlockByNumber(number).position()
    moved = [doc.entry(n) for n in range(number, end + 1)]
    contents = [(e.kind, e.depth, _copy(e.element)) for e in moved]
    edit = QTextCursor(doc)
    edit.beginEditBlock()
    _remove_blocks(doc, edit, number, end)
    target = after if not down else after - len(moved)
    edit.setPosition(doc.findBlockByNumber(target).position())
    for kind, depth, element in contents:
        doc.insert_paragraph(edit, kind, depth, element)
    edit.endEditBlock()
    start = doc.findBlockByNumber(target + 1).position()
    return None, start + offset


def _remove_blocks(doc: ResolutionDocument, cursor: QTextCursor, first: int, last: int) -> None:
    """Remove blocks first..last together with the separator before them (first > 0)."""
    start = doc.findBlockByNumber(first).position() - 1
    end_block = doc.findBlockByNumber(last)
    cursor.setPosition(start)
    cursor.setPosition(end_block.position() + end_block.length() - 1, QTextCursor.MoveMode.KeepAnchor)
    cursor.removeSelectedText()


def _copy(element: Inline) -> Inline:
    if isinstance(element, Paragraph):
        return Paragraph(element.text, list(element.marks), list(element.anchors), style=element.style,
                         source=element.source, restart=element.restart, list_style=element.list_style)
    return Inline(element.text, list(element.marks), list(element.anchors))


# -- preambular ↔ operative --------------------------------------------------------------


def convert(doc: ResolutionDocument, cursor: QTextCursor, lexicon: Lexicon) -> tuple[str | None, int]:
    """Make a preambular paragraph operative or back, rewriting the opening phrase.

    The paragraph moves to the boundary of the parts (it becomes operative paragraph 1,
    or the last preambular paragraph) so that the preamble stays before the operative part.
    """
    number = doc.findBlock(cursor.position()).blockNumber()
    entry = doc.entry(number)
    if entry.kind == Kind.PREAMBULAR:
        to_part, from_part = OPERATIVE, PREAMBLE
    elif entry.kind == Kind.OPERATIVE:
        if doc.entry(number + 1) is not None and doc.entry(number + 1).kind == Kind.SUBPARAGRAPH:
            return "Move or promote its subparagraphs first: a preambular paragraph has none.", cursor.position()
        to_part, from_part = PREAMBLE, OPERATIVE
    else:
        return "Only preambular and operative paragraphs can be converted.", cursor.position()
    element = _copy(entry.element)
    note = None
    opening = lexicon.match(element.text, from_part)
    if opening is None:
        note = "No opening phrase was recognized; only the part changed."
    else:
        start = opening.end - len(opening.text)
        phrase = lexicon.convert(opening.text, to_part)
        if phrase is None:
            other = "operative" if to_part == OPERATIVE else "preambular"
            note = f"“{opening.text}” has no {other} form; reword it."
        else:
            element = _replace(element, start, opening.end, phrase)
    element = _end_for(element, to_part)
    if to_part == OPERATIVE:  # after the last preambular paragraph
        n = number
        while (e := doc.entry(n + 1)) is not None and e.kind == Kind.PREAMBULAR:
            n += 1
        after = n
    else:  # after the last preambular paragraph, or the body line
        n = number - 1
        while (e := doc.entry(n)) is not None and e.kind not in (Kind.PREAMBULAR, Kind.BODY, Kind.TITLE,
                                                                 Kind.TEXT_HEAD):
            n -= 1
        after = n
    offset = cursor.position() - doc.findBlockByNumber(number).position()
    edit = QTextCursor(doc)
    edit.beginEditBlock()
    _remove_blocks(doc, edit, number, number)
    target = after - 1 if after >= number else after
    edit.setPosition(doc.findBlockByNumber(target).position())
    doc.insert_paragraph(edit, _PART_KIND[to_part], 0, element)
    edit.endEditBlock()
    block = doc.findBlockByNumber(target + 1)
    return note, block.position() + min(offset, block.length() - 1)


def _end_for(element: Inline, part: str) -> Inline:
    """A preambular paragraph ends with a comma, an operative one with a semicolon (the last one's full stop
    is left to the rules, which know which paragraph is last)."""
    text = element.text.rstrip()
    wrong, right = (";.", ",") if part == PREAMBLE else (",", ";")
    if text and text[-1] in wrong:
        return _replace(element, len(text) - 1, len(text), right)
    return element


def _replace(element: Inline, start: int, end: int, text: str) -> Inline:
    """``element`` with [start, end) replaced by ``text``; marks and anchors after it shift."""
    delta = len(text) - (end - start)
    out = _copy(element)
    out.text = element.text[:start] + text + element.text[end:]
    out.marks = [type(m)(m.start + (delta if m.start >= end else 0), m.end + (delta if m.end >= end else 0), m.style)
                 for m in element.marks]
    out.anchors = [type(a)(a.offset + (delta if a.offset >= end else 0), a.note) for a in element.anchors]
    return out


def _name(entry: Entry) -> str:
    return NAMES[entry.kind].lower()

