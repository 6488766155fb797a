"""A new draft from last session's text: masthead moved on, base remembered, updates suggested."""

from __future__ import annotations

import copy
import subprocess
import sys
from datetime import date

import pytest

from drafting import native
from drafting.compare.align import compare
from drafting.compare.report import changes
from drafting.importers import load_document
from drafting.model import Anchor, Footnote, Paragraph
from drafting.ordinals import ordinal_word, parse_ordinal, session_ordinals
from drafting.revisions import (
    CARRIED,
    RECALL,
    SESSION,
    apply_suggestion,
    base_of,
    new_draft_from,
    next_symbol,
    revision_suggestions,
)
from tests.support.paths import CTOC, GA_TEXTS, ROOT

DAY = date(2025, 11, 3)


@pytest.fixture(scope="module")
def res79():
    return load_document(GA_TEXTS["A_RES_79_180"]).resolution


@pytest.fixture
def draft(res79):
    return new_draft_from(res79, DAY)


def codes(res) -> list[str]:
    return [d.code for d in revision_suggestions(res)]


def test_the_masthead_moves_to_the_next_session(draft):
    m = draft.masthead
    assert m.session.text == "Eightieth session"
    assert m.distribution.text == "Limited"
    assert m.date.text == "3 November 2025"
    assert m.symbol.text == "A/C.3/80/L.__"  # adopted on the report of the Third Committee
    assert m.committee.text == "Third Committee"
    assert m.original.text == "English"
    assert m.organ.text == "General Assembly" and m.agenda_item.text == "Agenda item 71 (b)"


def test_adoption_lines_go_the_body_line_stays_the_submission_line_is_empty(draft, res79):
    assert draft.adoption is None
    assert draft.authoring_body.text == "The General Assembly,"
    assert draft.submission.line == "" and draft.submission.sponsors == []
    assert draft.title.text == res79.title.text  # without "79/180."


def test_the_text_is_the_base_text(draft, res79):
    cmp = compare(res79, draft)
    assert [c.kind for c in changes(cmp)] == ["header"] * len(changes(cmp))
    assert [p.text for p in draft.operative] == [p.text for p in res79.operative]
    assert len(draft.footnotes()) == len(res79.footnotes()) == 15


def test_the_base_is_remembered_and_survives_saving(draft, res79, tmp_path):
    assert draft.meta.base["symbol"] == "A/RES/79/180"
    assert draft.meta.base["title"] == res79.title.text
    path = tmp_path / "draft.unres"
    native.save(draft, path)
    loaded = native.load(path)
    base = base_of(loaded)
    assert base.adoption.number == "79/180" and base.masthead.symbol.text == "A/RES/79/180"
    assert changes(compare(res79, base)) == []
    assert codes(loaded) == codes(draft)


def test_a_draft_of_a_draft_keeps_one_generation(draft):
    again = new_draft_from(draft, DAY)
    assert base_of(again).meta.base is None
    assert again.masthead.session.text == "Eighty-first session"


def test_recalling_the_base_resolution_is_suggested_and_applied(draft):
    (recall,) = [d for d in revision_suggestions(draft) if d.code == RECALL]
    assert recall.fix.replacement == "Recalling its resolution 79/180 of 17 December 2024,"
    assert recall.severity == "info" and not recall.fix.safe
    before = len(draft.preamble)
    apply_suggestion(draft, recall)
    assert len(draft.preamble) == before + 1
    # before the first preambular paragraph that recalls resolutions ("Recalling its adoption of resolutions…")
    assert draft.preamble[recall.fix.data[1]].text == "Recalling its resolution 79/180 of 17 December 2024,"
    assert draft.preamble[recall.fix.data[1] + 1].text.startswith("Recalling its adoption of resolutions")
    assert RECALL not in codes(draft)


def test_session_references_move_one_session_on(draft):
    (session,) = [d for d in revision_suggestions(draft) if d.code == SESSION]
    assert session.location.path == ("operative", 11)
    assert draft.operative[11].text[session.location.start:session.location.end] == "eightieth"
    assert session.fix.replacement == "eighty-first"
    apply_suggestion(draft, session)
    assert "at its eighty-first session a report" in draft.operative[11].text
    assert SESSION not in codes(draft)  # accepted: not suggested again


def test_a_reference_the_user_already_changed_is_left_alone(draft):
    op = draft.operative[11]
    op.text = op.text.replace("eightieth session", "eighty-second session")
    assert SESSION not in codes(draft)


def test_past_sessions_are_not_moved(draft):
    draft.operative.append(Paragraph("Recalls the high-level meeting held at its seventy-eighth session;"))
    assert [d.location.path for d in revision_suggestions(draft) if d.code == SESSION] == [("operative", 11)]


def test_footnotes_stay_with_their_words_when_a_fix_changes_the_length(draft):
    op = draft.operative[11]
    op.anchors.append(Anchor(len(op.text), Footnote("A/79/284.")))
    (session,) = [d for d in revision_suggestions(draft) if d.code == SESSION]
    apply_suggestion(draft, session)
    assert op.anchors[-1].offset == len(op.text)


def test_a_draft_base_gets_no_recall_but_its_sessions_move():
    base = load_document(GA_TEXTS["A_C.3_80_L.30"]).resolution
    draft = new_draft_from(base, DAY)
    assert draft.masthead.symbol.text == "A/C.3/81/L.__"
    assert draft.masthead.session.text == "Eighty-first session"
    found = revision_suggestions(draft)
    assert RECALL not in [d.code for d in found]
    assert [(d.location.path, d.fix.replacement) for d in found if d.code == SESSION] == [
        (("operative", 35), "eighty-second"), (("operative", 36), "eighty-second")]


def test_a_vienna_draft_keeps_its_place_but_flags_it():
    draft = new_draft_from(load_document(CTOC).resolution, DAY)
    assert draft.masthead.session.text == "Twelfth session"
    carried = [d for d in revision_suggestions(draft) if d.code == CARRIED]
    assert [d.location.path for d in carried] == [("masthead", "agenda_item"), ("masthead", "place_and_dates")]
    assert all(d.fix is None for d in carried)


def test_no_base_no_suggestions(res79):
    assert revision_suggestions(copy.deepcopy(res79)) == []


@pytest.mark.parametrize("symbol, expected", [
    ("A/RES/79/180", "A/80/L.__"),
    ("A/HRC/RES/51/1", "A/HRC/52/L.__"),
    ("E/RES/2022/1", "E/2026/L.__"),
    ("E/CN.15/2022/L.2", "E/CN.15/2026/L.__"),
    ("CTOC/COP/2022/L.4", "CTOC/COP/2026/L.__"),
    ("UNEP/EA.5/Res.1", "UNEP/EA.6/L.__"),
    ("A/C.3/80/L.30/Rev.1", "A/C.3/81/L.__"),
    ("A/77/L.5/Add.1", "A/78/L.__"),
])
def test_symbol_placeholders(symbol, expected):
    assert next_symbol(symbol, None, None, 2026) == expected


def test_ordinals_in_words():
    assert [ordinal_word(n) for n in (1, 11, 20, 79, 80, 81, 100, 101)] == [
        "first", "eleventh", "twentieth", "seventy-ninth", "eightieth", "eighty-first", "one hundredth",
        "one hundred and first"]
    assert all(parse_ordinal(ordinal_word(n)) == n for n in range(1, 1000))
    assert parse_ordinal("Seventy-Ninth") == 79 and parse_ordinal("session") is None
    text = "at its eightieth and eighty-first sessions, and at the first meeting of its eleventh session"
    assert [n for _, _, n in session_ordinals(text)] == [80, 81, 11]


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          timeout=120, cwd=ROOT)


def test_cli_writes_the_draft_and_lists_suggestions(tmp_path):
    target = tmp_path / "next.unres"
    done = _cli("new-from", str(GA_TEXTS["A_RES_79_180"]), "-o", str(target), "--date", "2025-11-03")
    assert done.returncode == 0, done.stderr
    assert "A/C.3/80/L.__" in done.stdout
    assert "suggestion RES901" in done.stdout and "suggestion RES902" in done.stdout
    draft = native.load(target)
    assert draft.masthead.date.text == "3 November 2025" and base_of(draft) is not None


@pytest.mark.slow
def test_cli_never_overwrites(tmp_path):
    target = tmp_path / "next.unres"
    target.write_text("mine", encoding="utf-8")
    done = _cli("new-from", str(GA_TEXTS["A_RES_79_180"]), "-o", str(target))
    assert done.returncode == 2 and "already exists" in done.stderr
    assert target.read_text(encoding="utf-8") == "mine"
    done = _cli("new-from", str(GA_TEXTS["A_RES_79_180"]), "-o", str(tmp_path / "next.docx"))
    assert done.returncode == 2 and ".unres" in done.stderr


def test_cli_bad_base_is_one_line(tmp_path):
    bad = tmp_path / "base.unres"
    bad.write_text('{"format": "resolute.unres", "version": 1, "resolution": {"preamble": 3}}', encoding="utf-8")
    done = _cli("new-from", str(bad), "-o", str(tmp_path / "next.unres"))
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and str(bad) in done.stderr
    assert not (tmp_path / "next.unres").exists()
