"""Which footnotes of two aligned paragraphs are the same note, amended, added or removed.

Notes are paired in reading order, the same text first, then alike texts (an amended
note); the rest were added or removed.  Marks are derived, so a note that only changed
number is the same note.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

from ..model import Footnote, Inline, sorted_anchors
from .align import same_wording
from .similarity import bag, dice

ALIKE_AT = 0.5


class Texted(Protocol):
    @property
    def text(self) -> str: ...


N = TypeVar("N", bound=Texted)


@dataclass(frozen=True)
class NotePair(Generic[N]):
    old: N | None
    new: N | None

    @property
    def change(self: NotePair[Footnote]) -> str | None:
        if self.old is None:
            return "added"
        if self.new is None:
            return "removed"
        if not same_wording(self.old, self.new) or self.old.symbol != self.new.symbol:
            return "amended"
        return None


def notes_in(inlines: list[Inline]) -> list[Footnote]:
    return [a.note for inline in inlines for a in sorted_anchors(inline)]


def pair_notes(old: list[N], new: list[N]) -> list[NotePair[N]]:
    """Pairs in the new order, removed notes after the note they followed."""
    partner: dict[int, int] = {}
    free = list(range(len(new)))
    for i, note in enumerate(old):
        j = next((j for j in free if new[j].text == note.text), None)
        if j is not None:
            partner[i] = j
            free.remove(j)
    for i, note in enumerate(old):
        if i in partner or not free:
            continue
        j = max(free, key=lambda j: dice(bag(note.text), bag(new[j].text)))
        if dice(bag(note.text), bag(new[j].text)) >= ALIKE_AT:
            partner[i] = j
            free.remove(j)
    by_new = {j: i for i, j in partner.items()}
    out: list[NotePair[N]] = []
    for j, note in enumerate(new):
        if j in by_new:
            out.append(NotePair(old[by_new[j]], note))
        else:
            out.append(NotePair(None, note))
    position = {id(note): i for i, note in enumerate(old)}
    for i in (i for i in range(len(old)) if i not in partner):
        before = [k for k, p in enumerate(out) if p.old is not None and position[id(p.old)] < i]
        out.insert(before[-1] + 1 if before else 0, NotePair(old[i], None))
    return out
