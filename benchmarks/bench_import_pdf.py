"""Benchmark: importing official UN PDFs (target: a 20-page PDF in under 2 s).

Builds a 20-page official PDF from the reference PDFs with poppler's pdfseparate and
pdfunite (A/C.3/80/L.30, A/80/L.8 and the first two pages of A/RES/79/180), then times
``import_pdf`` on it and on each reference PDF (best of three runs).  As a peer measured
in the same run, it times pdfminer's own text extraction (layout analysis) of the same file.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from drafting.importers.pdf import import_pdf  # noqa: E402

REFERENCE = ROOT / "tests" / "reference"
TARGET_SECONDS = 2.0
RUNS = 3


def best_of(runs: int, work) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def build_twenty_pages(folder: Path) -> Path | None:
    if not (shutil.which("pdfunite") and shutil.which("pdfseparate")):
        return None
    parts = [str(REFERENCE / "A_C.3_80_L.30.pdf"), str(REFERENCE / "A_80_L.8.pdf")]
    subprocess.run(["pdfseparate", "-f", "1", "-l", "2", str(REFERENCE / "A_RES_79_180.pdf"),
                    str(folder / "res-%d.pdf")], check=True, capture_output=True)
    parts += [str(folder / "res-1.pdf"), str(folder / "res-2.pdf")]
    target = folder / "twenty-pages.pdf"
    subprocess.run(["pdfunite", *parts, str(target)], check=True, capture_output=True)
    return target


def page_count(path: Path) -> int:
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser

    with open(path, "rb") as handle:
        return sum(1 for _ in PDFPage.create_pages(PDFDocument(PDFParser(handle))))


def main() -> int:
    print("bench_import_pdf: importing official UN PDFs")
    import_pdf(REFERENCE / "A_RES_79_180.pdf")  # warm up: imports, lexicon, caches
    for pdf in sorted(REFERENCE.glob("*.pdf")):
        pages = page_count(pdf)
        seconds = best_of(RUNS, lambda pdf=pdf: import_pdf(pdf))
        print(f"  {pdf.name:<20} {pages:>2} pages  {seconds:6.3f} s  {pages / seconds:5.1f} pages/s")
    with tempfile.TemporaryDirectory() as tmp:
        big = build_twenty_pages(Path(tmp))
        if big is None:
            print("  20-page PDF: skipped (pdfunite/pdfseparate from poppler-utils not found)")
            return 0
        pages = page_count(big)
        seconds = best_of(RUNS, lambda: import_pdf(big))
        verdict = "ok" if seconds < TARGET_SECONDS else "SLOWER THAN TARGET"
        print(f"  {pages}-page PDF: import {seconds:.3f} s (target < {TARGET_SECONDS:.0f} s: {verdict}), "
              f"{pages / seconds:.1f} pages/s")
        from pdfminer.high_level import extract_text

        peer = best_of(1, lambda: extract_text(str(big)))
        print(f"  peer, pdfminer extract_text (layout analysis, text only) of the same file: {peer:.3f} s; "
              f"import takes {seconds / peer:.2f}× its time")
    return 0


if __name__ == "__main__":
    sys.exit(main())
