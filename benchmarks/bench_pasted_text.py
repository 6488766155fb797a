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


def copied_text(pdf: Path) -> str:
    """The PDF's text as a viewer's "select all, copy" gives it."""
    return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, timeout=120,
                          check=True).stdout


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
            result = import_text(copied_text(pdf))
        except InputError:
            tally["refused"] += 1
            differing.append(f"{pdf.stem}: refused")
            continue
        equal = [check for check in CHECKS if same(check, result.resolution, reference)]
        tally.update(equal)
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
    print(f"  imported with a warning                  {tally['warned']:4}/{n}   refused {tally['refused']}")
    print(f"  read otherwise than the PDF, no warning  {tally['silent']:4}/{n}")
    for line in differing[:show]:
        print(f"    {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
