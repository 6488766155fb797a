"""Documents in and out of a window: open any supported file, save .unres, export Word and PDF.

The window imports this module on first use: the importers and exporters are not needed
to show it, and start-up is faster without them.  Nothing here overwrites the file a
document was opened from unless it is the document's own .unres.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from drafting import native
from drafting.errors import InputError
from drafting.exporters import export_document
from drafting.importers import SUPPORTED, ImportResult, load_document
from drafting.model import Resolution
from ui.window.export_pdf import QT, export_pdf

NATIVE = native.EXTENSION
OPEN_FILTER = "Resolutions ({});;Resolute documents (*.unres);;Word (*.docx);;PDF (*.pdf);;Text (*.txt *.md)".format(
    " ".join(f"*{ext}" for ext in SUPPORTED))


def read(path: Path) -> ImportResult:
    """The document in ``path``; InputError for bad input, and for an importer's own failure too."""
    return _guarded(path, lambda: load_document(path))


CLIPBOARD = "the clipboard"


def read_clipboard(text: str) -> ImportResult:
    """The document in text from the clipboard (a whole resolution copied from an e-mail, a Word
    file or a PDF viewer); InputError naming the clipboard when it holds none."""
    from drafting.importers.text import import_whole_text

    if not text.strip():
        raise InputError(CLIPBOARD, "it holds no text; copy a resolution's text first")
    return _guarded(CLIPBOARD, lambda: import_whole_text(text, CLIPBOARD))


def _guarded(source: Path | str, read_it: Callable[[], ImportResult]) -> ImportResult:
    try:
        return read_it()
    except InputError:
        raise
    except Exception as exc:  # an importer bug must not take the window with it
        raise InputError(source, f"could not be read ({type(exc).__name__}: {exc})") from None


def is_native(path: Path | None) -> bool:
    return path is not None and path.suffix.lower() == NATIVE


def with_suffix(path: Path, suffix: str) -> Path:
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def refuse_overwriting(target: Path, source: Path | None) -> None:
    """InputError when ``target`` is the (non-.unres) file the document came from."""
    if source is not None and not is_native(source) and target.exists() and target.resolve() == source.resolve():
        raise InputError(target, "this would overwrite the file the document was opened from; choose another name")


def save(res: Resolution, target: Path, source: Path | None) -> None:
    refuse_overwriting(target, source)
    native.save(res, target)


def export(res: Resolution, target: Path, source: Path | None) -> str:
    """Write a .docx or .pdf; returns a note for the status bar."""
    refuse_overwriting(target, source)
    if target.suffix.lower() == ".pdf":
        how = export_pdf(res, target)
        return " (LibreOffice not found: plain layout)" if how == QT else ""
    export_document(res, target)
    return ""
