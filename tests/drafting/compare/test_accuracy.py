"""Alignment accuracy on synthetic revisions of the corpus texts with known answers.

Revisions are planted by ``tests/support/planted_changes.py`` with the true pairing.  The
aligner must pair at least 98 % of all paragraphs correctly for every kind, and most of
the paragraphs the changes touched.  ``benchmarks/bench_compare.py`` prints the figures.
"""

from __future__ import annotations

import copy

import pytest

from drafting.compare.align import compare
from drafting.importers import load_document
from tests.support.paths import GA_TEXTS
from tests.support.planted_changes import KINDS, accuracy

pytestmark = pytest.mark.slow  # subprocesses and whole-corpus runs


@pytest.mark.parametrize("kind", KINDS)
def test_at_least_98_percent_of_paragraphs_are_paired_correctly(kind):
    correct, total, touched_ok, touched = accuracy(kind, rounds=6)
    assert correct / total >= 0.98, f"{kind}: {correct}/{total} paired correctly"
    assert touched_ok / max(1, touched) >= 0.9, f"{kind}: {touched_ok}/{touched} touched paragraphs paired correctly"


def test_the_truth_of_a_planted_move_is_what_a_reader_would_say():
    old = load_document(GA_TEXTS["A_RES_79_180"]).resolution
    new = copy.deepcopy(old)
    new.operative.insert(8, new.operative.pop(2))
    cmp = compare(old, new)
    moved = [p for p in cmp.pairs if p.moved]
    assert [(p.old[0].label, p.new[0].label) for p in moved] == [("OP 3", "OP 9")]
