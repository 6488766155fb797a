"""Official PDFs of different kinds, imported, exported to Word and laid out by LibreOffice,
take as many pages as the official print, and set its lines as it does.

A General Assembly resolution with footnotes and closing lines, a Main Committee draft, a
plenary draft and a Security Council draft (its own 12 pt sponsor line).  The whole corpus
is measured by benchmarks/corpus_layout.py; these few keep the layout from sliding back.
"""

from __future__ import annotations

import re

import pytest

from drafting.exporters.docx import save
from drafting.importers import load_document
from tests.support.docx_tools import convert_with_libreoffice, pdf_pages, pdf_text
from tests.support.shared import shared_dir

pytestmark = pytest.mark.slow

SHARED = shared_dir()
OFFICIAL = SHARED / "corpus" / "official" if SHARED else None
DOCUMENTS = ["A_RES_78_110", "A_C.3_80_L.14", "A_80_L.8", "S_2016_1061-EN"]


def _official(name: str):
    if OFFICIAL is None or not (OFFICIAL / f"{name}.pdf").exists():
        pytest.skip("the official corpus is not there (../shared, $RESOLUTE_SHARED or /work/shared)")
    return OFFICIAL / f"{name}.pdf"


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus-pages")
    cache: dict[str, object] = {}

    def render(name: str):
        if name not in cache:
            path = folder / f"{name}.docx"
            save(load_document(_official(name)).resolution, path)
            cache[name] = convert_with_libreoffice(path, "pdf", folder / "pdf")
        return cache[name]

    return render


@pytest.mark.parametrize("name", DOCUMENTS)
def test_the_rendering_has_the_official_page_count(rendered, name):
    official = _official(name)
    assert len(pdf_pages(rendered(name))) == len(pdf_pages(official))


def _word_height(pdf, word: str) -> float:
    """The height of the first box pdftotext gives ``word`` on page 1: it grows with the font size."""
    found = re.search(rf'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">{re.escape(word)}</word>',
                      pdf_text(pdf, "-bbox", "-l", "1"))
    assert found, f"{word!r} not on page 1 of {pdf.name}"
    return float(found.group(2)) - float(found.group(1))


def test_the_security_council_sponsor_line_is_as_large_as_the_official_one(rendered):
    official, ours = _official("S_2016_1061-EN"), rendered("S_2016_1061-EN")
    # Box heights follow each font's ascent and descent, so the sizes are compared as ratios to the text's.
    ratios = [_word_height(pdf, "America:") / _word_height(pdf, "Determining") for pdf in (official, ours)]
    assert ratios[0] > 1.15 and abs(ratios[1] - ratios[0]) < 0.03


def _line_starts(pdf, first_words: str, count: int) -> list[float]:
    """The left edge of the line that begins with ``first_words`` and of the ``count`` - 1 lines after it."""
    lines = re.findall(r'<line xMin="([\d.]+)"[^>]*>(.*?)</line>', pdf_text(pdf, "-bbox-layout"), re.S)
    texts = [(float(x), " ".join(re.findall(r">([^<]+)</word>", body))) for x, body in lines]
    at = next(i for i, (_, text) in enumerate(texts) if text.startswith(first_words))
    return [x for x, _ in texts[at:at + count]]


def test_a_roman_subparagraph_wraps_under_its_label_and_a_lettered_one_at_the_column_edge(rendered):
    """As the official texts set them: "(i)" under "(a)" hangs, its lines under the label (26 of 27
    paragraphs labelled "(ii)" or later in the corpus); "(a)" wraps at the column's edge."""
    official, ours = _official("A_RES_78_64"), rendered("A_RES_78_64")
    for pdf in (official, ours):
        label, wrapped, _ = _line_starts(pdf, "(i) The Group of Experts", 3)
        assert wrapped == pytest.approx(label, abs=1), pdf.name
        lettered, column = _line_starts(pdf, "(a) ", 2)
        assert column < lettered - 20, pdf.name
