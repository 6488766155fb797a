"""The footnotes part of a tracked-changes document.

It starts as the new text's footnotes.  A note whose reference is kept but whose text
changed gets its changes tracked inside it; a note whose reference is inserted is shown
inserted; a note referenced from deleted or moved-away text is copied over from the old
text under a fresh id (shown deleted when its reference is deleted).  Notes pair across
the two texts by their text, the same first, then alike (``notes.pair_notes``).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass

from lxml import etree

from ..ooxml.namespaces import W
from .notes import pair_notes
from .revision_marks import Revisions
from .tracked_paragraphs import note_id, reference, track_group

_REAL = lambda note: int(note.get(W + "id", "0")) > 0  # noqa: E731  (ids -1 and 0 are the separators)


@dataclass(eq=False)
class _XmlNote:
    text: str
    key: tuple


class TrackedNotes:
    def __init__(self, old: etree._Element | None, new: etree._Element | None, rev: Revisions):
        self.rev = rev
        self.old = {n.get(W + "id", "0"): n for n in (old if old is not None else ()) if _REAL(n)}
        self.root = copy.deepcopy(new if new is not None else old)
        if new is None and self.root is not None:  # keep only the separators of the old part
            for note in [n for n in self.root if _REAL(n)]:
                self.root.remove(note)
        self.new = {n.get(W + "id", "0"): n for n in (self.root if self.root is not None else ()) if _REAL(n)}
        ids = [int(i) for i in list(self.old) + list(self.new)]
        self._next = max(ids, default=0) + 1
        self._done: set[str] = set()

    @property
    def used(self) -> bool:
        return any(_REAL(n) for n in (self.root if self.root is not None else ()))

    @staticmethod
    def _text(note: etree._Element) -> str:
        return "".join(t.text or "" for t in note.iter(W + "t"))

    def characters(self, old_refs: list[etree._Element], new_refs: list[etree._Element]) -> dict[tuple, str]:
        olds = [_XmlNote(self._text(self.old[note_id(r)]), ("old", note_id(r))) for r in old_refs]
        news = [_XmlNote(self._text(self.new[note_id(r)]), ("new", note_id(r))) for r in new_refs]
        chars: dict[tuple, str] = {}
        for k, pair in enumerate(pair_notes(olds, news)):
            char = chr(0xE100 + k)
            for note in (pair.old, pair.new):
                if note is not None:
                    chars[note.key] = char
        return chars

    def old_written(self, r: etree._Element, deleted: bool) -> None:
        """A reference from the old text is written (deleted or moved away): give it a copy of its note."""
        source = self.old[note_id(r)]
        fresh = str(self._next)
        self._next += 1
        note = copy.deepcopy(source)
        note.set(W + "id", fresh)
        if deleted:
            self._retrack(note, source, None)
        assert self.root is not None, "a reference in the old text has a footnotes part"
        self.root.append(note)
        reference(r).set(W + "id", fresh)

    def new_inserted(self, r: etree._Element) -> None:
        nid = note_id(r)
        if nid not in self._done:
            self._done.add(nid)
            self._retrack(self.new[nid], None, self.new[nid])

    def kept(self, old_run: etree._Element, new_run: etree._Element) -> None:
        nid = note_id(new_run)
        old, new = self.old[note_id(old_run)], self.new[nid]
        if nid not in self._done and self._text(old) != self._text(new):
            self._done.add(nid)
            self._retrack(new, old, new)

    def _retrack(self, target: etree._Element, old: etree._Element | None, new: etree._Element | None) -> None:
        """Replace ``target``'s paragraphs by the tracked changes from ``old``'s to ``new``'s."""
        old_ps = list(old.iterchildren(W + "p")) if old is not None else []
        new_ps = list(new.iterchildren(W + "p")) if new is not None else []
        tracked = track_group([copy.deepcopy(p) for p in old_ps], [copy.deepcopy(p) for p in new_ps], self.rev, self,
                              last=bool(old_ps and new_ps))
        for p in list(target.iterchildren(W + "p")):
            target.remove(p)
        target.extend(tracked)
