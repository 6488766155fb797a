"""The library's tables, and the migrations that bring an older database up to date.

The schema version is SQLite's ``user_version``.  Each migration takes a database at
version N to N + 1 inside one transaction, so that a crash leaves the old version whole.
A database newer than this build knows is refused rather than guessed at.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

# Words are runs of letters and digits, case and accents folded, without stemming: a phrase
# in quotes then matches the same words in the same order and nothing else.
TOKENIZER = "unicode61 remove_diacritics 2"

_V1 = f"""
CREATE TABLE folders (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE
);
CREATE TABLE files (
    id INTEGER PRIMARY KEY,
    folder_id INTEGER NOT NULL REFERENCES folders(id) ON DELETE CASCADE,
    path TEXT NOT NULL UNIQUE,
    mtime_ns INTEGER NOT NULL,
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    error TEXT                       -- why the file could not be imported, or NULL
);
CREATE INDEX files_folder ON files(folder_id);
CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    file_id INTEGER NOT NULL UNIQUE REFERENCES files(id) ON DELETE CASCADE,
    symbol TEXT NOT NULL,            -- A/RES/79/180, or the file name when the text has none
    title TEXT NOT NULL,
    date TEXT NOT NULL,              -- ISO 8601: the adoption date of a resolution, else the document's
    body TEXT NOT NULL,              -- General Assembly, Security Council, ...
    number TEXT NOT NULL             -- the resolution's number (79/180), '' for drafts
);
CREATE INDEX documents_symbol ON documents(symbol);
CREATE TABLE paragraphs (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    part TEXT NOT NULL,              -- preamble, operative, annex
    number TEXT NOT NULL,            -- as cited: 3, 5 (a), II.4
    label TEXT NOT NULL,             -- PP3, OP5 (a), Annex II.4
    opening TEXT NOT NULL,           -- the opening phrase as it stands, '' if none
    text TEXT NOT NULL,
    words INTEGER NOT NULL,          -- fingerprint of the word sequence (identical paragraphs)
    length INTEGER NOT NULL          -- number of words
);
CREATE INDEX paragraphs_document ON paragraphs(document_id);
CREATE INDEX paragraphs_words ON paragraphs(words);
CREATE VIRTUAL TABLE paragraph_index USING fts5(
    text, content='paragraphs', content_rowid='id', tokenize='{TOKENIZER}'
);
CREATE TABLE terms (                 -- how many paragraphs hold each word: finds a text's rare words fast
    term TEXT PRIMARY KEY,
    paragraphs INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TRIGGER paragraphs_indexed AFTER INSERT ON paragraphs BEGIN
    INSERT INTO paragraph_index(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER paragraphs_unindexed AFTER DELETE ON paragraphs BEGIN
    INSERT INTO paragraph_index(paragraph_index, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE VIEW paragraph_rows AS
    SELECT p.id, d.symbol, d.title, d.date, d.body, d.number AS resolution, p.part, p.number,
           p.label, p.opening, p.text, f.path
    FROM paragraphs p JOIN documents d ON d.id = p.document_id JOIN files f ON f.id = d.file_id;
"""



def _run_script(script: str) -> Callable[[sqlite3.Connection], None]:
    """A migration running each statement of ``script`` (``executescript`` would commit midway)."""
    statements, pending = [], ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            statements.append(pending.strip())
            pending = ""

    def run(conn: sqlite3.Connection) -> None:
        for statement in statements:
            conn.execute(statement)

    return run


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [
    _run_script(_V1),
]
VERSION = len(MIGRATIONS)


class NewerSchema(Exception):
    """The database was written by a newer version of Resolute."""


def version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection) -> None:
    """Bring the database to ``VERSION``, one migration per transaction."""
    current = version(conn)
    if current > VERSION:
        raise NewerSchema(f"the library was written by a newer Resolute (schema {current}; this one knows "
                          f"{VERSION}); update Resolute or use another library")
    for target in range(current + 1, VERSION + 1):
        conn.execute("BEGIN")
        try:
            MIGRATIONS[target - 1](conn)
            conn.execute(f"PRAGMA user_version = {target}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
