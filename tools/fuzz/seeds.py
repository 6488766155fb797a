"""Seed files for a campaign: the test corpus, Resolute's own exports of it, generated documents
(random recombinations of the corpus exported to every format, and PDFs written by ``pdfgen``) and,
for long campaigns, official PDFs."""

from __future__ import annotations

import copy
import os
import random
from pathlib import Path

from .pdfgen import make_pdf
from .worker import PROJECT

FORMATS = ("txt", "pdf", "docx", "unres")


def _shared() -> Path | None:
    for candidate in (PROJECT.parent / "shared", Path(os.environ.get("RESOLUTE_SHARED", "")), Path("/work/shared")):
        if str(candidate) and (candidate / "corpus" / "official").is_dir():
            return candidate
    return None


def _generated(res, rng: random.Random):
    """A recombination of ``res``: paragraphs sampled and shuffled, footnotes and marks added."""
    from drafting.model import Anchor, Footnote, Mark

    out = copy.deepcopy(res)
    rng.shuffle(out.preamble)
    out.preamble = out.preamble[:rng.randint(1, 6)]
    out.operative = out.operative[:rng.randint(1, 6)]
    out.annexes = out.annexes[:rng.randint(0, 1)]
    for p in out.preamble + out.operative:
        if p.text and rng.random() < 0.3:
            at = rng.randint(0, len(p.text))
            p.anchors.append(Anchor(at, Footnote(f"See {p.text[:30]}.", symbol=rng.random() < 0.2)))
        if p.text and rng.random() < 0.3:
            a = rng.randint(0, len(p.text) - 1)
            p.marks.append(Mark(a, rng.randint(a + 1, len(p.text)), rng.choice(["italic", "bold"])))
    return out


def build(folder: Path, official: int = 0, generated: int = 4, seed: int = 0, whole: bool = True
          ) -> dict[str, list[Path]]:
    """Write the seeds into ``folder``; {format: files}.  ``whole``: the corpus documents themselves
    too (tens of KB, about a second a case), not only the short generated ones."""
    from drafting.exporters import export_document
    from drafting.importers import load_document

    rng = random.Random(seed)
    seeds: dict[str, list[Path]] = {fmt: [] for fmt in FORMATS}
    for text in sorted((PROJECT / "tests" / "corpus").glob("*.txt")):
        res = load_document(text).resolution
        if whole:
            seeds["txt"].append(text)
        docs = [(text.stem, res)] * whole
        docs += [(f"{text.stem}-generated-{i}", _generated(res, rng)) for i in range(generated)]
        for name, doc in docs:
            for fmt in ("unres", "docx") + (("txt",) if name != text.stem else ()):
                target = folder / f"{name}.{fmt}"
                export_document(doc, target)
                seeds[fmt].append(target)
            paragraphs = [p.text for p in doc.preamble + doc.operative if p.text]
            target = folder / f"{name}.pdf"
            target.write_bytes(make_pdf([doc.title.text or "Draft resolution", "The General Assembly,"] + paragraphs))
            seeds["pdf"].append(target)
    if whole:
        seeds["pdf"] += sorted((PROJECT / "tests" / "reference").glob("*.pdf"))
    shared = _shared()
    if official and shared is not None:
        pdfs = sorted((shared / "corpus" / "official").glob("*.pdf"), key=lambda p: p.stat().st_size)
        seeds["pdf"] += pdfs[:official]
    return seeds
