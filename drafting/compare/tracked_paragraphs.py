"""Word paragraphs with tracked changes from old paragraphs and the new ones they became.

A *group* is what the alignment pairs: one old paragraph and one new (amended), one and
several (split), several and one (merged), none and one (new), one and none (deleted).
Each side is joined into one text with a paragraph mark after every paragraph; the word
diff of the two texts then says everything: kept text is written once (with
w:rPrChange where its formatting changed), deleted text as w:del, new text as w:ins,
and a paragraph mark that only the new side has is an inserted mark (a split), one
only the old side has a deleted mark (a merge or a deleted paragraph).  Accepting every
revision leaves the new paragraphs, rejecting every one the old.

A moved paragraph is written twice: whole as w:moveFrom where it was, and where it is
now as w:moveTo (kept words) and w:ins (words added on the way), tied by a move name.
"""

from __future__ import annotations

import copy
from typing import Protocol

from lxml import etree

from ..ooxml.namespaces import W
from .revision_marks import DEL, INS, MOVE_FROM, MOVE_TO, Revisions, same_properties
from .wml_text import ParagraphText
from .words import EQUAL, diff_words

MARK = "\ue000"  # a paragraph mark in the joined text of a side


class NoteLinks(Protocol):
    """What the footnotes part does for references met in paragraphs (see tracked_notes)."""

    def characters(self, old_refs: list[etree._Element], new_refs: list[etree._Element]) -> dict[tuple, str]:
        """{("old"|"new", note id): character}: the same character for the same note on both sides."""

    def old_written(self, r: etree._Element, deleted: bool) -> None: ...

    def new_inserted(self, r: etree._Element) -> None: ...

    def kept(self, old_run: etree._Element, new_run: etree._Element) -> None: ...


class _Side:
    """The paragraphs of one side joined by paragraph marks."""

    def __init__(self, side: str, paragraphs: list[etree._Element], chars: dict[tuple, str], last: bool = False):
        self.paragraphs = [ParagraphText(p, lambda r: chars[(side, note_id(r))]) for p in paragraphs]
        self.starts: list[int] = []
        text = []
        at = 0
        for p in self.paragraphs:
            self.starts.append(at)
            text.append(p.text + MARK)
            at += len(p.text) + 1
        self.text = "".join(text)
        if last and self.text:  # the last mark is written by the caller
            self.text = self.text[:-1]

    def locate(self, pos: int) -> tuple[int, int]:
        """(paragraph index, offset in it) of a position of the joined text."""
        k = max(0, _bisect(self.starts, pos) - 1)
        return k, pos - self.starts[k]

    def spans(self, start: int, end: int):
        """Pieces of [start, end) between marks: ("text", k, a, b) and ("mark", k)."""
        pos = start
        while pos < end:
            k, local = self.locate(pos)
            p = self.paragraphs[k]
            stop = min(end, self.starts[k] + len(p.text))
            if pos < stop:
                yield "text", k, local, local + (stop - pos)
                pos = stop
            if pos < end:  # the mark after paragraph k
                yield "mark", k
                pos += 1


def _bisect(starts: list[int], pos: int) -> int:
    lo, hi = 0, len(starts)
    while lo < hi:
        mid = (lo + hi) // 2
        if starts[mid] <= pos:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _same_format(a, b) -> bool:
    return same_properties(a.rpr(), b.rpr(), ignore=(W + "rPrChange",))


def refs_in(paragraphs: list[etree._Element]) -> list[etree._Element]:
    return [r for p in paragraphs for r in p.iterchildren(W + "r") if r.find(W + "footnoteReference") is not None]


def note_id(r: etree._Element) -> str:
    """The footnote id a reference run points to."""
    return reference(r).get(W + "id", "")


def reference(r: etree._Element) -> etree._Element:
    """The w:footnoteReference of a reference run."""
    ref = r.find(W + "footnoteReference")
    assert ref is not None, "a reference run"
    return ref


class _Writer:
    """Fills paragraphs in order; each ends at a paragraph mark of either side."""

    def __init__(self, old: _Side, new: _Side, rev: Revisions, notes: NoteLinks, moved_to: bool):
        self.old, self.new, self.rev, self.notes = old, new, rev, notes
        self.moved_to = moved_to
        self.content: list[etree._Element] = []
        self.out: list[etree._Element] = []

    def close(self, source: etree._Element, mark: str | None, compare_with: etree._Element | None = None) -> None:
        """End the paragraph being filled, with ``source``'s properties (and ``compare_with``'s as before)."""
        p = etree.Element(W + "p")
        ppr = source.find(W + "pPr")
        if ppr is not None:
            p.append(copy.deepcopy(ppr))
        p.extend(self.content)
        self.content = []
        if mark:
            self.rev.paragraph_mark(p, mark)
        if compare_with is not None:
            old_ppr = compare_with.find(W + "pPr")
            if not same_properties(ppr, old_ppr):
                self.rev.properties_were(p, old_ppr)
        self.out.append(p)

    def equal(self, a0: int, a1: int, b0: int, b1: int) -> None:
        old_spans = list(self.old.spans(a0, a1))
        for span, old_span in zip(self.new.spans(b0, b1), old_spans, strict=False):
            if span[0] == "mark":
                new_p = self.new.paragraphs[span[1]].paragraph
                old_p = self.old.paragraphs[old_span[1]].paragraph
                self.close(new_p, MOVE_TO if self.moved_to else None, compare_with=None if self.moved_to else old_p)
                continue
            runs = self._kept_runs(span, old_span)
            self.content.extend([self.rev.wrap(MOVE_TO, runs)] if self.moved_to and runs else runs)

    def _kept_runs(self, span, old_span) -> list[etree._Element]:
        _, k, b0, b1 = span
        _, i, a0, _ = old_span
        new_p, old_p = self.new.paragraphs[k], self.old.paragraphs[i]
        out = []
        for piece, s, e in new_p.pieces_in(b0, b1):
            runs = new_p.runs_for(s, e)
            olds = old_p.pieces_in(a0 + s - b0, a0 + e - b0)
            if piece.whole:
                if olds and runs[0].find(W + "footnoteReference") is not None:
                    self.notes.kept(olds[0][0].run, runs[0])
                out.extend(runs)
                continue
            if all(_same_format(o, piece) for o, _, _ in olds):
                out.extend(runs)
                continue
            for o, os, oe in olds:  # cut where the old formatting changes, and say what it was
                part = new_p.runs_for(b0 + os - a0, b0 + oe - a0)
                if not _same_format(o, piece):
                    for r in part:
                        self.rev.formatting_was(r, o.rpr())
                out.extend(part)
        return out

    def delete(self, a0: int, a1: int) -> None:
        if self.moved_to:
            return
        for span in self.old.spans(a0, a1):
            if span[0] == "mark":
                self.close(self.old.paragraphs[span[1]].paragraph, DEL)
                continue
            runs = self.old.paragraphs[span[1]].runs_for(span[2], span[3])
            for r in runs:
                if r.find(W + "footnoteReference") is not None:
                    self.notes.old_written(r, deleted=True)
            if runs:
                self.content.append(self.rev.wrap(DEL, runs))

    def insert(self, b0: int, b1: int) -> None:
        for span in self.new.spans(b0, b1):
            if span[0] == "mark":
                self.close(self.new.paragraphs[span[1]].paragraph, MOVE_TO if self.moved_to else INS)
                continue
            runs = self.new.paragraphs[span[1]].runs_for(span[2], span[3])
            for r in runs:
                if r.find(W + "footnoteReference") is not None:
                    self.notes.new_inserted(r)
            if runs:
                self.content.append(self.rev.wrap(INS, runs))


def track_group(old: list[etree._Element], new: list[etree._Element], rev: Revisions, notes: NoteLinks,
                part: str | None = None, moved_to: bool = False, last: bool = False) -> list[etree._Element]:
    """The paragraphs showing how ``old`` became ``new`` (either may be empty).

    ``moved_to``: the new paragraphs stand where a moved text arrived; what was deleted
    on the way is left out here (it is in the w:moveFrom copy where the text was).
    ``last``: these close the document (or a table cell), whose last paragraph mark no
    version can lose: the last paragraph ends both sides' last paragraphs.
    """
    chars = notes.characters(refs_in(old), refs_in(new))
    old_side, new_side = _Side("old", old, chars, last), _Side("new", new, chars, last)
    writer = _Writer(old_side, new_side, rev, notes, moved_to)
    for e in diff_words(old_side.text, new_side.text, part):
        if e.op == EQUAL:
            writer.equal(e.old_start, e.old_end, e.new_start, e.new_end)
        else:
            writer.delete(e.old_start, e.old_end)
            writer.insert(e.new_start, e.new_end)
    if last and old and new:
        writer.close(new[-1], None, compare_with=old[-1])
    elif last and (old or new):
        writer.close((new or old)[-1], INS if new else DEL)
    return writer.out


def moved_from(old: etree._Element, rev: Revisions, notes: NoteLinks, name: str | None) -> etree._Element:
    """The old paragraph, whole, as the source of a move (``name`` ties it to its w:moveTo)."""
    text = ParagraphText(old, lambda r: "\ue001")
    runs = text.runs_for(0, len(text.text))
    for r in runs:
        if r.find(W + "footnoteReference") is not None:
            notes.old_written(r, deleted=False)
    p = etree.Element(W + "p")
    ppr = old.find(W + "pPr")
    if ppr is not None:
        p.append(copy.deepcopy(ppr))
    if runs:
        p.append(rev.wrap(MOVE_FROM, runs))
    rev.paragraph_mark(p, MOVE_FROM)
    if name:
        rev.move_range(p, "moveFrom", name)
    return p
