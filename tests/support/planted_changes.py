"""Revisions of the corpus texts with known answers, for the compare accuracy tests and benchmark.

``plant`` makes a revision of a real text by one kind of change (insert, delete, amend,
move, split, merge, renumber) or a mix, and returns the true pairing: for every
paragraph and subparagraph of either version, the paths of its counterparts.
"""

from __future__ import annotations

import copy
import random
import re

from drafting.compare.align import compare
from drafting.importers import load_document
from drafting.model import Paragraph, Resolution, walk
from tests.support.paths import CTOC, GA_TEXTS

KINDS = ("insert", "delete", "amend", "move", "split", "merge", "renumber", "mixed")
TEXTS = (CTOC, *GA_TEXTS.values())
_WORD = re.compile(r"\S+")


def load_corpus() -> list[Resolution]:
    return [load_document(path).resolution for path in TEXTS]


# -- planting changes ---------------------------------------------------------------------


def _levels(res: Resolution) -> list[list[Paragraph]]:
    """The sibling lists a change can be planted in: preamble, operative part, subparagraph lists, annexes."""
    levels = [res.preamble, res.operative] + [a.paragraphs for a in res.annexes]
    levels += [p.children for _, p in walk(res.operative, ()) if len(p.children) >= 3]
    return [level for level in levels if len(level) >= 3]


def _amend(text: str, rng: random.Random, donor_words: list[str]) -> str:
    """A negotiator's amendment: a few words replaced, a phrase added or struck, punctuation changed."""
    words = _WORD.findall(text)
    for _ in range(rng.randint(1, 4)):
        what = rng.choice(("replace", "add", "strike", "punctuation"))
        k = rng.randrange(1, max(2, len(words)))
        if what == "replace" and len(words) > 4:
            for j in range(k, min(len(words), k + rng.randint(1, 2))):
                words[j] = rng.choice(donor_words)
        elif what == "add":
            words[k:k] = [rng.choice(donor_words) for _ in range(rng.randint(2, 6))]
        elif what == "strike" and len(words) > 12:
            del words[k:k + rng.randint(2, min(5, len(words) // 5))]
        else:
            words[-1] = words[-1].rstrip(",;.:") + rng.choice(",;.:")
    return " ".join(words)


def plant(old: Resolution, kind: str, rng: random.Random, donors: list[Paragraph]) -> tuple[Resolution, dict, set]:
    """A revision of ``old``, the truth {("old"|"new", path): frozenset of counterpart paths}
    and the keys of the paragraphs the changes touched (moved, amended, split …)."""
    memo: dict = {}
    new = copy.deepcopy(old, memo)
    origin: dict[int, set] = {}
    amended: set[int] = set()
    for path, p in ((path, p) for path, p in old.inlines() if isinstance(p, Paragraph)):
        origin[id(memo[id(p)])] = {path}
    donor_words = [w for d in donors for w in _WORD.findall(d.text)]
    kinds = [rng.choice(KINDS[:7]) for _ in range(rng.randint(3, 6))] if kind == "mixed" else [kind]
    for what in kinds:
        levels = _levels(new)
        if not levels:
            break
        level = rng.choice(levels)
        _apply(what, level, rng, donors, donor_words, origin, amended)
    truth = _truth(old, new, origin)
    touched = {key for key, partners in truth.items() if partners != frozenset({key[1]})}
    for path, p in new.inlines():
        if id(p) in amended:
            touched |= {("new", path)} | {("old", source) for source in origin[id(p)]}
    return new, truth, touched


def _apply(what, level, rng, donors, donor_words, origin, amended) -> None:
    i = rng.randrange(len(level))
    if what == "insert" or what == "renumber":
        donor = copy.deepcopy(rng.choice(donors))
        donor.children = []
        level.insert(0 if what == "renumber" else rng.randrange(len(level) + 1), donor)
        origin[id(donor)] = set()
    elif what == "delete":
        del level[i]
    elif what == "amend":
        level[i].text = _amend(level[i].text, rng, donor_words)
        amended.add(id(level[i]))
        level[i].anchors = [a for a in level[i].anchors if a.offset <= len(level[i].text)]
        level[i].marks = []
    elif what == "move":
        p = level.pop(i)
        choices = [k for k in range(len(level) + 1) if abs(k - i) >= 2]
        level.insert(rng.choice(choices) if choices else 0, p)
    elif what == "split":
        candidates = [k for k, p in enumerate(level) if not p.children and len(p.text.split()) >= 16]
        if not candidates:
            return
        k = rng.choice(candidates)
        p = level[k]
        cuts = [m.end() for m in re.finditer(r", ", p.text) if 0.25 < m.end() / len(p.text) < 0.75]
        cut = rng.choice(cuts) if cuts else len(p.text) // 2
        cut = p.text.rfind(" ", 0, cut) + 1 if not cuts else cut
        second = Paragraph(p.text[cut:][:1].upper() + p.text[cut:][1:], style=p.style)
        second.anchors = [copy.copy(a) for a in p.anchors if a.offset > cut]
        for a in second.anchors:
            a.offset -= cut
        p.text = p.text[:cut].rstrip(" ,") + ";"
        p.anchors = [a for a in p.anchors if a.offset <= len(p.text)]
        p.marks = []
        level.insert(k + 1, second)
        origin[id(second)] = set(origin.get(id(p), set()))
    elif what == "merge":
        candidates = [k for k in range(len(level) - 1) if not level[k].children and not level[k + 1].children]
        if not candidates:
            return
        k = rng.choice(candidates)
        a, b = level[k], level.pop(k + 1)
        head = a.text.rstrip(" ,;.:") + ", and "
        for anchor in b.anchors:
            anchor.offset += len(head)
        a.text = head + b.text[:1].lower() + b.text[1:]
        a.anchors = [x for x in a.anchors if x.offset <= len(head)] + b.anchors
        a.marks = []
        origin[id(a)] = origin.get(id(a), set()) | origin.get(id(b), set())


def _truth(old: Resolution, new: Resolution, origin: dict[int, set]) -> dict:
    truth: dict = {}
    old_paths = [path for path, p in old.inlines() if isinstance(p, Paragraph)]
    for path in old_paths:
        truth[("old", path)] = set()
    for path, p in new.inlines():
        if not isinstance(p, Paragraph):
            continue
        sources = origin.get(id(p), set())
        truth[("new", path)] = frozenset(sources)
        for source in sources:
            truth[("old", source)].add(path)
    return {k: frozenset(v) for k, v in truth.items()}


def predicted(old: Resolution, new: Resolution) -> dict:
    cmp = compare(old, new)
    out: dict = {}
    for pair in cmp.pairs:
        for u in pair.old:
            out[("old", u.path)] = frozenset(n.path for n in pair.new)
        for u in pair.new:
            out[("new", u.path)] = frozenset(o.path for o in pair.old)
    return out


def accuracy(kind: str, rounds: int, seed: int = 7) -> tuple[int, int, int, int]:
    """(correct, total, correct among touched, touched) over ``rounds`` revisions of each corpus text."""
    rng = random.Random(seed)
    texts = load_corpus()
    correct = total = touched_ok = touched = 0
    for t, old in enumerate(texts):
        donors = [p for k, other in enumerate(texts) if k != t
                  for p in other.preamble + other.operative + [q for a in other.annexes for q in a.paragraphs]]
        for _ in range(rounds):
            new, truth, changed = plant(old, kind, rng, donors)
            guess = predicted(old, new)
            hit = {key for key, partners in truth.items() if guess.get(key) == partners}
            correct, total = correct + len(hit), total + len(truth)
            touched_ok, touched = touched_ok + len(hit & changed), touched + len(changed)
    return correct, total, touched_ok, touched
