"""Every rule flags its wrong examples, leaves its right ones alone, and its fix gives the right text."""

from __future__ import annotations

import pytest

from drafting.rules import all_rules
from drafting.rules.examples import run

RULES = all_rules()
WRONG = [(r, ex) for r in RULES for ex in r.wrong]
RIGHT = [(r, ex) for r in RULES for ex in r.right]


def _id(item) -> str:
    rule, example = item
    return f"{rule.code}-{example.text[:30]}"


def test_every_rule_has_a_wrong_and_a_right_example():
    missing = [r.code for r in RULES if not r.wrong or not r.right]
    assert not missing, f"rules without examples: {missing}"


def test_codes_and_names_are_unique():
    assert len({r.code for r in RULES}) == len(RULES)
    assert len({r.name for r in RULES}) == len(RULES)


@pytest.mark.parametrize("item", WRONG, ids=[_id(i) for i in WRONG])
def test_wrong_example_is_flagged_and_fixed(item):
    rule, example = item
    outcome = run(rule, example)
    assert outcome.fired, f"{rule.code} did not flag {example.text!r}"
    if example.fixed is not None:
        assert outcome.fixed_text == example.fixed
        assert outcome.remaining == 0, f"{rule.code} still fires after its fix"


@pytest.mark.parametrize("item", RIGHT, ids=[_id(i) for i in RIGHT])
def test_right_example_is_not_flagged(item):
    rule, example = item
    assert not run(rule, example).fired, f"{rule.code} flagged the right text {example.text!r}"


def test_l_rules_are_never_errors():
    assert not [r.code for r in RULES if r.confidence == "L" and r.severity == "error"]


# Every rule of the style specification (all of confidence H or M at
# least in part) is implemented by at least one rule, which names it in its source.
SPEC_RULES = ["ANAT-01", "ANAT-02", "ANAT-03", "ANAT-04", "ANAT-05", "ANAT-06", "ANAT-07", "ANAT-08",
              "PRE-01", "PRE-02", "PRE-03", "PRE-04", "PRE-05", "PRE-06", "PRE-07",
              "OP-01", "OP-02", "OP-03", "OP-04", "OP-05", "OP-06", "OP-07", "OP-08",
              "FN-01", "FN-02", "FN-03", "FN-04", "FN-05", "SYM-01", "SYM-02", "SYM-03", "DATE-01", "DATE-02",
              "NUM-01", "NUM-02", "NUM-03", "PUN-01", "PUN-02", "PUN-03", "ITAL-01", "CAP-01", "SPELL-01", "ABBR-01"]


def test_every_rule_of_the_specification_is_implemented():
    named = " ".join(r.source for r in RULES)
    assert [spec for spec in SPEC_RULES if spec not in named] == []
