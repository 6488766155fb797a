"""Align two versions of a resolution by structure and similarity.

Preamble with preamble, operative part with operative part, each annex with the annex
of the same rank; within each aligned operative paragraph its subparagraphs, level by
level.  Subparagraphs left over anywhere are then paired across paragraphs (a
subparagraph moved from OP 4 to OP 6).  The result lists every unit of both versions
once, in a ``Pair``; ``Comparison.slots()`` puts them in document order, deleted and
moved-away paragraphs where they stood.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..model import Resolution
from .sequence import align_sequences, pair_leftovers
from .similarity import bag
from .units import Annexes, Unit, Units, units_of

NEW, DELETED, UNCHANGED, AMENDED, SPLIT, MERGED = "new", "deleted", "unchanged", "amended", "split", "merged"


@dataclass(eq=False)
class Pair:
    """What became of ``old`` units: the ``new`` ones (either side may be empty)."""

    old: list[Unit]
    new: list[Unit]
    score: float = 1.0
    moved: bool = False

    @property
    def kind(self) -> str:
        if not self.old:
            return NEW
        if not self.new:
            return DELETED
        if len(self.old) > 1:
            return MERGED
        if len(self.new) > 1:
            return SPLIT
        return UNCHANGED if same_wording(self.old[0].inline, self.new[0].inline) else AMENDED

    @property
    def old_text(self) -> str:
        return " ".join(u.text for u in self.old)

    @property
    def new_text(self) -> str:
        return " ".join(u.text for u in self.new)


@dataclass(frozen=True, eq=False)
class Slot:
    """One place in document order: a pair's new unit ("here"), or an old unit that
    was deleted ("gone") or moved away ("from") standing where it used to be."""

    pair: Pair
    role: str  # "here", "gone", "from"
    unit: Unit


@dataclass
class Comparison:
    old: Resolution
    new: Resolution
    old_units: Units
    new_units: Units
    pairs: list[Pair]
    _by_old: dict[int, Pair] = field(default_factory=dict, repr=False)
    _by_new: dict[int, Pair] = field(default_factory=dict, repr=False)

    def __post_init__(self):
        for pair in self.pairs:
            for u in pair.old:
                self._by_old[id(u)] = pair
            for u in pair.new:
                self._by_new[id(u)] = pair

    def pair_of_old(self, unit: Unit) -> Pair:
        return self._by_old[id(unit)]

    def pair_of_new(self, unit: Unit) -> Pair:
        return self._by_new[id(unit)]

    def slots(self) -> list[Slot]:
        return _document_order(self)


def same_wording(a, b) -> bool:
    """Same text with the same inline marks (footnotes are compared on their own, see ``notes``)."""
    return a.text == b.text and _marks(a) == _marks(b)


def _marks(inline) -> list[tuple]:
    return sorted((m.start, m.end, m.style) for m in inline.marks)


def compare(old: Resolution, new: Resolution) -> Comparison:
    ou, nu = units_of(old), units_of(new)
    pairs: list[Pair] = []
    leftovers: list[Pair] = []
    for o, n in ((ou.title, nu.title), (ou.body, nu.body)):
        pairs += _singletons(o, n)
    for o, n in ((ou.preamble, nu.preamble), (ou.operative, nu.operative)):
        pairs += _align_level(o, n, leftovers)
    pairs += _align_annexes(ou.annexes, nu.annexes, leftovers)
    for k in range(max(len(ou.sections), len(nu.sections))):  # further texts: the k-th with the k-th
        os_, ns = (u.sections[k] if k < len(u.sections) else None for u in (ou, nu))
        pairs += _singletons(os_.heading if os_ else [], ns.heading if ns else [])
        pairs += _singletons(os_.body if os_ else [], ns.body if ns else [])
        pairs += _align_level(os_.preamble if os_ else [], ns.preamble if ns else [], leftovers)
        pairs += _align_level(os_.operative if os_ else [], ns.operative if ns else [], leftovers)
        pairs += _align_annexes(os_.annexes if os_ else [], ns.annexes if ns else [], leftovers)
    pooled = {id(p) for p in leftovers}
    pairs = [p for p in pairs if id(p) not in pooled] + _pair_moved_subparagraphs(leftovers)
    return Comparison(old, new, ou, nu, pairs)


def _align_annexes(old: Annexes, new: Annexes, leftovers: list[Pair]) -> list[Pair]:
    """Each annex with the annex of the same rank: its title, then its paragraphs."""
    pairs: list[Pair] = []
    for k in range(max(len(old), len(new))):
        (ot, op) = old[k] if k < len(old) else (None, [])
        (nt, np) = new[k] if k < len(new) else (None, [])
        pairs += _singletons([ot] if ot else [], [nt] if nt else [])
        pairs += _align_level(op, np, leftovers)
    return pairs


def _singletons(old: list[Unit], new: list[Unit]) -> list[Pair]:
    if old and new:
        return [Pair(old, new)]
    return [Pair(old, [])] if old else [Pair([], new)] if new else []


def _align_level(old: list[Unit], new: list[Unit], leftovers: list[Pair]) -> list[Pair]:
    """Pairs for ``old`` and ``new`` siblings and, recursively, for their subparagraphs.

    Subparagraphs that find no partner under their paragraph are also put in
    ``leftovers``, to be tried against those of other paragraphs.
    """
    pairs: list[Pair] = []
    nested = bool(old and old[0].depth or new and new[0].depth)
    for match in align_sequences([bag(u.text) for u in old], [bag(u.text) for u in new]):
        pair = Pair([old[i] for i in match.old], [new[j] for j in match.new], match.score, match.moved)
        pairs.append(pair)
        old_children = [c for u in pair.old for c in u.children]
        new_children = [c for u in pair.new for c in u.children]
        if pair.old and pair.new:
            pairs += _align_level(old_children, new_children, leftovers)
        else:
            orphans = [Pair([c], []) for u in pair.old for c in u.walk() if c is not u]
            orphans += [Pair([], [c]) for u in pair.new for c in u.walk() if c is not u]
            pairs += orphans
            leftovers += orphans
        if nested and pair.kind in (NEW, DELETED):
            leftovers.append(pair)
    return pairs


def _pair_moved_subparagraphs(leftovers: list[Pair]) -> list[Pair]:
    """Subparagraphs deleted in one place and new in another become moved pairs."""
    gone = [p.old[0] for p in leftovers if p.kind == DELETED]
    came = [p.new[0] for p in leftovers if p.kind == NEW]
    found = pair_leftovers([bag(u.text) for u in gone], [bag(u.text) for u in came])
    pairs = [Pair([gone[i]], [came[j]], score, moved=True) for i, (j, score) in found.items()]
    paired_old = {id(gone[i]) for i in found}
    paired_new = {id(came[j]) for j, _ in found.values()}
    unique: dict[int, Pair] = {id(p): p for p in leftovers}
    pairs += [p for p in unique.values()
              if not any(id(u) in paired_old for u in p.old) and not any(id(u) in paired_new for u in p.new)]
    return pairs


# -- document order ----------------------------------------------------------------------


def _document_order(cmp: Comparison) -> list[Slot]:
    """New units in order, each old unit that left its place where it stood.

    A deleted or moved-away unit stands after the subtree of the new counterpart of its
    nearest earlier sibling that stayed in place, or first under its parent's counterpart,
    or at the start of its part.  A deleted unit under a deleted parent goes with it.
    """
    waiting: dict[tuple, list[Slot]] = {}
    old_sections, new_sections = _sections(cmp.old_units), _sections(cmp.new_units)
    for key, units in old_sections.items():
        for top in units:
            for u in top.walk():
                pair = cmp.pair_of_old(u)
                if pair.kind != DELETED and not pair.moved:
                    continue
                if u.parent is not None and cmp.pair_of_old(u.parent).kind == DELETED and pair.kind == DELETED:
                    continue
                role = "gone" if pair.kind == DELETED else "from"
                waiting.setdefault(_anchor(cmp, u, key), []).append(Slot(pair, role, u))
    out: list[Slot] = []

    def visit(unit: Unit) -> None:
        out.append(Slot(cmp.pair_of_new(unit), "here", unit))
        out.extend(waiting.pop(("start", id(unit)), []))
        for child in unit.children:
            visit(child)
        out.extend(waiting.pop(("after", id(unit)), []))

    for key in dict.fromkeys(list(new_sections) + list(old_sections)):
        out.extend(waiting.pop(("start", key), []))
        for top in new_sections.get(key, []):
            visit(top)
    for rest in waiting.values():  # anchors whose new unit is gone (cannot happen; kept safe)
        out.extend(rest)
    return out


def _sections(units: Units) -> dict[Any, list[Unit]]:
    sections: dict[Any, list[Unit]] = {"title": units.title, "body": units.body, "preamble": units.preamble,
                                       "operative": units.operative}
    for k, (title, paragraphs) in enumerate(units.annexes):
        sections[("annex title", k)] = [title] if title else []
        sections[("annex", k)] = paragraphs
    for k, text in enumerate(units.sections):
        sections[("section", k, "title")] = text.heading
        sections[("section", k, "body")] = text.body
        sections[("section", k, "preamble")] = text.preamble
        sections[("section", k, "operative")] = text.operative
        for a, (title, paragraphs) in enumerate(text.annexes):
            sections[("section", k, "annex title", a)] = [title] if title else []
            sections[("section", k, "annex", a)] = paragraphs
    return sections


def _anchor(cmp: Comparison, unit: Unit, section) -> tuple:
    siblings = unit.parent.children if unit.parent is not None else None
    if siblings is None:
        siblings = _sections(cmp.old_units)[section]
    for s in reversed(siblings[:siblings.index(unit)]):
        pair = cmp.pair_of_old(s)
        if pair.new and not pair.moved:
            return ("after", id(pair.new[-1]))
    if unit.parent is not None:
        parent_pair = cmp.pair_of_old(unit.parent)
        if parent_pair.new:
            return ("start", id(parent_pair.new[-1]))
    return ("start", section)
