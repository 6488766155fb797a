"""Drafts that went through LibreOffice: it rewrites the numbering, footnotes and styles
its own way, and the import still finds the same structure."""

from __future__ import annotations

import pytest

from drafting.exporters import docx as exporter
from drafting.importers.text import import_text
from tests.support.content import content, without_source_labels
from tests.support.docx_tools import convert_with_libreoffice
from tests.support.foreign_docx import auto_numbered, footnoted, parse
from tests.support.paths import GA_TEXTS

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("build", [auto_numbered, footnoted], ids=["auto-numbered", "footnoted"])
def test_a_foreign_draft_saved_by_libreoffice_reads_the_same(tmp_path, build):
    original = build(tmp_path / "draft.docx")
    saved = convert_with_libreoffice(original, "docx:MS Word 2007 XML", tmp_path / "libreoffice")
    assert saved.read_bytes() != original.read_bytes()
    _, before = parse(original)
    result, after = parse(saved)
    # numbers, openings, subparagraphs, annexes, footnotes and their places, warnings; the typed labels
    # (source_label) are compared below where LibreOffice keeps them
    assert without_source_labels(after) == without_source_labels(before)
    assert result.warnings == []
    if build is auto_numbered:  # LibreOffice wrote its own numbering.xml: the numbers are computed from it
        res = result.resolution
        assert [p.source.label for p in res.operative] == ["1.", "2.", "3.", "4."]
        assert [c.source.label for c in res.operative[1].children[1].children] == ["(i)", "(ii)"]
        assert [p["number"] for p in after["annexes"][0]["paragraphs"]] == [1, 2, 3]
    else:
        assert [x["footnotes"] for x in after["preamble"]] == [["1", "2"], ["3"]]
        assert after["footnotes"][0] == {"mark": "*", "text": "A/80/150."}


def test_a_resolute_export_saved_by_libreoffice_is_still_read_by_style(tmp_path):
    res = import_text(GA_TEXTS["A_RES_79_180"].read_text(encoding="utf-8")).resolution
    exported = tmp_path / "A_RES_79_180.docx"
    exporter.save(res, exported)
    saved = convert_with_libreoffice(exported, "docx:MS Word 2007 XML", tmp_path / "libreoffice")
    back, j = parse(saved)
    assert content(back.resolution) == content(res)
    assert [x["number"] for x in j["operative"]] == list(range(1, len(res.operative) + 1))

