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
