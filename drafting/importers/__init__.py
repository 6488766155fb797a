"""Importers: each turns a file into a Resolution plus import warnings.

``load_document`` picks the importer by the file's extension and checks the file
first, so that every bad input gets one clear InputError naming the file and the reason.
"""

from __future__ import annotations

import importlib
from pathlib import Path

from ..errors import InputError
from ..files import check_readable
from ..limits import check_document, check_size
from .text import ImportResult

# extension → "module:function" taking a path and returning an ImportResult
_IMPORTERS = {
    ".txt": "drafting.importers.text:import_text_file",
    ".text": "drafting.importers.text:import_text_file",
    ".md": "drafting.importers.text:import_text_file",
    ".unres": "drafting.importers:_import_native",
    ".pdf": "drafting.importers.pdf:import_pdf",
    ".docx": "drafting.importers.docx:import_docx",
}
_REFUSED = {
    ".doc": "this is an old Word 97–2003 .doc file; open it in Word or LibreOffice and save it as .docx",
    ".rtf": "RTF is not read; save it as .docx or plain text",
    ".odt": "OpenDocument is not read; save it as .docx",
    ".pages": "Pages documents are not read; export it as .docx",
}

SUPPORTED = tuple(_IMPORTERS)


def load_document(path: str | Path) -> ImportResult:
    path = Path(path)
    check_size(path, check_readable(path).stat().st_size)
    ext = path.suffix.lower()
    if ext in _REFUSED:
        raise InputError(path, _REFUSED[ext])
    target = _IMPORTERS.get(ext)
    if target is None:
        known = ", ".join(SUPPORTED)
        raise InputError(path, f"unknown file type {ext or '(no extension)'}; Resolute reads {known}")
    module_name, func = target.split(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        raise InputError(path, f"reading {ext} files is not available in this build ({exc.name} is missing)") from None
    result = getattr(module, func)(path)
    check_document(result.resolution, path)
    return result


def _import_native(path: Path) -> ImportResult:
    from ..native import load

    return ImportResult(load(path), [])
