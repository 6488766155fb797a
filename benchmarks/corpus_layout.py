"""The Word export's layout against the official PDFs: page counts and lines set as the UN sets them.

For each official PDF: import it with Resolute's importer, export the .docx, let LibreOffice
lay it out as PDF, and compare with the official print:

- pages: the rendering's page count against the official one (equal, within one);
- lines: the share of the official PDF's text lines that the rendering has as the same line.
  A line is pdftotext's line on one page (a paragraph or note number joined to the text beside
  it), its text without any whitespace, so that justification, tabs and letter spacing do not
  count, but where the line breaks does.  Rows are matched as a multiset over the whole document: a
  line pushed to the next page is still the same line.  Page furniture is left out on both
  sides alike: the running head above the text on later pages, the footer zone (job number,
  barcode, page number; the job number and barcode wherever an older template puts them) and
  rows drawn with underscores (the footnote separator).

The slow steps are cached in the user cache folder (``$RESOLUTE_CACHE_DIR`` overrides it):
the .docx by (PDF hash, code hash) and the rendering by the .docx's content, so a rerun
after a change re-renders only the documents whose export changed.  LibreOffice converts
many files per start, at most two instances at a time, each with its own profile.

``layout_report(paths)`` returns one ``LayoutRow`` per PDF (``benchmarks/bench_corpus.py``
prints them with the other corpus figures); ``main()`` prints per group and in total, with
timings.  ``--show NAME`` lists the lines of one document that differ.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from collections import Counter
from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs
from common import ROOT, shared_dir
from lxml import etree

GROUPS = {"ga-res": "GA resolutions", "ga-draft": "GA drafts", "sc-draft": "SC drafts"}
JOBS = 2  # the machine's cores are shared: at most two imports or LibreOffice instances at a time
BATCH = 40  # files per LibreOffice start
TARGET_PAGES_EQUAL = 0.90
TARGET_LINES = 0.90

# Page furniture, in points: the running head of later pages ends above TOP_BAND; the footer
# zone (job number, barcode, "Please recycle", page number) starts FOOTER_BAND above the foot.
TOP_BAND = 70
FOOTER_BAND = 58
_RULE = re.compile(r"^_+$")
# The job number ("16-22291(E)151216"), its barcode and the recycling mark, wherever a template puts them.
_FOOTER = re.compile(r"^(\d{2}-\d{5}(\(E\))?\d*|\*\d{7,}\*|Pleaserecycle)$")
LINES_VERSION = 3  # raise when page_lines reads differently, to drop the lines kept in the cache
# Characters that print alike but that the two programs' text layers spell differently: Word's PDFs
# carry the no-break hyphen as U+2011, LibreOffice's as "-".  Lines are compared as they print.
_SAME_PRINT = str.maketrans({"\u2011": "-"})
LABEL_GAP = 40  # points between a paragraph number or note number and its text
# The code a .docx depends on: importers, model, exporter, and the packs and resources they read.
_CODE = ("drafting", "styles", "resources")


@dataclass
class LayoutRow:
    """One official PDF against its rendering.  ``error`` says why there is no rendering."""

    name: str
    group: str
    official_pages: int
    rendered_pages: int = 0
    lines: int = 0  # the official PDF's text lines (furniture left out)
    same_lines: int = 0  # of those, the lines the rendering sets the same
    error: str = ""
    missing: list[str] = field(default_factory=list, repr=False)  # official lines not in the rendering
    extra: list[str] = field(default_factory=list, repr=False)  # rendered lines not in the official PDF

    @property
    def pages_equal(self) -> bool:
        return not self.error and self.rendered_pages == self.official_pages

    @property
    def pages_within_one(self) -> bool:
        return not self.error and abs(self.rendered_pages - self.official_pages) <= 1


# --- the corpus ------------------------------------------------------------------------------------------


def corpus_folder() -> Path | None:
    shared = shared_dir()
    return shared / "corpus" / "official" if shared else None


def corpus_groups(folder: Path) -> dict[str, str]:
    """File name → group ("ga-res", "ga-draft", "sc-draft") from the corpus MANIFEST.md."""
    groups = {}
    for line in (folder / "MANIFEST.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) >= 2 and cells[0].endswith(".pdf") and cells[1] in GROUPS:
            groups[cells[0]] = cells[1]
    return groups


# --- the cache -------------------------------------------------------------------------------------------


def cache_folder() -> Path:
    override = os.environ.get("RESOLUTE_CACHE_DIR")
    base = Path(override) if override else platformdirs.user_cache_path("resolute", appauthor=False)
    folder = base / "corpus_layout"
    for sub in ("exports", "docx"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
    return folder


def _file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:24]


def code_hash() -> str:
    """A hash of every file an export depends on (importers, model, exporter, style packs, resources)."""
    digest = hashlib.sha256()
    for top in _CODE:
        for path in sorted((ROOT / top).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(str(path.relative_to(ROOT)).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:24]


def docx_content_hash(data: bytes) -> str:
    """A hash of a .docx's parts without its timestamps (core properties, zip dates)."""
    digest = hashlib.sha256()
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for name in sorted(z.namelist()):
            if name != "docProps/core.xml":
                digest.update(name.encode())
                digest.update(z.read(name))
    return digest.hexdigest()[:24]


# --- import and export -----------------------------------------------------------------------------------


def _export_one(pdf: str) -> tuple[bytes | None, str]:
    """Import one official PDF and export it as .docx; (bytes, "") or (None, why not)."""
    from drafting.errors import InputError
    from drafting.exporters.docx import build
    from drafting.importers import load_document

    try:
        return build(load_document(pdf).resolution), ""
    except InputError as exc:
        return None, f"import: {exc.reason}"
    except Exception as exc:  # a crash is a figure here, not the end of the benchmark
        return None, f"{type(exc).__name__}: {str(exc).splitlines()[0]}"


def export_all(pdfs: Sequence[Path], cache: Path) -> dict[Path, tuple[str | None, str]]:
    """PDF → (docx content hash, "") or (None, error), exporting what the cache does not hold."""
    code = code_hash()
    keys = {pdf: f"{_file_hash(pdf)}-{code}" for pdf in pdfs}
    done: dict[Path, tuple[str | None, str]] = {}
    todo = []
    for pdf in pdfs:
        entry = cache / "exports" / f"{keys[pdf]}.json"
        if entry.exists():
            record = json.loads(entry.read_text(encoding="utf-8"))
            done[pdf] = (record["docx"], record["error"])
        else:
            todo.append(pdf)
    with ProcessPoolExecutor(max_workers=JOBS) as pool:
        for pdf, (data, error) in zip(todo, pool.map(_export_one, [str(p) for p in todo]), strict=True):
            digest = docx_content_hash(data) if data is not None else None
            if data is not None:
                (cache / "docx" / f"{digest}.docx").write_bytes(data)
            record = {"docx": digest, "error": error}
            (cache / "exports" / f"{keys[pdf]}.json").write_text(json.dumps(record), encoding="utf-8")
            done[pdf] = (digest, error)
    return done


# --- LibreOffice -----------------------------------------------------------------------------------------


def _soffice() -> str:
    path = shutil.which("soffice")
    if path is None:
        raise SystemExit("LibreOffice (soffice) is not installed; ./dev.sh test installs it")
    return path


@functools.cache
def renders(cache: Path) -> Path:
    """The folder of renderings made by the installed LibreOffice: another version lays out differently."""
    done = subprocess.run([_soffice(), "--version"], capture_output=True, text=True, timeout=120, check=False)
    version = re.sub(r"[^0-9A-Za-z.]+", "-", done.stdout.split("(")[0].strip()) or "unknown"
    folder = cache / f"renders-{version}"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _render_batch(docx_files: list[Path], profile: Path, outdir: Path) -> None:
    """Convert a batch of .docx files to PDF with one LibreOffice start."""
    cmd = [_soffice(), f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
           "--convert-to", "pdf", "--outdir", str(outdir), *map(str, docx_files)]
    with contextlib.suppress(subprocess.TimeoutExpired):  # files not converted are reported as such
        subprocess.run(cmd, capture_output=True, timeout=60 + 10 * len(docx_files), check=False)


def render_all(digests: Iterable[str], cache: Path) -> None:
    """Render every .docx (by content hash) whose PDF the cache does not hold."""
    todo = sorted({d for d in digests if not (renders(cache) / f"{d}.pdf").exists()})
    if not todo:
        return
    with tempfile.TemporaryDirectory(prefix="resolute-layout-") as tmp:
        work = Path(tmp)
        batches = [todo[i:i + BATCH] for i in range(0, len(todo), BATCH)]

        def run(k: int) -> None:
            outdir = work / f"out{k}"
            _render_batch([cache / "docx" / f"{d}.docx" for d in batches[k]], work / f"profile{k % JOBS}", outdir)
            for pdf in outdir.glob("*.pdf"):
                shutil.move(str(pdf), renders(cache) / pdf.name)

        def worker(w: int) -> None:
            for k in range(w, len(batches), JOBS):
                run(k)

        # Each worker owns one profile folder, so no two running instances share one.
        with ThreadPoolExecutor(max_workers=JOBS) as pool:
            list(pool.map(worker, range(JOBS)))


# --- comparing -------------------------------------------------------------------------------------------


def cached_page_lines(pdf: Path, cache: Path) -> list[list[str]]:
    """``page_lines`` of ``pdf``, kept in the cache by the PDF's hash and the version of the reading."""
    entry = cache / "lines" / f"{_file_hash(pdf)}-{LINES_VERSION}.json"
    if entry.exists():
        return json.loads(entry.read_text(encoding="utf-8"))
    pages = page_lines(pdf)
    entry.parent.mkdir(exist_ok=True)
    entry.write_text(json.dumps(pages), encoding="utf-8")
    return pages


def page_lines(pdf: Path) -> list[list[str]]:
    """The text lines of each page of ``pdf``, without whitespace and without page furniture."""
    done = subprocess.run(["pdftotext", "-bbox-layout", str(pdf), "-"], capture_output=True, timeout=120, check=True)
    root = etree.fromstring(done.stdout, etree.HTMLParser(encoding="utf-8"))
    pages = []
    for number, page in enumerate(root.iter("page")):
        height = float(page.get("height"))
        lines = [_Line(float(x.get("xmin")), float(x.get("xmax")), float(x.get("ymin")), float(x.get("ymax")),
                       "".join(w.text or "" for w in x.iter("word")).translate(_SAME_PRINT))
                 for x in page.iter("line")]
        pages.append([line.text for line in _join_rows(lines)
                      if not _furniture(line, height, first_page=number == 0)])
    return pages


@dataclass
class _Line:
    left: float
    right: float
    top: float
    bottom: float
    text: str


def _join_rows(lines: list[_Line]) -> list[_Line]:
    """pdftotext's lines, with a label joined to the text beside it ("1." and "Decides …", a note
    number and its text): a line continues the one that ends less than LABEL_GAP to its left on the
    same row.  Columns (the masthead) stay apart."""
    out: list[_Line] = []
    for line in sorted(lines, key=lambda x: x.left):
        for prev in out:
            same_row = prev.top - 1.5 <= (line.top + line.bottom) / 2 <= prev.bottom + 1.5 or \
                line.top - 1.5 <= (prev.top + prev.bottom) / 2 <= line.bottom + 1.5
            if same_row and 0 <= line.left - prev.right < LABEL_GAP:
                prev.right, prev.text = line.right, prev.text + line.text
                prev.top, prev.bottom = min(prev.top, line.top), max(prev.bottom, line.bottom)
                break
        else:
            out.append(line)
    return sorted(out, key=lambda x: (x.bottom, x.left))


def _furniture(line: _Line, height: float, first_page: bool) -> bool:
    text = line.text.replace("\u00a0", "")
    if not text or _RULE.match(text) or _FOOTER.match(text):
        return True
    if line.top >= height - FOOTER_BAND:
        return True
    return not first_page and line.bottom <= TOP_BAND


def compare(official: list[list[str]], rendered: list[list[str]], row: LayoutRow) -> LayoutRow:
    ours = Counter(line for page in rendered for line in page)
    theirs = Counter(line for page in official for line in page)
    same = theirs & ours
    row.rendered_pages = len(rendered)
    row.lines = sum(theirs.values())
    row.same_lines = sum(same.values())
    row.missing = list((theirs - same).elements())
    row.extra = list((ours - same).elements())
    return row


# --- the report ------------------------------------------------------------------------------------------


def layout_report(paths: Sequence[Path], groups: dict[str, str] | None = None,
                  timings: dict[str, float] | None = None) -> list[LayoutRow]:
    """One LayoutRow per official PDF in ``paths`` (groups by file name, from the MANIFEST by default)."""
    paths = [Path(p) for p in paths]
    if groups is None:
        groups = {}
        for folder in {p.parent for p in paths}:
            if (folder / "MANIFEST.md").exists():
                groups.update(corpus_groups(folder))
    timings = timings if timings is not None else {}
    cache = cache_folder()
    start = time.perf_counter()
    exports = export_all(paths, cache)
    timings["import and export"] = time.perf_counter() - start
    start = time.perf_counter()
    render_all((d for d, _ in exports.values() if d), cache)
    timings["LibreOffice"] = time.perf_counter() - start
    start = time.perf_counter()

    def measure(pdf: Path) -> LayoutRow:
        official = cached_page_lines(pdf, cache)
        row = LayoutRow(pdf.stem, groups.get(pdf.name, "other"), len(official))
        digest, error = exports[pdf]
        rendering = renders(cache) / f"{digest}.pdf"
        if digest is None:
            row.error = error
        elif not rendering.exists():
            row.error = "LibreOffice did not convert the .docx"
        else:
            compare(official, cached_page_lines(rendering, cache), row)
        if row.error:
            row.lines = sum(len(p) for p in official)
        return row

    with ThreadPoolExecutor(max_workers=JOBS) as pool:
        rows = list(pool.map(measure, paths))
    timings["comparison"] = time.perf_counter() - start
    return rows


@dataclass
class Summary:
    label: str
    documents: int = 0
    rendered: int = 0
    pages_equal: int = 0
    pages_within_one: int = 0
    lines: int = 0
    same_lines: int = 0

    def add(self, row: LayoutRow) -> None:
        self.documents += 1
        self.rendered += not row.error
        self.pages_equal += row.pages_equal
        self.pages_within_one += row.pages_within_one
        self.lines += row.lines
        self.same_lines += row.same_lines

    @property
    def line_share(self) -> float:
        return self.same_lines / self.lines if self.lines else 0.0


def summarize(rows: Sequence[LayoutRow]) -> list[Summary]:
    """One Summary per group (in GROUPS order), then the total."""
    by_group = {group: Summary(label) for group, label in GROUPS.items()}
    total = Summary("total")
    for row in rows:
        by_group.setdefault(row.group, Summary(row.group)).add(row)
        total.add(row)
    return [s for s in by_group.values() if s.documents] + [total]


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}%" if whole else "   - "


def print_summary(rows: Sequence[LayoutRow]) -> None:
    heads = f"{'docs':>5} {'rendered':>9} {'pages equal':>17} {'within one':>17} {'lines identical':>24}"
    print(f"  {'group':<16} {heads}")
    for s in summarize(rows):
        print(f"  {s.label:<16} {s.documents:5d} {s.rendered:9d}"
              f" {s.pages_equal:7d} ({_percent(s.pages_equal, s.documents)})"
              f" {s.pages_within_one:7d} ({_percent(s.pages_within_one, s.documents)})"
              f" {s.same_lines:6d}/{s.lines:<6d} ({_percent(s.same_lines, s.lines)})")
    total = summarize(rows)[-1]
    equal = total.pages_equal / total.documents if total.documents else 0
    print(f"  targets: pages equal >= {TARGET_PAGES_EQUAL:.0%}: {'ok' if equal >= TARGET_PAGES_EQUAL else 'NOT MET'};"
          f" within one for all: {'ok' if total.pages_within_one == total.documents else 'NOT MET'};"
          f" lines >= {TARGET_LINES:.0%}: {'ok' if total.line_share >= TARGET_LINES else 'NOT MET'}")


def print_worst(rows: Sequence[LayoutRow], count: int) -> None:
    ranked = sorted(rows, key=lambda r: (not r.error, r.same_lines / r.lines if r.lines else 1))
    print(f"  the {count} documents furthest from the official layout:")
    for r in ranked[:count]:
        detail = r.error or (f"pages {r.rendered_pages}/{r.official_pages}, "
                             f"lines {r.same_lines}/{r.lines} ({_percent(r.same_lines, r.lines).strip()})")
        print(f"    {r.name:<24} {r.group:<9} {detail}")


def print_differences(row: LayoutRow) -> None:
    print(f"{row.name}: pages {row.rendered_pages} (official {row.official_pages}), "
          f"lines {row.same_lines}/{row.lines} {row.error}")
    print("  official lines not in the rendering:")
    for line in row.missing:
        print(f"    - {line}")
    print("  rendered lines not in the official PDF:")
    for line in row.extra:
        print(f"    + {line}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--group", choices=sorted(GROUPS), help="only this group")
    parser.add_argument("--show", metavar="NAME", action="append", default=[],
                        help="list the differing lines of this document (file name without .pdf)")
    parser.add_argument("--worst", type=int, default=10, help="list this many documents furthest off")
    args = parser.parse_args(argv)
    folder = corpus_folder()
    if folder is None:
        print("corpus layout: skipped, no shared corpus (../shared, $RESOLUTE_SHARED or /work/shared)")
        return 0
    groups = corpus_groups(folder)
    names = [n for n, g in groups.items() if not args.group or g == args.group]
    if args.show:
        names = [n for n in names if n[:-4] in args.show]
    timings: dict[str, float] = {}
    start = time.perf_counter()
    rows = layout_report([folder / n for n in sorted(names)], groups, timings)
    elapsed = time.perf_counter() - start
    print(f"Word export layout against {len(rows)} official PDFs (import → .docx → LibreOffice → PDF):")
    print_summary(rows)
    print_worst(rows, args.worst)
    for row in rows:
        if row.name in args.show:
            print_differences(row)
    stages = ", ".join(f"{k} {v:.1f} s" for k, v in timings.items())
    print(f"  time: {elapsed:.1f} s ({stages}); cache {cache_folder()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
