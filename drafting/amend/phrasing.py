"""The words changed in one paragraph as instructions: "after “…”, insert “…”", "replace “…” with “…”".

Each change found by the compare engine's word diff becomes the most natural instruction
that a reader applying it would carry out exactly: a deletion or insertion slid to start
on a word ("delete “X,”" rather than "delete “, X”"), an anchor or quoted passage just
long enough to stand once in the paragraph.  Every candidate is tried on the paragraph
(``words.span_of``); when none works the passage is widened a word each side, and when
the changes are many or large the caller replaces the whole paragraph instead.
"""

from __future__ import annotations

import copy
import itertools
from functools import lru_cache

from ..compare.words import EQUAL, Edit, diff_words, tokens
from ..compare.words import REPLACE as REPLACED
from ..model import Inline
from .instructions import (
    DELETE,
    INSERT_AFTER,
    INSERT_BEFORE,
    REPLACE,
    Target,
    WordChange,
)
from .sameness import inline_content
from .words import occurrences, span_of, splice

MAX_CHANGES = 3  # more changes in one paragraph: replace the paragraph
MAX_SHARE = 0.5  # more of the paragraph's characters changed: replace the paragraph


@lru_cache(maxsize=4096)
def edits_between(old: str, new: str, part: str | None) -> tuple[Edit, ...]:
    """The compare engine's word changes (kept: the writer asks twice when it finds a replacement throughout)."""
    return tuple(e for e in diff_words(old, new, part) if e.op != EQUAL)


def word_changes(old: Inline, new: Inline, target: Target, part: str | None) -> list[WordChange] | None:
    """The instructions turning ``old`` into ``new``, or None when replacing the paragraph is better."""
    edits = edits_between(old.text, new.text, part)
    if not edits or len(edits) > MAX_CHANGES:
        return None
    whole_words = len(edits) == 1 and edits[0].op != REPLACED  # one passage deleted or inserted, however long
    changed = sum(max(e.old_end - e.old_start, e.new_end - e.new_start) for e in edits)
    if not whole_words and changed > MAX_SHARE * max(len(old.text), 1):
        return None
    out = []
    for e in edits:
        change = _phrase(old.text, new.text[e.new_start:e.new_end], e.old_start, e.old_end, target)
        if change is None:
            return None
        out.append(change)
    return out if _carries_out(old, new, out) else None


def _carries_out(old: Inline, new: Inline, changes: list[WordChange]) -> bool:
    trial = copy.deepcopy(old)
    spans = []
    for c in changes:
        found = occurrences(trial.text, c.quote)
        if len(found) != 1:
            return False
        spans.append(span_of(trial.text, c, found[0]))
    spans.sort()
    if any(b[0] < a[1] or (a[0] == a[1] == b[0] == b[1]) for a, b in itertools.pairwise(spans)):
        return False
    for start, end, piece in reversed(spans):
        splice(trial, start, end, piece)
    return inline_content(trial) == inline_content(new)


def _phrase(old: str, piece: str, start: int, end: int, target: Target) -> WordChange | None:
    """One change (``old[start:end]`` becomes ``piece``) as an instruction, widened until it works."""
    bounds = [s for s, _ in tokens(old)] + [len(old)]
    expected = old[:start] + piece + old[end:]
    left = right = 0
    while True:
        s = _step(bounds, start, -left)
        e = _step(bounds, end, right)
        wider = old[s:start] + piece + old[end:e]
        for change in _candidates(old, s, e, wider, target):
            if _works(old, change, expected):
                return change
        if s == 0 and e == len(old):
            return None
        if 2 * (e - s) > len(old) + 40:
            return None
        left, right = (left + 1, right) if left <= right and s > 0 else (left, right + 1)


def _step(bounds: list[int], at: int, n: int) -> int:
    """The token boundary ``n`` tokens from ``at`` (negative: to the left), clamped to the text."""
    k = min(range(len(bounds)), key=lambda i: abs(bounds[i] - at))
    return bounds[max(0, min(len(bounds) - 1, k + n))]


def _candidates(old: str, s: int, e: int, piece: str, target: Target):
    quote, text = old[s:e].strip(), piece.strip()
    if quote and text:
        yield WordChange(target, REPLACE, quote, text)
    elif quote:
        for a, b in _slides(old, s, e):
            yield WordChange(target, DELETE, old[a:b].strip())
    elif text:
        for anchor in _anchors_before(old, s):
            yield WordChange(target, INSERT_AFTER, anchor, text)
        for anchor in _anchors_after(old, s):
            yield WordChange(target, INSERT_BEFORE, anchor, text)


def _slides(old: str, s: int, e: int) -> list[tuple[int, int]]:
    """Equivalent places of a deletion, those starting on a word first ("X," rather than ", X")."""
    while s > 0 and old[s - 1] == old[e - 1]:
        s, e = s - 1, e - 1
    out = [(s, e)]
    while e < len(old) and old[s] == old[e]:
        s, e = s + 1, e + 1
        out.append((s, e))
    return sorted(out, key=lambda span: not old[span[0]:span[1]].strip()[:1].isalnum())


def _anchors_before(old: str, at: int):
    """Passages ending where the insertion goes, shortest first, that start on a word."""
    end = at
    while end > 0 and old[end - 1].isspace():
        end -= 1
    for s, _ in reversed(tokens(old[:end])):
        anchor = old[s:end]
        if anchor[:1].isalnum() and len(occurrences(old, anchor)) == 1:
            yield anchor
            return


def _anchors_after(old: str, at: int):
    start = at
    while start < len(old) and old[start].isspace():
        start += 1
    for _, e in tokens(old[start:]):
        anchor = old[start:start + e]
        if anchor[-1:].isalnum() and len(occurrences(old, anchor)) == 1:
            yield anchor
            return


def _works(old: str, change: WordChange, expected: str) -> bool:
    if not change.quote:
        return False
    found = occurrences(old, change.quote)
    if len(found) != 1:
        return False
    s, e, piece = span_of(old, change, found[0])
    return old[:s] + piece + old[e:] == expected
