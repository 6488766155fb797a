"""The errors and warnings of the checker on the official texts, and their classification kept as data.

Two files hold it, one row per finding (file, code, severity, place, words found, class, why): the GA
resolutions in ``tests/drafting/rules/official_findings.tsv`` and the GA and SC drafts in
``official_draft_findings.tsv`` beside it.  ``tools/classify_official_findings.py`` writes them;
``tests/drafting/rules/test_official_findings.py`` checks them against what the checker finds, and
``benchmarks/bench_corpus_findings.py`` counts the errors besides the named departures.
"""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from drafting.diagnostics import Diagnostic
from drafting.model import Resolution
from drafting.rules import check
from tests.support.official import load_official, official_pdfs
from tests.support.paths import ROOT

FOLDER = ROOT / "tests" / "drafting" / "rules"
# The reasons read in context, which the tool writes into the sets: the class and why of a warning code (file and
# place empty), of one file's findings of a code (place empty), or of one finding.
REASONS = FOLDER / "official_findings_reasons.tsv"
# Each file of classified findings and the groups of corpus/official it covers.
SETS = {"resolutions": (FOLDER / "official_findings.tsv", ("ga-res",)),
        "drafts": (FOLDER / "official_draft_findings.tsv", ("ga-draft", "sc-draft"))}
COLUMNS = ("file", "code", "severity", "place", "found", "class", "why")
# departure: a slip the text kept; structure: the importer misread the text; vocabulary: a word of UN work, a
# name or a foreign term, not a misspelling; dated: right when the text was written, the rule knows a later form
# (a State's new name); false alarm: the rule is wrong here and not yet fixed.
CLASSES = ("departure", "structure", "vocabulary", "dated", "false alarm")
Key = tuple[str, str, str, str]  # file (stem), code, severity, place


def place_of(d: Diagnostic) -> str:
    """The finding's place as the files write it: "operative/3/1", "preamble/2 fn" (in a footnote)."""
    return "/".join(map(str, d.location.path)) + ("" if d.location.footnote is None else " fn")


def key_of(stem: str, d: Diagnostic) -> Key:
    return stem, d.code, d.severity, place_of(d)


def checked(groups: tuple[str, ...]) -> Iterator[tuple[Path, Resolution | None, list[Diagnostic]]]:
    """Each official PDF of ``groups`` with its resolution (None where it cannot be read) and its errors and
    warnings."""
    for group in groups:
        for path in official_pdfs(group):
            res = load_official(path).resolution
            yield path, res, [] if res is None else [d for d in check(res) if d.severity != "info"]


def read_rows(data: Path) -> list[dict[str, str]]:
    """The rows of a tab-separated file with a header line; none while the file does not exist."""
    if not data.is_file():
        return []
    with data.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def rows(name: str) -> list[dict[str, str]]:
    """The rows of the set ``name`` ("resolutions", "drafts")."""
    return read_rows(SETS[name][0])


def departures() -> Counter[Key]:
    """How many findings each (file, code, severity, place) has that are named as real departures, in every set."""
    return Counter((r["file"], r["code"], r["severity"], r["place"]) for name in SETS for r in rows(name)
                   if r["class"] == "departure")
