"""Benchmark: official texts copied out of a PDF viewer and imported as text.

A delegate who selects all in a PDF viewer and pastes into Resolute hands the text importer
hard-wrapped lines with no blank line between paragraphs, paragraph numbers on lines of their
own ("1." then "Requests …"), footnote numbers apart from their texts, and the page furniture
(job number, barcode, running heads, page numbers).  ``pdftotext`` without ``-layout`` gives
that shape.  For each official PDF of the shared corpus this imports that text and compares
its structure with the PDF import of the same file: the title, the number of preambular and of
operative paragraphs, the number of footnotes, and whether the import warned.  No target yet:
it prints where the text importer stands on this input.  ``pdftotext`` differs from a viewer's
copy in one known way: it joins a word broken at a line-end hyphen and drops the hyphen
("age-" "appropriate" → "ageappropriate"), which no importer can undo.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))  # corpus_layout imports its helpers as "common"

from corpus_layout import corpus_folder  # noqa: E402

from drafting.errors import InputError  # noqa: E402
from drafting.importers import load_document  # noqa: E402
from drafting.importers.text import import_text  # noqa: E402
from drafting.model import Resolution  # noqa: E402

CHECKS = ("title", "preamble", "operative", "footnotes")
JOB_IN_TEXT = re.compile(r"(?<![\w/-])\d{2}-\d{5}(?![\w-])")


def copied_text(pdf: Path) -> str:
    """The PDF's text as a viewer's "select all, copy" gives it."""
    return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, timeout=120,
                          check=True).stdout


def pages_copied(text: str) -> str | None:
    """Pages 2 and 3 of a copied document of four pages or more, as a delegate copies a few
    paragraphs across a page's end: no masthead, the page furniture and notes between them."""
    pages = text.split("\f")
    return "\n".join(pages[1:3]) if len(pages) >= 4 else None


def leaks(result: Resolution, reference: Resolution) -> tuple[int, int, int]:
    """Paragraphs, those holding page furniture (a job number), those holding a footnote's text."""
    texts = [p.text for p in result.preamble + result.operative]
    notes = [note.text for _, note in reference.footnotes() if len(note.text) > 12]
    return (len(texts), sum(bool(JOB_IN_TEXT.search(t)) for t in texts),
            sum(any(note in t for note in notes) for t in texts))


def same(check: str, pasted: Resolution, reference: Resolution) -> bool:
    if check == "title":
        return pasted.title.text == reference.title.text
    if check == "footnotes":
        return len(pasted.footnotes()) == len(reference.footnotes())
    return len(getattr(pasted, check)) == len(getattr(reference, check))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=5, help="list this many documents that differ")
    folder = corpus_folder()
    if folder is None:
        print("pasted text: skipped, no shared corpus (../shared, $RESOLUTE_SHARED or /work/shared)")
        return 0
    show = parser.parse_args(argv).show
    tally: Counter[str] = Counter()
    differing: list[str] = []
    for pdf in sorted(folder.glob("*.pdf")):
        try:
            reference = load_document(pdf).resolution
        except InputError:
            continue  # a document the PDF import refuses is not a resolution
        tally["documents"] += 1
        try:
            copied = copied_text(pdf)
            result = import_text(copied)
        except InputError:
            tally["refused"] += 1
            differing.append(f"{pdf.stem}: refused")
            continue
        part = pages_copied(copied)
        if part is not None:
            try:
                tally.update(dict(zip(("part docs", "part paragraphs", "part furniture", "part notes"),
                                      (1, *leaks(import_text(part).resolution, reference)), strict=True)))
            except InputError:
                tally["part refused"] += 1
        equal = [check for check in CHECKS if same(check, result.resolution, reference)]
        tally.update(equal)
        tally["job number"] += result.resolution.masthead.job_number == reference.masthead.job_number
        tally["warned"] += bool(result.warnings)
        if len(equal) == len(CHECKS):
            tally["all"] += 1
        else:
            tally["silent"] += not result.warnings
            differing.append(f"{pdf.stem}: differs in {', '.join(c for c in CHECKS if c not in equal)}"
                             f"{' (no warning)' if not result.warnings else ''}")
    n = tally["documents"]
    print(f"Official texts copied from their PDFs and imported as text: {n} documents")
    for check in CHECKS:
        print(f"  {check:<10} as the PDF import reads it   {tally[check]:4}/{n}")
    print(f"  all four                                 {tally['all']:4}/{n}")
    print(f"  job number as the PDF import reads it    {tally['job number']:4}/{n}")
    print(f"  imported with a warning                  {tally['warned']:4}/{n}   refused {tally['refused']}")
    print(f"  read otherwise than the PDF, no warning  {tally['silent']:4}/{n}")
    print(f"Pages 2 and 3 copied ({tally['part docs']} documents of 4 pages or more, {tally['part refused']} refused): "
          f"{tally['part paragraphs']} paragraphs; holding page furniture {tally['part furniture']}, "
          f"holding a footnote's text {tally['part notes']}")
    for line in differing[:show]:
        print(f"    {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
