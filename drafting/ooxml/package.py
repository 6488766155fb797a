"""Open a Word package (.docx) safely and read its parts.

Every refusal is an InputError naming the file and the reason, raised before anything
is inflated or parsed that could hurt: an OLE compound file (an encrypted .docx or an
old .doc under a new name), a file that is not a zip or is truncated, a zip whose
declared sizes or compression ratios are those of a zip bomb, a package without a
main document, and XML with a DTD or entity declarations (never expanded).
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from ..errors import InputError
from ..files import read_bytes

MAX_PARTS = 5000
MAX_PART_BYTES = 128 * 1024 * 1024  # declared uncompressed size of one part
MAX_TOTAL_BYTES = 512 * 1024 * 1024  # declared uncompressed size of the whole package
MAX_RATIO = 200  # declared uncompressed : compressed size of a part …
RATIO_FLOOR = 1024 * 1024  # … checked for parts that inflate past this size

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
MAIN_DOCUMENT = "word/document.xml"
REL_OFFICE_DOCUMENT = "/officeDocument"

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
                          huge_tree=False)


@dataclass(frozen=True)
class Relationship:
    rel_type: str  # the full type URI
    target: str  # a part name inside the package, or the URI of an external target
    external: bool = False
    rel_id: str = ""


class Package:
    """The parts of an open package, read on demand with size limits."""

    def __init__(self, path: Path, archive: zipfile.ZipFile):
        self.path = path
        self._zip = archive
        self._names = {info.filename.lower(): info for info in archive.infolist() if not info.is_dir()}

    def has(self, name: str) -> bool:
        return name.lower() in self._names

    def read(self, name: str) -> bytes:
        info = self._names.get(name.lower())
        if info is None:
            raise InputError(self.path, f"the package has no part {name}")
        try:
            with self._zip.open(info) as handle:
                data = handle.read(MAX_PART_BYTES + 1)
        except RuntimeError:  # an encrypted zip member
            raise InputError(self.path,
                             f"part {name} is encrypted; save the document again without a password") from None
        except NotImplementedError as exc:
            raise InputError(self.path, f"part {name} uses a compression Word does not write ({exc})") from None
        except Exception as exc:  # noqa: BLE001 - damaged data fails in many ways (BadZipFile, zlib.error, EOFError…)
            raise InputError(self.path,
                             f"the file is damaged or truncated: part {name} cannot be read ({exc})") from None
        if len(data) > MAX_PART_BYTES:
            raise InputError(self.path, f"part {name} is larger than declared; refused as a possible zip bomb")
        return data

    def xml(self, name: str) -> etree._Element:
        return parse_xml(self.read(name), self.path, name)

    def optional_xml(self, name: str | None) -> etree._Element | None:
        return self.xml(name) if name and self.has(name) else None

    def relationships(self, part: str) -> list[Relationship]:
        """The relationships of ``part`` ("" for the package's own), targets resolved to part names."""
        folder, base = posixpath.split(part)
        rels_name = posixpath.join(folder, "_rels", base + ".rels")
        root = self.optional_xml(rels_name)
        if root is None:
            return []
        out = []
        for rel in root:
            target, rel_type = rel.get("Target") or "", rel.get("Type") or ""
            if rel.get("TargetMode") == "External":
                out.append(Relationship(rel_type, target, True, rel.get("Id") or ""))
                continue
            resolved = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
            out.append(Relationship(rel_type, posixpath.normpath(resolved), False, rel.get("Id") or ""))
        return out

    def related(self, part: str, type_suffix: str) -> list[str]:
        """Part names ``part`` points to with a relationship type ending in ``type_suffix``."""
        return [r.target for r in self.relationships(part) if not r.external and r.rel_type.endswith(type_suffix)]

    def main_document(self) -> str:
        for name in self.related("", REL_OFFICE_DOCUMENT):
            if self.has(name):
                return name
        if self.has(MAIN_DOCUMENT):
            return MAIN_DOCUMENT
        raise InputError(self.path, f"is not a Word document: the package has no {MAIN_DOCUMENT}{_other_kind(self)}")


def open_package(path: str | Path) -> Package:
    """The package at ``path``, or an InputError saying why it cannot be read."""
    path = Path(path)
    data = read_bytes(path)
    refuse_foreign(path, data)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except Exception:  # noqa: BLE001 - a damaged directory fails in many ways (BadZipFile, NotImplementedError…)
        raise InputError(path, "the file is damaged or truncated: its zip directory cannot be read") from None
    check_limits(path, archive)
    return Package(path, archive)


def refuse_foreign(path: Path, data: bytes) -> None:
    """Name what the file is when it is not a zip package."""
    if data.startswith(OLE_MAGIC):
        if "EncryptedPackage".encode("utf-16-le") in data or "EncryptionInfo".encode("utf-16-le") in data:
            raise InputError(path, "is password-protected (encrypted); open it in Word, remove the password "
                                   "(File ▸ Info ▸ Protect Document) and save it again")
        raise InputError(path, "is an old Word 97–2003 .doc file (an OLE compound file); open it in Word or "
                               "LibreOffice and save it as .docx")
    if data.startswith(_ZIP_MAGICS):
        return
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n")
    html = "an HTML page; save it as .docx"
    for magic, what in ((b"{\\rtf", "an RTF file; save it as .docx"), (b"%PDF", "a PDF file; open it as .pdf"),
                        (b"<?xml", "an XML file, not a .docx package (is it a Word 2003 XML document? "
                                   "save it as .docx)"),
                        (b"<html", html), (b"<!DOCTYPE html", html)):
        if head[:len(magic)].lower() == magic.lower():
            raise InputError(path, f"is not a Word document: it is {what}")
    raise InputError(path, "is not a Word document: it is not a zip package "
                           "(the file may be damaged or of another kind)")


def check_limits(path: Path, archive: zipfile.ZipFile) -> None:
    """Refuse a zip bomb from the sizes its directory declares, before inflating anything."""
    infos = archive.infolist()
    if len(infos) > MAX_PARTS:
        raise InputError(path, f"refused: the package has {len(infos)} parts (the limit is {MAX_PARTS}); "
                               "it may be a zip bomb")
    total = 0
    for info in infos:
        total += info.file_size
        if info.file_size > MAX_PART_BYTES:
            raise InputError(path, f"refused: part {info.filename} would inflate to {_size(info.file_size)} "
                                   f"(the limit is {_size(MAX_PART_BYTES)}); it may be a zip bomb")
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            ratio = info.file_size // max(info.compress_size, 1)
            raise InputError(path, f"refused: part {info.filename} is compressed {ratio}:1 (the limit is "
                                   f"{MAX_RATIO}:1); it may be a zip bomb")
    if total > MAX_TOTAL_BYTES:
        raise InputError(path, f"refused: the package would inflate to {_size(total)} (the limit is "
                               f"{_size(MAX_TOTAL_BYTES)}); it may be a zip bomb")


def parse_xml(data: bytes, path: str | Path, part: str) -> etree._Element:
    """Parse one part: no DTD, no entities, no network; damage and DTDs are refused by name."""
    try:
        root = etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as exc:
        raise InputError(path, f"the file is damaged: {part} is not well-formed XML "
                               f"(line {exc.lineno}: {exc.msg})") from None
    docinfo = root.getroottree().docinfo
    if docinfo.doctype or docinfo.internalDTD is not None:
        raise InputError(path, f"refused: {part} declares a DTD or entities, which Word never writes "
                               "(entities are not expanded)")
    return root


def _other_kind(package: Package) -> str:
    for part, kind in (("xl/workbook.xml", "it is an Excel workbook"),
                       ("ppt/presentation.xml", "it is a PowerPoint presentation"),
                       ("content.xml", "it is an OpenDocument file; save it as .docx")):
        if package.has(part):
            return f" ({kind})"
    return ""


def _size(n: int) -> str:
    return f"{n / (1024 * 1024 * 1024):.1f} GB" if n >= 1024 ** 3 else f"{n // (1024 * 1024)} MB"
