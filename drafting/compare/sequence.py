"""Align two sequences of paragraphs by similarity, not position.

1. Candidate pairs: paragraphs that share rarer words (an inverted index), scored by Dice.
2. The order-preserving backbone: the chain of pairs, increasing on both sides, with the
   greatest total similarity (a weighted longest common subsequence).
3. Moves: paragraphs left over on both sides that are still clearly alike.
4. Splits and merges: a paragraph whose words are spread over neighbours on the other side.

Whatever stays unpaired is deleted (old side) or new (new side).  Indices only: the
caller knows what the paragraphs are.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from .similarity import common, containment, dice, size

PAIR_AT = 0.45  # least similarity for two paragraphs in the same order to count as one
MOVE_AT = 0.6  # least similarity for a paragraph that changed place
PIECE_AT = 0.8  # least share of a piece's words found in the whole (splits, merges)
GAIN_AT = 0.6  # least share of a piece's words that only it brings to its group (words repeat across pieces)
WHOLE_AT = 0.75  # least similarity of the joined pieces with the whole
_CANDIDATES = 16  # how many candidates per paragraph are scored


@dataclass(frozen=True)
class Match:
    """Old paragraphs ``old`` became new paragraphs ``new`` (either may be empty)."""

    old: tuple[int, ...]
    new: tuple[int, ...]
    score: float = 0.0
    moved: bool = False


def align_sequences(old: list[Counter], new: list[Counter]) -> list[Match]:
    scores = _candidate_scores(old, new)
    chain = heaviest_chain({p: s for p, s in scores.items() if s >= PAIR_AT})
    old_to_new = dict(chain)
    moved = _moves(scores, old_to_new)
    old_to_new.update(moved)
    splits = _pieces(old, new, old_to_new, scores)
    merges = _pieces(new, old, {j: i for i, j in old_to_new.items()}, _swap(scores),
                     taken=set(splits), skip={j for group in splits.values() for j in group})
    return _matches(old, new, old_to_new, set(moved), splits, merges, chain)


# -- candidates -------------------------------------------------------------------------


def _candidate_scores(old: list[Counter], new: list[Counter]) -> dict[tuple[int, int], float]:
    """Dice of the pairs worth scoring: those sharing the rarer words, best first per new paragraph."""
    index: dict[str, list[int]] = {}
    for i, b in enumerate(old):
        for w in b:
            index.setdefault(w, []).append(i)
    common_at = max(4, len(old) // 8)
    scores: dict[tuple[int, int], float] = {}
    for j, b in enumerate(new):
        votes: Counter[int] = Counter()  # a word held by k old units gives each 1/k of a vote
        for w in b:
            holders = index.get(w, ())
            if 0 < len(holders) <= common_at:
                for i in holders:
                    votes[i] += 1.0 / len(holders)  # type: ignore[assignment]  # Counter counts floats too
        chosen = [i for i, _ in votes.most_common(_CANDIDATES)] if votes else range(len(old))
        for i in chosen:
            scores[(i, j)] = dice(old[i], b)
    return scores


def _swap(scores: dict[tuple[int, int], float]) -> dict[tuple[int, int], float]:
    return {(j, i): s for (i, j), s in scores.items()}


# -- the order-preserving backbone -----------------------------------------------------------


def heaviest_chain(weights: dict[tuple[int, int], float]) -> list[tuple[int, int]]:
    """Pairs increasing in both indices with the greatest total weight (Fenwick tree of prefix maxima)."""
    if not weights:
        return []
    points = sorted(weights, key=lambda p: (p[0], -p[1]))  # same old index: later new first, so they never chain
    width = max(j for _, j in points) + 2
    tree: list[tuple[float, int]] = [(0.0, -1)] * (width + 1)
    best: list[float] = []
    back: list[int] = []
    for k, (i, j) in enumerate(points):
        value, before = _prefix_max(tree, j)  # strictly smaller new index
        best.append(value + weights[(i, j)])
        back.append(before)
        _raise(tree, j + 1, (best[k], k))
    k = max(range(len(points)), key=best.__getitem__)
    chain = []
    while k >= 0:
        chain.append(points[k])
        k = back[k]
    return chain[::-1]


def _prefix_max(tree: list[tuple[float, int]], n: int) -> tuple[float, int]:
    result = (0.0, -1)
    while n > 0:
        if tree[n][0] > result[0]:
            result = tree[n]
        n -= n & -n
    return result


def _raise(tree: list[tuple[float, int]], n: int, value: tuple[float, int]) -> None:
    while n < len(tree):
        if value[0] > tree[n][0]:
            tree[n] = value
        n += n & -n


# -- moves, splits and merges -----------------------------------------------------------------


def _moves(scores: dict[tuple[int, int], float], paired: dict[int, int]) -> dict[int, int]:
    """Greedy pairing, best first, of paragraphs the backbone left over on both sides."""
    taken_new = set(paired.values())
    moved: dict[int, int] = {}
    for (i, j), s in sorted(scores.items(), key=lambda kv: -kv[1]):
        if s < MOVE_AT:
            break
        if i in paired or i in moved or j in taken_new:
            continue
        moved[i] = j
        taken_new.add(j)
    return moved


def _pieces(whole: list[Counter], parts: list[Counter], partner: dict[int, int],
            scores: dict[tuple[int, int], float], taken: frozenset | set = frozenset(),
            skip: frozenset | set = frozenset()) -> dict[int, list[int]]:
    """Wholes (one side) that became two or more adjacent pieces (other side).

    A piece joins a whole's group when most of its words are words of the whole that the
    group lacked, and the joined group resembles the whole better than without it.
    """
    paired_parts = set(partner.values())
    free = [j for j in range(len(parts)) if j not in paired_parts and j not in taken]
    groups: dict[int, list[int]] = {}
    used: set[int] = set()
    for i, w in enumerate(whole):
        if i in skip:
            continue
        group = [partner[i]] if i in partner else []
        if not group:
            seeds = [j for j in free if j not in used and scores.get((i, j), 0.0) > 0
                     and containment(parts[j], w) >= PIECE_AT]
            if not seeds:
                continue
            group = [max(seeds, key=lambda j: scores[(i, j)])]
        joined = sum((parts[j] for j in group), Counter())
        current = dice(w, joined)
        grew = True
        while grew:
            grew = False
            for j in (group[0] - 1, group[-1] + 1):
                if j not in free or j in used or j in group:
                    continue
                bigger = joined + parts[j]
                gained = common(w, bigger) - common(w, joined)
                score = dice(w, bigger)
                if gained >= GAIN_AT * size(parts[j]) and score >= WHOLE_AT and score > current:
                    group = sorted(group + [j])
                    joined, current, grew = bigger, score, True
        if len(group) > 1:
            groups[i] = group
            used.update(group)
    return groups


def _matches(old, new, old_to_new, moved_old, splits, merges, chain) -> list[Match]:
    matches: list[Match] = []
    for i, group in splits.items():
        joined: Counter[str] = sum((new[j] for j in group), Counter())
        matches.append(Match((i,), tuple(group), dice(old[i], joined),
                             i in moved_old or _out_of_order(chain, (i,), tuple(group))))
    for j, group in merges.items():
        joined = sum((old[i] for i in group), Counter())
        moved = any(i in moved_old for i in group) or _out_of_order(chain, tuple(group), (j,))
        matches.append(Match(tuple(group), (j,), dice(joined, new[j]), moved))
    grouped_old = {m for match in matches for m in match.old}
    grouped_new = {m for match in matches for m in match.new}
    for i, j in old_to_new.items():
        if i not in grouped_old and j not in grouped_new:
            matches.append(Match((i,), (j,), dice(old[i], new[j]), i in moved_old))
            grouped_old.add(i)
            grouped_new.add(j)
    matches += [Match((i,), ()) for i in range(len(old)) if i not in grouped_old]
    matches += [Match((), (j,)) for j in range(len(new)) if j not in grouped_new]
    return matches


def _out_of_order(chain: list[tuple[int, int]], olds: tuple[int, ...], news: tuple[int, ...]) -> bool:
    """Whether a group sits elsewhere relative to the backbone on the two sides."""
    before = [j for i, j in chain if i < olds[0] and j not in news]
    after = [j for i, j in chain if i > olds[-1] and j not in news]
    return bool(before and max(before) > news[0] or after and min(after) < news[-1])


def pair_leftovers(old: list[Counter], new: list[Counter]) -> dict[int, tuple[int, float]]:
    """Best-first pairing of clearly alike paragraphs, order ignored: {old index: (new index, score)}."""
    scores = _candidate_scores(old, new)
    return {i: (j, scores[(i, j)]) for i, j in _moves(scores, {}).items()}
