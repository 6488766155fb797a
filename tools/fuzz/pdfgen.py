"""A small PDF writer for seeds: lines of text on A4 pages, Flate-compressed, with a ToUnicode-free
standard font.  Fast to read, so that a fuzz campaign tries many PDFs a second."""

from __future__ import annotations

import zlib

_LINES_PER_PAGE = 48


def _escape(text: str) -> bytes:
    data = text.encode("cp1252", "replace")
    return data.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _content(lines: list[tuple[str, float, bool]]) -> bytes:
    out = [b"BT"]
    y = 780.0
    for text, size, bold in lines:
        out.append(b"/F%d %.1f Tf 1 0 0 1 72 %.1f Tm (%s) Tj" % (2 if bold else 1, size, y, _escape(text)))
        y -= size * 1.4
    out.append(b"ET")
    return b"\n".join(out)


def make_pdf(paragraphs: list[str], width: int = 90) -> bytes:
    """A PDF of ``paragraphs`` wrapped at ``width`` characters, a blank line between them."""
    lines: list[tuple[str, float, bool]] = []
    for i, para in enumerate(paragraphs):
        words, line = para.split(), ""
        for word in words:
            if line and len(line) + 1 + len(word) > width:
                lines.append((line, 12.0, i < 2))
                line = word
            else:
                line = f"{line} {word}" if line else word
        if line:
            lines.append((line, 12.0, i < 2))
        lines.append(("", 12.0, False))
    pages = [lines[i:i + _LINES_PER_PAGE] for i in range(0, len(lines), _LINES_PER_PAGE)] or [[]]
    objects: list[bytes] = []
    # 1 catalog, 2 pages, 3 font, 4 bold font, then (page, content) pairs
    kids = " ".join(f"{5 + 2 * i} 0 R" for i in range(len(pages)))
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode())
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding /WinAnsiEncoding >>")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Bold /Encoding /WinAnsiEncoding >>")
    for i, page in enumerate(pages):
        stream = zlib.compress(_content(page))
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R "
                       f"/F2 4 0 R >> >> /Contents {6 + 2 * i} 0 R >>".encode())
        objects.append(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)
