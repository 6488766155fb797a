"""A whole official text copied out of a PDF viewer reads as the PDF does.

The copy is what a viewer's select-all gives (``pdftotext`` without ``-layout``): hard-wrapped
lines, "1." on a line of its own, the job number, barcode and running heads between pages.
``benchmarks/bench_pasted_text.py`` measures the whole corpus.
"""

from __future__ import annotations

import subprocess

from drafting.importers import load_document
from drafting.importers.copied_pdf import is_copied_pdf, tidy
from drafting.importers.text import import_text
from tests.support.official import official_pdf
from tests.support.paths import CTOC


def copied(name: str) -> str:
    return subprocess.run(["pdftotext", str(official_pdf(name)), "-"], capture_output=True, text=True,
                          check=True, timeout=60).stdout


def test_an_adopted_resolution_copied_from_its_pdf_has_the_pdfs_title_and_paragraphs():
    """Not yet the footnotes: the viewer copies their numbers apart from their texts, which are not
    paired again (a stray text is read as a paragraph), and the import says so in its warnings;
    nor the closing lines (meeting and date) after the last page's furniture."""
    text = copied("A_RES_79_305.pdf")
    assert is_copied_pdf(text)
    result, ref = import_text(text), load_document(official_pdf("A_RES_79_305.pdf")).resolution
    res = result.resolution
    assert res.title.text == ref.title.text
    assert res.title.text == "Financing of the United Nations Interim Administration Mission in Kosovo"
    assert res.authoring_body.text == "The General Assembly,"
    assert [p.text[:30] for p in res.preamble[:len(ref.preamble)]] == [p.text[:30] for p in ref.preamble]
    assert any("has no footnote text" in w.message for w in result.warnings)
    numbered = [p.source.label for p in res.operative if p.source and p.source.label]
    assert numbered == [f"{n}." for n in range(1, 22)]  # each number on its own line joined to its paragraph
    assert res.adoption is not None and ref.adoption is not None
    assert (res.adoption.statement, res.adoption.number) == (ref.adoption.statement, ref.adoption.number)


def test_page_furniture_and_running_heads_are_left_out():
    tidied = tidy(copied("A_RES_79_305.pdf"))
    assert "25-10828" not in tidied and "*2510828*" not in tidied and "2/4" not in tidied.split()
    assert tidied.count("A/RES/79/305") == 1  # the masthead's, not the running heads'
    assert "1. Requests the Secretary-General" in tidied  # the number joined to its paragraph


def test_text_without_pdf_furniture_is_read_as_it_always_was():
    text = CTOC.read_text(encoding="utf-8")
    assert not is_copied_pdf(text)
