"""Amendments on two 400-paragraph versions: writing the instructions, applying 50 of them.

The two versions are those of bench_compare.py (400 spliced corpus paragraphs, four rounds
of planted changes of every kind).  The floor is the compare engine aligning and diffing
the same pair in the same run: ``amend`` does that much and more (phrasing each change,
checking the instructions by applying them).  For ``apply``, 50 paragraphs of the base get
a word inserted, replaced or deleted, and the instructions that say so are applied; its
floor is copying the draft, which applying must do.
"""

from __future__ import annotations

import copy
import random

from bench_compare import versions
from common import report, timed

from drafting.amend.apply import apply_instructions
from drafting.amend.sameness import text_content
from drafting.amend.writer import write_instructions
from drafting.compare.align import compare
from drafting.compare.report import changes
from drafting.model import Resolution

AMEND_TARGET_MS, APPLY_TARGET_MS = 1000, 200
WORDS = ["effective", "all Member States", "including women and girls", "in this regard", "relevant"]


def edited(base: Resolution, word_edits: int, seed: int = 2) -> Resolution:
    """``base`` with a word inserted, replaced or deleted in ``word_edits`` operative paragraphs."""
    rng = random.Random(seed)
    new = copy.deepcopy(base)
    for k in rng.sample(range(len(new.operative)), word_edits):
        p = new.operative[k]
        words = p.text.split(" ")
        at = rng.randrange(1, len(words) - 1)
        action = k % 3
        if action == 0:
            words.insert(at, rng.choice(WORDS))
        elif action == 1:
            words[at] = rng.choice(WORDS)
        else:
            del words[at]
        p.text = " ".join(words)
    return new


def main() -> None:
    base, new = versions()
    written = write_instructions(base, new)
    assert text_content(apply_instructions(base, written)) == text_content(new)
    print(f"amend: {base.paragraph_count()} and {new.paragraph_count()} paragraphs, {len(written)} instructions")
    floor = timed(lambda: changes(compare(base, new)), repeat=5)
    amend = timed(lambda: write_instructions(base, new), repeat=5)
    report("floor: compare engine on the same pair", floor)
    report("amend: write the instructions BASE → NEW", amend, AMEND_TARGET_MS, f"  ({amend / floor:.2f}× the floor)")
    fifty = write_instructions(base, edited(base, 50))
    print(f"apply: {len(fifty)} instructions on {base.paragraph_count()} paragraphs")
    applying = timed(lambda: apply_instructions(base, fifty))
    copying = timed(lambda: copy.deepcopy(base))
    report("floor: copying the draft", copying)
    report(f"apply: {len(fifty)} instructions", applying, APPLY_TARGET_MS, f"  ({applying / copying:.2f}× the floor)")


if __name__ == "__main__":
    main()
