"""The text importer recovers the exact anatomy of real UN texts (tests/corpus)."""

from __future__ import annotations

import pytest

from drafting.importers.text import import_text
from drafting.outline import to_json
from tests.support.paths import CTOC, GA_TEXTS


def parse(path):
    result = import_text(path.read_text(encoding="utf-8"))
    return result, to_json(result.resolution, result.warnings)


@pytest.fixture(scope="module")
def ctoc():
    return parse(CTOC)


def test_ctoc_masthead_and_submission(ctoc):
    _, j = ctoc
    h = j["header"]
    assert h["organ"] == ("Conference of the Parties to the United Nations Convention against Transnational "
                          "Organized Crime")
    assert h["symbol"] is None  # the converted text lost it; nothing is invented
    assert (h["distribution"], h["date"], h["original"]) == ("Limited", "19 October 2022", "English")
    assert h["session"] == "Eleventh session"
    assert h["place_and_dates"] == "Vienna, 17–21 October 2022"
    assert h["agenda_item"] == "Item 2 (b) of the provisional agenda"
    assert h["agenda_title"] == (
        "Review of the implementation of the United Nations Convention against Transnational Organized Crime "
        "and the Protocols thereto: Protocol to Prevent, Suppress and Punish Trafficking in Persons, "
        "Especially Women and Children")
    assert h["sponsors"] == ["Colombia"]
    assert h["submission"] == "revised draft resolution"
    assert j["title"].startswith("Implementation of the Protocol to Prevent, Suppress and Punish Trafficking")
    assert j["authoring_body"] == ("The Conference of the Parties to the United Nations Convention against "
                                   "Transnational Organized Crime,")


def test_ctoc_parts_and_subparagraphs(ctoc):
    _, j = ctoc
    assert len(j["preamble"]) == 27
    assert len(j["operative"]) == 19
    assert [p["number"] for p in j["operative"]] == list(range(1, 20))
    subs = {p["number"]: [s["label"] for s in p["subparagraphs"]] for p in j["operative"] if p["subparagraphs"]}
    assert subs == {4: ["(a)", "(b)", "(c)", "(d)", "(e)"], 8: ["(a)", "(b)", "(c)", "(d)"]}
    # Text has no number, label or footnote mark; the openings are recognised.
    assert j["operative"][3]["opening"] == "Also calls upon"
    assert j["operative"][3]["text"].startswith("Also calls upon States parties")
    assert j["operative"][7]["subparagraphs"][0]["text"].startswith("Improving the capacity")
    assert j["preamble"][8]["opening"] == "Taking note also of"
    assert j["preamble"][6]["opening"] == "Recalling further"


def test_ctoc_footnotes_in_the_right_paragraphs(ctoc):
    result, j = ctoc
    assert [n["mark"] for n in j["footnotes"]] == ["*", "1", "2", "3", "4", "5", "6", "7"]
    texts = {n["mark"]: n["text"] for n in j["footnotes"]}
    assert texts["*"] == "CTOC/COP/2022/1."
    assert texts["1"] == "United Nations, Treaty Series, vols. 2225, 2237, 2241 and 2326, No. 39574."
    assert texts["5"] == "CTOC/COP/WG.4/2021/6 and CTOC/COP/WG.4/2022/4."
    assert texts["6"] == "E/CN.6/2022/L.7."
    assert texts["7"] == "A/77/170."
    where = {i + 1: p["footnotes"] for i, p in enumerate(j["preamble"]) if p["footnotes"]}
    assert where == {1: ["1"], 2: ["2", "3"], 8: ["4"], 9: ["5"], 15: ["6"], 16: ["7"]}
    assert "Commission on the Status of Women" in j["preamble"][14]["text"]
    assert "Special Rapporteur on trafficking" in j["preamble"][15]["text"]
    # The * note hangs on the agenda item, after "provisional agenda".
    agenda = result.resolution.masthead.agenda_item
    assert [a.offset for a in agenda.anchors] == [len(agenda.text)]
    # Footnote marks sit after the punctuation they follow: "Convention,²".
    p2 = result.resolution.preamble[1]
    assert p2.text[:p2.anchors[0].offset].endswith("Organized Crime Convention,")
    # Publication titles keep their italics inside footnote texts.
    note1 = result.resolution.preamble[0].anchors[0].note
    assert [note1.text[m.start:m.end] for m in note1.marks] == ["Treaty Series"]


def test_ctoc_paragraphs_cut_by_page_breaks_are_joined(ctoc):
    result, j = ctoc
    p25 = j["preamble"][24]["text"]
    assert "operating simultaneously and anonymously in different locations, to recruit" in p25
    sub_e = j["operative"][3]["subparagraphs"][4]["text"]
    assert "measurements of the prevalence of trafficking to determine whether" in sub_e
    # Hard-wrapped lines of the first page are one paragraph; "near-\nuniversal" keeps its hyphen.
    assert "which enjoys near-universal ratification" in j["preamble"][2]["text"]
    assert not result.warnings and not result.resolution.unplaced


def test_a_c3_80_l30():
    result, j = parse(GA_TEXTS["A_C.3_80_L.30"])
    h = j["header"]
    assert (h["organ"], h["symbol"], h["committee"]) == ("General Assembly", "A/C.3/80/L.30", "Third Committee")
    assert (h["session"], h["agenda_item"]) == ("Eightieth session", "Agenda item 71 (c)")
    assert len(h["sponsors"]) == 31
    assert h["sponsors"][20] == "Netherlands (Kingdom of the)"
    assert h["sponsors"][-2:] == ["Ukraine", "United Kingdom of Great Britain and Northern Ireland"]
    assert h["submission"] == "draft resolution"
    assert j["title"] == "Situation of human rights in the Islamic Republic of Iran"
    assert (len(j["preamble"]), len(j["operative"])) == (3, 37)
    assert [s["label"] for s in j["operative"][31]["subparagraphs"]] == [f"({c})" for c in "abcdefgh"]
    assert [p["opening"] for p in j["preamble"]] == ["Guided by", "Recalling", "Welcoming"]
    assert j["operative"][22]["opening"] == "Reiterates its call upon"
    assert j["operative"][32]["opening"] == "Further calls upon"
    notes = {(p["number"], s["label"]): s["footnotes"]
             for p in j["operative"] for s in p["subparagraphs"] if s["footnotes"]}
    assert notes == {(32, "(d)"): ["14", "15", "16"], (32, "(h)"): ["17"]}
    assert [n["mark"] for n in j["footnotes"]] == [str(i) for i in range(1, 18)]
    # The italics the PDF set on the openings are kept as evidence, not as marks.
    guided = result.resolution.preamble[0]
    assert guided.source.italic == "Guided" and not guided.marks
    assert not result.warnings


def test_a_res_79_180_adopted_resolution():
    result, j = parse(GA_TEXTS["A_RES_79_180"])
    assert j["header"]["distribution"] == "General" and j["header"]["original"] is None
    assert j["header"]["submission"] is None and j["header"]["sponsors"] == []
    assert j["adoption"] == {
        "statement": "Resolution adopted by the General Assembly on 17 December 2024",
        "reference": "on the report of the Third Committee (A/79/458/Add.2, para. 99)",
        "number": "79/180", "meeting": "53rd plenary meeting", "date": "17 December 2024",
        "resumed": False}
    assert j["title"].startswith("Combating intolerance, negative stereotyping")
    assert (len(j["preamble"]), len(j["operative"])) == (27, 12)
    subs = {p["number"]: len(p["subparagraphs"]) for p in j["operative"] if p["subparagraphs"]}
    assert subs == {7: 8, 8: 4}
    assert j["preamble"][1]["footnotes"] == [str(i) for i in range(1, 13)]
    assert j["preamble"][14]["opening"] == "Strongly deploring also"
    assert j["operative"][-1]["text"].endswith("as set forth in the present resolution.")
    assert not result.warnings


def test_a_80_l8_single_operative_paragraph_and_annex():
    _, j = parse(GA_TEXTS["A_80_L.8"])
    assert j["header"]["submission"] == "draft resolution submitted by the President of the General Assembly"
    assert j["authoring_body"] == "The General Assembly"  # no preamble: no comma
    assert j["preamble"] == []
    assert len(j["operative"]) == 1
    assert j["operative"][0]["number"] is None and j["operative"][0]["opening"] == "Adopts"
    (annex,) = j["annexes"]
    assert annex["heading"] == "Annex"
    assert annex["title"].startswith("2025 Political Declaration")
    assert [p["number"] for p in annex["paragraphs"]] == list(range(1, 32))
    assert [s["label"] for s in annex["paragraphs"][27]["subparagraphs"]] == [f"({c})" for c in "abcde"]
    assert annex["paragraphs"][27]["subparagraphs"][0]["footnotes"] == ["14"]
    assert [n["mark"] for n in j["footnotes"]] == [str(i) for i in range(1, 16)]


@pytest.mark.parametrize("mark_text, expected", [
    ("Rights,[^10,11] the Covenants", ["1", "2"]),
    ("Rights,¹⁰,¹¹ the Covenants", ["1", "2"]),
])
def test_combined_marks(mark_text, expected):
    text = (f"*The General Assembly*,\n\n*Recalling* the Charter and the {mark_text},\n\n"
            "1. *Decides* to act.\n\n__________________\n\n10. First note.\n11. Second note.\n")
    result = import_text(text)
    j = to_json(result.resolution)
    assert j["preamble"][0]["footnotes"] == expected
    assert [n["text"] for n in j["footnotes"]] == ["First note.", "Second note."]


@pytest.mark.parametrize("line", ["Iraq:*, ** draft resolution", "Iraq:*,** draft resolution"])
def test_a_comma_between_two_asterisk_marks_separates_them(line):
    # As the PDF of A/80/L.23 prints its submission line: the comma is no text of the line.
    text = (f"General Assembly\n\nA/80/L.23\n\nAgenda item 72 (a)\n\nStrengthening of the coordination of "
            f"humanitarian assistance\n\n{line}\n\nInternational cooperation\n\n*The General Assembly*,\n\n"
            "*Recalling* its resolution 46/182,\n\n1. *Decides* to act.\n\n__________________\n\n"
            "* On behalf of the Group of 77 and China.\n** Any changes to the list of sponsors will be reflected.\n")
    res = import_text(text).resolution
    assert res.masthead.agenda_title.text == "Strengthening of the coordination of humanitarian assistance"
    assert (res.submission.sponsors, res.submission.kind) == (["Iraq"], "draft resolution")
    assert [a.note.text[:12] for a in res.submission.anchors] == ["On behalf of", "Any changes "]


def test_what_cannot_be_placed_is_reported_with_its_line():
    text = ("*The General Assembly*,\n\n*Recalling* its resolution 76/7,[^1]\n\n1. *Decides* to act.[^2]\n\n"
            "__________________\n\n1. Resolution 76/7.\n3. A note nobody refers to.\n")
    result = import_text(text)
    messages = [str(w) for w in result.warnings]
    assert any("footnote mark 2 has no footnote text" in m and m.startswith("line 5") for m in messages)
    assert any("footnote 3 is never referred to" in m and m.startswith("line 10") for m in messages)
    assert [u.text for u in result.resolution.unplaced] == ["A note nobody refers to."]


def test_pasted_fragment_without_masthead():
    text = ("Recalling its resolution 76/7 of 22 November 2021,\n\n"
            "Welcoming the report of the Secretary-General,\n\n"
            "1. Requests the Secretary-General to report;\n\n(a) On the first point;\n\n(b) On the second;\n\n"
            "2. Decides to remain seized of the matter.\n")
    j = to_json(import_text(text).resolution)
    assert [p["opening"] for p in j["preamble"]] == ["Recalling", "Welcoming"]
    assert [p["opening"] for p in j["operative"]] == ["Requests", "Decides"]
    assert [s["label"] for s in j["operative"][0]["subparagraphs"]] == ["(a)", "(b)"]
    assert j["title"] is None and j["header"]["organ"] is None


def test_roman_subparagraphs_nest_under_letters():
    text = ("*The General Assembly*,\n\n1. *Requests*:\n\n(a) The first, namely:\n\n(i) one;\n\n(ii) two;\n\n"
            "(b) The second;\n\n(h) x;\n\n(i) the ninth letter;\n\n2. *Decides* to end.\n")
    j = to_json(import_text(text).resolution)
    first = j["operative"][0]["subparagraphs"]
    assert [s["label"] for s in first] == ["(a)", "(b)", "(c)", "(d)"]
    assert [s["label"] for s in first[0]["subparagraphs"]] == ["(i)", "(ii)"]
    assert first[3]["text"] == "the ninth letter;"


def test_messy_paste_from_an_email():
    """One paragraph a line, negotiators' labels, wrong label forms: structure recovered, evidence kept."""
    text = ("Argentina, Brazil, and Chile: draft resolution\n\nPromotion of human rights in the digital age.\n\n"
            "THE GENERAL ASSEMBLY,\n\n"
            "PP1 Recalling its resolution 76/7 of November 22, 2021,\n"
            "PP2 recalls that member states have obligations;\n"
            "OP1\tUrges all Member States to act;\n"
            "OP2\tRequests the Secretary General to report on:\n"
            "a)\tthe first item;\n"
            "b)\tthe second item,\n"
            "OP3\tDecides to remain seized of the matter;\n")
    result = import_text(text)
    res = result.resolution
    assert res.submission.sponsors == ["Argentina", "Brazil", "Chile"]
    assert res.submission.source_line == "Argentina, Brazil, and Chile: draft resolution"
    assert [p.text[:9] for p in res.preamble] == ["Recalling", "recalls t"]
    assert [p.source.label for p in res.preamble] == ["PP1", "PP2"]
    assert [p.text.split()[0] for p in res.operative] == ["Urges", "Requests", "Decides"]
    assert [c.source.label for c in res.operative[1].children] == ["a)", "b)"]
    assert res.authoring_body.text == "THE GENERAL ASSEMBLY,"


SLIP_IN_PREAMBLE = ("*The General Assembly*,\n\n"
                    "*Recalling* its resolution 78/68 of 9 December 2023,\n\n"
                    "*Recalls* the relevant provisions of the Convention,\n\n"
                    "*Welcoming* the report of the Secretary-General,\n\n"
                    "I Achieving sustainable fisheries\n\n"
                    "1. *Reaffirms* the importance of fisheries;\n\n"
                    "2. *Requests* the Secretary-General to report.\n")


@pytest.mark.parametrize("text", [
    SLIP_IN_PREAMBLE,
    SLIP_IN_PREAMBLE.replace("I Achieving sustainable fisheries\n\n", ""),
    # the slip is the last preambular paragraph, a heading before the numbered operative part
    SLIP_IN_PREAMBLE.replace("*Welcoming* the report of the Secretary-General,\n\n", ""),
])
def test_an_operative_verb_inside_the_preamble_stays_a_preambular_paragraph(text):
    """“Recalls …,” among preambular paragraphs (comma endings, a numbered operative part after them, headings
    between or not) is a preambular paragraph with a wrong opening, not the start of the operative part."""
    result = import_text(text)
    res = result.resolution
    assert [p.text.split()[0] for p in res.preamble][:2] == ["Recalling", "Recalls"]
    assert [p.text.split()[0] for p in res.operative if p.style != "heading"] == ["Reaffirms", "Requests"]
    assert res.sections == [] and result.warnings == []


def test_pasted_paragraphs_without_blank_lines_part_at_openings_no_list_holds_whole():
    """Hard-wrapped paragraphs with no blank line between them part where a line opens with the
    participle of a listed verb ("Calling for" ← "Calls for", "Demanding") or an adverb or "Being"
    before a listed head ("Firmly believing", "Being gravely concerned"), as official texts open them."""
    text = ("The Security Council,\n"
            "Recalling its previous resolutions on the matter,\n"
            "Calling for immediate de-escalation across the region by all parties to the\n"
            "conflict without preconditions,\n"
            "Demanding the full, equal and meaningful participation of women in the peace\n"
            "process,\n"
            "Firmly believing that dialogue is the only way forward,\n"
            "Further recognizing the role of regional organizations,\n"
            "Being gravely concerned at the situation,\n"
            "1. Decides to remain seized of the matter.\n")
    res = import_text(text).resolution
    assert [p.text.split()[0] for p in res.preamble] == ["Recalling", "Calling", "Demanding", "Firmly", "Further",
                                                         "Being"]
    assert res.preamble[1].text.endswith("conflict without preconditions,")


def test_an_unnumbered_operative_part_still_starts_at_its_verb():
    """A single unnumbered operative paragraph (a decision, a short resolution) is not taken for the preamble."""
    text = ("*The General Assembly*,\n\n*Recalling* its resolution 78/68,\n\n"
            "*Decides* to include in the provisional agenda of its eightieth session the item entitled "
            "“Sustainable fisheries”.\n")
    res = import_text(text).resolution
    assert [p.text.split()[0] for p in res.preamble] == ["Recalling"]
    assert [p.text.split()[0] for p in res.operative] == ["Decides"]


@pytest.mark.parametrize("typed", ["December 5, 2025", "5 December, 2025"])
def test_an_adoption_date_typed_in_another_form_stays_the_adoption_date(typed):
    """Under the meeting line a date in the wrong form is still the adoption date (and the checker says so
    there), not a paragraph added to the operative part."""
    from drafting.rules import check

    text = ("*The General Assembly*,\n\n*Recalling* its resolution 76/7,\n\n1. *Decides* to act;\n\n"
            f"2. *Requests* a report.\n\n*55th plenary meeting*\n\n*{typed}*\n")
    res = import_text(text).resolution
    assert res.adoption.meeting == "55th plenary meeting" and res.adoption.date == typed
    assert len(res.operative) == 2
    assert [(d.location.path, d.fix.replacement) for d in check(res) if d.code == "RES601"] == \
        [(("adoption", "date"), "5 December 2025")]


def test_a_bold_roman_heading_as_the_text_export_writes_it_reads_back_without_warnings():
    text = ("*The General Assembly*,\n\n*Recalling* its resolution 78/68,\n\nI **Achieving sustainable fisheries**\n\n"
            "1. *Reaffirms* the importance of fisheries;\n\nII **Illegal fishing**\n\n2. *Requests* a report.\n")
    result = import_text(text)
    headings = [(p.source.label, p.text) for p in result.resolution.operative if p.style == "heading"]
    assert headings == [("I", "Achieving sustainable fisheries"), ("II", "Illegal fishing")]
    assert result.warnings == [] and result.resolution.footnotes() == []
