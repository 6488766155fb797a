"""Adding folders to the library: only new or changed files are read, removed files leave.

A file is unchanged when its modification time and size are those recorded; when only the
time changed (a copy, a touch), its SHA-256 decides.  Each file is imported and stored in
its own transaction, so an interruption keeps every file finished before it.  A file that
cannot be imported is recorded with its reason (and not retried until it changes).
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from ..files import read_bytes
from ..importers import SUPPORTED, load_document
from ..lexicon import Lexicon
from ..model import Resolution
from .extract import DocumentRecord, ParagraphRecord, document_record, paragraph_records
from .store import transaction
from .words import word_list

# How a file becomes a Resolution: (path, its SHA-256) → Resolution.  The default imports it;
# a benchmark may answer from a cache keyed by the hash.
Reader = Callable[[Path, str], Resolution]


def import_file(path: Path, _sha256: str) -> Resolution:
    return load_document(path).resolution


# The kinds of file the library reads: texts a delegate keeps (not the .md notes beside them).
EXTENSIONS = tuple(ext for ext in (".pdf", ".docx", ".txt", ".unres") if ext in SUPPORTED)


@dataclass
class Progress:
    """Where an ``add`` stands, passed to the progress callback after each file."""

    done: int
    total: int
    paragraphs: int
    elapsed: float  # seconds

    @property
    def seconds_left(self) -> float | None:
        if not self.done or self.done >= self.total:
            return None if not self.done else 0.0
        return self.elapsed / self.done * (self.total - self.done)


@dataclass
class AddReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: int = 0
    removed: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (path, reason) read this time
    known_failures: list[tuple[str, str]] = field(default_factory=list)  # unchanged files that failed before
    paragraphs: int = 0  # paragraphs stored by this run
    seconds: float = 0.0

    @property
    def read(self) -> int:
        return len(self.added) + len(self.updated) + len(self.failed)


def files_in(folder: Path) -> list[Path]:
    """The files of ``folder`` and its subfolders the library reads, in a stable order (hidden ones skipped)."""
    found = []
    for path in folder.rglob("*"):
        relative = path.relative_to(folder).parts
        if any(part.startswith((".", "~$")) for part in relative):
            continue
        if path.suffix.lower() in EXTENSIONS and path.is_file():
            found.append(path)
    return sorted(found)


def add_folder(conn: sqlite3.Connection, folder: Path, on_disk: list[Path], report: AddReport,
               tick: Callable[[int], None], lexicon: Lexicon, reader: Reader = import_file) -> None:
    """Bring one folder's files (``on_disk``, from ``files_in``) up to date; ``tick(paragraphs)`` after each file.

    A file already read through another folder (a parent added before) stays with that folder.
    """
    folder_id = _folder_id(conn, folder)
    present = {str(p) for p in on_disk}
    gone = [(file_id, path) for file_id, path in conn.execute("SELECT id, path FROM files WHERE folder_id = ?",
                                                               (folder_id,)) if path not in present]
    with transaction(conn):
        for file_id, _ in gone:
            _delete_file(conn, file_id)
    report.removed += [path for _, path in gone]
    for path in on_disk:
        known = conn.execute("SELECT id, mtime_ns, size, sha256, error, folder_id FROM files WHERE path = ?",
                             (str(path),)).fetchone()
        stored = 0
        try:
            stored = _update_file(conn, known[5] if known else folder_id, path, known[:5] if known else None,
                                  report, lexicon, reader)
        finally:
            tick(stored)


def _update_file(conn: sqlite3.Connection, folder_id: int, path: Path, known: tuple | None, report: AddReport,
                 lexicon: Lexicon, reader: Reader) -> int:
    try:
        stat = path.stat()
    except OSError as exc:
        report.failed.append((str(path), exc.strerror or str(exc)))
        return 0
    if known is not None and (known[1], known[2]) == (stat.st_mtime_ns, stat.st_size):
        _unchanged(report, path, known[4])
        return 0
    document: DocumentRecord | None = None
    paragraphs: list[ParagraphRecord] = []
    error: str | None
    try:
        data = read_bytes(path)
    except InputError as exc:
        digest, error = "", exc.reason
    else:
        digest = hashlib.sha256(data).hexdigest()
        if known is not None and digest == known[3]:
            conn.execute("UPDATE files SET mtime_ns = ? WHERE id = ?", (stat.st_mtime_ns, known[0]))
            _unchanged(report, path, known[4])
            return 0
        document, paragraphs, error = _read(path, digest, reader, lexicon)
    with transaction(conn):
        if known is not None:
            _delete_file(conn, known[0])
        cur = conn.execute("INSERT INTO files(folder_id, path, mtime_ns, size, sha256, error) "
                           "VALUES (?, ?, ?, ?, ?, ?)",
                           (folder_id, str(path), stat.st_mtime_ns, stat.st_size, digest, error))
        if document is not None:
            store_document(conn, cur.lastrowid, document, paragraphs)
    if error is not None:
        report.failed.append((str(path), error))
        return 0
    (report.updated if known is not None else report.added).append(str(path))
    report.paragraphs += len(paragraphs)
    return len(paragraphs)


def _read(path: Path, digest: str, reader: Reader,
          lexicon: Lexicon) -> tuple[DocumentRecord | None, list[ParagraphRecord], str | None]:
    """The document and its paragraphs, or None and why the file could not be imported."""
    try:
        res = reader(path, digest)
        paragraphs = paragraph_records(res, lexicon)
        if not paragraphs:
            return None, [], "no paragraphs found (not a resolution or decision?)"
        return document_record(res, path), paragraphs, None
    except InputError as exc:
        return None, [], exc.reason
    except Exception as exc:  # noqa: BLE001 - an importer bug must not stop the other files
        return None, [], f"could not be imported ({type(exc).__name__}: {exc})"


def _unchanged(report: AddReport, path: Path, error: str | None) -> None:
    report.unchanged += 1
    if error:
        report.known_failures.append((str(path), error))


def store_document(conn: sqlite3.Connection, file_id: int | None, document: DocumentRecord,
                   paragraphs: list[ParagraphRecord]) -> None:
    cur = conn.execute("INSERT INTO documents(file_id, symbol, title, date, body, number) VALUES (?, ?, ?, ?, ?, ?)",
                       (file_id, document.symbol, document.title, document.date, document.body, document.number))
    doc_id = cur.lastrowid
    conn.executemany(
        "INSERT INTO paragraphs(document_id, part, number, label, opening, text, words, length) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(doc_id, p.part, p.number, p.label, p.opening, p.text, p.words, p.length) for p in paragraphs])
    _count_terms(conn, [p.text for p in paragraphs], +1)


def _count_terms(conn: sqlite3.Connection, texts: list[str], sign: int) -> None:
    """Keep ``terms`` in step: each paragraph counts once for each word it holds."""
    counts = Counter(w for text in texts for w in set(word_list(text)))
    conn.executemany("INSERT INTO terms(term, paragraphs) VALUES (?, ?) "
                     "ON CONFLICT(term) DO UPDATE SET paragraphs = paragraphs + excluded.paragraphs",
                     [(w, sign * n) for w, n in counts.items()])
    if sign < 0:
        conn.executemany("DELETE FROM terms WHERE term = ? AND paragraphs <= 0", [(w,) for w in counts])


def _delete_file(conn: sqlite3.Connection, file_id: int) -> None:
    """Remove a file with its document and paragraphs (deleting paragraphs one by one keeps the index in step)."""
    texts = [r[0] for r in conn.execute("SELECT p.text FROM paragraphs p JOIN documents d ON d.id = p.document_id "
                                        "WHERE d.file_id = ?", (file_id,))]
    _count_terms(conn, texts, -1)
    conn.execute("DELETE FROM paragraphs WHERE document_id IN (SELECT id FROM documents WHERE file_id = ?)",
                 (file_id,))
    conn.execute("DELETE FROM documents WHERE file_id = ?", (file_id,))
    conn.execute("DELETE FROM files WHERE id = ?", (file_id,))


def _folder_id(conn: sqlite3.Connection, folder: Path) -> int:
    conn.execute("INSERT OR IGNORE INTO folders(path) VALUES (?)", (str(folder),))
    return int(conn.execute("SELECT id FROM folders WHERE path = ?", (str(folder),)).fetchone()[0])


def remove_folder(conn: sqlite3.Connection, folder: Path) -> int:
    """Remove a folder and everything read from it; the number of files removed."""
    row = conn.execute("SELECT id FROM folders WHERE path = ?", (str(folder),)).fetchone()
    if row is None:
        return 0
    with transaction(conn):
        ids = [r[0] for r in conn.execute("SELECT id FROM files WHERE folder_id = ?", (row[0],))]
        for file_id in ids:
            _delete_file(conn, file_id)
        conn.execute("DELETE FROM folders WHERE id = ?", (row[0],))
    return len(ids)

