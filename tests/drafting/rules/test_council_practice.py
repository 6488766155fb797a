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


def imported(body: str):
    from drafting.importers.text import import_text

    return import_text("Security Council\n\nS/2026/1\n\n*The Security Council*,\n\n" + body).resolution


def places(res: Resolution, pack: str, code: str) -> list[tuple[tuple, str]]:
    return [(d.location.path, d.severity) for d in check(res, pack) if d.code == code]


def test_a_mandate_list_numbered_or_set_in_roman_is_council_practice():
    res = imported("*Recalling* its resolution 2416 (2018),\n\n"
                   "1. *Invites* the Envoy to update it on the steps taken towards the following:\n\n"
                   "1. Resolution of the final status of Abyei,\n\n2. Implementation of all decisions,\n\n"
                   "2. *Authorizes* the force to use all necessary means to:\n\n"
                   "(i) Facilitate the conditions for safe movement;\n\n(ii) Protect the airport;\n\n"
                   "3. *Decides* to remain seized of the matter.\n")
    assert places(res, "sc", "RES133") == []
    assert len(places(res, "ga", "RES133")) == 4


def test_a_roman_council_list_that_skips_a_number_is_still_flagged():
    items = [para("Facilitate movement;", "(i)"), para("Protect the airport;", "(ii)"),
             para("Engage any actor;", "(iv)")]
    res = council([para("Authorizes the force to:", "1.", children=items)])
    assert places(res, "sc", "RES133") == [(("operative", 0, 2), "warning")]


def test_an_italic_mandate_heading_gives_no_finding_in_a_council_text():
    res = imported("*Recalling* its resolution 2406 (2018),\n\n"
                   "1. *Decides* that the mandate of the mission shall be as follows:\n\n"
                   "(a) *Protection of civilians*:\n\n(i) To protect civilians under threat;\n\n"
                   "(b) *Implement* the ceasefire;\n\n2. *Decides* to remain seized of the matter.\n")
    assert places(res, "sc", "RES215") == [(("operative", 0, 1), "warning")]  # an italic verb is still flagged
    assert len(places(res, "ga", "RES215")) == 2


def test_italic_inter_alia_and_adverb_first_openings_are_council_preferences():
    res = imported("*Further recalling* its resolution 2334 (2016), and reaffirming, *inter alia*, the principle,\n\n"
                   "1. *Decides* to remain seized of the matter.\n")
    assert places(res, "sc", "RES206") == [(("preamble", 0), "warning")]
    assert places(res, "ga", "RES206") == [(("preamble", 0), "error")]
    assert places(res, "sc", "RES810") == [(("preamble", 0), "info")]
    assert places(res, "ga", "RES810") == [(("preamble", 0), "warning")]


def test_a_thematic_resolution_closing_without_remain_seized_is_a_hint():
    res = imported("*Recalling* its resolution 2616 (2021),\n\n1. *Calls upon* Member States to act;\n\n"
                   "2. *Requests* the Secretary-General to include further information in his reports.\n")
    assert places(res, "sc", "RES151") == [(("operative", 1), "info")]


def test_judgment_of_a_lien_or_a_court_keeps_its_legal_spelling():
    res = imported("*Recalling* its resolution 2374 (2017),\n\n"
                   "1. *Decides* that the measures do not apply to funds that are the subject of a judicial, "
                   "administrative or arbitral lien or judgment;\n\n"
                   "2. *Encourages* the use of sound judgment by the Committee;\n\n"
                   "3. *Decides* to remain seized of the matter.\n")
    for pack in ("sc", "ga"):
        assert [path for path, _ in places(res, pack, "RES705")] == [("operative", 1)]


def test_a_state_written_in_running_order_is_listed_under_its_un_short_name():
    """“Malaysia, New Zealand, Senegal and Bolivarian Republic of Venezuela” (S/2016/1100) is in UN order."""
    from drafting.importers.text import import_text

    def order(line: str) -> list[str]:
        res = import_text(f"Security Council\n\nS/2026/1\n\n{line}: draft resolution\n\n*The Security Council*,\n\n"
                          "*Recalling* its resolution 2334 (2016),\n\n1. *Decides* to remain seized of the matter.\n"
                          ).resolution
        return [d.extra["found"] for d in check(res, "sc") if d.code == "RES123"]

    assert order("Malaysia, New Zealand, Senegal and Bolivarian Republic of Venezuela") == []
    assert order("Bolivarian Republic of Venezuela, Malaysia and Senegal") == ["Bolivarian Republic of Venezuela"]
