"""Rules engine performance on 400 operative paragraphs: full check, incremental check, proselint as a peer.

Targets: a full check under 50 ms; an incremental check after a one-paragraph edit under
2 ms.  They are measured for the house-style rules; the dictionary rule RES790 (the Hunspell
check, registered in the same engine) is measured beside them, since a user's check runs
both, against its own target (the whole document spelt in under 300 ms, one paragraph in
under 5 ms; benchmarks/bench_spelling.py).  proselint 0.16 (the dev
extra) lints the same text as a peer; it checks general English prose, not UN style, so the
figure says how a well-known linter fares on this size.
"""

from __future__ import annotations

import statistics
import time

from common import large_text, report, timed

from drafting.importers.text import import_text
from drafting.rules import Checker, check

DICTIONARY = "RES790"  # the Hunspell dictionary's rule
SPELLING_FULL_MS, SPELLING_PARAGRAPH_MS = 300, 5  # targets for the dictionary check


def _best(fn, repeat: int = 7) -> float:
    """The fastest of ``repeat`` runs in milliseconds: the run least disturbed by other processes."""
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return min(samples)


def _incremental(res, checker, indexes) -> float:
    """Median time of ``update`` after typing a word into the middle of operative paragraphs ``indexes``."""
    samples = []
    for i in indexes:
        p = res.operative[i]
        middle = len(p.text) // 2
        p.text = p.text[:middle] + "further " + p.text[middle:]
        for anchor in p.anchors:
            if anchor.offset >= middle:
                anchor.offset += len("further ")
        start = time.perf_counter()
        checker.update([("operative", i)])
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return samples[len(samples) // 2]


def _opening_edit(res, checker, indexes) -> float:
    """Median time of ``update`` after edits that change an opening phrase (the repeat rules run again)."""
    samples = []
    for i in indexes:
        p = res.operative[i]
        p.text = "Also " + p.text[0].lower() + p.text[1:]
        for anchor in p.anchors:
            anchor.offset += len("Also ")
        start = time.perf_counter()
        checker.update([("operative", i)])
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def _structure_edit(res, checker) -> float:
    """Time of ``update`` after a paragraph is inserted (every paragraph after it is renumbered)."""
    from drafting.model import Paragraph

    res.operative.insert(200, Paragraph("Requests the Secretary-General to report thereon;"))
    start = time.perf_counter()
    checker.update([("structure",)])
    return (time.perf_counter() - start) * 1000


def _proselint_ms(text: str) -> float:
    from proselint.checks import __register__
    from proselint.registry import CheckRegistry
    from proselint.tools import LintFile

    CheckRegistry().register_many(__register__)
    return timed(lambda: LintFile("<bench>", text).lint(), repeat=1)


def main() -> None:
    text = large_text(400)
    res = import_text(text).resolution
    style = {"disabled": {DICTIONARY}}
    findings = check(res, **style)
    print(f"rules: {len(res.operative)} operative paragraphs, {len(res.footnotes())} footnotes, "
          f"{len(text) // 1024} KiB, {len(findings)} findings")
    full = timed(lambda: check(res, **style))
    best = _best(lambda: check(res, **style))
    report("full check, house-style rules (fresh Checker)", full, 50,
           f"  (best of 7: {best:.1f} ms; the machine is shared, so the median moves with its load)")
    checker = Checker(res, **style)
    checker.full()
    incremental = _incremental(res, checker, range(3, 400, 21))
    report("incremental check, one paragraph typed in (median)", incremental, 2)
    report("incremental check, an opening phrase changed (median)", _opening_edit(res, checker, range(101, 400, 29)),
           2)
    report("incremental check, a paragraph inserted (no target)", _structure_edit(res, checker))
    assert checker.update([]) == check(res, **style), "incremental and full checks differ"
    print(f"  {'full / incremental':<52} {full / incremental:9.0f} x")
    check(res)  # load the dictionary once
    with_dictionary = timed(lambda: check(res), repeat=3)
    print(f"  with the dictionary rule {DICTIONARY}, against the spelling targets (the house-style "
          "targets above are for the style rules alone):")
    report(f"full check with {DICTIONARY}", with_dictionary, SPELLING_FULL_MS,
           f"  ({with_dictionary - full:.0f} ms more than the style rules)")
    whole = Checker(res)
    whole.full()
    report(f"incremental check with {DICTIONARY}, one paragraph (median)",
           _incremental(res, whole, range(5, 400, 37)), SPELLING_PARAGRAPH_MS)
    peer = _proselint_ms(text)
    report("peer: proselint 0.16 on the same text", peer, None, f"  ({peer / full:.0f} x the full check)")


if __name__ == "__main__":
    main()
