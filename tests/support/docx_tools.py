"""Test helpers for Word files: LibreOffice conversion, pdftotext, and a package checker.

``convert_with_libreoffice`` runs ``soffice --headless --convert-to`` with a private
profile (parallel runs do not clash) and a time limit; when soffice is missing it fails
the test with the instruction to run ./dev.sh test, which installs it.  ``check_package``
walks a .docx and returns every inconsistency it finds (parts that do not parse,
relationships to missing parts, parts without a content type).
"""

from __future__ import annotations

import posixpath
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

import pytest
from lxml import etree

CT_NS = "{http://schemas.openxmlformats.org/package/2006/content-types}"
REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def require_tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is not installed; run ./dev.sh test, which installs LibreOffice and poppler-utils")
    return path


def convert_with_libreoffice(src: Path, fmt: str, outdir: Path, timeout: float = 120) -> Path:
    """Convert ``src`` to ``fmt`` ("pdf", "txt", "docx") in ``outdir``; return the new file's path."""
    soffice = require_tool("soffice")
    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="lo-profile-") as profile:
        cmd = [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
               "--convert-to", fmt, "--outdir", str(outdir), str(src)]
        try:
            done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            pytest.fail(f"LibreOffice took more than {timeout:g} s to convert {src.name}")
    target = outdir / (src.stem + "." + fmt.split(":")[0])
    if done.returncode != 0 or not target.exists():
        pytest.fail(f"LibreOffice could not convert {src.name} to {fmt}: {done.stderr.strip() or done.stdout.strip()}")
    return target


def pdf_text(pdf: Path, *args: str) -> str:
    """pdftotext of ``pdf`` (``-layout`` etc. in ``args``), pages separated by form feeds."""
    pdftotext = require_tool("pdftotext")
    done = subprocess.run([pdftotext, *args, str(pdf), "-"], capture_output=True, text=True, timeout=60, check=True)
    return done.stdout


def pdf_pages(pdf: Path) -> list[str]:
    return pdf_text(pdf).split("\f")[:-1]


def check_package(path: Path) -> list[str]:
    """Every problem of a .docx package: XML that does not parse, dangling relationships, content types."""
    problems: list[str] = []
    with zipfile.ZipFile(path) as z:
        names = set(z.namelist())
        if "[Content_Types].xml" not in names:
            return ["no [Content_Types].xml"]
        types = etree.fromstring(z.read("[Content_Types].xml"))
        defaults = {d.get("Extension").lower(): d.get("ContentType") for d in types.iter(CT_NS + "Default")}
        overrides = {o.get("PartName"): o.get("ContentType") for o in types.iter(CT_NS + "Override")}
        parsed: dict[str, etree._Element] = {}
        for name in sorted(names):
            data = z.read(name)
            if name.endswith((".xml", ".rels")):
                try:
                    parsed[name] = etree.fromstring(data, etree.XMLParser(resolve_entities=False, load_dtd=False))
                except etree.XMLSyntaxError as exc:
                    problems.append(f"{name}: not well-formed XML ({exc})")
            if "/" + name not in overrides and name.rsplit(".", 1)[-1].lower() not in defaults:
                problems.append(f"{name}: no content type")
        for part_name in overrides:
            if part_name.lstrip("/") not in names:
                problems.append(f"[Content_Types].xml names {part_name}, which is not in the package")
        for rels in (n for n in parsed if n.endswith(".rels")):
            source_dir = posixpath.dirname(posixpath.dirname(rels))
            for rel in parsed[rels].iter(REL_NS + "Relationship"):
                if rel.get("TargetMode") == "External":
                    continue
                target = rel.get("Target")
                resolved = target.lstrip("/") if target.startswith("/") else posixpath.normpath(
                    posixpath.join(source_dir, target))
                if resolved not in names:
                    problems.append(f"{rels}: {rel.get('Id')} points to {target}, which is not in the package")
    return problems + _referenced_ids(parsed)


def _referenced_ids(parsed: dict[str, etree._Element]) -> list[str]:
    """Every r:id used in a part must be a relationship of that part."""
    problems = []
    r_ns = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
    for name in (n for n in parsed if n.startswith("word/") and n.endswith(".xml")):
        rels_name = posixpath.join(posixpath.dirname(name), "_rels", posixpath.basename(name) + ".rels")
        ids = set()
        if rels_name in parsed:
            ids = {r.get("Id") for r in parsed[rels_name].iter(REL_NS + "Relationship")}
        for node in parsed[name].iter():
            for attr, value in node.attrib.items():
                if attr.startswith(r_ns) and value not in ids:
                    problems.append(f"{name}: {attr[len(r_ns):]}={value} is not a relationship of the part")
    return problems
