"""Every official PDF's .txt export reopens with the same texts (labels, titles), parts, paragraphs (their
words, subparagraphs included), annexes and footnotes: plain text loses nothing of what was read."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafting.exporters import export_document
from drafting.importers import load_document
from drafting.model import Resolution, walk
from tests.support.official import load_official, needs_official, official_pdfs

pytestmark = [needs_official, pytest.mark.slow]


def structure(res: Resolution) -> tuple:
    texts = []
    for text in res.texts():
        title = (res.section_title if text is res else text.title).text
        parts = [[p.text for _, p in walk(part, ())] for part in (text.preamble, text.operative)]
        parts += [[annex.heading, annex.title.text] + [p.text for _, p in walk(annex.paragraphs, ())]
                  for annex in text.annexes]
        texts.append((text.label, title, parts))
    return texts, [p.text for _, p in walk(res.instructions, ())], [note.text for _, note in res.footnotes()]


@pytest.mark.parametrize("pdf", official_pdfs(), ids=lambda pdf: pdf.stem)
def test_the_txt_export_of_an_official_text_reopens_with_everything_it_holds(pdf: Path, tmp_path: Path) -> None:
    res = load_official(pdf).resolution
    if res is None:
        pytest.skip("not a resolution: the importer refuses it")
    target = tmp_path / f"{pdf.stem}.txt"
    export_document(res, target)
    assert structure(load_document(target).resolution) == structure(res)
