"""Findings on the official UN texts, which UN editors edited: how quiet the checker is on texts that are right.

Per group of ``corpus/official/`` (GA resolutions, GA drafts, SC drafts): findings per 100 paragraphs
by severity and by rule code, and the most frequent (rule, words found) pairs with their context.
Each group also gives its errors and warnings besides the named departures: the findings that
tests/drafting/rules/official_findings.tsv and official_draft_findings.tsv do not name as a real slip of
the text.  Targets: GA resolutions ≤ 0.5 errors, ≤ 3 warnings, ≤ 5 infos per 100 paragraphs and no error
besides the named departures; GA drafts ≤ 1 error besides the named departures; SC drafts ≤ 2 errors and
≤ 5 warnings (besides the departures printed too).  The figures are reported, the exit code stays 0.
Imports are cached (see tests/support/official.py), so a rerun after a rule change takes seconds.

    python benchmarks/bench_corpus_findings.py [--top N] [--code RES123] [--group ga-res]
"""

from __future__ import annotations

import argparse
import time
from collections import Counter

from common import ROOT  # noqa: F401  (puts the project on sys.path)

from drafting.model import Resolution, sorted_anchors
from drafting.rules import Diagnostic, check
from tests.support.official import (
    GROUPS,
    load_official,
    official_dir,
    official_pdfs,
    paragraph_count,
)
from tests.support.official_findings import departures, key_of

TARGETS = {"ga-res": {"error": 0.5, "warning": 3, "info": 5}, "ga-draft": {}, "sc-draft": {"error": 2, "warning": 5}}
# Targets on the errors besides the named departures: every error on a GA resolution is named; GA drafts keep more.
BESIDES_TARGETS = {"ga-res": 0.0, "ga-draft": 1.0}


def place_text(res: Resolution, d: Diagnostic) -> str:
    places = dict(res.inlines())
    place = places.get(d.location.path)
    if place is None:
        return ""
    if d.location.footnote is not None:
        anchors = sorted_anchors(place)
        return anchors[d.location.footnote].note.text if d.location.footnote < len(anchors) else ""
    return place.text


def context(text: str, start: int, end: int, width: int = 40) -> str:
    before = text[max(0, start - width):start]
    after = text[end:end + width]
    return f"…{before}[{text[start:end]}]{after}…".replace("\n", " ")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--top", type=int, default=20)
    parser.add_argument("--code", help="list every finding of this rule code")
    parser.add_argument("--group", choices=list(GROUPS))
    args = parser.parse_args()
    print("corpus findings: official UN texts, findings per 100 paragraphs (targets: GA resolutions errors ≤0.5, "
          "warnings ≤3, infos ≤5, none besides the named departures; GA drafts errors ≤1 besides the named "
          "departures; SC drafts errors ≤2, warnings ≤5)")
    if official_dir() is None:
        print("  skipped: no shared folder with corpus/official (../shared, $RESOLUTE_SHARED, /work/shared)")
        return
    started = time.perf_counter()
    for group, label in GROUPS.items():
        if args.group and group != args.group:
            continue
        severities: Counter[str] = Counter()
        codes: Counter[tuple[str, str]] = Counter()
        pairs: Counter[tuple[str, str, str]] = Counter()
        where: dict[tuple[str, str, str], str] = {}
        besides: Counter[str] = Counter()
        named = departures()
        paragraphs = unread = 0
        listing = []
        pdfs = official_pdfs(group)
        for path in pdfs:
            imported = load_official(path)
            res = imported.resolution
            if res is None:
                unread += 1
                continue
            paragraphs += paragraph_count(res)
            for d in check(res):
                severities[d.severity] += 1
                key = key_of(path.stem, d)
                if named[key] > 0:
                    named[key] -= 1
                elif d.severity != "info":
                    besides[d.severity] += 1
                codes[(d.code, d.severity)] += 1
                found = d.extra.get("found", "")
                pair = (d.code, d.severity, found)
                pairs[pair] += 1
                text = place_text(res, d)
                where.setdefault(pair, f"{path.stem} {'/'.join(map(str, d.location.path))}: "
                                       f"{context(text, d.location.start, d.location.end)}")
                if args.code and d.code == args.code:
                    listing.append(f"    {path.stem} {'/'.join(map(str, d.location.path))}"
                                   f"{'' if d.location.footnote is None else ' fn'}: {d.message} "
                                   f"{context(text, d.location.start, d.location.end)}")
        per = 100 / max(paragraphs, 1)
        targets = TARGETS[group]
        verdicts = []
        for severity in ("error", "warning", "info"):
            value = severities[severity] * per
            goal = targets.get(severity)
            # The count is printed too: 416 infos on 8,319 paragraphs are 5.0006, printed 5.00 and over 5.
            mark = "" if goal is None else f"; ≤{goal:g}: {'ok' if value <= goal else 'OVER'}"
            verdicts.append(f"{severity}s {value:.2f} ({severities[severity]}{mark})")
        print(f"\n  {label}: {len(pdfs)} texts ({unread} unread), {paragraphs} paragraphs; per 100 paragraphs: "
              + ", ".join(verdicts))
        goal = BESIDES_TARGETS.get(group)
        value = besides["error"] * per
        mark = "" if goal is None else f"; ≤{goal:g}: {'ok' if value <= goal else 'OVER'}"
        print(f"    besides the named departures: errors {value:.2f} ({besides['error']}{mark}), "
              f"warnings {besides['warning'] * per:.2f} ({besides['warning']})")
        print("    by rule: " + ", ".join(f"{code} {severity[0]} {n * per:.2f}"
                                           for (code, severity), n in codes.most_common()))
        print(f"    {args.top} most frequent (rule, words found):")
        for (code, severity, found), n in pairs.most_common(args.top):
            print(f"      {n:4d} {code} {severity[0]} “{found[:40]}”  e.g. {where[(code, severity, found)][:150]}")
        for line in listing:
            print(line)
    print(f"\n  time: {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
