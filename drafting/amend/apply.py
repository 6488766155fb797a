"""Apply an amendment's instructions to its draft.

Every reference counts the paragraphs of the draft as tabled, so the instructions are
resolved against the draft first and carried out together: replacements made throughout
the text first, then, level by level, deletions, replacements, insertions and the words
changed within paragraphs.  An instruction that cannot be carried out (its paragraph is
not in the draft, its quoted words are not there or stand twice, another instruction
already deletes its paragraph) raises ``ApplyError`` naming it and saying why.
"""

from __future__ import annotations

import copy
import itertools
from dataclasses import dataclass, field

from ..model import Inline, Paragraph, Resolution
from .instructions import (
    AT_END,
    DELETE,
    INSERT_AFTER,
    OPERATIVE,
    PREAMBLE,
    TITLE,
    DeleteParagraphs,
    InsertParagraphs,
    Instruction,
    ReplaceEverywhere,
    ReplaceParagraph,
    Target,
    WordChange,
    format_instruction,
    target_words,
)
from .places import counted_indices, missing, paragraph_at, part_list, siblings_at
from .words import occurrences, replace_all, span_of, splice


class ApplyError(ValueError):
    """An instruction that cannot be carried out on the draft."""

    def __init__(self, number: int, instruction: Instruction, reason: str):
        self.number = number
        self.instruction = instruction
        self.reason = reason
        super().__init__(f"instruction {number} (“{format_instruction(instruction)}”) cannot be applied: {reason}")


@dataclass
class _Level:
    """What the instructions do to the paragraphs under one parent, by counted position."""

    deleted: dict[int, int] = field(default_factory=dict)  # position → instruction number
    replaced: dict[int, tuple[int, list[Paragraph]]] = field(default_factory=dict)
    after: dict[int, list[Paragraph]] = field(default_factory=dict)
    before: dict[int, list[Paragraph]] = field(default_factory=dict)
    into_empty: list[Paragraph] = field(default_factory=list)


def apply_instructions(base: Resolution, instructions: list[Instruction]) -> Resolution:
    """The draft as amended (a new Resolution; ``base`` is not changed)."""
    result = copy.deepcopy(base)
    numbered = list(enumerate(instructions, start=1))
    for number, ins in numbered:
        if isinstance(ins, ReplaceEverywhere):
            _replace_everywhere(result, number, ins)
    levels: dict[tuple[str, tuple[int, ...]], _Level] = {}
    words: dict[Target, list[tuple[int, WordChange]]] = {}
    for number, ins in numbered:
        if isinstance(ins, WordChange):
            _check_target(result, number, ins, ins.target)
            words.setdefault(ins.target, []).append((number, ins))
        elif isinstance(ins, DeleteParagraphs | ReplaceParagraph):
            _plan_removal(result, levels, number, ins)
        elif isinstance(ins, InsertParagraphs):
            _plan_insertion(result, levels, number, ins)
    _check_words_on_kept(levels, words)
    for target, changes in words.items():
        _change_words(result, target, changes)
    for part in (PREAMBLE, OPERATIVE):
        rebuilt = _rebuild(part_list(result, part), levels, part, ())
        if part == PREAMBLE:
            result.preamble = rebuilt
        else:
            result.operative = rebuilt
    return result


def _replace_everywhere(res: Resolution, number: int, ins: ReplaceEverywhere) -> None:
    inlines: list[Inline] = [res.title] if TITLE in ins.parts else []
    for part in (PREAMBLE, OPERATIVE):
        if part in ins.parts:
            inlines += [p for top in part_list(res, part) for p in _walk(top)]
    if not sum(replace_all(inline, ins.quote, ins.text) for inline in inlines):
        raise ApplyError(number, ins, f"“{ins.quote}” is not in the text")


def _walk(p: Paragraph):
    yield p
    for child in p.children:
        yield from _walk(child)


def _check_target(res: Resolution, number: int, ins: Instruction, target: Target) -> None:
    if target.part != TITLE and paragraph_at(res, target) is None:
        raise ApplyError(number, ins, f"{target_words(target)} is not in the draft: {missing(res, target)}")


def _plan_removal(res: Resolution, levels: dict, number: int, ins: DeleteParagraphs | ReplaceParagraph) -> None:
    targets = ins.targets if isinstance(ins, DeleteParagraphs) else [ins.target]
    for target in targets:
        if target.part == TITLE:
            if isinstance(ins, DeleteParagraphs):
                raise ApplyError(number, ins, "the title cannot be deleted")
            res.title = _as_inline(ins.paragraphs)
            continue
        _check_target(res, number, ins, target)
        level = levels.setdefault((target.part, target.path[:-1]), _Level())
        k = target.path[-1]
        earlier = level.deleted.get(k) or (level.replaced[k][0] if k in level.replaced else None)
        if earlier is not None:
            raise ApplyError(number, ins, f"instruction {earlier} already deletes or replaces {target_words(target)}")
        if isinstance(ins, DeleteParagraphs):
            level.deleted[k] = number
        else:
            level.replaced[k] = (number, [copy.deepcopy(p) for p in ins.paragraphs])


def _as_inline(paragraphs: list[Paragraph]) -> Inline:
    text = " ".join(p.text for p in paragraphs)
    first = paragraphs[0] if paragraphs else Paragraph()
    return Inline(text, copy.deepcopy(first.marks), copy.deepcopy(first.anchors))


def _plan_insertion(res: Resolution, levels: dict, number: int, ins: InsertParagraphs) -> None:
    if ins.part == TITLE:
        raise ApplyError(number, ins, "no paragraph can be inserted in the title")
    siblings = siblings_at(res, ins.part, ins.parent)
    if siblings is None:
        raise ApplyError(number, ins, f"{target_words(Target(ins.part, ins.parent))} is not in the draft")
    level = levels.setdefault((ins.part, ins.parent), _Level())
    new = [copy.deepcopy(p) for p in ins.paragraphs]
    if ins.at is None:
        if counted_indices(siblings):
            where = target_words(Target(ins.part, ins.parent)) if ins.parent else "the draft"
            raise ApplyError(number, ins, f"it names no paragraph to insert after, but {where} has paragraphs")
        level.into_empty += new
        return
    _check_target(res, number, ins, Target(ins.part, ins.parent + (ins.at,)))
    (level.before if ins.before else level.after).setdefault(ins.at, []).extend(new)


def _check_words_on_kept(levels: dict, words: dict) -> None:
    """Words cannot be changed in a paragraph that another instruction deletes or replaces."""
    for target, changes in words.items():
        for depth in range(1, len(target.path) + 1):
            level = levels.get((target.part, target.path[:depth - 1]))
            if level is None:
                continue
            k = target.path[depth - 1]
            other = level.deleted.get(k) or (level.replaced[k][0] if k in level.replaced else None)
            if other is not None:
                number, change = changes[0]
                gone = target_words(Target(target.part, target.path[:depth]))
                raise ApplyError(number, change, f"instruction {other} deletes or replaces {gone}")


def _change_words(res: Resolution, target: Target, changes: list[tuple[int, WordChange]]) -> None:
    inline = res.title if target.part == TITLE else paragraph_at(res, target)
    assert inline is not None
    spans = []
    for number, change in changes:
        found = [0] if change.action == AT_END else occurrences(inline.text, change.quote)
        if len(found) != 1:
            how = "not" if not found else f"{len(found)} times"
            raise ApplyError(number, change, f"“{change.quote}” is {how} in {target_words(target)}")
        if change.action != DELETE and not change.text:
            raise ApplyError(number, change, "it inserts no words")
        start, end, new = span_of(inline.text, change, found[0])
        spans.append((start, end, new, number, change))
    spans.sort(key=lambda s: (s[0], s[1], s[4].action != INSERT_AFTER))
    for left, right in itertools.pairwise(spans):
        if right[0] < left[1] or (right[0] == left[0] == left[1] == right[1]):
            first, later = sorted((left, right), key=lambda span: span[3])
            raise ApplyError(later[3], later[4], f"its words overlap those of instruction {first[3]}")
    for start, end, new, _, _ in reversed(spans):
        splice(inline, start, end, new)


def _rebuild(siblings: list[Paragraph], levels: dict, part: str, parent: tuple[int, ...]) -> list[Paragraph]:
    level = levels.get((part, parent), _Level())
    out: list[Paragraph] = []
    position = {i: k for k, i in enumerate(counted_indices(siblings))}
    for i, p in enumerate(siblings):
        k = position.get(i)
        if k is None:
            out.append(p)
            continue
        out += level.before.get(k, [])
        if k in level.replaced:
            out += level.replaced[k][1]
        elif k not in level.deleted:
            p.children = _rebuild(p.children, levels, part, parent + (k,))
            out.append(p)
        out += level.after.get(k, [])
    return out + level.into_empty
