"""Opening the library database: where it lives, read-only media, damage, and the rebuild.

A library is one SQLite file.  Beside it, ``<name>.folders.json`` lists the folders it was
built from, so that a damaged database can be rebuilt from its files even when the damage
took the folders table with it.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..errors import InputError
from ..files import write_atomic
from ..settings import data_dir
from . import schema

FILE_NAME = "library.sqlite3"


class DamagedLibrary(Exception):
    """The database fails its integrity check or is not a database at all."""

    def __init__(self, path: Path, reason: str):
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: the library is damaged ({reason})")


def default_path() -> Path:
    """The user's library, in the user data folder (``RESOLUTE_DATA_DIR`` overrides it)."""
    return data_dir() / FILE_NAME


def folders_path(db: Path) -> Path:
    return db.with_name(db.name + ".folders.json")


def writable(db: Path) -> bool:
    """Whether the database (or, when it does not exist yet, its folder) can be written."""
    if db.exists():
        return os.access(db, os.W_OK) and os.access(db.parent, os.W_OK)
    folder = db.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    return os.access(folder, os.W_OK)


def connect(db: Path, read_only: bool) -> sqlite3.Connection:
    """A connection in autocommit mode (transactions are explicit), usable from any one thread at a time."""
    if read_only:
        if not db.exists():
            raise InputError(db, "no library here, and the medium is read-only")
        # immutable: a read-only medium has no room for a journal or lock files.
        conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro&immutable=1", uri=True, isolation_level=None,
                               check_same_thread=False)
    else:
        db.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(db), isolation_level=None, check_same_thread=False)
    return conn


def prepare_for_writing(conn: sqlite3.Connection) -> None:
    """After the integrity check: cascades on, and a write-ahead journal.

    WAL costs one fsync per checkpoint rather than several per file added; the last connection
    to close folds the journal back, so a closed library is one file again.
    """
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[None]:
    conn.execute("BEGIN")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def check(conn: sqlite3.Connection, db: Path) -> None:
    """Raise DamagedLibrary unless SQLite's quick check and the full-text index's own check pass."""
    try:
        rows = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
        if rows != ["ok"]:
            raise DamagedLibrary(db, "; ".join(rows[:3]))
        if schema.version(conn) >= 1:
            conn.execute("SELECT count(*) FROM paragraph_index WHERE paragraph_index MATCH 'resolute'").fetchone()
    except sqlite3.DatabaseError as exc:
        raise DamagedLibrary(db, str(exc)) from None


def read_folders(db: Path) -> list[str]:
    try:
        data = json.loads(folders_path(db).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return [f for f in data.get("folders", []) if isinstance(f, str)] if isinstance(data, dict) else []


def write_folders(db: Path, folders: list[str]) -> None:
    write_atomic(folders_path(db), json.dumps({"folders": folders}, ensure_ascii=False, indent=1).encode("utf-8"))


def set_aside(db: Path) -> Path:
    """Rename a damaged database out of the way (kept for inspection) and return its new name."""
    target = db.with_name(db.name + ".damaged")
    for suffix in ("-journal", "-wal", "-shm"):
        side = db.with_name(db.name + suffix)
        if side.exists():
            side.unlink()
    os.replace(db, target)
    return target
