"""Hints (info findings) reach the editor only on request; a name inside a sentence is a hint."""

from __future__ import annotations

from drafting import settings
from drafting.importers.text import import_text
from drafting.rules import INFO, check, shown

TEXT = ("The General Assembly,\n\nRecalling the work of Vladyslav Yesypenko,\n\nRecalling the goverment report,\n\n"
        "1. Requests the Secretary-General to report;\n\n2. Requests the Secretary-General to act.")


def test_unknown_name_inside_a_sentence_is_a_hint_and_a_misspelling_a_warning():
    found = {d.extra["found"]: d.severity for d in check(import_text(TEXT).resolution) if d.code == "RES790"}
    assert found == {"Vladyslav": INFO, "Yesypenko": INFO, "goverment": "warning"}


def test_hints_are_left_out_unless_asked_for(tmp_path):
    findings = check(import_text(TEXT).resolution)
    assert any(d.severity == INFO for d in findings)  # the repeated "Requests" without "Also", the names
    assert all(d.severity != INFO for d in shown(findings))
    assert shown(findings, hints=True) == findings
    path = tmp_path / "settings.json"
    s, _ = settings.load(path)
    assert s.show_hints is False
    s.show_hints = True
    settings.save(s, path)
    assert settings.load(path)[0].show_hints is True


SC_ISE = ("Security Council\n\nS/2026/1\n\nThe Security Council,\n\nRecognising the organisation of the elections,\n\n"
          "1. Emphasises the need to finalise the demobilisation;\n\n2. Decides to remain seized of the matter.")


def test_a_sponsors_ise_spelling_throughout_a_council_draft_is_one_finding():
    res = import_text(SC_ISE).resolution
    ise = [d for d in check(res, "sc") if d.code == "RES702"]
    assert len(ise) == 1
    assert ise[0].extra["count"] >= 4 and "organisation" in ise[0].extra["words"]
    assert ise[0].location.path == ("preamble", 0)
    assert len([d for d in check(res, "ga") if d.code == "RES702"]) >= 4  # the GA pack tells each word


def test_a_name_is_a_hint_at_its_first_use_only_and_a_misspelling_at_every_one():
    text = ("The General Assembly,\n\nRecalling the decision declaring the Mejlis an extremist organization,\n\n"
            "1. Urges the release of the leaders of the Mejlis;\n\n2. Calls for the goverment report;\n\n"
            "3. Requests a goverment reply and the reopening of the Mejlis.")
    found = [(d.extra["found"], d.severity, d.location.path) for d in check(import_text(text).resolution)
             if d.code == "RES790"]
    assert found == [("Mejlis", INFO, ("preamble", 0)), ("goverment", "warning", ("operative", 1)),
                     ("goverment", "warning", ("operative", 2))]


def test_a_resolution_cited_in_passing_needs_no_date():
    text = ("The General Assembly,\n\n"
            "Taking note of the report of the Secretary-General submitted pursuant to resolution 77/44,\n\n"
            "Recalling Human Rights Council resolution 54/12 and Environment Assembly resolution 5/14,\n\n"
            "Noting the Summit held on 22 and 23 September 2024, at which resolution 79/1 was adopted,\n\n"
            "Recalling its resolution 76/7,\n\n1. Decides to act.")
    found = [(d.extra["found"], d.location.path) for d in check(import_text(text).resolution) if d.code == "RES506"]
    assert found == [("76/7", ("preamble", 3))]
