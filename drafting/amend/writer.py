"""Write the instructions that turn a draft (BASE) into another version (NEW).

The compare engine aligns the paragraphs, level by level (``align_sequences`` on word
bags); a paragraph that stays in place and changes a little gets its words changed, one
that changes much is replaced, paragraphs between those that stay are replaced, deleted
or inserted.  A replacement made the same way wherever its words stand becomes one
instruction for the whole text.  Instructions come in the order of the text, numbering
the draft's paragraphs as tabled; deletions that follow each other are one instruction
("Delete the third preambular paragraph and operative paragraph 2.").  The result is
checked by applying it: what ``write_instructions`` returns always gives NEW.
"""

from __future__ import annotations

import copy
from bisect import bisect_left
from collections import Counter

from ..compare.sequence import align_sequences
from ..compare.similarity import bag
from ..model import Inline, Paragraph, Resolution
from ..numbering import counted
from .apply import apply_instructions
from .instructions import (
    MAX_DEPTH,
    OPERATIVE,
    PARTS,
    PREAMBLE,
    TITLE,
    DeleteParagraphs,
    InsertParagraphs,
    Instruction,
    ReplaceEverywhere,
    ReplaceParagraph,
    Target,
)
from .phrasing import edits_between, word_changes
from .places import counted_indices, part_list
from .sameness import annexes_content, inline_content, paragraph_content, text_content
from .words import occurrences

_RANK = {TITLE: 0, PREAMBLE: 1, OPERATIVE: 2}
_AFTER = 10 ** 6


class WriteError(ValueError):
    """A difference that instructions cannot express (yet): say what it is."""


def write_instructions(base: Resolution, new: Resolution) -> list[Instruction]:
    if annexes_content(base) != annexes_content(new):
        raise WriteError("the annexes differ; changes to annexes cannot be written as instructions yet")
    for part in (PREAMBLE, OPERATIVE):
        _same_headings(part_list(base, part), part_list(new, part), part)
    changed: list[tuple[str, str, str | None]] = []
    keyed = _positional(base, new, changed)
    everywhere = _everywhere(base, changed)
    if everywhere:
        keyed = _positional(apply_instructions(base, list(everywhere)), new, [])
    out = list(everywhere) + _merge_deletions([ins for _, ins in keyed])
    if text_content(apply_instructions(base, out)) != text_content(new):
        raise WriteError("the instructions written do not give the new text; a heading or an unnumbered "
                         "paragraph probably changed, which instructions cannot express yet")
    return out


def _same_headings(old: list[Paragraph], new: list[Paragraph], part: str) -> None:
    """Headings are not counted and no instruction names them: they must be the same on both sides."""
    before = [p.text for p in old if not counted(p)]
    after = [p.text for p in new if not counted(p)]
    if before != after:
        gone = next((t for t in before if t not in after), None)
        came = next((t for t in after if t not in before), None)
        what = f"“{gone}” is a heading only in the base" if gone is not None else \
            f"“{came}” is a heading only in the new text" if came is not None else "the headings stand in another order"
        kind = "preamble" if part == PREAMBLE else "operative part"
        raise WriteError(f"the headings of the {kind} differ ({what}); headings cannot be amended by instructions")


def _positional(base: Resolution, new: Resolution, changed: list) -> list[tuple[tuple, Instruction]]:
    """The instructions naming paragraphs, in the order of the text; ``changed`` collects the reworded ones."""
    keyed: list[tuple[tuple, Instruction]] = []
    if inline_content(base.title) != inline_content(new.title):
        keyed += _changed(base.title, new.title, Target(TITLE), None, 0, changed)
    for part in (PREAMBLE, OPERATIVE):
        keyed += _level(part_list(base, part), part_list(new, part), part, (), changed)
    keyed.sort(key=lambda kv: kv[0])
    return keyed


# -- one level of paragraphs ------------------------------------------------------------------


def _full_text(p: Paragraph) -> str:
    return "\n".join([p.text] + [_full_text(c) for c in p.children])


def _level(old_all: list[Paragraph], new_all: list[Paragraph], part: str, parent: tuple[int, ...],
           changed: list) -> list[tuple[tuple, Instruction]]:
    old = [old_all[i] for i in counted_indices(old_all)]
    at = counted_indices(new_all)
    new = [new_all[i] for i in at]
    headings = sorted(set(range(len(new_all))) - set(at))
    kept = kept_pairs([_full_text(p) for p in old], [_full_text(p) for p in new])
    out: list[tuple[tuple, Instruction]] = []
    prev_i = prev_j = -1
    for i, j in kept + [(len(old), len(new))]:
        # new paragraphs below a heading that follows the last one kept go before the next one kept
        h = bisect_left(headings, at[prev_j] if prev_j >= 0 else -1)
        heading = headings[h] if h < len(headings) else len(new_all)
        below = [at[k] > heading for k in range(prev_j + 1, j)]
        out += _gap(list(range(prev_i + 1, i)), new[prev_j + 1:j], below, prev_i, i < len(old), part, parent)
        if i < len(old):
            out += _pair(old[i], new[j], part, parent + (i,), changed)
        prev_i, prev_j = i, j
    return out


def kept_pairs(old: list[str], new: list[str]) -> list[tuple[int, int]]:
    """(old, new) positions of the paragraphs that stay in place, in order on both sides.

    Paragraphs found once on each side with the same words anchor the alignment; the
    compare engine aligns the stretches between anchors (moved paragraphs are not kept).
    """
    once_old, once_new = Counter(old), Counter(new)
    where = {t: j for j, t in enumerate(new) if once_new[t] == 1}
    anchors = _extended(_increasing([(i, where[t]) for i, t in enumerate(old) if once_old[t] == 1 and t in where]),
                        old, new)
    out: list[tuple[int, int]] = []
    prev_i = prev_j = -1
    for i, j in anchors + [(len(old), len(new))]:
        if i - prev_i > 1 and j - prev_j > 1:
            segment = align_sequences([bag(t) for t in old[prev_i + 1:i]], [bag(t) for t in new[prev_j + 1:j]])
            out += _in_order([(prev_i + 1 + m.old[0], prev_j + 1 + m.new[0]) for m in segment
                              if len(m.old) == 1 and len(m.new) == 1 and not m.moved])
        if i < len(old):
            out.append((i, j))
        prev_i, prev_j = i, j
    return out


def _extended(anchors: list[tuple[int, int]], old: list[str], new: list[str]) -> list[tuple[int, int]]:
    """Anchors grown over the identical paragraphs next to them (repeated texts, not anchors on their own)."""
    taken_old, taken_new = {i for i, _ in anchors}, {j for _, j in anchors}
    grown = set(anchors)
    for i, j in anchors:
        for step in (1, -1):
            a, b = i + step, j + step
            while 0 <= a < len(old) and 0 <= b < len(new) and a not in taken_old and b not in taken_new \
                    and old[a] == new[b]:
                grown.add((a, b))
                taken_old.add(a)
                taken_new.add(b)
                a, b = a + step, b + step
    return _increasing(sorted(grown))


def _in_order(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for i, j in sorted(pairs):
        if not out or j > out[-1][1]:
            out.append((i, j))
    return out


def _increasing(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest run of pairs increasing in both positions (pairs come sorted by the first)."""
    tails: list[int] = []  # tails[k]: index in pairs ending the best run of length k + 1
    ends: list[int] = []  # the new position of each tail
    back: list[int] = []
    for n, (_, j) in enumerate(pairs):
        k = bisect_left(ends, j)
        back.append(tails[k - 1] if k else -1)
        if k == len(tails):
            tails.append(n)
            ends.append(j)
        else:
            tails[k], ends[k] = n, j
    run, n = [], tails[-1] if tails else -1
    while n >= 0:
        run.append(pairs[n])
        n = back[n]
    return run[::-1]


def _key(part: str, path: tuple[int, ...], phase: int) -> tuple:
    return (_RANK[part], *path, phase)


def _gap(gone: list[int], came: list[Paragraph], below: list[bool], prev: int, more: bool, part: str,
         parent: tuple[int, ...]) -> list[tuple[tuple, Instruction]]:
    """Old paragraphs ``gone`` and new ones ``came`` standing between two that stay (``prev``, and the next
    one when ``more``); ``below``: which new ones stand below a heading, to go before the next one kept."""
    out: list[tuple[tuple, Instruction]] = []
    n = min(len(gone), len(came))
    for k in range(n):
        target = Target(part, parent + (gone[k],))
        out.append((_key(part, target.path, -1), ReplaceParagraph(target, [_plain(came[k])])))
    for k in gone[n:]:
        out.append((_key(part, parent + (k,), -1), DeleteParagraphs([Target(part, parent + (k,))])))
    following = (gone[-1] if gone else prev) + 1  # the next paragraph kept, when ``more``
    extra = [_plain(p) for p in came[n:]]
    above = [p for p, under in zip(extra, below[n:], strict=True) if not (under and more)]
    under_heading = [p for p, under in zip(extra, below[n:], strict=True) if under and more]
    if above:
        after = gone[n - 1] if n else prev
        if after >= 0:
            out.append((_key(part, parent + (after,), _AFTER), InsertParagraphs(part, parent, after, above)))
        elif more or gone:
            out.append((_key(part, parent + (0,), -2), InsertParagraphs(part, parent, 0, above, before=True)))
        else:
            out.append((_key(part, parent, _AFTER - 1), InsertParagraphs(part, parent, None, above)))
    if under_heading:
        ins = InsertParagraphs(part, parent, following, under_heading, before=True)
        out.append((_key(part, parent + (following,), -2), ins))
    return out


def _plain(p: Paragraph) -> Paragraph:
    """A new paragraph as an instruction quotes it: its content, without what an importer noted."""
    return Paragraph(p.text, copy.deepcopy(p.marks), copy.deepcopy(p.anchors),
                     children=[_plain(c) for c in p.children], style=p.style)


def _pair(old: Paragraph, new: Paragraph, part: str, path: tuple[int, ...],
          changed: list) -> list[tuple[tuple, Instruction]]:
    """A paragraph that stays in place: its words changed, its subparagraphs aligned, or the whole replaced."""
    if paragraph_content(old) == paragraph_content(new):
        return []
    target = Target(part, path)
    whole: list[tuple[tuple, Instruction]] = [(_key(part, path, -1), ReplaceParagraph(target, [_plain(new)]))]
    nested_ok = part == OPERATIVE and len(path) <= MAX_DEPTH
    children_same = [paragraph_content(c) for c in old.children] == [paragraph_content(c) for c in new.children]
    if old.style != new.style or (not children_same and (not nested_ok or bool(old.children) != bool(new.children))):
        return whole
    out: list[tuple[tuple, Instruction]] = []
    if inline_content(old) != inline_content(new):
        words = _changed(old, new, target, part, len(path) - 1, changed)
        if words and isinstance(words[0][1], ReplaceParagraph):
            return whole
        out += words
    if not children_same:
        out += _level(old.children, new.children, part, path, changed)
    return out


def _changed(old: Inline, new: Inline, target: Target, part: str | None, depth: int,
             changed: list) -> list[tuple[tuple, Instruction]]:
    diff_part = part if depth == 0 else None
    changed.append((old.text, new.text, diff_part))
    changes = word_changes(old, new, target, diff_part)
    key = _key(target.part, target.path, -1)
    if changes is None:
        quoted = Paragraph(new.text, copy.deepcopy(new.marks), copy.deepcopy(new.anchors))
        return [(key, ReplaceParagraph(target, [quoted]))]
    return [(key, c) for c in changes]


def _merge_deletions(instructions: list[Instruction]) -> list[Instruction]:
    out: list[Instruction] = []
    for ins in instructions:
        if isinstance(ins, DeleteParagraphs) and out and isinstance(out[-1], DeleteParagraphs):
            out[-1] = DeleteParagraphs(out[-1].targets + ins.targets)
        else:
            out.append(ins)
    return out


# -- one replacement throughout -----------------------------------------------------------------


def _everywhere(base: Resolution, changed: list[tuple[str, str, str | None]]) -> list[ReplaceEverywhere]:
    """Replacements made wherever their words stand, in two places or more (``changed``: the reworded texts)."""
    seen: Counter = Counter()
    for old_text, new_text, part in changed:
        for e in edits_between(old_text, new_text, part):
            quote, text = old_text[e.old_start:e.old_end].strip(), new_text[e.new_start:e.new_end].strip()
            if quote[:1].isalnum() and quote[-1:].isalnum() and text:
                seen[(quote, text)] += 1
    out: list[ReplaceEverywhere] = []
    for (quote, text), n in seen.most_common():
        if n < 2:
            break
        where = {part: sum(len(occurrences(t, quote)) for t in _part_texts(base, part)) for part in PARTS}
        if sum(where.values()) == n and not any(quote in r.quote or r.quote in quote for r in out):
            out.append(ReplaceEverywhere(quote, text, tuple(p for p in PARTS if where[p])))
    return out


def _part_texts(res: Resolution, part: str) -> list[str]:
    if part == TITLE:
        return [res.title.text]
    return [_full_text(p) for p in part_list(res, part)]
