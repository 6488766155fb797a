"""The suggested updates of a draft made from a previous text, as rules the engine runs (RES901–RES903)."""

from __future__ import annotations

from datetime import date

import pytest

from drafting.importers import load_document
from drafting.revisions import CARRIED, RECALL, SESSION, new_draft_from, revision_suggestions
from drafting.rules import Checker, StaleFix, apply_fix, apply_safe_fixes, check, get_rule, shown
from drafting.rules import revisions as revision_rules
from tests.support.paths import GA_TEXTS

CODES = {RECALL, SESSION, CARRIED}


@pytest.fixture(scope="module")
def res79():
    return load_document(GA_TEXTS["A_RES_79_180"]).resolution


@pytest.fixture
def draft(res79):
    return new_draft_from(res79, date(2025, 11, 3))


def suggested(findings) -> list[tuple]:
    return sorted((d.code, d.location.path, d.location.start, d.location.end, d.fix) for d in findings
                  if d.code in CODES)


def test_the_check_reports_the_suggestions(draft):
    assert {r.code for r in map(get_rule, CODES) if r is not None and r.category == "revision"} == CODES
    assert suggested(check(draft)) == suggested(revision_suggestions(draft))
    assert {d.code for d in check(draft) if d.code in CODES} == CODES


def test_the_editor_shows_them_without_hints(draft):
    assert {d.code for d in shown(check(draft)) if d.code in CODES} == CODES  # info, but not hints


def test_accepted_suggestions_go_in_an_incremental_check(draft):
    checker = Checker(draft)
    found = checker.full()
    session = next(d for d in found if d.code == SESSION)
    after = checker.update(apply_fix(draft, session))
    assert "at its eighty-first session a report" in draft.operative[11].text
    assert SESSION not in {d.code for d in after}
    assert after == check(draft)
    recall = next(d for d in after if d.code == RECALL)
    after = checker.update(apply_fix(draft, recall))
    assert draft.preamble[recall.fix.data[1]].text == "Recalling its resolution 79/180 of 17 December 2024,"
    assert RECALL not in {d.code for d in after}
    assert after == check(draft)
    with pytest.raises(StaleFix):
        apply_fix(draft, recall)  # again, from an old list: not twice
    draft.masthead.agenda_item.text = "Agenda item 68 (a)"
    after = checker.update([("masthead", "agenda_item")])
    assert CARRIED not in {d.code for d in after}
    assert after == check(draft)


def test_a_recall_typed_by_the_user_ends_the_suggestion_incrementally(draft):
    checker = Checker(draft)
    checker.full()
    draft.preamble[0].text = "Recalling its resolution 79/180 of 17 December 2024, " + draft.preamble[0].text
    after = checker.update([("preamble", 0)])
    assert RECALL not in {d.code for d in after}
    assert after == check(draft)


def test_the_base_is_read_once_and_other_edits_do_not_compare_again(draft, monkeypatch):
    decoded, compared = [], []
    base_of, suggestions = revision_rules.base_of, revision_rules.revision_suggestions
    monkeypatch.setattr(revision_rules, "_kept", {})
    monkeypatch.setattr(revision_rules, "base_of", lambda res: decoded.append(1) or base_of(res))
    monkeypatch.setattr(revision_rules, "revision_suggestions",
                        lambda res, base: compared.append(1) or suggestions(res, base))
    checker = Checker(draft)
    checker.full()
    checker.full()
    assert (len(decoded), len(compared)) == (1, 2)
    draft.operative[0].text = draft.operative[0].text.replace("the", "all the", 1)  # no figure, no session
    before = [d for d in checker.update([("operative", 0)]) if d.code in CODES]
    assert len(compared) == 2 and before == [d for d in check(draft) if d.code in CODES]


def test_a_recall_for_an_empty_preamble_is_shown_on_the_body_line(draft):
    draft.preamble.clear()
    (recall,) = [d for d in check(draft) if d.code == RECALL]
    assert recall.location.path == ("body",) and recall.fix.data == ("preamble", 0)
    apply_fix(draft, recall)
    assert [p.text for p in draft.preamble] == ["Recalling its resolution 79/180 of 17 December 2024,"]


def test_fix_all_safe_leaves_the_suggestions_to_the_user(draft):
    before = len(draft.preamble)
    apply_safe_fixes(draft)
    assert len(draft.preamble) == before  # no recall inserted: its fix is not safe
    assert {d.code for d in check(draft) if d.code in CODES} == CODES
