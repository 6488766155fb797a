"""Write the classified findings of the official texts: every error and warning, each with its class and why.

    python tools/classify_official_findings.py                   # the 150 GA resolutions: official_findings.tsv
    python tools/classify_official_findings.py --group drafts    # the GA and SC drafts: official_draft_findings.tsv

Classes (tests/support/official_findings.py): ``departure`` (a slip the text kept), ``structure`` (the
importer misread the text), ``vocabulary`` (a word of UN work, a name or a foreign term, not a
misspelling), ``dated`` (right when the text was written; the rule knows a later form), ``false alarm``
(the rule is wrong here and not yet fixed).  The reasons are data, in
tests/drafting/rules/official_findings_reasons.tsv: a warning takes the class and why given for itself, for
its file and code, or for its code; an error needs a why of its own, read in context, that names the slip:
the tool stops and lists any finding that has none.  tests/drafting/rules/test_official_findings.py fails on a
finding not in the files, so a change that adds a finding on these texts is classified here first (rerun,
then review the diff).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from drafting.files import write_atomic  # noqa: E402
from tests.support.official_findings import COLUMNS, REASONS, SETS, checked, place_of, read_rows  # noqa: E402

Reason = tuple[str, str]  # class, why


def reasons() -> dict[tuple[str, str, str, str], Reason]:
    """(file, code, severity, place) → (class, why), as official_findings_reasons.tsv gives them."""
    return {(r["file"], r["code"], r["severity"], r["place"]): (r["class"], r["why"]) for r in read_rows(REASONS)}


def classify(known: dict[tuple[str, str, str, str], Reason], stem: str, code: str, severity: str,
             place: str) -> Reason | None:
    """The class and why of a finding: an error's own, read in context (None while there is none); a warning's
    own, its file's for its code, its code's, or the default."""
    if severity == "error":
        return known.get((stem, code, severity, place))
    for key in ((stem, code, severity, place), (stem, code, severity, ""), ("", code, severity, ""),
                ("", "", severity, "")):
        if key in known:
            return known[key]
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--group", choices=list(SETS), default="resolutions",
                        help="the GA resolutions, or the GA and SC drafts")
    args = parser.parse_args(argv)
    target, groups = SETS[args.group]
    rows, unread = ["\t".join(COLUMNS)], []
    known = reasons()
    for path, res, findings in checked(groups):
        if res is None:
            continue
        for d in findings:
            place = place_of(d)
            verdict = classify(known, path.stem, d.code, d.severity, place)
            if verdict is None:
                unread.append(f"  {path.stem} {d.code} {place}: {d.message}")
                continue
            found = d.extra.get("found", "").replace("\t", " ").replace("\n", " ")[:60]
            rows.append("\t".join([path.stem, d.code, d.severity, place, found, *verdict]))
    if unread:
        print(f"findings with no why (read each in context, then add it to {REASONS.name}):\n" + "\n".join(unread))
        return 1
    write_atomic(target, ("\n".join(rows) + "\n").encode("utf-8"))
    print(f"{target.relative_to(ROOT)}: {len(rows) - 1} findings")
    return 0


if __name__ == "__main__":
    sys.exit(main())
