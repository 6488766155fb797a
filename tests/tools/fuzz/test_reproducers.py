"""Every input that once crashed or hung Resolute (tests/fuzz_cases/) now goes through every stage:
load, print, check with suggestions, export to each format, reopen each export, compare, fix.
Each runs in a forked worker with a memory cap and a time limit, as in the fuzz campaign."""

from __future__ import annotations

from pathlib import Path

import pytest

from tools.fuzz.cases import case_files, materialized, preload
from tools.fuzz.stages import run_stages
from tools.fuzz.worker import OK, run_isolated

TIMEOUT = 20.0  # seconds on a shared, busy machine; the contract is 10 on a quiet one
CASES = case_files()


@pytest.fixture(scope="module", autouse=True)
def _warm() -> None:
    preload()


@pytest.mark.parametrize("case", CASES, ids=[p.name[:100] for p in CASES])
def test_reproducer_goes_through_every_stage(case: Path) -> None:
    with materialized(case) as real:
        outcome = run_isolated(run_stages, (real,), timeout=TIMEOUT)
    assert outcome.kind == OK, f"{outcome.kind} at stage {outcome.stage}: {outcome.site}\n{outcome.message}"


def test_there_are_reproducers_of_every_format() -> None:
    from tools.fuzz.cases import real_suffix

    assert {real_suffix(p) for p in CASES} >= {".txt", ".pdf", ".docx", ".unres"}
