"""Exporters: each writes a Resolution to a file, atomically.

``export_document`` picks the exporter by the target's extension.  Each exporter is
imported when first used, so that the command line starts without loading python-docx.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..model import Resolution, walk


def _native(res: Resolution, target: Path, **options: Any) -> None:
    from ..native import save

    save(res, target, **options)


def _text(res: Resolution, target: Path, **options: Any) -> None:
    from .text import save

    save(res, target, **options)


def _docx(res: Resolution, target: Path, **options: Any) -> None:
    from .docx import save

    save(res, target, **options)


# extension → function taking (resolution, path, **options)
EXPORTERS: dict[str, Callable[..., None]] = {".unres": _native, ".txt": _text, ".md": _text, ".docx": _docx}


def _has_paragraphs(res: Resolution) -> bool:
    """A resolution a .txt or .docx can hold: one paragraph with words (what every importer looks for)."""
    lists = [res.instructions] + [part for text in res.texts()
                                  for part in [text.preamble, text.operative] + [a.paragraphs for a in text.annexes]]
    return any(p.text.strip() for paragraphs in lists for _, p in walk(paragraphs, ()))


def export_document(res: Resolution, target: str | Path, **options: Any) -> None:
    target = Path(target)
    exporter = EXPORTERS.get(target.suffix.lower())
    if exporter is None:
        raise InputError(target, f"cannot write {target.suffix or 'files without an extension'}; "
                                 f"Resolute writes {', '.join(EXPORTERS)}")
    if target.suffix.lower() != ".unres" and not _has_paragraphs(res):
        raise InputError(target, "nothing to write: the resolution has no preambular, operative or annex "
                                 "paragraphs yet")
    exporter(res, target, **options)
