"""Rules on amendment documents: what ``amend`` writes is clean; hand-typed slips are found and fixed."""

from __future__ import annotations

import copy

import pytest

from drafting.amend.document import amendment_document
from drafting.amend.writer import write_instructions
from drafting.importers import load_document
from drafting.model import AMENDMENT, Paragraph
from drafting.rules import apply_safe_fixes, check


def _amendment(draft):
    new = copy.deepcopy(draft)
    new.operative[0].text = "Calls upon all States to protect and assist migrants;"
    new.operative.insert(2, Paragraph("Encourages States to cooperate;"))
    del new.preamble[2]
    return amendment_document(draft, write_instructions(draft, new), ["Chile", "Mexico"])


@pytest.mark.slow
def test_what_amend_writes_breaks_no_amendment_rule(draft):
    doc = _amendment(draft)
    assert len(doc.instructions) == 3
    assert not [d for d in check(doc) if d.code.startswith("RES9")]


def test_hand_typed_slips_are_found_and_fixed(draft):
    doc = _amendment(draft)
    doc.instructions[0].text = "Delete preambular paragraph 3"
    doc.instructions[1].text = 'In operative paragraph 1, after "protect", insert "and assist".'
    doc.instructions[2].text = "After operative paragraph 2, insert a new operative paragraph"
    found = sorted(d.code for d in check(doc) if d.code.startswith("RES9"))
    assert found == ["RES912", "RES913", "RES913", "RES914", "RES915"]  # one RES913 a pair of quotation marks
    apply_safe_fixes(doc)
    assert [p.text for p in doc.instructions] == [
        "Delete the third preambular paragraph.",
        "In operative paragraph 1, after “protect”, insert “and assist”.",
        "After operative paragraph 2, insert a new operative paragraph, reading:"]


def test_an_amendment_without_the_draft_symbol_is_flagged(draft):
    draft.masthead.symbol.text = ""
    doc = _amendment(draft)
    assert [d.code for d in check(doc) if d.code.startswith("RES9")] == ["RES917"]


@pytest.mark.parametrize("name", ["amendments/A_80_L.29.pdf", "amendments/A_C.3_80_L.58.pdf",
                                  "amendments/A_C.3_80_L.65.pdf", "official/A_80_L.40.pdf",
                                  "official/A_C.2_80_L.63.pdf"])
def test_the_official_amendments_break_no_amendment_rule(amendments_folder, name):
    res = load_document(amendments_folder.parent / name).resolution
    assert res.kind == AMENDMENT and res.instructions
    assert [d.code for d in check(res) if d.code.startswith("RES9")] == []
