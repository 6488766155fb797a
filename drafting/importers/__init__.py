"""Importers: each turns a file into a Resolution plus import warnings.

``load_document`` picks the importer by the file's extension and checks the file
first, so that every bad input gets one clear InputError naming the file and the reason.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..errors import InputError
from ..files import check_readable
from ..limits import check_document, check_size
from .text import ImportResult, import_text_file


def _import_native(path: Path) -> ImportResult:
    from ..native import load

    return ImportResult(load(path), [])


def _import_pdf(path: Path) -> ImportResult:
    from .pdf import import_pdf  # pdfminer is loaded when a PDF is opened

    return import_pdf(path)


def _import_docx(path: Path) -> ImportResult:
    from .docx import import_docx

    return import_docx(path)


# extension → function taking a path and returning an ImportResult
_IMPORTERS: dict[str, Callable[[Path], ImportResult]] = {
    ".txt": import_text_file, ".text": import_text_file, ".md": import_text_file,
    ".unres": _import_native, ".pdf": _import_pdf, ".docx": _import_docx,
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
    result = target(path)
    check_document(result.resolution, path)
    return result
