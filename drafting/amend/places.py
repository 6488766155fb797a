"""Where an instruction's paragraph stands in a resolution: counted positions to list indices.

Instructions count paragraphs as the draft numbers them, so headings (and other
unnumbered paragraphs) are skipped: "operative paragraph 5" is the fifth counted one.
"""

from __future__ import annotations

from ..model import Paragraph, Resolution
from ..numbering import counted
from .instructions import PREAMBLE, Target, target_words


def counted_indices(siblings: list[Paragraph]) -> list[int]:
    """List index of each counted paragraph, in order: position k is ``siblings[result[k]]``."""
    return [i for i, p in enumerate(siblings) if counted(p)]


def part_list(res: Resolution, part: str) -> list[Paragraph]:
    return res.preamble if part == PREAMBLE else res.operative


def siblings_at(res: Resolution, part: str, parent: tuple[int, ...]) -> list[Paragraph] | None:
    """The paragraphs under ``parent`` (counted positions), or None when ``parent`` is not in the text."""
    siblings = part_list(res, part)
    for k in parent:
        indices = counted_indices(siblings)
        if not 0 <= k < len(indices):
            return None
        siblings = siblings[indices[k]].children
    return siblings


def paragraph_at(res: Resolution, target: Target) -> Paragraph | None:
    siblings = siblings_at(res, target.part, target.path[:-1])
    if siblings is None:
        return None
    indices = counted_indices(siblings)
    k = target.path[-1]
    return siblings[indices[k]] if 0 <= k < len(indices) else None


def missing(res: Resolution, target: Target) -> str:
    """Why ``target`` is not in ``res``: "the draft has 12 operative paragraphs"."""
    siblings = siblings_at(res, target.part, target.path[:-1])
    if siblings is None:
        return f"{target_words(Target(target.part, target.path[:-1]))} is not in the draft"
    n = len(counted_indices(siblings))
    if len(target.path) > 1:
        where = target_words(Target(target.part, target.path[:-1]))
        return f"{where} has {n} subparagraph{'s' if n != 1 else ''}"
    kind = "preambular" if target.part == PREAMBLE else "operative"
    return f"the draft has {n} {kind} paragraph{'s' if n != 1 else ''}"
