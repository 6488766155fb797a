"""Precision of the rules engine on the four corpus texts, which UN editors edited.

An error or a warning on them is either a real departure from UN house style, named below,
or a false alarm.  Goal: no false error, and at most a few warnings per 100 paragraphs.
Information findings (hints, confidence L rules) are counted by code.
"""

from __future__ import annotations

from collections import Counter

from common import CORPUS, ROOT

from drafting.errors import InputError
from drafting.importers import load_document
from drafting.model import walk
from drafting.rules import check, pack_for

# (text, code, path) → the real departure, as a copy-editor would name it.
KNOWN = {
    ("A_80_L.8", "RES311", ("annex", 0, 10)):
        "annex paragraph 11 has a serial comma: “forced labour, forced marriage, sexual exploitation, and "
        "involvement in criminal activities” (spec PUN-03)",
    ("ctoc-cop-11-2022-trafficking-revised-draft", "RES112", ("masthead", "symbol")):
        "the document symbol was lost when the PDF was converted to text (the masthead has none)",
}


def paragraphs(res) -> int:
    annex = sum(1 for a in res.annexes for _ in walk(a.paragraphs, ()))
    return res.paragraph_count() + annex


def main() -> None:
    print("rules precision: findings on the corpus texts edited by UN editors, and on the official PDFs of three "
          "of them (goal: no false error, few warnings per 100 paragraphs)")
    false_errors = false_warnings = 0
    pdfs = sorted((ROOT / "tests" / "reference").glob("*.pdf"))
    for path in sorted(CORPUS.glob("*.txt")) + pdfs:
        try:
            res = load_document(path).resolution
        except InputError as exc:  # a build without the PDF importer
            print(f"  {path.name}: not read ({exc.reason})")
            continue
        findings = check(res)
        count = Counter(d.severity for d in findings)
        n = paragraphs(res)
        per_100 = 100 * count["warning"] / n
        print(f"  {path.name:<48} {pack_for(res).name:<9} {n:3d} paragraphs: {count['error']} errors, "
              f"{count['warning']} warnings ({per_100:.1f} per 100 paragraphs), {count['info']} info")
        for d in findings:
            if d.severity == "info":
                continue
            why = KNOWN.get((path.stem, d.code, d.location.path))
            if why is None:
                false_errors += d.severity == "error"
                false_warnings += d.severity == "warning"
            label = f"real departure: {why}" if why else "UNEXPECTED (a false alarm?)"
            print(f"      {d.severity} {d.code} at {'/'.join(map(str, d.location.path))}: {label}")
        infos = Counter(d.code for d in findings if d.severity == "info")
        if infos:
            print(f"      info: {', '.join(f'{code} ×{k}' for code, k in sorted(infos.items()))}")
    verdict = "ok" if false_errors == 0 else "FALSE ERRORS"
    print(f"  false errors: {false_errors} ({verdict}); unexplained warnings: {false_warnings}")


if __name__ == "__main__":
    main()
