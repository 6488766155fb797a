"""Every official text, edited in each of its texts (the last operative paragraph lengthened, the first
preambular paragraph deleted), gives a tracked-changes Word file holding each edit as a revision: documents
of several texts, amendments, annexes and tables included."""

from __future__ import annotations

import copy
import io
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from drafting.compare.align import compare
from drafting.compare.tracked_docx import build_tracked
from drafting.ties import untie
from tests.support.official import load_official, needs_official, official_pdfs

pytestmark = [needs_official, pytest.mark.slow]

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
ADDED = " and reports thereon."


def _revised(kind: str, document: etree._Element) -> str:
    """The text inside every w:ins (or w:del) of the document, ties read as plain spaces and hyphens."""
    tag = W + ("delText" if kind == "del" else "t")
    return untie("".join(t.text or "" for node in document.iter(W + kind) for t in node.iter(tag)))


@pytest.mark.parametrize("pdf", official_pdfs(), ids=lambda pdf: pdf.stem)
def test_each_edit_of_each_text_is_a_tracked_revision(pdf: Path) -> None:
    old = load_official(pdf).resolution
    if old is None:
        pytest.skip("not a resolution: the importer refuses it")
    new = copy.deepcopy(old)
    added, deleted = 0, []
    for text in new.texts():
        numbered = [p for p in text.operative if p.text and p.table is None]
        if numbered:
            numbered[-1].text = numbered[-1].text.rstrip(".;") + ADDED
            added += 1
        if text.preamble and text.preamble[0].text:
            deleted.append(text.preamble.pop(0).text)
    with zipfile.ZipFile(io.BytesIO(build_tracked(compare(old, new)))) as z:
        document = etree.fromstring(z.read("word/document.xml"))
    assert _revised("ins", document).count(ADDED.strip(" .")) == added
    removed = " ".join(_revised("del", document).split())
    assert all(" ".join(text.split())[:60] in removed for text in deleted)
