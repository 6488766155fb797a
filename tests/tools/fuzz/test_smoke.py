"""The fuzz smoke run: a fixed-seed campaign of a few hundred mutated files per format must end
with no crash and no hang (the long campaign is ``./dev.sh fuzz``)."""

from __future__ import annotations

import pytest

from tools.fuzz.campaign import run
from tools.fuzz.seeds import FORMATS

CASES = 300  # per format
TIMEOUT = 20.0  # seconds a case may take on a shared, busy machine (the contract is 10 on a quiet one)


@pytest.mark.fuzz
@pytest.mark.slow
def test_fuzz_smoke_finds_no_crash_and_no_hang(capsys: pytest.CaptureFixture[str]) -> None:
    from drafting.spelling import document

    saved = document.SUGGESTING_SECONDS
    document.SUGGESTING_SECONDS = 1.0  # per check; bounded either way, the smoke run needs its time elsewhere
    try:
        report = run(CASES, seed=1, formats=FORMATS, timeout=TIMEOUT, jobs=2, whole=False, full_every=4,
                     log=lambda message: None)
    finally:
        document.SUGGESTING_SECONDS = saved
    with capsys.disabled():
        print("\n" + "\n".join(report.lines()))
    assert all(t.cases == CASES for t in report.tallies.values())
    assert not report.failed, "\n".join(report.lines())
