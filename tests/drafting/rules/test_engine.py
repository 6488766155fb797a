"""The rules engine's contract: findings on real texts, packs, settings, fixes, suppressions."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings

from drafting import native
from drafting.importers import load_document
from drafting.importers.text import import_text
from drafting.model import ITALIC, Anchor, Footnote, Mark, Paragraph, Resolution, Source
from drafting.rules import (
    Checker,
    PackError,
    StaleFix,
    apply_fix,
    apply_safe_fixes,
    check,
    load_pack,
    pack_for,
    pack_names,
    suppress,
)
from tests.support.paths import CORPUS, CTOC, GA_TEXTS
from tests.support.strategies import resolutions

# The real departures of the corpus texts from UN house style (see benchmarks/bench_rules_precision.py):
# nothing else may be reported as an error or a warning.
CORPUS_FINDINGS = {
    # (its annex paragraph 4 writes "States Parties to those instruments", as official GA texts do: a hint)
    "A_80_L.8": {("warning", "RES311", ("annex", 0, 10))},
    "A_C.3_80_L.30": set(),
    "A_RES_79_180": set(),
    # (its preambular paragraphs 4 and 5 both open with a plain "Recalling": a hint, RES208 at info)
    "ctoc-cop-11-2022-trafficking-revised-draft": {("warning", "RES112", ("masthead", "symbol"))},
}


def load(path) -> Resolution:
    return load_document(path).resolution


@pytest.mark.parametrize("name", sorted(CORPUS_FINDINGS))
def test_corpus_texts_edited_by_un_editors_give_only_their_real_departures(name):
    res = load(CORPUS / f"{name}.txt")
    found = {(d.severity, d.code, d.location.path) for d in check(res) if d.severity != "info"}
    assert found == CORPUS_FINDINGS[name]


def test_findings_come_in_document_order():
    text = ("Colombia: draft resolution\n\nTitle.\n\nThe General Assembly,\n\nRecalls its resolution 76/7;\n\n"
            "1. urges member states to act.\n\n2. Requests the Secretary General to report;")
    res = import_text(text).resolution
    order = [d.location.path for d in check(res)]
    rank = {path: i for i, (path, _) in enumerate(res.inlines())}
    assert [rank[p] for p in order] == sorted(rank[p] for p in order)
    assert order[0] == ("title",) and order[-1] == ("operative", 1)


def test_pack_is_picked_from_the_masthead_or_the_users_choice():
    assert pack_for(load(CTOC)).name == "ctoc-cop"
    for name in GA_TEXTS:
        assert pack_for(load(GA_TEXTS[name])).name == "ga"
    cases = {"A/HRC/51/L.1": "hrc", "S/RES/2334 (2016)": "sc", "E/CN.15/2022/L.2": "ccpcj",
             "E/CN.7/2022/L.3": "cnd", "E/2022/L.12": "ecosoc", "UNEP/EA.5/L.2": "unea",
             "CTOC/COP/2022/L.4": "ctoc-cop"}
    for symbol, expected in cases.items():
        res = Resolution()
        res.masthead.symbol.text = symbol
        assert pack_for(res).name == expected, symbol
    res = Resolution()
    res.authoring_body.text = "The Security Council,"
    assert pack_for(res).name == "sc"
    res.authoring_body.text = "THE GENERAL ASSEMBLY,"
    assert pack_for(res).name == "mun"
    res.meta.style = "unea"
    assert pack_for(res).name == "unea"


def test_every_pack_loads_with_its_body_line_and_layout():
    names = pack_names()
    assert {"ga", "sc", "ecosoc", "ccpcj", "cnd", "ctoc-cop", "hrc", "unea", "mun"} <= set(names)
    for name in names:
        pack = load_pack(name)
        assert pack.title and pack.body_line and pack.layout["paper"] in ("A4", "Letter")
        assert pack.settings["repeat_scope"] in ("adjacent", "whole_part")
    assert load_pack("ctoc-cop").layout["paper"] == "A4" and load_pack("ga").layout["paper"] == "Letter"
    assert "RES107" not in load_pack("sc").rules and load_pack("sc").rules["RES110"] == "warning"
    assert load_pack("mun").settings["spelling"] == "us" and "mun-only" in load_pack("mun").lexicon_tiers


def test_unknown_pack_is_bad_input():
    with pytest.raises(PackError, match="unknown style pack"):
        load_pack("general-assembly-2")
    with pytest.raises(PackError):
        check(Resolution(), "../etc")


SECURITY_COUNCIL_TEXT = ("France: draft resolution\n\nTitle of a Council text\n\nThe Security Council,\n\nRecalling "
                         "its resolution 1325 (2000),\n\n"
                         "1. Demands that all parties act;\n\n2. Requests the Secretary-General to report.")


def test_packs_differ_security_council_has_no_title_and_closes_seized():
    res = import_text(SECURITY_COUNCIL_TEXT).resolution
    sc = {d.code for d in check(res, "sc")}
    ga = {d.code for d in check(res, "ga")}
    assert {"RES110", "RES151"} <= sc and not {"RES110", "RES151"} & ga
    assert "RES106" in ga  # a Council body line in a General Assembly pack


def test_model_un_pack_accepts_mun_forms_that_un_packs_flag():
    text = ("Submitted by: France\n\nTHE GENERAL ASSEMBLY,\n\nFurther recalling its resolution 76/7,\n\n"
            "1. Urges States to act;\n\n2. Requests the Secretary-General to report on the program.")
    res = import_text(text).resolution
    un = {d.code for d in check(res, "ga")}
    mun = {d.code for d in check(res, "mun")}
    assert {"RES103", "RES121", "RES206", "RES701"} <= un
    assert not {"RES103", "RES121", "RES206", "RES701"} & mun


def test_settings_switch_rules_off_and_change_severities():
    res = import_text("The General Assembly,\n\nRecalling the program,\n\n1. Decides to act.").resolution
    assert {d.code: d.severity for d in check(res)}["RES701"] == "error"
    assert "RES701" not in {d.code for d in check(res, disabled={"RES701"})}
    assert {d.code: d.severity for d in check(res, severities={"RES701": "info"})}["RES701"] == "info"
    assert "RES701" not in {d.code for d in check(res, severities={"RES701": "off"})}


def test_repeat_scope_whole_part_counts_over_the_part():
    text = ("The General Assembly,\n\nRecalling its resolution 1/1,\n\nNoting the report,\n\n"
            "Recalling its resolution 2/2,\n\n1. Decides to act.")
    res = import_text(text).resolution
    assert "RES208" not in {d.code for d in check(res)}
    whole = _with_setting(load_pack("ga"), repeat_scope="whole_part")
    found = [d for d in check(res, whole) if d.code == "RES208"]
    assert [d.location.path for d in found] == [("preamble", 2)] and "Recalling also" in found[0].message
    assert not found[0].fix.safe


def _with_setting(pack, **values):
    from dataclasses import replace

    return replace(pack, settings={**pack.settings, **values})


def test_a_model_made_in_the_editor_has_no_evidence_and_no_label_findings():
    res = Resolution()
    res.authoring_body.text = "The General Assembly,"
    res.preamble = [Paragraph("Recalling its resolution 76/7 of 22 November 2021,")]
    res.operative = [Paragraph("Decides to act;"), Paragraph("Requests the Secretary-General to report.")]
    res.title.text = "Crime prevention"
    assert check(res) == []


def test_fix_keeps_marks_and_footnote_anchors_with_their_words():
    note = Footnote("A/77/170.")
    text = "Noting that 65 percent of the victims, as the Global Report states, are women,"
    p = Paragraph(text, [Mark(text.index("Global"), text.index(" states"), ITALIC)], [Anchor(text.index(", are"),
                                                                                             note)])
    res = Resolution(preamble=[p], operative=[Paragraph("Decides to act.")])
    res.authoring_body.text = "The General Assembly,"
    finding = next(d for d in check(res) if d.code == "RES605")
    assert apply_fix(res, finding) == [("preamble", 0)]
    assert p.text == "Noting that 65 per cent of the victims, as the Global Report states, are women,"
    assert p.text[p.marks[0].start:p.marks[0].end] == "Global Report"
    assert p.text[:p.anchors[0].offset].endswith("states")


def test_fix_of_a_moved_footnote_mark_puts_it_after_the_comma():
    res = import_text("The General Assembly,\n\nRecalling the Convention[^1], and the Protocol,\n\n1. Decides to act."
                      "\n\n__________________\n\n1. United Nations, *Treaty Series*, vol. 2225, No. 39574.").resolution
    finding = next(d for d in check(res) if d.code == "RES401")
    apply_fix(res, finding)
    p = res.preamble[0]
    assert p.text[:p.anchors[0].offset] == "Recalling the Convention,"
    assert "RES401" not in {d.code for d in check(res)}


def test_a_stale_finding_is_not_applied():
    res = import_text("The General Assembly,\n\nRecalling the program,\n\n1. Decides to act.").resolution
    finding = next(d for d in check(res) if d.code == "RES701")
    res.preamble[0].text = "Recalling the whole programme,"
    with pytest.raises(StaleFix):
        apply_fix(res, finding)
    assert res.preamble[0].text == "Recalling the whole programme,"


def test_renumbering_carries_cross_references_along():
    res = import_text("The General Assembly,\n\nRecalling its resolution 76/7,\n\n1. Decides to act;\n\n"
                      "3. Requests a report on the action taken under paragraph 1 above;\n\n"
                      "4. Decides to review paragraph 3 above at its next session.").resolution
    finding = next(d for d in check(res) if d.code == "RES130")
    changed = apply_fix(res, finding)
    assert ("operative", 2) in changed
    assert res.operative[2].text == "Decides to review paragraph 2 above at its next session."
    assert not {"RES130", "RES138"} & {d.code for d in check(res)}


def test_safe_fixes_are_applied_until_nothing_safe_is_left():
    text = ("Argentina, Brazil, and Chile: draft resolution\n\nCrime prevention.\n\nThe General Assembly,\n\n"
            "recalling its resolution 76/7 of November 22, 2021;\n\nRecalls the \"Global Plan of Action\" for "
            "2016-2030,"
            "\n\n1. urges member states to expand their program of work;\n\n3. Requests the Secretary General to "
            "analyze the 65 percent figure.")
    res = import_text(text).resolution
    count = apply_safe_fixes(res)
    assert count >= 15
    assert not [d for d in check(res) if d.fix is not None and d.fix.safe]
    assert res.submission.line == "Argentina, Brazil and Chile: draft resolution"
    assert [p.text for p in res.preamble] == ["Recalling its resolution 76/7 of 22 November 2021,",
                                              "Recalling also the “Global Plan of Action” for 2016–2030,"]
    assert res.operative[1].text == "Requests the Secretary-General to analyse the 65 per cent figure."


def test_structural_fixes_all_settle_however_many():
    res = import_text("The General Assembly,\n\nRecalling its resolution 76/7,\n\n1. Decides to act.").resolution
    res.operative = [Paragraph(f"Calls upon the States of region {i}:", children=[
        Paragraph("To act;", source=Source(label="1.")), Paragraph("To report.", source=Source(label="2."))])
        for i in range(20)]
    apply_safe_fixes(res)  # one relabelling a round, twenty lists
    assert all(c.source is None or c.source.label is None for p in res.operative for c in p.children)
    assert not [d for d in check(res) if d.fix is not None and d.fix.safe]


def test_many_final_stops_of_a_title_go_in_one_fix():
    res = import_text("France: draft resolution\n\nCrime prevention\n\nThe General Assembly,\n\n"
                      "Recalling its resolution 76/7,\n\n1. Decides to act.").resolution
    res.title.text = "Crime prevention" + " ." * 40
    assert apply_safe_fixes(res, only={"RES108"}) == 1
    assert res.title.text == "Crime prevention"


def test_letters_without_a_capital_get_no_fix_that_never_settles():
    res = import_text("The General Assembly,\n\nRecalling its resolution 76/7,\n\n1. Calls upon States:\n\n"
                      "(a) To act;\n\n(b) To report.").resolution
    res.authoring_body.text = "The a,"
    res.preamble[0].text = "ªrecalling its resolution 76/7,"
    res.operative[0].children[0].text = "𝕒ct;"
    apply_safe_fixes(res)
    # "ª" and "𝕒" have no capital, title case leaves "a" alone: nothing to write, nothing offered
    assert res.preamble[0].text == "ªrecalling its resolution 76/7,"
    assert res.operative[0].children[0].text == "𝕒ct;"
    assert not [d for d in check(res) if d.code in ("RES103", "RES204", "RES214") and d.fix is not None]


def test_suppression_survives_save_load_and_renumbering():
    text = ("The General Assembly,\n\nRecalling its resolution 76/7,\n\n1. Decides to act;\n\n"
            "2. Requests the program to report.")
    res = import_text(text).resolution
    finding = next(d for d in check(res) if d.code == "RES701")
    suppress(res, finding, "the name of a United States programme")
    assert "RES701" not in {d.code for d in check(res)}
    again = native.loads(native.dumps(res))
    reasons = [(s.code, s.reason) for s in again.meta.suppressions]
    assert reasons == [("RES701", "the name of a United States programme")]
    again.operative.insert(0, Paragraph("Welcomes the report;"))
    assert "RES701" not in {d.code for d in check(again)}
    again.operative[2].text = "Requests the program of work of the Office to report."
    assert "RES701" in {d.code for d in check(again)}  # other words: a new finding


def test_location_json_is_one_based_with_the_footnote_mark():
    res = load(CTOC)
    res.preamble[1].anchors[0].note.text = "Ibid., vol. 2225, No. 39574"
    finding = next(d for d in check(res) if d.code == "RES402")
    from drafting.cli.check import diagnostic_json

    data = diagnostic_json(res, finding)
    assert data["location"] == {"part": "footnote", "paragraph": 2, "subparagraph": None, "footnote": "2",
                                "start": 27, "end": 27}
    assert data["fix"] == {"replacement": ".", "safe": True, "action": None}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(resolutions())
def test_any_model_is_checked_without_an_exception(res):
    findings = check(res)
    for d in findings:
        assert d.severity in ("error", "warning", "info") and d.location.path
    checker = Checker(res)
    checker.full()
    assert checker.update([("structure",)]) == check(res)
    safe = [d for d in findings if d.fix is not None and d.fix.safe]
    applied = apply_safe_fixes(res)
    assert (applied > 0) == bool(safe)  # "Fix all safe" changes the text exactly when it offers something
    again = check(res)  # and the fixed text is checked again without an exception
    assert all(d.location.path for d in again)
    # every safe fix settles: none is offered again for the same rule at the same place
    offered = {(d.code, d.location.path, d.location.footnote) for d in safe}
    left = [d for d in again if d.fix is not None and d.fix.safe
            and (d.code, d.location.path, d.location.footnote) in offered]
    assert not left, [(d.code, d.location.path, d.extra.get("found"), d.fix.replacement) for d in left]


def test_a_body_line_with_no_word_in_capitals_is_not_offered_a_fix_that_changes_nothing():
    res = import_text("A/80/L.1\n\nA000,\n\nRecalling its resolution 78/1,\n\n1. Decides to act.").resolution
    res.authoring_body.text = "A000"
    assert [(d.extra["found"], d.fix.replacement) for d in check(res) if d.code == "RES103"] == [("", "The ")]
    res.authoring_body.text = "THE GENERAL ASSEMBLY,"
    assert [d.fix.replacement for d in check(res) if d.code == "RES103"] == ["The General Assembly"]
