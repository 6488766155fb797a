"""A Resolute export edited by a colleague in Word comes back with the edits: paragraphs typed
in other styles, tracked changes and comments, read by style all the same."""

from __future__ import annotations

import copy

import docx
import pytest
from lxml import etree

from drafting.compare import tracked_docx as tracked
from drafting.compare.align import compare
from drafting.exporters import docx as exporter
from drafting.importers import load_document
from drafting.importers.text import import_text
from tests.support.content import content
from tests.support.docx_builders import deleted, ins, r
from tests.support.paths import GA_TEXTS

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def fragment(xml: str) -> list[etree._Element]:
    wrapper = etree.fromstring(f'<w:x xmlns:w="{W[1:-1]}">{xml}</w:x>')
    return list(wrapper)


@pytest.fixture()
def edited(tmp_path):
    res = import_text(GA_TEXTS["A_C.3_80_L.30"].read_text(encoding="utf-8")).resolution
    exported = tmp_path / "L.30.docx"
    exporter.save(res, exported)
    d = docx.Document(str(exported))
    operative = [p for p in d.paragraphs if p.style.name == "Operative Paragraph"]
    # A colleague pastes a new paragraph after operative 3; it arrives in the Normal style.
    pasted = copy.deepcopy(operative[2]._p)
    for child in list(pasted):
        pasted.remove(child)
    operative[2]._p.addnext(pasted)
    new = docx.text.paragraph.Paragraph(pasted, operative[2]._parent)
    new.add_run("Invites Member States to contribute to the work of the Special Rapporteur;")
    # Tracked changes in operative 2: a word inserted, a phrase deleted.
    op2 = operative[1]._p
    op2.extend(fragment(ins(r(" also")) + deleted(" with human rights treaty bodies")))
    # A comment on the title.
    title = next(p for p in d.paragraphs if p.style.name == "UN Title")
    d.add_comment(title.runs, text="Shorter title?", author="Delegate of Norway")
    path = tmp_path / "L.30 edited.docx"
    d.save(str(path))
    return res, path


def test_edits_made_in_word_come_back(edited):
    original, path = edited
    result = load_document(path)
    res = result.resolution
    assert len(res.operative) == len(original.operative) + 1
    assert res.operative[3].text == "Invites Member States to contribute to the work of the Special Rapporteur;"
    assert [p.text for p in res.operative[4:]] == [p.text for p in original.operative[3:]]
    assert res.operative[1].text == original.operative[1].text + " also"
    assert res.title.text == original.title.text
    assert [(u.text, u.reason) for u in res.unplaced] == [("Shorter title?", "comment by Delegate of Norway")]
    messages = [str(w) for w in result.warnings]
    assert messages[1:] == ["tracked changes were read as accepted: 1 insertion, 1 deletion",
                            "1 comment not imported; their text is kept as unplaced text"]
    assert messages[0].endswith("a paragraph in style “Normal” was read as a paragraph of the part it stands in")


def test_a_tracked_comparison_reads_as_the_new_text(tmp_path):
    """compare writes the new text with every change from the base tracked; accepting all gives the new text."""
    base = import_text(GA_TEXTS["A_C.3_80_L.30"].read_text(encoding="utf-8")).resolution
    new = copy.deepcopy(base)
    new.operative[0].text = new.operative[0].text.replace("the report", "with appreciation the report", 1)
    del new.operative[2]
    new.operative.insert(4, copy.deepcopy(new.operative[6]))
    new.preamble.reverse()
    path = tmp_path / "L.30 tracked.docx"
    tracked.save_tracked(compare(base, new), path)
    result = load_document(path)
    assert content(result.resolution) == content(new)
    assert str(result.warnings[0]).startswith("tracked changes were read as accepted: ")
