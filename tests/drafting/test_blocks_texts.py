"""Several texts in one document and an amendment's instructions as editor blocks: laid out in document order,
built back text by text, numbered afresh in each text, closing lines and instruction numbers kept."""

from __future__ import annotations

import copy
from collections.abc import Callable

from drafting.blocks import Entry, Kind, TextHead, build, layout, next_label
from drafting.model import Adoption, Inline, Paragraph, Resolution, Section, Source


def _entries(res: Resolution) -> list[Entry]:
    return [Entry(kind, depth, copy.deepcopy(element)) for kind, depth, element in layout(res)]


def _two_texts() -> Resolution:
    return Resolution(
        title=Inline("Questions relating to the budget"), label="I", section_title=Inline("Strategic plan"),
        authoring_body=Inline("The General Assembly,"), preamble=[Paragraph("Recalling its resolution 79/1,")],
        operative=[Paragraph("Takes note;"), Paragraph("Endorses;"), Paragraph("Requests.")],
        sections=[Section("II", Inline("Conditions of service"), Inline("The General Assembly,"),
                          preamble=[Paragraph("Having considered the report,")],
                          operative=[Paragraph("Decides:", children=[Paragraph("to act;"), Paragraph("to stay.")]),
                                     Paragraph("Requests;"), Paragraph("Approves.")],
                          adoption=Adoption(meeting="55th plenary meeting", date="17 December 2025")),
                  Section("III", Inline("Rules"), operative=[Paragraph("Decides.")])])


def test_every_text_is_laid_out_after_its_head_line_and_built_back_the_same():
    res = _two_texts()
    entries = _entries(res)
    back = Resolution()
    build(entries, back)
    assert back == res
    heads = [e for e in entries if e.kind == Kind.TEXT_HEAD]
    assert [(e.path, e.label) for e in heads] == [(("section_title",), "I"), (("section", 0, "title"), "II"),
                                                 (("section", 1, "title"), "III")]
    assert back.sections[0].adoption == Adoption(meeting="55th plenary meeting", date="17 December 2025")


def test_numbers_restart_in_each_text_and_paths_name_the_text():
    entries = _entries(_two_texts())
    build(entries, Resolution())
    ops = [(e.path, e.label) for e in entries if e.kind in (Kind.OPERATIVE, Kind.SUBPARAGRAPH)]
    assert ops == [(("operative", 0), "1."), (("operative", 1), "2."), (("operative", 2), "3."),
                   (("section", 0, "operative", 0), "1."), (("section", 0, "operative", 0, 0), "(a)"),
                   (("section", 0, "operative", 0, 1), "(b)"), (("section", 0, "operative", 1), "2."),
                   (("section", 0, "operative", 2), "3."), (("section", 1, "operative", 0), "")]


def _added(after: Callable[[Entry], bool], added: Entry) -> tuple[list[Entry], Resolution, int]:
    """The two texts' blocks with ``added`` after the first block ``after`` picks, built: (entries, model, at)."""
    entries = _entries(_two_texts())
    at = next(i for i, e in enumerate(entries) if after(e)) + 1
    entries.insert(at, added)
    res = Resolution()
    build(entries, res)
    return entries, res, at


def test_a_paragraph_added_in_a_further_text_is_numbered_there_and_nowhere_else():
    entries, res, at = _added(lambda e: e.kind == Kind.OPERATIVE and e.inline.text == "Approves.",
                              Entry(Kind.OPERATIVE, 0, Paragraph("Decides also.")))
    assert [p.text for p in res.sections[0].operative] == ["Decides:", "Requests;", "Approves.", "Decides also."]
    assert entries[at].label == "4." and entries[at].path == ("section", 0, "operative", 3)
    assert [e.label for e in entries if e.path[:1] == ("operative",)] == ["1.", "2.", "3."]
    assert res.sections[1].operative == [Paragraph("Decides.")]


def test_a_subparagraph_opening_a_text_never_joins_the_text_above():
    _, res, _ = _added(lambda e: e.kind == Kind.TEXT_HEAD and e.head.label == "III",
                       Entry(Kind.SUBPARAGRAPH, 1, Paragraph("orphan;")))
    assert [p.text for p in res.sections[1].operative] == ["orphan;", "Decides."]
    assert all(p.text != "orphan;" for p in res.sections[0].operative[-1].children)


def test_a_document_without_labels_has_no_head_line_and_a_second_head_opens_a_text():
    res = Resolution(title=Inline("T"), authoring_body=Inline("The General Assembly,"),
                     operative=[Paragraph("Decides.")])
    entries = _entries(res)
    assert all(e.kind != Kind.TEXT_HEAD for e in entries)
    entries.append(Entry(Kind.TEXT_HEAD, 0, TextHead("B", Inline("Second part"))))
    entries.append(Entry(Kind.OPERATIVE, 0, Paragraph("Requests.")))
    back = Resolution()
    build(entries, back)
    assert back.label == "" and back.operative == [Paragraph("Decides.")]
    assert back.sections == [Section("B", Inline("Second part"), operative=[Paragraph("Requests.")])]


def _amendment() -> Resolution:
    quoted = Paragraph("“Decides to extend the mandate;”", style="quote")
    return Resolution(kind="amendment", base_symbol="A/80/L.25", title=Inline("Amendment"),
                      instructions=[Paragraph("In operative paragraph 6, replace “notes” with “welcomes”.",
                                              source=Source(label="1.")),
                                    Paragraph("Insert a new operative paragraph 7 reading:", children=[quoted],
                                              source=Source(label="2."))])


def test_instructions_are_paragraphs_with_their_quotes_and_keep_their_numbers():
    res = _amendment()
    entries = _entries(res)
    back = Resolution(kind="amendment", base_symbol="A/80/L.25")
    build(entries, back)
    assert back == res
    assert [e.kind for e in entries][:2] == [Kind.TITLE, Kind.INSTRUCTION]  # no empty body line above them
    shown = [(e.kind, e.path, e.label) for e in entries if e.path[:1] == ("instruction",)]
    assert shown == [(Kind.INSTRUCTION, ("instruction", 0), "1."), (Kind.INSTRUCTION, ("instruction", 1), "2."),
                     (Kind.QUOTE, ("instruction", 1, 0), "")]


def test_an_instruction_added_between_is_numbered_and_the_model_holds_the_numbers():
    entries = _entries(_amendment())
    first = next(i for i, e in enumerate(entries) if e.kind == Kind.INSTRUCTION)
    entries.insert(first + 1, Entry(Kind.INSTRUCTION, 0, Paragraph("In the title, delete “all”.")))
    res = Resolution()
    build(entries, res)
    assert [p.source.label if p.source else None for p in res.instructions] == ["1.", "2.", "3."]
    assert res.instructions[2].children[0].style == "quote"
    assert [e.label for e in entries if e.kind == Kind.INSTRUCTION] == ["1.", "2.", "3."]


def test_unnumbered_instructions_stay_unnumbered():
    res = Resolution(kind="amendment", instructions=[Paragraph("Delete operative paragraph 3.")])
    entries = _entries(res)
    entries.append(Entry(Kind.INSTRUCTION, 0, Paragraph("Delete operative paragraph 4.")))
    back = Resolution()
    build(entries, back)
    assert [p.source for p in back.instructions] == [None, None]
    assert [e.label for e in entries if e.kind == Kind.INSTRUCTION] == ["", ""]


def test_a_new_text_takes_the_label_that_follows_the_ones_before():
    assert next_label(["I"]) == "II" and next_label(["I", "II", "III"]) == "IV"
    assert next_label(["A", "B"]) == "C" and next_label(["A", "B", "C"]) == "D"
    assert next_label(["A.", "B."]) == "C." and next_label(["1"]) == "2"
    assert next_label(["IV"]) == "V" and next_label([""]) == "II" and next_label(["?"]) == ""
    assert next_label(["VIII"]) == "IX" and next_label(["H"]) == "I" and next_label(["C"]) == "D"


def test_the_label_before_says_whether_a_text_runs_on_in_roman_numerals_or_letters():
    """A/C.5/80/L.17: a text "A" holding sections I and II; a section added after II is III, not "JJ"."""
    assert next_label(["A", "I"]) == "II" and next_label(["A", "I", "II"]) == "III"
    assert next_label(["H", "I"]) == "J" and next_label(["U", "V"]) == "W" and next_label(["IV", "V"]) == "VI"
    assert next_label(["A", "I", "II", "A."]) == "B." and next_label(["i", "ii"]) == "iii"
