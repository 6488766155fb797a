"""Where the test data lives: the corpus texts, their reference PDFs and the bundled sample."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "corpus"
REFERENCE = ROOT / "tests" / "reference"
CTOC = CORPUS / "ctoc-cop-11-2022-trafficking-revised-draft.txt"
GA_TEXTS = {name: CORPUS / f"{name}.txt" for name in ("A_80_L.8", "A_C.3_80_L.30", "A_RES_79_180")}
GA_PDFS = {name: REFERENCE / f"{name}.pdf" for name in GA_TEXTS}
SAMPLE = ROOT / "resources" / "samples" / "ctoc-cop-11-trafficking.unres"
