"""The library of agreed language: past resolutions, decisions and drafts, paragraph by paragraph.

A local SQLite database with a full-text index (FTS5) of every paragraph of the files the
user adds from folders.  ``Library`` is the interface the CLI and the editor use; the
modules below it each have one job: ``schema`` (tables, migrations), ``store`` (opening,
damage, read-only media), ``extract`` (what is kept of a text), ``indexer`` (folders, only
changed files), ``search`` (BM25, exact phrases), ``similar`` (closest paragraph),
``agreed`` (identical / amended / new).
"""

from __future__ import annotations

from .agreed import AMENDED, IDENTICAL, NEW, ParagraphStatus, summary
from .database import FolderInfo, Library
from .indexer import AddReport, Progress
from .search import Hit
from .similar import Match
from .store import DamagedLibrary, default_path

__all__ = ["AMENDED", "IDENTICAL", "NEW", "AddReport", "DamagedLibrary", "FolderInfo", "Hit", "Library", "Match",
           "ParagraphStatus", "Progress", "default_path", "summary"]
