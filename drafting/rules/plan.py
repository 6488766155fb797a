"""Which place rules a place runs: a plan per kind of place, made once per check.

Most rules have something to say only about a place that holds certain characters, words,
figures, marks, footnote anchors or acronyms (their ``Needs``).  Rules with the same needs
form a group, each group gets one bit, and a place's text is looked at once to learn which
groups it needs: each character once, however many groups name it.  This runs for every
place of the document; the plans are made once for a set of rules.
"""

from __future__ import annotations

from collections.abc import Iterable

from .context import Ctx, Hit, Place
from .registry import Rule

_PLANS: dict[tuple, tuple] = {}  # identities of the rules that are on → (those rules, their plans)


def plans_for(rules: Iterable[Rule]) -> dict[str, Plan]:
    """{place kind: its plan} for the place rules among ``rules`` (kept for the next check with the same rules)."""
    rules = tuple(rules)
    key = tuple(map(id, rules))  # the rules are kept with their plans, so their identities stay theirs
    if key not in _PLANS:
        by_kind: dict[str, list[Rule]] = {}
        for r in rules:
            if r.scope == "place":
                for kind in r.kinds:
                    by_kind.setdefault(kind, []).append(r)
        if len(_PLANS) >= 32:
            _PLANS.clear()
        _PLANS[key] = (rules, {kind: Plan(kind_rules) for kind, kind_rules in by_kind.items()})
    return _PLANS[key][1]


class Plan:
    def __init__(self, rules: list[Rule]):
        self.always = tuple((r, r.func) for r in rules if r.needs is None)
        groups: dict = {}
        for r in rules:
            if r.needs is not None:
                groups.setdefault(r.needs, []).append((r, r.func))
        self.groups = tuple((1 << i, tuple(members)) for i, members in enumerate(groups.values()))
        chars: dict[str, int] = {}
        self.words = tuple((1 << i, needs.words) for i, needs in enumerate(groups) if needs.words)
        self.digit = self.marks = self.anchors = self.caps = 0
        for i, needs in enumerate(groups):
            bit = 1 << i
            for c in needs.chars:
                chars[c] = chars.get(c, 0) | bit
            self.digit |= bit if needs.digit else 0
            self.marks |= bit if needs.marks else 0
            self.anchors |= bit if needs.anchors else 0
            self.caps |= bit if needs.caps else 0
        self.chars = tuple(chars.items())

    def needed(self, place: Place) -> int:
        """The bits of the groups whose needs the place meets."""
        text = place.text
        found = 0
        for c, bits in self.chars:
            if c in text:
                found |= bits
        if self.words:
            words = place.words
            for bit, need in self.words:
                if not found & bit and not need.isdisjoint(words):
                    found |= bit
        if self.digit and place.has_digit:
            found |= self.digit
        inline = place.inline
        if inline is not None:
            if self.marks and inline.marks:
                found |= self.marks
            if self.anchors and inline.anchors and place.kind != "footnote":
                found |= self.anchors
        if self.caps and place.caps:
            found |= self.caps
        return found

    def run(self, place: Place, ctx: Ctx) -> list[tuple[Rule, Hit]]:
        """(rule, hit) for every finding of the place rules the place needs."""
        hits: list[tuple[Rule, Hit]] = []
        for r, func in self.always:
            found = func(place, ctx)
            if found:
                hits.extend((r, hit) for hit in found)
        needed = self.needed(place) if self.groups else 0
        if needed:
            for bit, members in self.groups:
                if needed & bit:
                    for r, func in members:
                        found = func(place, ctx)
                        if found:
                            hits.extend((r, hit) for hit in found)
        return hits
