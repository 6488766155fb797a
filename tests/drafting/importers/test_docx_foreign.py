"""Word drafts from colleagues: literal and automatic numbers, real and typed footnotes,
italics in runs, tracked changes, and content a resolution cannot hold."""

from __future__ import annotations

from tests.support.docx_builders import (
    WordFile,
    i,
    masthead_paragraphs,
    note_ref,
    note_text,
    p,
    proofed,
    r,
    table,
)
from tests.support.foreign_docx import auto_numbered, cluttered, footnoted, parse, tracked, typed_draft, typed_notes


def italics(inline) -> list[str]:
    return [inline.text[m.start:m.end] for m in inline.marks if m.style == "italic"]


# -- 1. literal numbers typed in the text, italics set by hand (python-docx, as Word's UI does) -------


def test_literal_numbers_and_hand_set_italics(tmp_path):
    result, j = parse(typed_draft(tmp_path / "typed.docx"))
    h = j["header"]
    assert (h["symbol"], h["organ"], h["distribution"], h["date"], h["original"]) == (
        "A/C.3/80/L.99", "General Assembly", "Limited", "4 November 2025", "English")
    assert (h["session"], h["committee"], h["agenda_item"]) == ("Eightieth session", "Third Committee",
                                                                "Agenda item 71 (c)")
    assert h["agenda_title"] == "Promotion and protection of human rights"
    assert h["sponsors"] == ["Austria", "Colombia"] and h["submission"] == "draft resolution"
    assert j["title"] == "Human rights in the administration of justice"
    assert j["authoring_body"] == "The General Assembly,"
    assert [p["opening"] for p in j["preamble"]] == ["Recalling", "Taking note also of", "Deeply concerned"]
    assert [(p["number"], p["opening"]) for p in j["operative"]] == [(1, "Welcomes"), (2, "Calls upon"), (3, "Decides")]
    subs = j["operative"][1]["subparagraphs"]
    assert [(s["label"], s["text"]) for s in subs] == [("(a)", "To ratify the Convention; and its Protocols;"),
                                                      ("(b)", "To report on:")]
    assert [(s["label"], s["text"]) for s in subs[1]["subparagraphs"]] == [("(i)", "Measures taken;"),
                                                                          ("(ii)", "Obstacles met;")]
    # Labels are evidence, not text; the italic openings are derived and kept as evidence only.
    op1 = result.resolution.operative[0]
    assert op1.text == "Welcomes the report;" and op1.source.label == "1." and op1.marks == []
    assert op1.source.italic == "Welcomes"
    assert result.warnings == []


# -- 2. Word's automatic numbering: numbers computed from numbering.xml -----------------------------


def test_auto_numbering_reads_the_numbers_word_shows(tmp_path):
    result, j = parse(auto_numbered(tmp_path / "auto.docx"))
    assert [p["opening"] for p in j["preamble"]] == ["Recalling"]
    assert [(p["number"], p["opening"]) for p in j["operative"]] == [
        (1, "Welcomes"), (2, "Calls upon"), (3, "Requests"), (4, "Decides")]
    op2 = j["operative"][1]
    assert [s["text"] for s in op2["subparagraphs"]] == ["To ratify the Convention;", "To report on:"]
    assert [s["text"] for s in op2["subparagraphs"][1]["subparagraphs"]] == ["Measures taken;", "Obstacles met;"]
    assert [s["text"] for s in j["operative"][2]["subparagraphs"]] == ["With data;"]
    # The labels Word computed are kept as evidence, exactly as Word shows them.
    res = result.resolution
    assert [p.source.label for p in res.operative] == ["1.", "2.", "3.", "4."]
    assert [c.source.label for c in res.operative[1].children] == ["(a)", "(b)"]
    assert [c.source.label for c in res.operative[1].children[1].children] == ["(i)", "(ii)"]
    assert res.operative[2].children[0].source.label == "(a)"
    annex = j["annexes"][0]
    assert annex["title"] == "Principles on the administration of justice"
    assert [(p["number"], p["text"]) for p in annex["paragraphs"]] == [
        (1, "States shall ensure access to justice."), (2, "Courts shall be independent."),
        (3, "Judges shall be impartial.")]
    assert [p.source.label for p in res.annexes[0].paragraphs] == ["1.", "2.", "3."]


# -- 3. real Word footnotes, numbered and asterisk notes ----------------------------------------------


def test_real_footnotes_keep_their_place_marks_and_italics(tmp_path):
    result, j = parse(footnoted(tmp_path / "notes.docx"))
    assert [(n["mark"], n["text"]) for n in j["footnotes"]] == [
        ("*", "A/80/150."), ("1", "Resolution 217 A (III)."), ("2", "Resolution 2200 A (XXI), annex."),
        ("3", "See Official Records of the General Assembly, Seventy-seventh Session, Supplement No. 53 (A/77/53), "
              "chap. IV."), ("4", "A/80/484.")]
    res = result.resolution
    agenda = res.masthead.agenda_item
    assert agenda.text == "Agenda item 71 (c)" and [a.offset for a in agenda.anchors] == [len(agenda.text)]
    assert agenda.anchors[0].note.symbol
    guided = res.preamble[0]
    # Each mark stands where Word put it: after the comma of "Human Rights," and before " and other".
    before = [guided.text[:a.offset] for a in guided.anchors]
    assert before[0].endswith("Universal Declaration of Human Rights,")
    assert before[1].endswith("International Covenants on Human Rights")
    assert [x["footnotes"] for x in j["preamble"]] == [["1", "2"], ["3"]]
    assert [x["footnotes"] for x in j["operative"]] == [["4"], []]
    assert italics(res.preamble[1].anchors[0].note) == [
        "Official Records of the General Assembly, Seventy-seventh Session, Supplement No. 53"]
    assert result.warnings == []


# -- 4. footnote texts typed at the end, marks as superscript digits --------------------------------


def test_footnote_texts_typed_at_the_end(tmp_path):
    result, j = parse(typed_notes(tmp_path / "typed-notes.docx"))
    assert [(n["mark"], n["text"]) for n in j["footnotes"]] == [
        ("1", "Charter of the United Nations, 26 June 1945."), ("2", "Resolution 217 A (III)."), ("3", "A/80/484.")]
    assert [x["footnotes"] for x in j["preamble"]] == [["1", "2"]]
    assert [(x["number"], x["footnotes"]) for x in j["operative"]] == [(1, ["3"]), (2, [])]
    guided = result.resolution.preamble[0]
    assert guided.text == ("Guided by the Charter of the United Nations, the Universal Declaration of Human Rights "
                           "and other instruments,")
    assert guided.text[:guided.anchors[0].offset].endswith("United Nations,")
    assert j["unplaced"] == [] and result.warnings == []


def test_numbered_paragraphs_at_the_end_are_not_taken_for_typed_notes(tmp_path):
    """Operative paragraphs 1.–3. end the draft; the body's only superscript is the "2" of "m2"."""
    body = masthead_paragraphs() + [
        p(i("Noting"), r(" that 30 m"), r("2", sup=True), r(" of office space were offered,")),
        p(r("1. "), i("Welcomes"), r(" the offer;")), p(r("2. "), i("Requests"), r(" a report;")),
        p(r("3. "), i("Decides"), r(" to remain seized of the matter."))]
    _, j = parse(WordFile(body).save(tmp_path / "m2.docx"))
    assert [x["number"] for x in j["operative"]] == [1, 2, 3]


# -- 5. tracked changes read as accepted -----------------------------------------------------------------


def test_tracked_changes_are_read_as_accepted_and_said(tmp_path):
    result, j = parse(tracked(tmp_path / "tracked.docx"))
    assert [x["text"] for x in j["preamble"]] == ["Recalling its resolution 77/227 of 15 December 2022,"]
    assert [(x["number"], x["text"]) for x in j["operative"]] == [
        (1, "Welcomes the report;"),
        (2, "Calls upon all States with appreciation to cooperate;"),
        (3, "Requests the Secretary-General to report at its eighty-first session;"),
        (4, "Decides to remain seized of the matter.")]
    assert [x.source.label for x in result.resolution.operative] == ["1.", "2.", "3.", "4."]
    messages = [str(w) for w in result.warnings]
    assert messages == ["tracked changes were read as accepted: 1 insertion, 3 deletions, 1 move",
                        "1 tracked formatting change read as accepted"]


# -- 6. content a resolution cannot hold: each kind said once, with a count, text kept ------------------


def test_what_a_resolution_cannot_hold_is_reported_not_lost(tmp_path):
    result, j = parse(cluttered(tmp_path / "clutter.docx"))
    assert [x["text"] for x in j["preamble"]] == ["Recalling its resolution 77/227, of 15 December 2022,", "",
                                                  "Noting the map below,"]
    # The table stands where it was, read as a table: its cells, no warning, nothing left over.
    assert j["preamble"][1]["table"]["cells"] == [["Region", "States"], ["Africa", "54"]]
    assert [x["text"] for x in j["operative"]] == ["Welcomes the report in document A/80/484;",
                                                   "Decides to remain seized urgently of the matter."]
    assert sorted(str(w) for w in result.warnings) == sorted([
        "1 text box not read into the resolution; 1 paragraph of their text kept as unplaced text",
        "1 embedded document, 1 image left out: a resolution holds text only",
        "1 run of struck-through text kept as ordinary text; in a draft, struck-through words often propose "
        "a deletion: check them",
        "1 comment not imported; their text is kept as unplaced text",
        "1 field (REF) read as the text they show",
        "1 run of hidden text left out"])
    unplaced = {(u["text"], u["reason"]) for u in j["unplaced"]}
    assert unplaced == {("Informal — not for circulation", "text in a text box"),
                        ("Is the date right?", "comment by Jane Delegate")}


# -- 7. endnotes, first-page headers, proofing noise ---------------------------------------------------------


def test_endnotes_are_read_as_footnotes_and_said(tmp_path):
    body = masthead_paragraphs() + [
        p(i("Recalling"), proofed(" its"), r(" resolution 77/227,"), note_ref(1, kind="endnote")),
        p(i("Decides"), r(" to remain seized of the matter."))]
    path = WordFile(body, endnotes={1: note_text(r("A/RES/77/227."), kind="endnote")}).save(tmp_path / "end.docx")
    result, j = parse(path)
    assert [(n["mark"], n["text"]) for n in j["footnotes"]] == [("1", "A/RES/77/227.")]
    assert j["preamble"][0]["footnotes"] == ["1"]
    assert [str(w) for w in result.warnings] == ["endnotes were read as footnotes"]


def test_masthead_in_the_first_page_header_as_official_word_files_have_it(tmp_path):
    header = [p(r("United Nations")), p(r("A/C.3/80/L.99")), p(r("General Assembly")), p(r("Distr.: Limited")),
              p(r("4 November 2025")), p(r("Original: English"))]
    body = masthead_paragraphs()[6:] + [p(i("Recalling"), r(" its resolution 77/227,")),
                                        p(i("Decides"), r(" to remain seized of the matter."))]
    _, j = parse(WordFile(body, first_page_header=header).save(tmp_path / "official.docx"))
    h = j["header"]
    assert (h["symbol"], h["organ"], h["distribution"], h["date"]) == (
        "A/C.3/80/L.99", "General Assembly", "Limited", "4 November 2025")
    assert j["title"] == "Human rights in the administration of justice"


def test_masthead_laid_out_in_a_table(tmp_path):
    grid = table([[p(r("United Nations")), p(r("A/C.3/80/L.99"))],
                  [p(r("General Assembly")),
                   p(r("Distr.: Limited")) + p(r("4 November 2025")) + p(r("Original: English"))]],
                 borders=False)
    body = [grid] + masthead_paragraphs()[6:] + [p(i("Recalling"), r(" its resolution 77/227,")),
                                                p(i("Decides"), r(" to remain seized of the matter."))]
    result, j = parse(WordFile(body).save(tmp_path / "table-masthead.docx"))
    h = j["header"]
    assert (h["symbol"], h["organ"], h["distribution"], h["original"]) == (
        "A/C.3/80/L.99", "General Assembly", "Limited", "English")
    assert result.warnings == [] and j["unplaced"] == []


def test_underlined_and_bold_runs_are_kept_as_marks(tmp_path):
    body = masthead_paragraphs() + [
        p(i("Recalling"), r(" the "), r("Vienna Declaration", underline=True), r(" and the "),
          r("Programme of Action", bold=True), r(",")),
        p(i("Decides"), r(" to remain seized of the matter."))]
    result, _ = parse(WordFile(body).save(tmp_path / "marks.docx"))
    para = result.resolution.preamble[0]
    assert [(para.text[m.start:m.end], m.style) for m in para.marks] == [
        ("Vienna Declaration", "underline"), ("Programme of Action", "bold")]
