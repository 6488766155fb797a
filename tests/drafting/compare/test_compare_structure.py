"""Compare two versions of texts with headings, preambular subparagraphs and further texts: the labels in the
report are the numbers the text prints (headings are not counted), and every construct is compared."""

from __future__ import annotations

import copy

import pytest

from drafting.compare.align import compare
from drafting.compare.report import changes, to_text
from drafting.model import HEADING, NUMBERED, Annex, Inline, Paragraph, Resolution
from tests.support.official import load_official, official_dir

SC_WITH_HEADINGS = "S_2018_1021-EN.pdf"  # one heading, "Reporting", before operative paragraph 33
BUDGET_WITH_SECTIONS = "A_C.5_80_L.17.pdf"


def _load(name: str) -> Resolution:
    folder = official_dir()
    if folder is None or not (folder / name).is_file():
        pytest.skip("the official corpus (corpus/official) is not available")
    return load_official(folder / name).resolution


def report(old: Resolution, new: Resolution) -> list[str]:
    cmp = compare(old, new)
    lines = to_text(cmp, changes(cmp), details=False).splitlines()
    return lines[3:-2]


def test_a_change_after_a_heading_names_the_printed_operative_number():
    old = _load(SC_WITH_HEADINGS)
    heading = next(i for i, p in enumerate(old.operative) if p.style == HEADING)
    new = copy.deepcopy(old)
    new.operative[heading + 1].text = new.operative[heading + 1].text.replace("Requests", "Also requests", 1)
    new.operative[heading].text = "Reporting requirements"
    lines = report(old, new)
    printed = heading + 1  # the heading takes no number: the paragraph after it is printed as heading + 1
    assert any(line.startswith(f"OP {printed} ") and "amended" in line for line in lines), lines
    assert not any(f"OP {printed + 1} " in line for line in lines), lines
    assert "Heading “Reporting requirements” amended" in lines, lines  # named by its words, not renumbered
    assert len(lines) == 2, lines


def test_a_new_heading_renumbers_nothing():
    old = _load(SC_WITH_HEADINGS)
    new = copy.deepcopy(old)
    new.operative.insert(3, Paragraph("Mandate", style=HEADING))
    lines = report(old, new)
    assert len(lines) == 1 and "Heading “Mandate”" in lines[0] and "new" in lines[0], lines


def test_preambular_subparagraphs_are_compared_with_their_letters():
    old = _load(SC_WITH_HEADINGS)
    old.preamble[1].children = [Paragraph("the first instrument,"), Paragraph("the second instrument,")]
    new = copy.deepcopy(old)
    new.preamble[1].children[1].text = "the second instrument, as amended,"
    lines = report(old, new)
    assert len(lines) == 1 and lines[0].startswith("PP2 (b) ") and "amended" in lines[0], lines


def test_further_texts_are_compared_each_with_its_own_numbers():
    old = _load(BUDGET_WITH_SECTIONS)
    k = next(k for k, s in enumerate(old.sections) if len(s.operative) >= 3)
    new = copy.deepcopy(old)
    new.sections[k].operative[2].text += " and reports thereon"
    del new.sections[k].operative[0]
    label = old.sections[k].label
    lines = report(old, new)
    assert f"{label}, OP 1 deleted" in lines, lines
    assert f"{label}, OP 2 (formerly {label}, OP 3) amended" in lines, lines
    assert all(line.startswith(f"{label}, OP ") for line in lines), lines  # the other texts are unchanged


def test_the_body_line_and_annexes_of_a_further_text_are_compared():
    old = _load(BUDGET_WITH_SECTIONS)
    old.sections[-1].annexes.append(Annex("Annex", Inline("Data"), [Paragraph("The data cover all.", style=NUMBERED),
                                                                    Paragraph("They are audited.", style=NUMBERED)]))
    new = copy.deepcopy(old)
    last = new.sections[-1]
    last.authoring_body = Inline("The General Assembly, at its eightieth session,")
    last.annexes[0].paragraphs[1].text = "They are audited every year."
    label = old.sections[-1].label
    lines = report(old, new)
    assert lines == [f"{label}, body line amended", f"{label}, Annex, para. 2 amended"], lines
