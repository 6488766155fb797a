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
# Pairing alike notes compares each left-over old note with every free new one; a document with
# thousands of changed notes stops pairing after this many comparisons (the rest: removed and added).
ALIKE_COMPARISONS = 200_000


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
    same_text: dict[str, list[int]] = {}
    for j in reversed(range(len(new))):
        same_text.setdefault(new[j].text, []).append(j)  # first free j at the end of the list
    for i, note in enumerate(old):
        waiting = same_text.get(note.text)
        if waiting:
            partner[i] = waiting.pop()
    taken = set(partner.values())
    free = [j for j in range(len(new)) if j not in taken]
    bags = {j: bag(new[j].text) for j in free}
    budget = ALIKE_COMPARISONS
    for i, note in enumerate(old):
        if i in partner or not free or budget < len(free):
            continue
        budget -= len(free)
        old_bag = bag(note.text)
        scores = {j: dice(old_bag, bags[j]) for j in free}
        j = max(free, key=scores.__getitem__)
        if scores[j] >= ALIKE_AT:
            partner[i] = j
            free.remove(j)
    by_new = {j: i for i, j in partner.items()}
    out: list[NotePair[N]] = []
    for j, note in enumerate(new):
        if j in by_new:
            out.append(NotePair(old[by_new[j]], note))
        else:
            out.append(NotePair(None, note))
    # A removed note goes after the last pair (in the new order) holding an earlier old note,
    # removed ones included: the running maximum of that place, found in one pass.
    paired = sorted((by_new[j], j) for j in by_new)
    after: dict[int, list[int]] = {}
    last, k = -1, 0
    for i in (i for i in range(len(old)) if i not in partner):
        while k < len(paired) and paired[k][0] < i:
            last = max(last, paired[k][1])
            k += 1
        after.setdefault(last, []).append(i)
    result = [NotePair(old[i], None) for i in after.get(-1, [])]
    for j, pair in enumerate(out):
        result.append(pair)
        result += [NotePair(old[i], None) for i in after.get(j, [])]
    return result
