"""The texts of one document as the editor edits them: add a further text after the one the cursor is in,
set the label of a text.  A text begins at its label-and-title line (Kind.TEXT_HEAD); each edit is one
undo step.  A text added between two others takes the next label, and the texts after it whose labels
ran on in sequence move on by one ("II" added after "I" makes the old "II" and "III" become "III" and
"IV"); a label that did not follow the sequence, and every one after it, is left as the user set it."""

from __future__ import annotations

from PySide6.QtGui import QTextBlock, QTextCursor

from drafting.blocks import TextHead, next_label
from drafting.model import Inline
from ui.editor.document import ResolutionDocument
from ui.editor.inline import text_format
from ui.editor.kinds import Kind, head_format, kind_of, text_head_of


def head_of(block: QTextBlock) -> QTextBlock | None:
    """The label-and-title line of the text ``block`` belongs to; None in a first text that has none."""
    while block.isValid():
        if kind_of(block) == Kind.TEXT_HEAD:
            return block
        block = block.previous()
    return None


def _last_of_text(block: QTextBlock) -> QTextBlock:
    while block.next().isValid() and kind_of(block.next()) != Kind.TEXT_HEAD:
        block = block.next()
    return block


def _labels_up_to(doc: ResolutionDocument, block: QTextBlock) -> list[str]:
    labels, b = [], doc.firstBlock()
    while b.isValid() and b.blockNumber() <= block.blockNumber():
        if kind_of(b) == Kind.TEXT_HEAD:
            labels.append(text_head_of(b, Inline()).label)
        b = b.next()
    return labels


def _first_head_at(cursor: QTextCursor, doc: ResolutionDocument, label: str) -> None:
    """Give the first text a label line of its own, after the document's title."""
    title = doc.firstBlock()
    cursor.setPosition(title.position() + title.length() - 1)
    cursor.insertBlock(head_format(TextHead(label)), text_format())


def add_text(doc: ResolutionDocument, cursor: QTextCursor) -> int:
    """A new text after the one the cursor is in, labelled as the next in sequence (a document of one text
    without a label gets "I" for it and "II" for the new one); returns the position of its empty title line."""
    last = _last_of_text(cursor.block())
    labels = _labels_up_to(doc, last)
    edit = QTextCursor(doc)
    edit.beginEditBlock()
    if not labels and head_of(doc.lastBlock()) is None:
        _first_head_at(edit, doc, "I")
        labels = ["I"]
    following = _heads_after(last)
    edit.setPosition(last.position() + last.length() - 1)
    added = next_label(labels)
    edit.insertBlock(head_format(TextHead(added)), text_format())
    title_at = edit.position()
    _renumber(following, labels, added)
    edit.endEditBlock()
    return title_at


def _heads_after(block: QTextBlock) -> list[QTextBlock]:
    heads, b = [], block.next()
    while b.isValid():
        if kind_of(b) == Kind.TEXT_HEAD:
            heads.append(b)
        b = b.next()
    return heads


def _renumber(heads: list[QTextBlock], before: list[str], added: str) -> None:
    """Move on by one the labels of ``heads`` (the texts after an added one) that ran on in sequence from
    ``before``; stop at the first that did not."""
    was, now = list(before), [*before, added]
    for head in heads:
        kept = text_head_of(head, Inline())
        if not kept.label or kept.label != next_label(was):
            return
        was.append(kept.label)
        label = next_label(now)
        now.append(label)
        QTextCursor(head).setBlockFormat(head_format(TextHead(label, adoption=kept.adoption)))


def set_label(doc: ResolutionDocument, cursor: QTextCursor, label: str) -> None:
    """Set the label of the text the cursor is in (the first text gets a label line if it had none)."""
    head = head_of(cursor.block())
    edit = QTextCursor(doc)
    edit.beginEditBlock()
    if head is None:
        _first_head_at(edit, doc, label)
    else:
        kept = text_head_of(head, Inline())
        QTextCursor(head).setBlockFormat(head_format(TextHead(label, adoption=kept.adoption)))
    edit.endEditBlock()


def label_here(cursor: QTextCursor) -> str:
    """The label of the text the cursor is in ("" when it has none)."""
    head = head_of(cursor.block())
    return text_head_of(head, Inline()).label if head is not None else ""
