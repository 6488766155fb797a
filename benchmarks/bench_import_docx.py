"""Word import on 400 operative paragraphs and 100 footnotes (target: under 1 s).

Two files of the same text: Resolute's own export (read by style) and the same document
with its styles taken off, as a foreign draft with Word numbering and real footnotes
(read through the text importer).  The peer is python-docx opening the file and reading
every paragraph's text, measured in the same run.
"""

from __future__ import annotations

import io
import re
import tempfile
import zipfile
from pathlib import Path

import docx
from common import large_text, report, timed

from drafting.exporters.docx import build
from drafting.importers.docx import import_docx
from drafting.importers.text import import_text
from drafting.ooxml.document import read_document
from drafting.ooxml.package import open_package

TARGET_MS = 1000


def foreign_copy(data: bytes) -> bytes:
    """The export with every paragraph and character style removed: a draft typed in Word."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            part = source.read(info)
            if info.filename == "word/document.xml":
                part = re.sub(rb'<w:(?:pStyle|rStyle) w:val="(?!Footnote)[^"]*"/>', b"", part)
            target.writestr(info, part)
    return out.getvalue()


def python_docx_texts(path: Path) -> int:
    return sum(len(p.text) for p in docx.Document(str(path)).paragraphs)


def main() -> None:
    res = import_text(large_text(400)).resolution
    with tempfile.TemporaryDirectory() as tmp:
        own, foreign = Path(tmp) / "own.docx", Path(tmp) / "foreign.docx"
        own.write_bytes(build(res))
        foreign.write_bytes(foreign_copy(own.read_bytes()))
        back = import_docx(foreign).resolution
        assert len(back.operative) == 400 and len(back.footnotes()) == 100, "the foreign copy lost its structure"
        print(f"import .docx: {len(res.operative)} operative paragraphs, {len(res.footnotes())} footnotes, "
              f"{own.stat().st_size // 1024} KiB")
        own_ms = timed(lambda: import_docx(own), repeat=5)
        foreign_ms = timed(lambda: import_docx(foreign), repeat=5)
        peer_ms = timed(lambda: python_docx_texts(own), repeat=5)
        report("import Resolute export (by style)", own_ms, TARGET_MS)
        report("import foreign draft (Word numbering, via text)", foreign_ms, TARGET_MS)
        report("  of which: open package and read runs", timed(lambda: read_document(open_package(own)), repeat=5))
        report("peer: python-docx opening it, paragraph texts only", peer_ms)
        print(f"  {'ratio own import / peer':<52} {own_ms / peer_ms:9.2f} x")


if __name__ == "__main__":
    main()
