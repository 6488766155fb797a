"""Official PDFs of every kind read exactly: Security Council headings and nested lists,
closing lines, draft decisions, amendments, several texts, budget sections, annexes with
headings and restarting numbers, quoted text, a text adopted in full; documents of another
kind are refused.  The PDFs are read from the shared corpus (never copied here).
"""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import pytest

from drafting.consistency import problems
from drafting.errors import InputError
from drafting.importers.pdf import import_pdf
from drafting.importers.text import ImportResult, import_text
from drafting.model import AMENDMENT, DRAFT_DECISION, HEADING, QUOTE, RESOLUTION
from tests.support.official import needs_official, read_official
from tests.support.paths import ROOT
from tests.support.shared import shared_dir

SHARED = shared_dir()
pytestmark = needs_official


def read(name: str) -> tuple[ImportResult, dict[str, Any]]:
    return read_official(name, "amendments" if name in ("A_80_L.29",) else "official")


def labels(items: list[dict]) -> list[str | None]:
    return [item["source_label"] for item in items]


def test_security_council_headings_are_kept_in_place_and_not_counted():
    result, j = read("S_2017_77-EN")
    headings = [(i, p["text"]) for i, p in enumerate(j["operative"]) if p.get("heading")]
    assert headings == [(0, "Arms embargo"), (5, "Travel ban"), (13, "Asset freeze"), (18, "Designation criteria"),
                        (22, "Sanctions Committee"), (30, "Panel of Experts"), (41, "Reporting and review")]
    numbered = [p for p in j["operative"] if not p.get("heading")]
    assert [p["number"] for p in numbered] == list(range(1, 40))
    assert [p["source_label"] for p in numbered] == [p["label"] for p in numbered]  # the source agrees
    assert result.warnings == [] and problems(result.resolution) == []


def test_roman_lists_nest_under_their_letter_and_the_letters_go_on():
    _, j = read("S_2022_426-EN")
    subs = j["operative"][1]["subparagraphs"]
    assert [(s["source_label"], labels(s["subparagraphs"])) for s in subs] == [
        ("(a)", []), ("(b)", ["(i)", "(ii)", "(iii)", "(iv)"]), ("(c)", ["(i)", "(ii)", "(iii)", "(iv)", "(v)"]),
        ("(d)", []), ("(e)", []), ("(f)", []), ("(g)", [])]
    _, j = read("A_C.5_80_L.7")
    subs = j["operative"][0]["subparagraphs"]
    assert [(s["source_label"], labels(s["subparagraphs"])) for s in subs] == [
        ("(a)", []), ("(b)", ["(i)", "(ii)", "(iii)", "(iv)", "(v)"]), ("(c)", [])]
    assert [s["label"] for s in subs[1]["subparagraphs"]] == ["(i)", "(ii)", "(iii)", "(iv)", "(v)"]


def test_a_subparagraph_printed_in_two_pieces_and_a_bulleted_list():
    result, j = read("S_2018_221-EN")
    mandate = j["operative"][6]["subparagraphs"]
    assert [(s["source_label"], len(s["subparagraphs"])) for s in mandate] == [("(a)", 7), ("(b)", 2), ("(c)", 4),
                                                                                ("(d)", 3)]
    assert mandate[3]["text"].startswith("Supporting the Implementation of the Agreement and the Peace Process:")
    assert mandate[3]["text"].endswith("in support of the implementation of the Agreement and peace process:")
    assert [p["text"] for p in j["operative"] if p.get("heading")] == ["Reports"]
    bulleted = next(p for p in j["operative"] if p.get("source_label") == "33.")
    assert bulleted["text"].startswith("Requests the Secretary-General to report to the Security Council")
    assert labels(bulleted["subparagraphs"]) == ["•"] * 8
    assert [s["label"] for s in bulleted["subparagraphs"]] == ["•"] * 8  # derived as the source set them
    roman_first = j["operative"][8]["subparagraphs"]  # "9. … :" with a first-level list (i), (ii), (iii)
    assert labels(roman_first) == [s["label"] for s in roman_first] == ["(i)", "(ii)", "(iii)"]
    assert problems(result.resolution) == []


def test_closing_lines_of_an_adopted_resolution_with_resumed_meeting():
    result, j = read("A_RES_79_237")
    assert j["kind"] == RESOLUTION
    assert j["adoption"]["meeting"] == "55th (resumed) plenary meeting" and j["adoption"]["resumed"] is True
    assert j["adoption"]["reference"] == "on the report of the First Committee (A/79/403, para. 8)"
    assert j["adoption"]["number"] == "79/237"
    assert not any("plenary meeting" in p["text"] for p in j["operative"])
    assert problems(result.resolution) == []


def test_roman_headings_in_the_operative_part_when_the_numbers_go_on():
    _, j = read("A_RES_79_254")
    assert [(p["source_label"], p["text"]) for p in j["operative"] if p.get("heading")] == [
        ("I", "System of administration of justice"), ("II", "Informal system"), ("III", "Formal system"),
        ("IV", "Other issues")]
    numbers = [p["source_label"] for p in j["operative"] if not p.get("heading")]
    assert numbers == [f"{n}." for n in range(1, len(numbers) + 1)]
    assert j["sections"] == []


def test_a_draft_decision_is_one_paragraph_opening_with_the_organ():
    result, j = read("A_C.4_80_L.10")
    assert j["kind"] == DRAFT_DECISION and j["header"]["submission"] == "draft decision"
    assert j["authoring_body"] is None and j["preamble"] == []
    [decision] = j["operative"]
    assert decision["label"] is None
    assert decision["text"].startswith("The General Assembly, taking note of the application of Côte d’Ivoire")
    assert len(j["footnotes"]) == 1 and decision["footnotes"] == ["1"]
    assert result.warnings == []


def test_a_committee_name_set_on_two_lines_is_the_committee_not_part_of_the_title():
    """"Special Political and Decolonization Committee" with "(Fourth Committee)" on the line under it."""
    _, j = read("A_C.4_80_L.5")
    assert j["header"]["committee"] == "Special Political and Decolonization Committee (Fourth Committee)"
    assert j["title"] == "International Day against Colonialism in All Its Forms and Manifestations"


def test_amendments_name_their_base_draft_and_keep_instructions_and_quoted_text():
    _, j = read("A_80_L.29")
    assert j["kind"] == AMENDMENT and j["base_symbol"] == "A/80/L.22"
    assert j["header"]["submission"] == "amendment to draft resolution A/80/L.22"
    assert j["title"] == "Oceans and the law of the sea"
    [instruction] = j["instructions"]
    assert instruction["text"] == "Replace operative paragraph 200 with the following text:"
    [quoted] = instruction["quoted"]
    assert quoted["text"].startswith("Welcomes, in this regard, the convening of the thirtieth session")
    assert j["preamble"] == [] and j["operative"] == []
    _, j = read("A_C.2_80_L.63")
    assert j["base_symbol"] == "A/C.2/80/L.12/Rev.1"
    assert [p["text"] for p in j["instructions"]] == ["Delete operative paragraphs 3, 43 and 45."]
    _, j = read("A_80_L.40")
    assert j["base_symbol"] == "A/80/545"  # "draft resolution 23 recommended by the Third Committee in … A/80/545"
    assert [p["text"][:45] for p in j["instructions"]] == ["In the eleventh preambular paragraph, delete "]


def test_several_texts_a_and_b_with_sections_inside():
    result, j = read("A_C.5_80_L.17")
    assert j["label"] == "A" and j["authoring_body"] == "The General Assembly,"
    assert (len(j["preamble"]), len(j["operative"])) == (4, 15)
    assert [(s["label"], s["title"], s["authoring_body"], len(s["preamble"]), len(s["operative"]))
            for s in j["sections"]] == [
        ("I", "Conditions of service applicable to both categories of staff", None, 0, 1),
        ("II", "Conditions of service of staff in the Professional and higher categories", None, 0, 1),
        ("A.", "Base/floor salary scale", None, 1, 1),
        ("B.", "Evolution of the United Nations/United States net remuneration margin", None, 1, 4),
        ("B", None, "The General Assembly,", 1, 2)]
    assert problems(result.resolution) == []


def test_budget_sections_with_roman_numerals_and_titles():
    result, j = read("A_RES_80_243")
    assert j["label"] == "I"
    assert j["section_title"].startswith("Conditions of service and compensation for officials other than")
    romans = ["II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII",
              "XVIII", "XIX", "XX", "XXI", "XXII", "XXIII", "XXIV"]
    assert [s["label"] for s in j["sections"]] == romans
    assert j["sections"][0]["title"] == "Strategic heritage plan of the United Nations Office at Geneva"
    assert j["sections"][-1]["title"] == "Contingency fund"
    assert all(s["operative"] for s in j["sections"])
    assert j["adoption"]["meeting"] == "69th (resumed) plenary meeting" and j["adoption"]["date"] == "30 December 2025"
    # The staffing tables of section XII are read as tables (test_corpus_tables.py): nothing is left over.
    assert j["warnings"] == [] and j["unplaced"] == []


def test_annex_with_roman_section_headings_and_numbered_paragraphs():
    result, j = read("A_C.2_80_L.42")
    annex = j["annexes"][0]
    assert annex["title"].startswith("United Nations principles for consumer product safety")
    headings = [(p["source_label"], p["text"]) for p in annex["paragraphs"] if p["style"] == HEADING]
    assert [label for label, _ in headings] == ["I.", "II.", "III.", "IV.", "V.", "VI.", "VII.", "VIII.", "IX."]
    assert headings[0][1] == "General principles for the safety of products on the market"
    numbered = [p for p in annex["paragraphs"] if p["style"] == "numbered"]
    assert [p["number"] for p in numbered] == list(range(1, len(numbered) + 1))
    assert labels(numbered) == [f"{p['number']}." for p in numbered]
    assert problems(result.resolution) == []


def test_quoted_rules_under_the_paragraph_that_introduces_them():
    result, j = read("A_RES_79_280")
    first = j["operative"][0]
    assert first["text"].endswith("continues to read as follows:")
    assert [(s["style"], s["text"][:22]) for s in first["subparagraphs"]] == [
        (QUOTE, "“(a) On appointment, a"), (QUOTE, "“(b) On promotion, a s")]
    assert [s["label"] for s in first["subparagraphs"]] == [None, None]  # quoted text is not lettered
    assert problems(result.resolution) == []


def test_a_text_adopted_in_full_is_read_as_its_own_annex():
    result, j = read("A_RES_80_173")
    [adopts] = j["operative"]
    assert adopts["text"].startswith("Adopts the following outcome document") and adopts["label"] is None
    assert j["preamble"] == []
    [annex] = j["annexes"]
    assert annex["heading"] == ""
    assert annex["title"].startswith("Outcome document of the high-level meeting of the General Assembly")
    assert annex["paragraphs"][0]["text"].startswith("We, the Ministers and heads of delegations")
    numbered = [p for p in annex["paragraphs"] if p["style"] == "numbered"]
    assert [p["number"] for p in numbered] == list(range(1, len(numbered) + 1))
    assert problems(result.resolution) == []


def test_a_note_by_the_secretariat_is_refused_and_nothing_is_written(tmp_path):
    assert SHARED is not None
    path = SHARED / "corpus" / "official" / "A_C.3_80_L.1.pdf"
    with pytest.raises(InputError, match="this is a note by the Secretariat, not a resolution: Resolute reads"):
        import_pdf(path)
    out = tmp_path / "out.docx"
    run = subprocess.run([sys.executable, str(ROOT / "main.py"), "export", str(path), "-o", str(out)],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 2 and "note by the Secretariat" in run.stderr and not out.exists()


@pytest.mark.parametrize(("text", "what"), [
    ("United Nations\n\nA/80/100\n\nGeneral Assembly\n\nLetter dated 3 March 2025 from the Permanent Representative "
     "of Chile addressed to the Secretary-General\n\nI have the honour to transmit the enclosed statement.\n",
     "a letter"),
    ("United Nations\n\nA/80/20\n\nGeneral Assembly\n\nReport of the Committee on the Peaceful Uses of Outer Space\n\n"
     "1. The Committee held its sixty-eighth session in Vienna.\n", "a report"),
])
def test_other_documents_are_refused_with_what_they_are(text, what):
    with pytest.raises(InputError, match=f"this is {what}, not a resolution"):
        import_text(text)


def test_parse_json_prints_kind_and_source_labels():
    assert SHARED is not None
    run = subprocess.run([sys.executable, str(ROOT / "main.py"), "parse", "--json",
                          str(SHARED / "corpus" / "official" / "S_2017_77-EN.pdf")],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    j = json.loads(run.stdout)
    assert j["kind"] == "draft resolution"
    first = j["operative"][1]
    assert (first["number"], first["label"], first["source_label"]) == (1, "1.", "1.")
    assert j["operative"][0] == {"heading": True, "style": "heading", "source_label": None, "text": "Arms embargo",
                                 "footnotes": []}


@pytest.mark.parametrize("name, job", [("A_RES_79_305", "25-10828"), ("A_C.3_80_L.14", "25-16654"),
                                       ("S_2021_1075-EN", "21-19546")])
def test_the_job_number_at_the_foot_of_page_one_is_read_and_kept_through_word_and_unres(name, job, tmp_path):
    """Page furniture, yet part of the issued document: "25-10828 (E) 100925" under page 1's text."""
    from drafting import native
    from drafting.exporters.docx import save
    from drafting.importers.docx import import_docx

    result, j = read(name)
    assert result.resolution.masthead.job_number == job and j["header"]["job_number"] == job
    save(result.resolution, tmp_path / "out.docx")
    again = import_docx(tmp_path / "out.docx").resolution
    assert again.masthead.job_number == job
    native.save(again, tmp_path / "out.unres")
    assert native.load(tmp_path / "out.unres").masthead.job_number == job
    assert import_text("The General Assembly,\n\n1. Decides to act.").resolution.masthead.job_number == ""
