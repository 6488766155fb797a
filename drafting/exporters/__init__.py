"""Exporters: each writes a Resolution to a file, atomically.

``export_document`` picks the exporter by the target's extension.
"""

from __future__ import annotations

import importlib
from pathlib import Path

from ..errors import InputError
from ..model import Resolution, walk

# extension → "module:function" taking (resolution, path)
EXPORTERS = {
    ".unres": "drafting.native:save",
    ".txt": "drafting.exporters.text:save",
    ".md": "drafting.exporters.text:save",
    ".docx": "drafting.exporters.docx:save",
}


def _has_paragraphs(res: Resolution) -> bool:
    """A resolution a .txt or .docx can hold: one paragraph with words (what every importer looks for)."""
    lists = [res.instructions] + [part for text in res.texts()
                                  for part in [text.preamble, text.operative] + [a.paragraphs for a in text.annexes]]
    return any(p.text.strip() for paragraphs in lists for _, p in walk(paragraphs, ()))


def export_document(res: Resolution, target: str | Path, **options) -> None:
    target = Path(target)
    spec = EXPORTERS.get(target.suffix.lower())
    if spec is None:
        raise InputError(target, f"cannot write {target.suffix or 'files without an extension'}; "
                                 f"Resolute writes {', '.join(EXPORTERS)}")
    if target.suffix.lower() != ".unres" and not _has_paragraphs(res):
        raise InputError(target, "nothing to write: the resolution has no preambular, operative or annex "
                                 "paragraphs yet")
    module_name, func = spec.split(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        raise InputError(target, f"writing {target.suffix} is not available in this build ({exc.name} is missing)") from None
    getattr(module, func)(res, target, **options)
