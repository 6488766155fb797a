"""Documents holding several texts (resolutions I and II, budget sections): every text is checked, and
numbering, repeats and acronyms start again in each."""

from __future__ import annotations

from drafting.model import Inline, Paragraph, Resolution, Section, Source
from drafting.rules import apply_fix, check


def para(text: str, label: str | None = None) -> Paragraph:
    return Paragraph(text, source=Source(label=label) if label else None)


def two_texts(second_operative: list[Paragraph], first_last: str = "Requests the Secretary-General to report.",
              second_preamble: str = "Recalling its resolution 76/7,") -> Resolution:
    first = Resolution(title=Inline("Crime prevention"), authoring_body=Inline("The General Assembly,"),
                       preamble=[para("Recalling its resolution 76/7,")],
                       operative=[para("Decides to act;", "1."), para(first_last, "2.")], label="I")
    first.sections.append(Section(label="II", title=Inline("Criminal justice"),
                                  authoring_body=Inline("The General Assembly,"),
                                  preamble=[para(second_preamble)], operative=second_operative))
    return first


def found(res: Resolution, code: str) -> list[tuple]:
    return [d.location.path for d in check(res, "ga") if d.code == code]


def test_a_slip_in_the_second_text_is_found_there():
    res = two_texts([para("Decides to act;", "1."),
                     para("Requests the Secretary-General to recieve the report.", "2.")],
                    second_preamble="Recalls its resolution 76/7,")
    assert found(res, "RES201") == [("section", 0, "preamble", 0)]
    assert ("section", 0, "operative", 1) in found(res, "RES790")


def test_each_text_numbers_its_paragraphs_from_one():
    res = two_texts([para("Decides to act;", "1."), para("Requests the Secretary-General to report.", "2.")])
    assert found(res, "RES130") == []
    res = two_texts([para("Decides to act;", "3."), para("Requests the Secretary-General to report.", "4.")])
    assert found(res, "RES130") == [("section", 0, "operative", 0)]  # "3." follows nothing in text II


def test_renumbering_a_later_text_leaves_the_first_alone():
    res = two_texts([para("Decides to act;", "3."), para("Requests the Secretary-General to report.", "4.")])
    finding = next(d for d in check(res, "ga") if d.code == "RES130")
    apply_fix(res, finding)
    assert [p.source.label for p in res.operative if p.source] == ["1.", "2."]
    assert all(p.source is None or p.source.label is None for p in res.sections[0].operative)
    assert found(res, "RES130") == []


def test_repeats_do_not_run_from_one_text_into_the_next():
    # text I ends with "Requests", text II opens with "Requests": no "also" expected across texts
    res = two_texts([para("Requests the Secretary-General to act;", "1."), para("Decides to act.", "2.")])
    assert found(res, "RES208") == []


def test_an_acronym_is_spelled_out_again_in_each_text():
    first_last = "Requests the United Nations Office on Drugs and Crime (UNODC) to report."
    res = two_texts([para("Decides to act;", "1."), para("Requests UNODC to report.", "2.")], first_last=first_last)
    assert found(res, "RES803") == [("section", 0, "operative", 1)]


def test_a_text_the_next_one_continues_may_end_with_a_semicolon():
    # budget sections of one resolution run on with semicolons; only the last text closes with a full stop
    res = two_texts([para("Decides to act;", "1."), para("Requests the Secretary-General to report;", "2.")],
                    first_last="Requests the Secretary-General to report;")
    assert found(res, "RES302") == [("section", 0, "operative", 1)]


def test_a_finding_in_a_later_text_says_which_text_in_json():
    res = two_texts([para("Decides to act;", "1."), para("Requests the Secretary-General to report.", "2.")],
                    second_preamble="Recalls its resolution 76/7,")
    finding = next(d for d in check(res, "ga") if d.code == "RES201")
    assert finding.location.to_json() == {"part": "preamble", "paragraph": 1, "subparagraph": None,
                                          "footnote": None, "start": 0, "end": 7, "text": 2}
