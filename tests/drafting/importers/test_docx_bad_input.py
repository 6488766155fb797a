"""Bad .docx input: one clear line naming the file and the reason, no traceback, nothing written."""

from __future__ import annotations

import subprocess
import sys
import zipfile

import pytest

from drafting.errors import InputError
from drafting.importers import load_document
from drafting.ooxml import package as pkg
from tests.support.docx_builders import (
    DECL,
    NAMESPACES,
    WordFile,
    forge_declared_size,
    i,
    masthead_paragraphs,
    ole_file,
    p,
    r,
    table,
    write_zip,
    zipped,
)
from tests.support.paths import ROOT


def good_parts() -> dict:
    body = masthead_paragraphs() + [p(i("Recalling"), r(" its resolution 77/227,")),
                                    p(i("Decides"), r(" to remain seized of the matter."))]
    return WordFile(body).parts()


def document_xml(body: str, prolog: str = "") -> str:
    return f"{DECL}{prolog}<w:document {NAMESPACES}><w:body>{body}</w:body></w:document>"


BILLION_LAUGHS = """<!DOCTYPE w:document [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
]>"""
EXTERNAL_ENTITY = '<!DOCTYPE w:document [<!ENTITY secret SYSTEM "file:///etc/passwd">]>'


def with_document(xml: str) -> bytes:
    parts = good_parts()
    parts["word/document.xml"] = xml
    return zipped(parts)


def bomb() -> bytes:
    """A real zip bomb: 40 MB of zeros deflate to about 40 KB (1000:1)."""
    parts = good_parts()
    parts["word/media/padding.bin"] = b"\x00" * (40 * 1024 * 1024)
    return zipped(parts)


CASES = {
    "empty": (b"", "empty (0 bytes)"),
    "not a zip": (b"Dear colleagues, please find the draft attached." * 20, "not a zip package"),
    "truncated": (None, "damaged or truncated"),
    "no document": (zipped({"[Content_Types].xml": "<Types/>", "docProps/app.xml": "<Properties/>"}),
                    "has no word/document.xml"),
    "a workbook": (zipped({"[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<workbook/>"}),
                   "has no word/document.xml (it is an Excel workbook)"),
    "declared size": (forge_declared_size(zipped(good_parts()), 3 * 1024 ** 3), "may be a zip bomb"),
    "ratio": (None, "is compressed 1"),
    "entities": (with_document(document_xml(p(r("&lol5;")), BILLION_LAUGHS)), "declares a DTD or entities"),
    "external entity": (with_document(document_xml(p(r("&secret;")), EXTERNAL_ENTITY)), "declares a DTD or entities"),
    "encrypted": (ole_file(encrypted=True), "is password-protected (encrypted)"),
    "doc renamed": (ole_file(encrypted=False), "save it as .docx"),
    "not well-formed": (with_document(document_xml("<w:p><w:r><w:t>cut here")), "not well-formed XML"),
    "no body": (with_document(f"{DECL}<w:document {NAMESPACES}/>"), "has no document body"),
    "no text": (with_document(document_xml(p())), "holds no text"),
    "rtf": (b"{\\rtf1\\ansi Draft resolution}", "it is an RTF file"),
    "compilation table": (with_document(document_xml(table([[p(r("PP1")), p(r("Recalling its resolutions,"))],
                                                            [p(r("OP1")), p(r("Decides to act;"))]]))),
                          "its text stands in 1 table, and tables are not read as paragraphs"),
}


def payload(name: str) -> bytes:
    data, _ = CASES[name]
    if name == "truncated":
        whole = zipped(good_parts())
        return whole[: len(whole) * 2 // 3]
    if name == "ratio":
        return bomb()
    return data


@pytest.mark.parametrize("name", sorted(CASES))
def test_bad_docx_is_refused_with_the_reason_and_nothing_written(tmp_path, name):
    path = tmp_path / "draft.docx"
    path.write_bytes(payload(name))
    before = sorted(x.name for x in tmp_path.iterdir())
    with pytest.raises(InputError) as caught:
        load_document(path)
    assert caught.value.path == str(path)
    assert CASES[name][1] in caught.value.reason
    assert sorted(x.name for x in tmp_path.iterdir()) == before


def test_entities_are_never_expanded(tmp_path):
    """Refused before anything is read; and even the parser alone leaves entities unexpanded."""
    xml = document_xml(p(r("&secret;")), EXTERNAL_ENTITY).encode()
    with pytest.raises(InputError, match="DTD"):
        pkg.parse_xml(xml, "x.docx", "word/document.xml")
    root = pkg.etree.fromstring(xml, pkg._PARSER)
    assert b"root:" not in pkg.etree.tostring(root)


def test_the_zip_bomb_is_refused_before_inflating(tmp_path, monkeypatch):
    path = tmp_path / "bomb.docx"
    path.write_bytes(bomb())
    inflated = []
    monkeypatch.setattr(pkg.Package, "read", lambda self, name: inflated.append(name))
    with pytest.raises(InputError, match="zip bomb"):
        load_document(path)
    assert inflated == []


def test_a_doc_file_is_refused_by_its_extension_too(tmp_path):
    path = tmp_path / "old.doc"
    path.write_bytes(ole_file(encrypted=False))
    with pytest.raises(InputError, match="save it as .docx"):
        load_document(path)


@pytest.mark.parametrize("name", ["truncated", "encrypted", "entities"])
def test_the_command_line_prints_one_line_and_exits_2(tmp_path, name):
    path = tmp_path / "draft.docx"
    path.write_bytes(payload(name))
    out = tmp_path / "out.unres"
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "export", str(path), "-o", str(out)],
                          capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and str(path) in lines[0] and CASES[name][1] in lines[0]
    assert "Traceback" not in done.stderr and not out.exists()


def test_a_damaged_part_deeper_in_the_zip_is_named(tmp_path):
    """A member whose bytes were corrupted after writing: the CRC check names the part."""
    path = write_zip(tmp_path / "crc.docx", good_parts())
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    data[start + 10] ^= 0xFF
    path.write_bytes(bytes(data))
    with pytest.raises(InputError, match="word/document.xml"):
        load_document(path)
