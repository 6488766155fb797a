"""PDF export: the Word export converted by LibreOffice where it is installed, else Qt's PDF writer.

LibreOffice gives the UN layout of the .docx (masthead, footnotes at the foot of the
page).  Without it, the plain-text rendering of the resolution (labels and italics
included) is laid out by Qt: readable, but not the official layout, and the caller says so.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from drafting.errors import InputError
from drafting.exporters import export_document
from drafting.files import read_bytes, write_atomic
from drafting.model import Resolution

LIBREOFFICE_SECONDS = 180
LIBREOFFICE, QT = "LibreOffice", "Qt"


def find_libreoffice() -> str | None:
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    for candidate in ("/Applications/LibreOffice.app/Contents/MacOS/soffice",
                      r"C:\Program Files\LibreOffice\program\soffice.exe"):
        if Path(candidate).exists():
            return candidate
    return None


def export_pdf(res: Resolution, target: str | Path) -> str:
    """Write ``target``; returns which way it was made (LIBREOFFICE or QT)."""
    target = Path(target)
    soffice = find_libreoffice()
    with tempfile.TemporaryDirectory(prefix="resolute-pdf-") as tmp:
        folder = Path(tmp)
        if soffice:
            source = folder / (target.stem + ".docx")
            try:
                export_document(res, source)
            except InputError:
                soffice = None  # the Word file could not be written: Qt draws the PDF instead
        if soffice:
            write_atomic(target, read_bytes(_convert(soffice, source, folder)))
            return LIBREOFFICE
        pdf = folder / "out.pdf"
        _qt_pdf(res, pdf)
        write_atomic(target, read_bytes(pdf))
        return QT


def _convert(soffice: str, source: Path, folder: Path) -> Path:
    profile = folder / "profile"
    cmd = [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
           "--convert-to", "pdf", "--outdir", str(folder), str(source)]
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=LIBREOFFICE_SECONDS)
    except subprocess.TimeoutExpired:
        raise InputError(source.with_suffix(".pdf").name, "LibreOffice took too long to make the PDF") from None
    except OSError as exc:
        raise InputError(soffice, f"LibreOffice could not be started ({exc.strerror or exc})") from None
    out = folder / (source.stem + ".pdf")
    if done.returncode != 0 or not out.exists():
        raise InputError(source.with_suffix(".pdf").name,
                         f"LibreOffice could not make the PDF: {(done.stderr or done.stdout).strip()[:300]}")
    return out


def _qt_pdf(res: Resolution, path: Path) -> None:
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

    from drafting.exporters.text import to_text

    writer = QPdfWriter(str(path))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(25, 20, 25, 20), QPageLayout.Unit.Millimeter))
    writer.setTitle(res.title.text or "Resolution")
    document = QTextDocument()
    font = QFont()
    font.setFamilies(["Times New Roman", "Liberation Serif", "serif"])
    font.setPointSizeF(10)
    document.setDefaultFont(font)
    document.setMarkdown(to_text(res))
    document.print_(writer)
