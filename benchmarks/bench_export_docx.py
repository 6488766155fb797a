"""Word export on 400 operative paragraphs and 100 footnotes, against the floor of plain python-docx.

The floor is python-docx writing the same paragraphs as plain unformatted text (no styles,
numbering, footnotes or masthead), measured in the same run; the goal is under 2x it.
"""

from __future__ import annotations

import io
import statistics
import tempfile
import time
from pathlib import Path

import docx
from common import large_text, report, timed

from drafting.exporters.docx import build, save
from drafting.importers.text import import_text
from drafting.model import walk

TARGET_MS = 1000
RATIO_GOAL = 2.0


def plain_python_docx(texts: list[str]) -> bytes:
    document = docx.Document()
    for text in texts:
        document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def interleaved(*fns, rounds: int = 7) -> list[float]:
    """Median milliseconds of each function, run in turn each round so that load on the
    machine weighs on all of them alike (the ratio is what matters)."""
    for fn in fns:
        fn()
    samples: list[list[float]] = [[] for _ in fns]
    for _ in range(rounds):
        for i, fn in enumerate(fns):
            start = time.perf_counter()
            fn()
            samples[i].append((time.perf_counter() - start) * 1000)
    return [statistics.median(s) for s in samples]


def main() -> None:
    res = import_text(large_text(400)).resolution
    texts = [p.text for p in res.preamble] + [p.text for _, p in walk(res.operative, ())]
    print(f"export .docx: {len(res.operative)} operative paragraphs, {len(res.footnotes())} footnotes")
    export_ms, floor_ms = interleaved(lambda: build(res), lambda: plain_python_docx(texts))
    ratio = export_ms / floor_ms
    report("export to .docx (build, in memory)", export_ms, TARGET_MS)
    with tempfile.TemporaryDirectory() as tmp:
        report("save .docx (build + atomic write, fsync)", timed(lambda: save(res, Path(tmp) / "big.docx"), repeat=5),
               TARGET_MS)
    report("floor: python-docx, same paragraphs as plain text", floor_ms)
    verdict = "ok" if ratio < RATIO_GOAL else "OVER"
    print(f"  {'ratio export / floor':<52} {ratio:9.2f} x   (goal < {RATIO_GOAL:g}x: {verdict})")


if __name__ == "__main__":
    main()
