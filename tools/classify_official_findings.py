"""Write tests/drafting/rules/official_findings.tsv: every error and warning on the 150 official GA
resolutions, each with its class and why: ``python tools/classify_official_findings.py``.

Classes: ``departure`` (a slip the official text kept), ``structure`` (the importer misread the
text: headings, adoption lines, budget tables or an adopted outcome document read as paragraphs),
``vocabulary`` (a word of one resolution only, not a misspelling). The test
tests/drafting/rules/test_official_findings.py fails on any finding not in the file, so a change
that adds a finding on these texts is classified here first (rerun, then review the diff).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from drafting.files import write_atomic  # noqa: E402
from drafting.rules import check  # noqa: E402
from tests.support.official import load_official, official_pdfs  # noqa: E402

TARGET = ROOT / "tests" / "drafting" / "rules" / "official_findings.tsv"
STRUCTURE = "headings, adoption lines, budget tables or an adopted outcome document read as paragraphs"
CLASSES = {
    "RES101": ("structure", STRUCTURE), "RES104": ("structure", STRUCTURE), "RES130": ("structure", STRUCTURE),
    "RES133": ("structure", STRUCTURE), "RES201": ("structure", STRUCTURE), "RES202": ("structure", STRUCTURE),
    "RES203": ("structure", STRUCTURE), "RES301": ("structure", STRUCTURE), "RES302": ("structure", STRUCTURE),
    "RES303": ("structure", STRUCTURE), "RES613": ("structure", STRUCTURE),
    "RES140": ("structure", "the bracketed adoption reference is not read from the PDF"),
    "RES311": ("departure", "a comma before the last “and” of a list (PUN-03)"),
    "RES219": ("departure", "decisions in one paragraph separated by semicolons, not commas (OP-06)"),
    "RES208": ("departure", "repetition adverb in the legacy verb-first place or with no earlier use (OP-04, PRE-06)"),
    "RES803": ("departure", "an acronym not spelled out at its first use (ABBR-01)"),
    "RES210": ("departure", "the preposition after the opening phrase set in italics too (PRE-02)"),
    "RES812": ("structure", "a bold annex heading read into the last operative paragraph"),
    "RES790": ("vocabulary", "a word that only one official resolution uses (name, foreign term or new coinage)"),
}
DEFAULT = ("departure", "kept by the editors against the rule")
# (file, code) read against the class of its code
OVERRIDES = {
    ("A_RES_79_280", "RES214"): ("structure", "staff rules quoted after “continues to read as follows:” read as "
                                              "subparagraphs"),
    ("A_RES_80_243", "RES301"): ("departure", "section XVI ends its preamble “Recalling its resolution 79/258 A;”"),
    ("A_RES_80_243", "RES201"): ("departure", "section XXIV opens its preamble with “Recalls”, an operative verb"),
}


def main() -> None:
    rows = ["file\tcode\tseverity\tplace\tfound\tclass\twhy"]
    for path in official_pdfs("ga-res"):
        res = load_official(path).resolution
        if res is None:
            continue
        for d in check(res):
            if d.severity == "info":
                continue
            kind, why = OVERRIDES.get((path.stem, d.code)) or CLASSES.get(d.code, DEFAULT)
            place = "/".join(map(str, d.location.path)) + ("" if d.location.footnote is None else " fn")
            found = d.extra.get("found", "").replace("\t", " ").replace("\n", " ")[:60]
            rows.append("\t".join([path.stem, d.code, d.severity, place, found, kind, why]))
    write_atomic(TARGET, ("\n".join(rows) + "\n").encode("utf-8"))
    print(f"{TARGET.relative_to(ROOT)}: {len(rows) - 1} findings")


if __name__ == "__main__":
    main()
