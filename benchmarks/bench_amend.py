"""Amendments on two 400-paragraph versions: writing the instructions, applying 50 of them.

The versions are built from the corpus paragraphs (halves of two paragraphs spliced, so
that the 400 are distinct); the new one gets word insertions, replacements and deletions,
new, deleted, replaced and moved paragraphs.  The floor is the compare engine aligning and
diffing the same pair in the same run: ``amend`` does that much and more (phrasing each
change, checking the instructions by applying them).
"""

from __future__ import annotations

import copy
import random

from common import CORPUS, report, timed

from drafting.amend.apply import apply_instructions
from drafting.amend.sameness import text_content
from drafting.amend.writer import write_instructions
from drafting.compare.align import compare
from drafting.compare.report import changes
from drafting.importers import load_document
from drafting.model import Paragraph, Resolution

AMEND_TARGET_MS, APPLY_TARGET_MS = 1000, 200
WORDS = ["effective", "all Member States", "including women and girls", "in this regard", "relevant"]


def base_version(count: int = 400) -> Resolution:
    texts = [load_document(CORPUS / name).resolution for name in ("A_80_L.8.txt", "A_C.3_80_L.30.txt")]
    pool = [p for r in texts for p in r.preamble + r.operative]
    res = copy.deepcopy(texts[1])
    spliced = []
    for i in range(count):
        a, b = pool[i % len(pool)], pool[(i * 7 + 3) % len(pool)]
        spliced.append(Paragraph(a.text[: len(a.text) // 2] + b.text[len(b.text) // 2:]))
    res.preamble, res.operative = spliced[:count // 4], spliced[count // 4:]
    return res


def edited(base: Resolution, word_edits: int, structural: bool, seed: int = 1) -> Resolution:
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
    if structural:
        for _ in range(5):
            new.operative.insert(rng.randrange(len(new.operative)), Paragraph("Decides to consider the question "
                                                                              f"at its session number {rng.random()};"))
        for _ in range(5):
            del new.operative[rng.randrange(len(new.operative))]
        for _ in range(3):
            new.preamble[rng.randrange(len(new.preamble))] = Paragraph(f"Noting the report number {rng.random()},")
        for _ in range(2):
            new.operative.insert(rng.randrange(len(new.operative)), new.operative.pop(rng.randrange(len(new.operative))))
    return new


def main() -> None:
    base = base_version()
    new = edited(base, 30, structural=True)
    written = write_instructions(base, new)
    assert text_content(apply_instructions(base, written)) == text_content(new)
    print(f"amend: {base.paragraph_count()} and {new.paragraph_count()} paragraphs, {len(written)} instructions")
    floor = timed(lambda: changes(compare(base, new)), repeat=5)
    amend = timed(lambda: write_instructions(base, new), repeat=5)
    report("floor: compare engine on the same pair", floor)
    report("amend: write the instructions BASE → NEW", amend, AMEND_TARGET_MS, f"  ({amend / floor:.2f}× the floor)")
    fifty = write_instructions(base, edited(base, 50, structural=False, seed=2))
    print(f"apply: {len(fifty)} instructions on {base.paragraph_count()} paragraphs")
    applying = timed(lambda: apply_instructions(base, fifty))
    copying = timed(lambda: copy.deepcopy(base))
    report("floor: copying the draft", copying)
    report(f"apply: {len(fifty)} instructions", applying, APPLY_TARGET_MS, f"  ({applying / copying:.2f}× the floor)")


if __name__ == "__main__":
    main()
