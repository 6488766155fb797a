"""The 3,300-word limit is for drafts in session: listed for them, never drawn under a word, silent for adopted
texts."""

from __future__ import annotations

import pytest

from drafting.importers import load_document
from drafting.model import Inline, Paragraph
from tests.support.official import load_official, official_pdfs
from tests.support.paths import CORPUS


def _long(symbol: str, adopted: bool):
    res = load_document(CORPUS / "A_C.3_80_L.30.txt").resolution
    res.operative.append(Paragraph("Decides to act " + "and act " * 1800 + "now."))
    res.masthead.symbol = Inline(symbol)
    if not adopted:
        res.adoption = None
    return res


def test_a_long_draft_is_reported_but_not_underlined(window):
    window.new_document(_long("A/C.3/80/L.30", adopted=False))
    window.checker.run_now()
    assert "RES150" in [d.code for d in window.checker.findings]
    title = window.doc.block_of(("title",))
    drawn = [u.finding.code for u in window.editor.highlighter.findings_at(title, 0)]
    assert "RES150" not in drawn
    window._refresh_views()
    assert "c62828" in window.words_label.styleSheet() and "/ 3,300" in window.words_label.text()


def test_an_adopted_text_is_not_held_to_the_limit(window):
    window.new_document(_long("A/RES/80/123", adopted=True))
    window.checker.run_now()
    assert "RES150" not in [d.code for d in window.checker.findings]
    window._refresh_views()
    assert window.words_label.styleSheet() == "" and "/" not in window.words_label.text()


def test_a_long_council_draft_is_not_held_to_the_assemblys_limit(window):
    pdfs = official_pdfs("sc-draft")
    if not pdfs:
        pytest.skip("the official corpus (shared/corpus/official) is not available")
    res = load_official(pdfs[0]).resolution
    res.operative.append(Paragraph("Decides to renew the mandate " + "and its tasks " * 1200 + "now."))
    window.new_document(res)
    window.checker.run_now()
    assert window.checker.pack.name == "sc"
    assert "RES150" not in [d.code for d in window.checker.findings]
    window._refresh_views()
    assert window.words_label.styleSheet() == "" and window.words_label.text().endswith(" words")
    assert "/" not in window.words_label.text()
