"""Compare and tracked changes on two 400-paragraph versions; alignment accuracy per kind of change.

The versions are built from the corpus paragraphs (halves of two paragraphs spliced, so
that the 400 are distinct), the new one by four rounds of planted changes of every kind.
The accuracy figures come from the harness in tests/support/planted_changes.py: synthetic
revisions of the four corpus texts with known answers (target: at least 98 % of all
paragraphs paired correctly for every kind).
"""

from __future__ import annotations

import copy
import random

from common import report, timed

from drafting.compare.align import compare
from drafting.compare.report import changes
from drafting.compare.tracked_docx import build_tracked
from drafting.model import Paragraph
from tests.support.planted_changes import KINDS, accuracy, load_corpus, plant

COMPARE_TARGET_MS, TRACKED_TARGET_MS, ACCURACY_TARGET = 1000, 2000, 0.98


def versions(count: int = 400):
    texts = load_corpus()
    pool = [p for r in texts for p in r.preamble + r.operative]
    old = copy.deepcopy(texts[2])
    spliced = []
    for i in range(count):
        a, b = pool[i % len(pool)], pool[(i * 7 + 3) % len(pool)]
        spliced.append(Paragraph(a.text[: len(a.text) // 2] + b.text[len(b.text) // 2:]))
    old.preamble, old.operative = spliced[:count // 4], spliced[count // 4:]
    rng = random.Random(1)
    new = old
    for _ in range(4):
        new = plant(new, "mixed", rng, pool)[0]
    return old, new


def main() -> None:
    old, new = versions()
    found = changes(compare(old, new))
    print(f"compare: {old.paragraph_count()} and {new.paragraph_count()} paragraphs, {len(found)} changes reported")
    report("align, diff words and report", timed(lambda: changes(compare(old, new)), repeat=5), COMPARE_TARGET_MS)
    cmp = compare(old, new)
    report("tracked-changes .docx (both exports and the weave)", timed(lambda: build_tracked(cmp), repeat=5),
           TRACKED_TARGET_MS)
    print(f"alignment accuracy on synthetic revisions of the corpus (target >= {ACCURACY_TARGET:.0%} of paragraphs):")
    worst = 1.0
    for kind in KINDS:
        correct, total, touched_ok, touched = accuracy(kind, rounds=6)
        worst = min(worst, correct / total)
        print(f"  {kind:<10} {correct / total:8.2%} of {total} paragraphs"
              f"   ({touched_ok}/{touched} of those the changes touched)"
              f"  {'ok' if correct / total >= ACCURACY_TARGET else 'UNDER'}")
    print(f"  lowest: {worst:.2%} (target >= {ACCURACY_TARGET:.0%}: {'ok' if worst >= ACCURACY_TARGET else 'UNDER'})")


if __name__ == "__main__":
    main()
