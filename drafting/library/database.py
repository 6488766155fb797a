"""The library as one object: open it, add and remove folders, search, find where a draft's paragraphs come from.

The connection may be used from a worker thread (the editor searches off the GUI thread);
a lock keeps one operation at a time.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Self

from ..errors import InputError
from ..lexicon import Lexicon
from ..model import Resolution
from . import agreed, indexer, schema, search, store
from .indexer import AddReport, Progress
from .similar import Finder, Match


@dataclass(frozen=True)
class FolderInfo:
    path: str
    files: int
    paragraphs: int
    failed: int


class Library:
    def __init__(self, path: Path, conn: sqlite3.Connection, read_only: bool):
        self.path = path
        self.read_only = read_only
        self._conn = conn
        self._lock = threading.Lock()

    @contextmanager
    def _using(self) -> Iterator[sqlite3.Connection]:
        """The connection, one user at a time; damage found midway is reported as such."""
        with self._lock, self._guarded():
            yield self._conn

    @contextmanager
    def _guarded(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.DatabaseError as exc:
            if isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc):
                raise InputError(self.path, "the library is busy (another Resolute is adding to it)") from None
            raise store.DamagedLibrary(self.path, str(exc)) from None

    # -- opening ------------------------------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path | None = None, read_only: bool | None = None) -> Library:
        """Open (or create) a library; read-only when its medium cannot be written.

        Raises ``store.DamagedLibrary`` when the database fails its integrity check (see ``rebuild``)
        and ``InputError`` when it cannot be used at all.
        """
        db = Path(path) if path is not None else store.default_path()
        if db.is_dir():
            raise InputError(db, "is a folder; give the library's file name")
        if read_only is None:
            read_only = not store.writable(db)
        try:
            conn = store.connect(db, read_only)
        except sqlite3.Error as exc:
            raise InputError(db, f"cannot open the library ({exc})") from None
        try:
            store.check(conn, db)
            if read_only and schema.version(conn) != schema.VERSION:
                raise InputError(db, "this library needs an update, and its medium is read-only")
            if not read_only:
                store.prepare_for_writing(conn)
                schema.migrate(conn)
        except schema.NewerSchema as exc:
            conn.close()
            raise InputError(db, str(exc)) from None
        except BaseException:
            conn.close()
            raise
        return cls(db, conn, read_only)

    @classmethod
    def rebuild(cls, path: str | Path | None = None,
                progress: Callable[[Progress], None] | None = None) -> tuple[Library, AddReport, Path]:
        """Set a damaged database aside (``<name>.damaged``) and index its folders again into a new one."""
        library, folders, kept = cls.start_afresh(path)
        report = library.add(folders, progress) if folders else AddReport()
        return library, report, kept

    @classmethod
    def start_afresh(cls, path: str | Path | None = None) -> tuple[Library, list[str], Path]:
        """The first half of ``rebuild``: a new, empty library, the folders to add to it, where the old one went."""
        db = Path(path) if path is not None else store.default_path()
        if not store.writable(db):
            raise InputError(db, "the library is damaged and its medium is read-only; it cannot be rebuilt here")
        folders = store.read_folders(db)
        kept = store.set_aside(db) if db.exists() else db
        return cls.open(db), [f for f in folders if Path(f).is_dir()], kept

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    # -- folders ------------------------------------------------------------------------------

    def add(self, folders: Iterable[str | Path], progress: Callable[[Progress], None] | None = None,
            reader: indexer.Reader = indexer.import_file) -> AddReport:
        """Index new and changed files of each folder, drop files no longer there (see ``indexer``)."""
        self._writable()
        paths = []
        for folder in folders:
            p = Path(folder).expanduser()
            if not p.is_dir():
                raise InputError(p, "no such folder" if not p.exists() else "is not a folder")
            paths.append(p.resolve())
        listed = [(p, indexer.files_in(p)) for p in paths]
        total = sum(len(files) for _, files in listed)
        report, start = AddReport(), time.perf_counter()
        done, paragraphs = 0, 0

        def tick(stored: int) -> None:
            nonlocal done, paragraphs
            done += 1
            paragraphs += stored
            if progress is not None:
                progress(Progress(done, total, paragraphs, time.perf_counter() - start))

        lexicon = Lexicon.default()
        # A connection of its own: searches on this one go on meanwhile and see each file as it lands.
        writer = store.connect(self.path, read_only=False)
        try:
            with self._guarded():
                store.prepare_for_writing(writer)
                for folder, files in listed:
                    indexer.add_folder(writer, folder, files, report, tick, lexicon, reader)
                self._save_folders(writer)
        finally:
            writer.close()
        report.seconds = time.perf_counter() - start
        return report

    def remove(self, folder: str | Path) -> int:
        """Forget a folder and its files; the number of files removed (InputError if it was never added)."""
        self._writable()
        p = Path(folder).expanduser()
        key = p.resolve() if p.exists() else p.absolute()
        with self._using() as conn:
            known = [r[0] for r in conn.execute("SELECT path FROM folders")]
            if str(key) not in known:
                raise InputError(p, "this folder is not in the library (see `resolute library list`)")
            removed = indexer.remove_folder(conn, key)
            self._save_folders(conn)
        return removed

    def folders(self) -> list[FolderInfo]:
        sql = ("SELECT fo.path, count(fi.id), coalesce(sum(fi.error IS NOT NULL), 0), "
               "(SELECT count(*) FROM paragraphs p JOIN documents d ON d.id = p.document_id "
               " JOIN files f ON f.id = d.file_id WHERE f.folder_id = fo.id) "
               "FROM folders fo LEFT JOIN files fi ON fi.folder_id = fo.id GROUP BY fo.id ORDER BY fo.path")
        with self._using() as conn:
            return [FolderInfo(path, files, paragraphs, failed)
                    for path, files, failed, paragraphs in conn.execute(sql)]

    def failures(self) -> list[tuple[str, str]]:
        with self._using() as conn:
            return list(conn.execute("SELECT path, error FROM files WHERE error IS NOT NULL ORDER BY path"))

    def counts(self) -> tuple[int, int]:
        """(documents, paragraphs)."""
        with self._using() as conn:
            documents = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
            paragraphs = conn.execute("SELECT count(*) FROM paragraphs").fetchone()[0]
        return int(documents), int(paragraphs)

    # -- questions ----------------------------------------------------------------------------

    def search(self, text: str, limit: int = 20, body: str | None = None, since: int | None = None,
               typing: bool = False) -> list[search.Hit]:
        """Paragraphs matching ``text`` (words, "exact phrases"), the best first."""
        query = search.parse(text, typing=typing)
        with self._using() as conn:
            return search.search(conn, query, limit, body, since)

    def closest(self, text: str) -> Match | None:
        with self._using() as conn:
            return Finder(conn).closest(text)

    def classify(self, res: Resolution, path: str | Path | None = None) -> list[agreed.ParagraphStatus]:
        """Each paragraph of ``res`` as identical, amended or new (its own file and symbol are not sources)."""
        # The file as the library may have stored it: by its absolute path or with links resolved.
        exclude = tuple({str(Path(path).absolute()), str(Path(path).resolve())}) if path is not None else ()
        with self._using() as conn:
            return agreed.classify(conn, res, exclude_paths=exclude)

    # -- internals ----------------------------------------------------------------------------

    def _writable(self) -> None:
        if self.read_only:
            raise InputError(self.path, "the library is on a read-only medium; it can be searched but not changed")

    def _save_folders(self, conn: sqlite3.Connection) -> None:
        folders = [r[0] for r in conn.execute("SELECT path FROM folders ORDER BY path")]
        store.write_folders(self.path, folders)
