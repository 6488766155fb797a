"""Exporters: each writes a Resolution to a file, atomically.

``export_document`` picks the exporter by the target's extension.
"""

from __future__ import annotations

import importlib
from pathlib import Path

from ..errors import InputError
from ..model import Resolution

# extension → "module:function" taking (resolution, path)
EXPORTERS = {
    ".unres": "drafting.native:save",
    ".txt": "drafting.exporters.text:save",
    ".md": "drafting.exporters.text:save",
    ".docx": "drafting.exporters.docx:save",
}


def export_document(res: Resolution, target: str | Path, **options) -> None:
    target = Path(target)
    spec = EXPORTERS.get(target.suffix.lower())
    if spec is None:
        raise InputError(target, f"cannot write {target.suffix or 'files without an extension'}; "
                                 f"Resolute writes {', '.join(EXPORTERS)}")
    module_name, func = spec.split(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        raise InputError(target, f"writing {target.suffix} is not available in this build ({exc.name} is missing)") from None
    getattr(module, func)(res, target, **options)
