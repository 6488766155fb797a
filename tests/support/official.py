"""The official UN PDFs of the shared reference material, imported once and cached.

The shared folder is found by ``tests.support.shared``.  ``MANIFEST.md`` of its
``corpus/official`` names each PDF's group: ``ga-res`` (General Assembly resolutions), ``ga-draft``, ``sc-draft``.

Importing 228 PDFs takes about a minute, so each import is cached in ``build/import-cache/``
under the hash of the file and of the code that reads it (every ``drafting`` module except
the rules, spelling, grammar, compare, exporters and CLI): a change to an importer or the
model imports again, a change to a rule does not.
"""

from __future__ import annotations

import hashlib
import pickle
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest

from drafting.errors import InputError
from drafting.importers.text import ImportResult
from drafting.model import Paragraph, Resolution
from tests.support.paths import ROOT
from tests.support.shared import shared_dir

CACHE = ROOT / "build" / "import-cache"
GROUPS = {"ga-res": "GA resolutions", "ga-draft": "GA drafts", "sc-draft": "SC drafts"}
_NOT_IMPORT_CODE = ("rules", "spelling", "grammar", "compare", "exporters", "cli")
_ROW = re.compile(r"^\|\s*(\S+\.pdf)\s*\|\s*([a-z-]+)\s*\|")


def official_dir() -> Path | None:
    shared = shared_dir()
    folder = shared / "corpus" / "official" if shared else None
    return folder if folder is not None and (folder / "MANIFEST.md").is_file() else None


@lru_cache(maxsize=1)
def manifest() -> dict[str, str]:
    """PDF file name → group, as MANIFEST.md lists them."""
    folder = official_dir()
    if folder is None:
        return {}
    out = {}
    for line in (folder / "MANIFEST.md").read_text(encoding="utf-8").splitlines():
        m = _ROW.match(line)
        if m and m.group(2) in GROUPS:
            out[m.group(1)] = m.group(2)
    return out


def official_pdfs(group: str | None = None) -> list[Path]:
    """The official PDFs of ``group`` (all when None), sorted by name."""
    folder = official_dir()
    if folder is None:
        return []
    return [folder / name for name, g in sorted(manifest().items()) if group is None or g == group]


@dataclass
class Imported:
    path: Path
    resolution: Resolution | None
    reason: str = ""  # why it could not be read, when resolution is None


@lru_cache(maxsize=1)
def importer_hash() -> str:
    """Hash of the code an import runs (see the module doc)."""
    digest = hashlib.sha256()
    drafting = ROOT / "drafting"
    for path in sorted(drafting.rglob("*.py")):
        rel = path.relative_to(drafting)
        if rel.parts[0] in _NOT_IMPORT_CODE:
            continue
        digest.update(str(rel).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def load_official(path: Path) -> Imported:
    """The PDF imported, from the cache when the file and the import code are unchanged."""
    from drafting.importers import load_document

    data = path.read_bytes()
    key = f"{hashlib.sha256(data).hexdigest()[:24]}-{importer_hash()}"
    cached = CACHE / f"{path.stem}-{key}.pickle"
    if cached.is_file():
        try:
            res, reason = pickle.loads(cached.read_bytes())
        except (pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
            res, reason = None, "stale"  # a damaged entry, or one of a model that changed: import again
        if reason != "stale":
            return Imported(path, res, reason)
    try:
        res, reason = load_document(path).resolution, ""
    except InputError as exc:
        res, reason = None, exc.reason
    CACHE.mkdir(parents=True, exist_ok=True)
    for old in CACHE.glob(f"{path.stem}-*.pickle"):
        old.unlink(missing_ok=True)
    tmp = cached.with_suffix(".tmp")
    tmp.write_bytes(pickle.dumps((res, reason), protocol=pickle.HIGHEST_PROTOCOL))
    tmp.replace(cached)
    return Imported(path, res, reason)


def paragraph_count(res: Resolution) -> int:
    """Paragraphs of every part that holds them: preamble, operative, subparagraphs, annexes, further texts."""
    return sum(1 for _, place in res.inlines() if isinstance(place, Paragraph))


needs_official = pytest.mark.skipif(
    official_dir() is None, reason="the official corpus (../shared, $RESOLUTE_SHARED or /work/shared) is not here")


@lru_cache(maxsize=64)
def read_official(name: str, folder: str = "official") -> tuple[ImportResult, dict[str, Any]]:
    """The PDF ``name`` (without .pdf) of ``corpus/<folder>`` imported, with its ``parse --json`` view."""
    from drafting.importers.pdf import import_pdf
    from drafting.outline import to_json

    shared = shared_dir()
    assert shared is not None, "use needs_official"
    result = import_pdf(shared / "corpus" / folder / f"{name}.pdf")
    return result, to_json(result.resolution, result.warnings)


def official_pdf(name: str) -> Path:
    """The official PDF ``name`` (with .pdf); the test is skipped, with the reason, where the corpus is absent."""
    folder = official_dir()
    if folder is None or not (folder / name).is_file():
        pytest.skip("the official corpus (corpus/official) is not available")
    return folder / name
