"""Benchmark: importing the official corpus (228 UN PDFs), per group and in total.

For each group of ``corpus/official/MANIFEST.md`` (GA resolutions, GA drafts, SC drafts):
how many import; how many import with no warning; how many are self-consistent
(``drafting.consistency``: the source's numbers and letters run without gaps or repeats in
every list, footnote marks meet their texts one to one, no text unplaced); and the import
time per page.  Targets: all import, at least 97 % with no warning, all self-consistent.

Reading a PDF's text layer is the slow part: its result is cached per file content and
PDF-reader code version in the user cache directory, with the time it took, so a rerun
takes seconds; the structure stage (text → model) always runs.  ``--fresh`` ignores the
cache; ``--details`` prints every warning and problem instead of the first of each.

Then it prints the layout half (``corpus_layout.py``): each PDF imported, exported to .docx
and laid out by LibreOffice, against the official print (page counts, identical lines);
``--no-layout`` leaves that out.
"""

from __future__ import annotations

import argparse
import hashlib
import pickle
import shutil
import statistics
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))  # corpus_layout imports its helpers as "common"

import corpus_layout  # noqa: E402

from benchmarks.common import ROOT, shared_dir  # noqa: E402
from drafting.consistency import problems as structure_problems  # noqa: E402
from drafting.errors import InputError  # noqa: E402
from drafting.importers.pdf import MarkedText, convert, import_marked  # noqa: E402

GROUPS = corpus_layout.GROUPS
TARGET_NO_WARNING = 0.97
# The code the cached stage runs: every PDF module (a new one changes the key too) and what they import.
_READER_CODE = ("drafting/importers/pdf*.py", "drafting/importers/masthead.py", "drafting/table_text.py",
                "drafting/files.py", "drafting/errors.py")


@dataclass
class Outcome:
    name: str
    group: str
    pages: int = 0
    seconds: float = 0.0
    refused: str | None = None
    warnings: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def groups(folder: Path) -> dict[str, str]:
    """File name → group, from MANIFEST.md; a file it does not list is grouped by its symbol."""
    out = corpus_layout.corpus_groups(folder) if (folder / "MANIFEST.md").exists() else {}
    for pdf in folder.glob("*.pdf"):
        out.setdefault(pdf.name, "ga-res" if pdf.name.startswith("A_RES") else
                       "sc-draft" if pdf.name.startswith("S_") else "ga-draft")
    return out


def _reader_version() -> str:
    digest = hashlib.sha256()
    for pattern in _READER_CODE:
        for path in sorted(ROOT.glob(pattern)):
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def _cache_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_cache_dir("resolute")) / "bench_corpus"


def converted(pdf: Path, version: str, fresh: bool) -> tuple[MarkedText, float]:
    """The PDF's marked text and the seconds reading it took (cached by content and code version)."""
    key = hashlib.sha256(pdf.read_bytes()).hexdigest()[:24] + "-" + version
    cached = _cache_dir() / f"{key}.pickle"
    if not fresh and cached.exists():
        try:
            with cached.open("rb") as f:
                marked, seconds = pickle.load(f)
            return marked, seconds
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, TypeError):
            pass
    start = time.perf_counter()
    marked = convert(pdf)
    seconds = time.perf_counter() - start
    cached.parent.mkdir(parents=True, exist_ok=True)
    tmp = cached.with_suffix(".tmp")
    with tmp.open("wb") as f:
        pickle.dump((marked, seconds), f)
    tmp.replace(cached)
    return marked, seconds


def measure(pdf: Path, group: str, version: str, fresh: bool) -> Outcome:
    outcome = Outcome(pdf.stem, group)
    try:
        marked, seconds = converted(pdf, version, fresh)
        outcome.pages = max(marked.pages, default=1)
        start = time.perf_counter()
        result = import_marked(marked, pdf)
        outcome.seconds = seconds + time.perf_counter() - start
    except InputError as exc:
        outcome.refused = exc.reason
        return outcome
    outcome.warnings = [str(w) for w in result.warnings]
    outcome.problems = structure_problems(result.resolution)
    return outcome


def _share(n: int, total: int) -> str:
    return f"{n:>3}/{total:<3} ({100 * n / total:5.1f} %)" if total else "  0/0"


def summary(label: str, outcomes: list[Outcome]) -> str:
    total = len(outcomes)
    imported = [o for o in outcomes if o.refused is None]
    clean = [o for o in imported if not o.warnings]
    consistent = [o for o in imported if not o.problems]
    per_page = [1000 * o.seconds / o.pages for o in imported if o.pages]
    timing = f"{statistics.median(per_page):6.1f} ms/page (max {max(per_page):6.1f})" if per_page else ""
    return (f"  {label:<15} imported {_share(len(imported), total)}   no warning {_share(len(clean), total)}   "
            f"self-consistent {_share(len(consistent), total)}   {timing}")


def details(outcomes: list[Outcome], every: bool) -> list[str]:
    lines = []
    for o in outcomes:
        if o.refused:
            lines.append(f"  {o.name}: refused: {o.refused}")
        for kind, items in (("warning", o.warnings), ("inconsistent", o.problems)):
            shown = items if every else items[:1]
            for item in shown:
                lines.append(f"  {o.name}: {kind}: {item[:160]}")
            if len(items) > len(shown):
                lines.append(f"  {o.name}:   … and {len(items) - len(shown)} more {kind} lines")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--fresh", action="store_true", help="read every PDF again (ignore the cache)")
    parser.add_argument("--details", action="store_true", help="print every warning and problem")
    parser.add_argument("--only", help="only files whose name contains this")
    parser.add_argument("--no-layout", action="store_true", help="leave out the .docx layout figures")
    args = parser.parse_args(argv)
    shared = shared_dir()
    if shared is None:
        print("bench_corpus: skipped (the official corpus was not found: ../shared, $RESOLUTE_SHARED, /work/shared)")
        return 0
    folder = shared / "corpus" / "official"
    kinds = groups(folder)
    version = _reader_version()
    start = time.perf_counter()
    outcomes = [measure(folder / name, group, version, args.fresh) for name, group in sorted(kinds.items())
                if not args.only or args.only in name]
    elapsed = time.perf_counter() - start
    print(f"Official corpus: {len(outcomes)} PDFs ({elapsed:.0f} s; PDF reading cached in {_cache_dir()})")
    for key, label in GROUPS.items():
        print(summary(label, [o for o in outcomes if o.group == key]))
    print(summary("total", outcomes))
    clean = sum(1 for o in outcomes if o.refused is None and not o.warnings)
    consistent = sum(1 for o in outcomes if o.refused is None and not o.problems)
    total = len(outcomes) or 1
    print(f"  targets: all imported {'ok' if all(o.refused is None for o in outcomes) else 'NOT MET'}; "
          f"no warning >= {TARGET_NO_WARNING:.0%} {'ok' if clean / total >= TARGET_NO_WARNING else 'NOT MET'}; "
          f"all self-consistent {'ok' if consistent == len(outcomes) else 'NOT MET'}")
    lines = details(outcomes, args.details)
    if lines:
        print("Warnings and problems:")
        print("\n".join(lines))
    if not args.no_layout:
        layout([folder / f"{o.name}.pdf" for o in outcomes], kinds)
    return 0


def layout(paths: list[Path], kinds: dict[str, str]) -> None:
    """The layout half: PDF → .docx → LibreOffice PDF against the official print."""
    if shutil.which("soffice") is None and shutil.which("libreoffice") is None:
        print("Layout: skipped (LibreOffice is not installed)")
        return
    timings: dict[str, float] = {}
    rows = corpus_layout.layout_report(paths, kinds, timings)
    print(f"Layout of the Word export against the official PDFs ({sum(timings.values()):.0f} s):")
    corpus_layout.print_summary(rows)
    corpus_layout.print_worst(rows, 10)


if __name__ == "__main__":
    sys.exit(main())

