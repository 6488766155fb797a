"""The errors and warnings on the 150 official GA resolutions, which UN editors edited, are all classified.

official_findings.tsv names each one (written by tools/classify_official_findings.py, then reviewed):
a real departure the official text kept, a structure the importer misread, or a word of one text only.
A change that adds a finding on these texts fails here until it is classified.
"""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest

from drafting.rules import check
from tests.support.official import load_official, official_dir, official_pdfs

DATA = Path(__file__).with_name("official_findings.tsv")
CLASSES = {"departure", "structure", "vocabulary"}

pytestmark = pytest.mark.skipif(official_dir() is None, reason="no shared folder with corpus/official")


def rows() -> list[dict[str, str]]:
    with DATA.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def classified() -> dict[tuple[str, str, str, str], str]:
    return {(r["file"], r["code"], r["severity"], r["place"]): r["class"] for r in rows()}


def test_every_row_has_a_known_class():
    assert set(classified().values()) <= CLASSES


@pytest.mark.slow
@pytest.mark.timeout(1800)  # every official GA resolution is read and checked
def test_no_unclassified_error_or_warning_on_the_official_resolutions():
    known = classified()
    new = []
    found: Counter[tuple[str, str, str, str]] = Counter()
    for path in official_pdfs("ga-res"):
        res = load_official(path).resolution
        assert res is not None, f"{path.name} could not be read"
        for d in check(res):
            if d.severity == "info":
                continue
            place = "/".join(map(str, d.location.path)) + ("" if d.location.footnote is None else " fn")
            found[(path.stem, d.code, d.severity, place)] += 1
            if (path.stem, d.code, d.severity, place) not in known:
                new.append(f"{path.stem} {d.code} {d.severity} {place}: {d.message}")
    assert not new, "findings not classified in official_findings.tsv:\n" + "\n".join(new[:40])
    # A finding that went away leaves the list too, so that the departures listed are the ones still found.
    listed = Counter((r["file"], r["code"], r["severity"], r["place"]) for r in rows())
    gone = sorted(listed - found)
    assert not gone, "rows of official_findings.tsv no longer found (rerun tools/classify_official_findings.py):\n" \
        + "\n".join(" ".join(key) for key in gone[:40])
