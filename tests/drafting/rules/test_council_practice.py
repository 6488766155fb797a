"""The Security Council pack follows Council practice as the official S/ drafts show it, where it differs from
the General Assembly's; the same text under the Assembly's pack keeps its findings."""

from __future__ import annotations

from drafting.model import Inline, Paragraph, Resolution, Source
from drafting.rules import check


def para(text: str, label: str | None = None, italic: str | None = None,
         children: list[Paragraph] | None = None) -> Paragraph:
    source = Source(label=label, italic=italic) if label or italic else None
    return Paragraph(text, children=children or [], source=source)


def council(operative: list[Paragraph], preamble: list[Paragraph] | None = None) -> Resolution:
    return Resolution(authoring_body=Inline("The Security Council,"),
                      preamble=preamble or [para("Recalling its resolution 2334 (2016),")],
                      operative=[*operative, para("Decides to remain seized of the matter.", f"{len(operative) + 1}.")])


def codes(res: Resolution, pack: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for d in check(res, pack):
        out.setdefault(d.code, []).append(d.severity)
    return out


def test_a_reporting_list_may_end_its_items_with_commas():
    items = [para("the progress in reduction of troops per paragraph 3,", "(a)"),
             para("human rights issues in South Sudan, and", "(b)"),
             para("recommendations on the configuration of the mission;", "(c)")]
    res = council([para("Requests the Secretary-General to report on:", "1.", children=items)])
    assert "RES303" not in codes(res, "sc")
    assert codes(res, "ga")["RES303"] == ["error", "error"]


def test_the_last_item_still_takes_its_paragraphs_punctuation_in_a_council_text():
    items = [para("the progress in reduction of troops,", "(a)"), para("the steps taken,", "(b)")]
    res = council([para("Requests the Secretary-General to report on:", "1.", children=items)])
    assert codes(res, "sc")["RES303"] == ["error"]


def test_a_mission_acronym_of_the_series_is_a_hint_in_a_council_text():
    res = council([para("Decides to extend the mandate of UNISFA until 15 November 2019;", "1.")])
    assert codes(res, "sc")["RES803"] == ["info"]
    assert codes(res, "ga")["RES803"] == ["error"]


def test_an_acronym_spelled_out_too_late_stays_an_error_in_a_council_text():
    res = council([para("Decides to extend the mandate of UNISFA;", "1."),
                   para("Commends the United Nations Interim Security Force for Abyei (UNISFA);", "2.")])
    assert codes(res, "sc")["RES803"] == ["error"]


def test_council_texts_repeat_their_verbs_without_also():
    res = council([para("Requests the Secretary-General to report;", "1."),
                   para("Requests the Secretary-General to act;", "2."),
                   para("Further decides to review the measures;", "3.")])
    assert "RES208" not in codes(res, "sc")
    assert "RES208" in codes(res, "ga")


def test_acting_alone_is_italic_before_chapter_vii():
    acting = para("Acting under Chapter VII of the Charter of the United Nations,", italic="Acting")
    res = council([para("Decides to act;", "1.")], preamble=[para("Recalling its resolution 2334 (2016),"), acting])
    assert "RES210" not in codes(res, "sc")
    cut = para("Acting under Chapter VII of the Charter of the United Nations,", italic="Acting under Chap")
    res = council([para("Decides to act;", "1.")], preamble=[para("Recalling its resolution 2334 (2016),"), cut])
    assert codes(res, "sc")["RES210"] == ["warning"]


def test_a_sponsors_spelling_in_two_words_is_one_finding():
    res = council([para("Encourages regional organisations to act;", "1."),
                   para("Calls for the mobilisation of resources;", "2.")])
    findings = [d for d in check(res, "sc") if d.code == "RES702"]
    assert len(findings) == 1
    assert findings[0].extra["words"] == ["mobilisation", "organisations"]
    assert len([d for d in check(res, "ga") if d.code == "RES702"]) == 2


def test_a_name_in_parentheses_is_a_hint_not_a_misspelling():
    res = council([para("Condemns the attacks by ISIL (Da’esh) and the Taban faction (Tabann);", "1.")])
    severities = [d.severity for d in check(res, "sc") if d.code == "RES790"]
    assert severities and set(severities) == {"info"}
