"""The errors and warnings on the official texts are all classified: the 150 GA resolutions, which UN editors
edited, and the GA and SC drafts.

official_findings.tsv and official_draft_findings.tsv name each one (written by tools/classify_official_findings.py,
then reviewed): a real departure the text kept, a structure the importer misread, a word of UN work, a name right
when the text was written, or a false alarm of a rule not yet fixed.  A change that adds a finding on these texts
fails here until it is classified.
"""

from __future__ import annotations

from collections import Counter

import pytest

from tests.support.official import official_dir
from tests.support.official_findings import CLASSES, REASONS, SETS, checked, key_of, read_rows, rows

pytestmark = pytest.mark.skipif(official_dir() is None, reason="no shared folder with corpus/official")


@pytest.mark.parametrize("name", list(SETS))
def test_every_row_has_a_known_class_and_a_why(name):
    listed = rows(name)
    assert listed, f"{SETS[name][0].name} is missing or empty"
    assert {r["class"] for r in listed} <= set(CLASSES)
    assert all(r["why"].strip() for r in listed)
    # An error is a real departure named for what is wrong there, never by a reason its code shares.
    errors = [r for r in listed if r["severity"] == "error"]
    assert all(r["class"] == "departure" for r in errors)
    assert len({(r["file"], r["why"]) for r in errors}) == len({(r["file"], r["code"], r["place"]) for r in errors})


def test_every_reason_read_for_one_finding_is_still_used():
    listed = {(r["file"], r["code"], r["severity"], r["place"]) for name in SETS for r in rows(name)}
    own = [r for r in read_rows(REASONS) if r["place"]]
    assert own and {r["class"] for r in read_rows(REASONS)} <= set(CLASSES)
    stale = [" ".join((r["file"], r["code"], r["place"])) for r in own
             if (r["file"], r["code"], r["severity"], r["place"]) not in listed]
    assert not stale, f"reasons in {REASONS.name} for findings no longer found:\n" + "\n".join(stale)


@pytest.mark.slow
@pytest.mark.timeout(1800)  # every official text of the set is read and checked
@pytest.mark.parametrize("name", list(SETS))
def test_no_unclassified_error_or_warning_on_the_official_texts(name):
    data, groups = SETS[name]
    known = {(r["file"], r["code"], r["severity"], r["place"]) for r in rows(name)}
    new = []
    found: Counter[tuple[str, str, str, str]] = Counter()
    for path, res, findings in checked(groups):
        if res is None:
            continue  # refused with a reason (a note by the Secretariat): the import tests cover it
        for d in findings:
            key = key_of(path.stem, d)
            found[key] += 1
            if key not in known:
                new.append(f"{' '.join(key)}: {d.message}")
    assert not new, f"findings not classified in {data.name}:\n" + "\n".join(new[:40])
    # A finding that went away leaves the list too, so that the departures listed are the ones still found.
    listed = Counter((r["file"], r["code"], r["severity"], r["place"]) for r in rows(name))
    gone = sorted(listed - found)
    assert not gone, f"rows of {data.name} no longer found (rerun tools/classify_official_findings.py):\n" \
        + "\n".join(" ".join(key) for key in gone[:40])
