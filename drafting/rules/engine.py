"""Full and incremental checks.

``Checker.full()`` reads every place; ``Checker.update(changed_paths)`` reads again only the
places whose text changed, then runs the document rules whose facts changed (see
context.py).  A place's findings are cached under the identity of its model object with a
signature of what the place rules read, so that after a structural edit (paragraphs
inserted, moved, deleted) the untouched paragraphs keep their findings.  The result is
always the complete list, equal to a fresh ``full()``.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from ..lexicon import Lexicon
from ..model import Resolution
from .base import INFO, Diagnostic, Fix, Location
from .context import Ctx, Doc, Facts, Hit, Place, build_places, facts_of, refresh, signature
from .packs import Pack, load_pack, pack_for
from .plan import plans_for
from .registry import Rule, all_rules
from .suppressions import is_suppressed

STRUCTURE = ("structure",)


@contextmanager
def _without_cycle_collection() -> Iterator[None]:
    """Pause Python's cycle collector while a check runs.

    A check allocates thousands of small acyclic objects (places, facts, findings), which
    triggers full collections that walk every object of the process (the model, the phrase
    tries, the dictionary) and can double the time of a check; reference counting frees
    what a check leaves, and the collector resumes at the end.

    What a full check leaves (the checker's caches) would still be walked by the young
    collection due as soon as the collector resumes, a few milliseconds for nothing: those
    objects live as long as the checker or die by reference counting.  So when such a
    collection is due, they go straight to the oldest generation (``gc.freeze`` then
    ``gc.unfreeze``: documented to move every tracked object there), unless someone else
    keeps objects frozen.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            if gc.get_count()[0] > gc.get_threshold()[0] and not gc.get_freeze_count():
                gc.freeze()
                gc.unfreeze()
            gc.enable()


def _as_pack(pack: Pack | str | None) -> Pack | None:
    return load_pack(pack) if isinstance(pack, str) else pack


class Checker:
    """Checks one resolution, fully or after edits.

    ``disabled`` (codes) and ``severities`` ({code: "error" | "warning" | "info" | "off"})
    are the user's settings on top of the pack; ``only`` restricts the check to some codes.
    """

    def __init__(self, resolution: Resolution, pack: Pack | str | None = None, *,
                 disabled: Iterable[str] = (), severities: dict[str, str] | None = None,
                 only: Iterable[str] | None = None):
        self.res = resolution
        self._chosen = _as_pack(pack)
        self.disabled = frozenset(disabled)
        self.overrides = dict(severities or {})
        self.only = frozenset(only) if only is not None else None
        self.lexicon = Lexicon.default()
        self._cache: dict[tuple, tuple] = {}  # place key → (owner, signature, hits, facts)
        self._places: list[Place] | None = None
        self._place_hits: list[list[tuple]] = []
        self._facts: dict[int, Facts] = {}
        self._doc_hits: dict[str, list[tuple]] = {}
        self._result: list[Diagnostic] = []
        self._made: dict[tuple, tuple] = {}  # ids of (place, code, hit) → (place, hit, finding) of the last result
        self.pack: Pack | None = None

    # -- public ----------------------------------------------------------------------------

    def full(self) -> list[Diagnostic]:
        with _without_cycle_collection():
            self._cache.clear()
            self._made.clear()
            self._configure()
            self._rebuild()
            return self._assemble()

    def update(self, changed_paths: Iterable[tuple]) -> list[Diagnostic]:
        """The complete findings after the places at ``changed_paths`` changed (see the module doc)."""
        if self._places is None:
            return self.full()
        changed = list(dict.fromkeys(tuple(p) for p in changed_paths))  # a place fixed many times: once
        if not changed:
            return list(self._result)
        if self._chosen is None and any(p[0] in ("masthead", "body", "submission") for p in changed) \
                and self.pack is not None and pack_for(self.res).name != self.pack.name:
            return self.full()
        with _without_cycle_collection():
            if STRUCTURE in changed or not self._update_places(changed):
                self._rebuild()
            return self._assemble()

    # -- configuration ----------------------------------------------------------------------

    def _configure(self) -> None:
        self.pack = self._chosen or pack_for(self.res)
        severities = dict(self.pack.rules)
        for code, severity in self.overrides.items():
            if severity == "off":
                severities.pop(code, None)
            else:
                severities[code] = severity
        for code in self.disabled:
            severities.pop(code, None)
        if self.only is not None:
            severities = {c: s for c, s in severities.items() if c in self.only}
        rules = [r for r in all_rules() if r.code in severities]
        self.ctx = Ctx(self.res, self.pack, self.lexicon, severities)
        self._plans = plans_for(rules)
        self._doc_rules = [r for r in rules if r.scope in ("document", "text")]

    # -- places -----------------------------------------------------------------------------

    def _rebuild(self) -> None:
        """Re-read the structure; places whose object and signature are unchanged keep their findings."""
        self._places = build_places(self.res)
        self._index: dict[tuple, list[int]] = {}
        self._place_hits = []
        self._facts = {}
        cache, self._cache = self._cache, {}
        for place in self._places:
            self._index.setdefault(place.path, []).append(place.order)
            hits, facts = self._check_place(place, cache)
            self._place_hits.append(hits)
            self._facts[place.order] = facts
        self._doc = Doc(self.res, self._places, self._facts)
        self._doc_hits = {r.code: self._run_document_rule(r) for r in self._doc_rules}

    def _check_place(self, place: Place, cache: dict | None = None) -> tuple[list[tuple], Facts]:
        """The place's findings and facts, taken from ``cache`` (the last results) when the place is unchanged."""
        key = place.key()
        sig = signature(place)
        cached = cache.get(key) if cache else None
        if cached is not None and cached[0] is place.owner and cached[1] == sig:
            self._cache[key] = cached
            hits, facts = cached[2], cached[3]
        else:
            hits = self._run_place_rules(place)
            facts = facts_of(place, self.ctx)
            self._cache[key] = (place.owner, sig, hits, facts)
        return [(place, r, hit) for r, hit in hits] if hits else [], facts

    def _run_place_rules(self, place: Place) -> list[tuple]:
        """(rule, hit) for the place, calling only the rules whose needs the place meets (see plan.py)."""
        plan = self._plans.get(place.kind)
        return plan.run(place, self.ctx) if plan is not None else []

    def _update_places(self, changed: list[tuple]) -> bool:
        """Re-check the places at ``changed``; False when the structure turned out to have changed."""
        assert self._places is not None, "update() runs after full()"
        dirty_facets: set[str] = set()
        for path in changed:
            orders = self._index.get(path)
            if not orders:
                return False
            old = [self._places[i] for i in orders]
            fresh = refresh(self.res, old)
            if fresh is None or len(fresh) != len(old):
                return False
            for before, after in zip(old, fresh, strict=False):
                after.order = before.order
                self._places[before.order] = after
                hits, facts = self._check_place(after)
                self._place_hits[before.order] = hits
                old_facts = self._facts[before.order]
                if facts != old_facts:
                    dirty_facets |= {name for name in Facts._fields
                                     if getattr(facts, name) != getattr(old_facts, name)}
                self._facts[before.order] = facts
        self._doc.memo.clear()
        for r in self._doc_rules:
            if dirty_facets & set(r.facets):
                self._doc_hits[r.code] = self._run_document_rule(r)
        return True

    def _run_document_rule(self, r: Rule) -> list[tuple]:
        docs = self._doc.texts() if r.scope == "text" else [self._doc]
        return [(place, r, hit) for doc in docs for place, hit in r.func(doc, self.ctx)]

    # -- assembling -------------------------------------------------------------------------

    def _assemble(self) -> list[Diagnostic]:
        rows = [row for hits in self._place_hits for row in hits]
        for hits in self._doc_hits.values():
            rows.extend(hits)
        rows.sort(key=lambda row: (row[0].order, row[2].start, row[2].end, row[1].code))
        # A document rule's findings may hold the place as it was when the rule last ran: use the current one.
        # Findings of unchanged places are those of the last result: the same place and hit objects (kept with
        # the finding, so that their identities stay theirs).
        assert self._places is not None, "assembled after full()"
        made, self._made = self._made, {}
        out = []
        for place, r, hit in rows:
            place = self._places[place.order]
            key = (id(place), r.code, id(hit))
            known = made.get(key)
            found = known[2] if known is not None else self._diagnostic(place, r, hit)
            self._made[key] = (place, hit, found)
            out.append(found)
        if self.res.meta.suppressions:
            out = [d for d in out if not is_suppressed(self.res, d)]
        summarized = self.pack.settings.get("summarize", ()) if self.pack is not None else ()
        if summarized:
            out = summarize(out, summarized)
        out = hints_once(out)
        self._result = out
        return list(out)

    def _diagnostic(self, place: Place, r: Rule, hit: Hit) -> Diagnostic:
        fix = None
        if hit.replacement is not None or hit.action is not None:
            safe = hit.safe if hit.safe is not None else r.fix == "safe"
            fix = Fix(hit.replacement if hit.replacement is not None else "", safe, hit.action, hit.data)
        message = hit.message or r.message
        if message[:1].islower():
            message = message[0].upper() + message[1:]
        severity = INFO if hit.hint else self.ctx.severities[r.code]
        return Diagnostic(r.code, severity, message,
                          Location(place.path, hit.start, hit.end, place.footnote), fix, r.name, r.category,
                          {"found": place.text[hit.start:hit.end]})


SUMMARY_FROM = 2  # findings of one code in a document from which a pack's "summarize" makes them one


def summarize(findings: list[Diagnostic], codes) -> list[Diagnostic]:
    """One finding for each code of ``codes`` that a document gives ``SUMMARY_FROM`` times or more, at its first
    place: a sponsor's national spelling (-ise) throughout a draft is one choice, told once."""
    out: list[Diagnostic] = []
    groups: dict[str, list[Diagnostic]] = {}
    for d in findings:
        if d.code in codes:
            groups.setdefault(d.code, []).append(d)
    for d in findings:
        group = groups.get(d.code)
        if group is None or len(group) < SUMMARY_FROM:
            out.append(d)
        elif d is group[0]:
            words = sorted({g.extra.get("found", "") for g in group} - {""}, key=str.casefold)
            shown = ", ".join(words[:5]) + (", …" if len(words) > 5 else "")
            out.append(Diagnostic(d.code, d.severity, f"{len(group)} words in this spelling throughout the text "
                                  f"({shown}): {d.message[:1].lower() + d.message[1:]}", d.location, None, d.name,
                                  d.category, {**d.extra, "count": len(group), "words": words}))
    return out


def hints_once(findings: list[Diagnostic]) -> list[Diagnostic]:
    """A hint that asks a question about words, with no fix of its own, is asked at their first use only: the name
    “Mejlis” four times in a text is one name to check (adding it to the dictionary settles them all), “Israel’s”
    seven times one choice to weigh.  Hints with a fix for their place (an “also” to add), warnings and errors
    stay wherever they stand."""
    seen: set[tuple[str, str]] = set()
    out = []
    for d in findings:
        if d.severity == INFO and d.fix is None:
            key = (d.code, d.extra.get("found", "").casefold())
            if key in seen:
                continue
            seen.add(key)
        out.append(d)
    return out


def check(resolution: Resolution, pack: Pack | str | None = None, **settings) -> list[Diagnostic]:
    """A full check in document order, without the findings the user suppressed.

    ``settings`` are Checker's keyword arguments: ``disabled``, ``severities``, ``only``.
    """
    return Checker(resolution, pack, **settings).full()
