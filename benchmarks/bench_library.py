"""Benchmark: the library of agreed language, on the official PDFs and on a synthetic 100,000-paragraph library.

Targets: search p95 < 50 ms and ``similar`` of a 100-paragraph draft < 1 s on the library of
the official PDFs; search p95 < 100 ms and ``similar`` of 100 paragraphs < 2 s on 100,000
paragraphs.  Indexing is dominated by importing the PDFs: every run imports a fixed sample
afresh (files per second); the other files come through the import cache that the tests and
the other corpus benchmarks share (``tests.support.official``), so that the run stays short.
"""

from __future__ import annotations

import random
import re
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from common import percentile, shared_dir

from drafting.errors import InputError
from drafting.importers import load_document
from drafting.library import Library, schema, store, summary
from drafting.library.extract import DocumentRecord, ParagraphRecord
from drafting.library.indexer import store_document
from drafting.library.search import STOPWORDS
from drafting.library.words import fingerprint, word_list
from drafting.model import Paragraph, Resolution
from tests.support.official import load_official

FRESH_SAMPLE = 24  # PDFs imported afresh on every run (every 9th or so of the corpus)
SEARCHES = 300
SCALE = 100_000
SEED = 14


class CachedReader:
    """Imports a file through the shared import cache; files in ``fresh`` are always imported (and timed)."""

    def __init__(self, fresh: set[str]):
        self.fresh = fresh
        self.fresh_seconds = 0.0
        self.shared_seconds = 0.0

    def __call__(self, path: Path, sha256: str) -> Resolution:
        start = time.perf_counter()
        if path.name in self.fresh:
            res = load_document(path).resolution
            self.fresh_seconds += time.perf_counter() - start
            return res
        got = load_official(path)
        self.shared_seconds += time.perf_counter() - start
        if got.resolution is None:
            raise InputError(path, got.reason)
        return got.resolution


def index_corpus(official: Path, db: Path) -> Library:
    pdfs = sorted(official.glob("*.pdf"))
    fresh = {p.name for p in pdfs[::max(1, len(pdfs) // FRESH_SAMPLE)][:FRESH_SAMPLE]}
    reader = CachedReader(fresh)
    library = Library.open(db)
    start = time.perf_counter()
    report = library.add([official], reader=reader)
    seconds = time.perf_counter() - start
    documents, paragraphs = library.counts()
    print(f"  indexed {len(pdfs)} PDFs: {documents} documents, {paragraphs:,} paragraphs, "
          f"{len(report.failed)} not resolutions ({seconds:.1f} s, of which {reader.shared_seconds:.1f} s through "
          f"the shared import cache)")
    if reader.fresh_seconds:
        print(f"  indexing with a fresh import: {len(fresh) / reader.fresh_seconds:.2f} files/s "
              f"({len(fresh)} PDFs, {reader.fresh_seconds:.1f} s of import; storing is the rest)")
    store_seconds = seconds - reader.fresh_seconds - reader.shared_seconds
    print(f"  storing and indexing alone: {paragraphs / max(store_seconds, 1e-9):,.0f} paragraphs/s")
    return library


def sample_queries(paragraphs: list[str], rng: random.Random) -> list[str]:
    """Phrases of 8 words in quotes, pairs and triples of words, and single words, as users type them.

    Words outside quotes are drawn from a paragraph's words other than "the", "of" and the like,
    which the search leaves out anyway.
    """
    queries: list[str] = []
    while len(queries) < SEARCHES:
        text = rng.choice(paragraphs)
        words = re.findall(r"[^\W_]+", text)
        content = [w for w in words if w.lower() not in STOPWORDS and len(w) > 2]
        if len(words) < 8 or len(content) < 3:
            continue
        kind = rng.random()
        if kind < 0.4:
            start = rng.randrange(len(words) - 7)
            queries.append('"' + " ".join(words[start:start + 8]) + '"')
        elif kind < 0.9:
            queries.append(" ".join(rng.sample(content, rng.choice((2, 3)))))
        else:
            queries.append(rng.choice(content))
    return queries


def time_searches(library: Library, queries: list[str]) -> tuple[float, float, int]:
    library.search(queries[0])
    samples, found = [], 0
    for q in queries:
        start = time.perf_counter()
        hits = library.search(q, limit=10)
        samples.append((time.perf_counter() - start) * 1000)
        found += bool(hits)
    return percentile(samples, 0.5), percentile(samples, 0.95), found


def vary(text: str, rng: random.Random, vocabulary: list[str]) -> str:
    """The paragraph with one to three words replaced, dropped or added, as amendments do."""
    words = text.split()
    for _ in range(rng.randint(1, 3)):
        if len(words) < 4:
            break
        k = rng.randrange(1, len(words) - 1)
        roll = rng.random()
        if roll < 0.5:
            words[k] = rng.choice(vocabulary)
        elif roll < 0.75:
            del words[k]
        else:
            words.insert(k, rng.choice(vocabulary))
    return " ".join(words)


def draft_of(paragraphs: list[tuple[str, str]], rng: random.Random, vocabulary: list[str]) -> Resolution:
    """100 paragraphs: 60 taken unchanged, 25 amended, 15 new (words drawn at random)."""
    chosen = rng.sample(paragraphs, 85)
    res = Resolution()
    for i, (part, text) in enumerate(chosen):
        text = vary(text, rng, vocabulary) if i >= 60 else text
        (res.preamble if part == "preamble" else res.operative).append(Paragraph(text))
    for _ in range(15):
        res.operative.append(Paragraph("Decides " + " ".join(rng.choice(vocabulary) for _ in range(30)) + ";"))
    return res


def time_similar(library: Library, draft: Resolution) -> tuple[float, str]:
    library.classify(draft)  # warm the page cache
    start = time.perf_counter()
    statuses = library.classify(draft)
    return time.perf_counter() - start, summary(statuses)


def grow(db: Path, paragraphs: list[tuple[str, str]], rng: random.Random, vocabulary: list[str]) -> int:
    """Add synthetic documents of varied corpus paragraphs until the library holds ``SCALE`` paragraphs."""
    conn = store.connect(db, read_only=False)
    schema.migrate(conn)
    have = conn.execute("SELECT count(*) FROM paragraphs").fetchone()[0]
    folder = conn.execute("SELECT id FROM folders").fetchone()[0]
    n = 0
    conn.execute("BEGIN")
    while have < SCALE:
        n += 1
        cur = conn.execute("INSERT INTO files(folder_id, path, mtime_ns, size, sha256) VALUES (?, ?, 0, 0, '')",
                           (folder, f"/synthetic/{n}.pdf"))
        records = []
        for part, text in rng.sample(paragraphs, 50):
            text = vary(text, rng, vocabulary)
            words = word_list(text)
            records.append(ParagraphRecord(part, str(len(records) + 1), f"PP{len(records) + 1}", "", text,
                                           fingerprint(words), len(words)))
        year = rng.randint(1990, 2025)
        store_document(conn, cur.lastrowid, DocumentRecord(f"A/RES/SYN/{n}", f"Synthetic {n}", f"{year}-06-01",
                                                           "General Assembly", f"SYN/{n}"), records)
        have += len(records)
    conn.execute("COMMIT")
    conn.execute("VACUUM")
    conn.close()
    return have


def corpus_paragraphs(db: Path) -> list[tuple[str, str]]:
    """(part, text) of the preambular and operative paragraphs of eight words or more."""
    conn = sqlite3.connect(str(db))
    try:
        return [(part, text) for part, text in conn.execute(
            "SELECT part, text FROM paragraphs WHERE part IN ('preamble', 'operative') AND length >= 8 ORDER BY id")]
    finally:
        conn.close()


def report_line(label: str, value: float, unit: str, target: float | None = None) -> None:
    verdict = f"  (target < {target:g} {unit}: {'ok' if value < target else 'OVER'})" if target else ""
    print(f"  {label:<58} {value:9.2f} {unit}{verdict}")


def main() -> int:
    print("bench_library: the library of agreed language")
    shared = shared_dir()
    if shared is None or not (shared / "corpus" / "official").is_dir():
        print("  skipped: the official corpus (shared/corpus/official) is not available")
        return 0
    rng = random.Random(SEED)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "library.sqlite3"
        library = index_corpus(shared / "corpus" / "official", db)
        paragraphs = corpus_paragraphs(db)
        vocabulary = sorted({w for _, text in paragraphs[:3000] for w in text.split() if w.isalpha()})
        queries = sample_queries([t for _, t in paragraphs], rng)
        p50, p95, found = time_searches(library, queries)
        report_line(f"search p50 ({len(queries)} queries, {found} with results)", p50, "ms")
        report_line("search p95, library of the official PDFs", p95, "ms", 50)
        draft = draft_of(paragraphs, rng, vocabulary)
        seconds, found_summary = time_similar(library, draft)
        report_line(f"similar, 100-paragraph draft ({found_summary})", seconds, "s", 1)
        _, count = library.counts()
        library.close()
        size = db.stat().st_size
        print(f"  database: {size / 1e6:.1f} MB for {count:,} paragraphs ({size / count:,.0f} bytes a paragraph)")

        big = Path(tmp) / "large.sqlite3"
        shutil.copyfile(db, big)
        start = time.perf_counter()
        total = grow(big, paragraphs, rng, vocabulary)
        print(f"  synthetic library: {total:,} paragraphs (built in {time.perf_counter() - start:.1f} s)")
        large = Library.open(big)
        p50, p95, found = time_searches(large, queries)
        report_line(f"search p50, {total:,} paragraphs", p50, "ms")
        report_line(f"search p95, {total:,} paragraphs", p95, "ms", 100)
        seconds, found_summary = time_similar(large, draft)
        report_line(f"similar, 100 paragraphs ({found_summary})", seconds, "s", 2)
        start = time.perf_counter()
        large.close()
        Library.open(big).close()
        report_line("opening it (integrity check included)", (time.perf_counter() - start) * 1000, "ms")
        size = big.stat().st_size
        print(f"  database: {size / 1e6:.1f} MB for {total:,} paragraphs ({size / total:,.0f} bytes a paragraph)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
