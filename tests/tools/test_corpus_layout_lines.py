"""The layout benchmark reads a line as it prints: the same characters whichever program made the PDF."""

from __future__ import annotations

import sys

import pytest

from drafting.exporters.docx import save
from drafting.importers import load_document
from tests.support.docx_tools import convert_with_libreoffice
from tests.support.official import official_pdf
from tests.support.paths import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
import corpus_layout  # noqa: E402  (a script folder, not a package)

pytestmark = pytest.mark.slow


def test_a_line_with_a_no_break_hyphen_is_the_same_line_in_the_official_print_and_the_rendering(tmp_path):
    """Word's PDFs spell the no-break hyphen U+2011, LibreOffice's "-": on paper they are one line."""
    official = official_pdf("A_RES_80_205.pdf")
    docx = tmp_path / "A_RES_80_205.docx"
    save(load_document(official).resolution, docx)
    rendering = convert_with_libreoffice(docx, "pdf", tmp_path)
    theirs = [line for page in corpus_layout.page_lines(official) for line in page]
    ours = [line for page in corpus_layout.page_lines(rendering) for line in page]
    hyphenated = [line for line in theirs if "non-governmental" in line]
    assert hyphenated and not any("\u2011" in line for line in theirs + ours)
    assert set(hyphenated) & set(ours)


def test_lines_are_read_as_utf_8():
    lines = [line for page in corpus_layout.page_lines(official_pdf("A_80_L.40.pdf")) for line in page]
    assert any("Côted’Ivoire" in line for line in lines)
