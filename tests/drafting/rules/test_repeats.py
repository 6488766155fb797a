"""A repeated opening without “also”/“further” is flagged at the paragraph that lacks it, and fixing every hint
gives the run UN editors write; a heading or another opening starts the count again."""

from __future__ import annotations

from drafting.importers.text import import_text
from drafting.rules import check
from drafting.rules.fixes import apply_safe_fixes


def hints(text: str) -> list[tuple[tuple, str]]:
    res = import_text("The General Assembly,\n\n" + text).resolution
    return [(d.location.path, d.fix.replacement) for d in check(res) if d.code == "RES208"]


def test_each_plain_repeat_of_a_run_is_told_the_adverb_of_its_place():
    text = ("Recalling its resolution 1/1,\n\n1. Invites States to act;\n\n2. Invites States to report;\n\n"
            "3. Invites the Secretary-General to assist.")
    assert hints(text) == [(("operative", 1), "Also invites"), (("operative", 2), "Further invites")]


def test_a_slip_planted_after_an_unmarked_repeat_is_flagged_where_it_stands():
    """Official texts leave about one repeat in four unmarked; a third plain “Invites” typed after such a pair is
    still told, at its own paragraph."""
    text = ("Recalling its resolution 1/1,\n\n1. Decides to proclaim the day;\n\n2. Invites States to act;\n\n"
            "3. Invites the Department to assist;\n\n4. Invites that the cost be met from voluntary contributions.")
    assert (("operative", 3), "Further invites") in hints(text)


def test_fixing_every_hint_gives_also_then_further():
    res = import_text("The General Assembly,\n\nRecalling its resolution 1/1,\n\n1. Requests a report;\n\n"
                      "2. Requests a review;\n\n3. Requests a plan.").resolution
    apply_safe_fixes(res)
    assert [p.text.split(" a ")[0] for p in res.operative] == ["Requests", "Also requests", "Further requests"]
    assert not [d for d in check(res) if d.code == "RES208"]


def test_after_further_the_plain_form_starts_again_as_official_texts_write_it():
    text = ("Reaffirming its resolution 1/1,\n\nReaffirming also its resolution 2/2,\n\n"
            "Reaffirming further its resolution 3/3,\n\nReaffirming its resolution 4/4,\n\n"
            "Reaffirming its resolution 5/5,\n\n1. Decides to act.")
    assert hints(text) == [(("preamble", 4), "Reaffirming also")]


def test_a_heading_between_starts_the_count_again():
    text = ("Recalling its resolution 1/1,\n\n1. Notes the report;\n\nII Illegal fishing\n\n2. Notes the concern.")
    assert hints(text) == []


def test_an_adverb_written_is_judged_against_the_paragraph_as_it_stands():
    """“Requests, Requests, Also requests”: one slip, the second paragraph's, not a wrong “also” in the third."""
    text = ("Recalling its resolution 1/1,\n\n1. Requests a report;\n\n2. Requests a review;\n\n"
            "3. Also requests a plan.")
    assert hints(text) == [(("operative", 1), "Also requests")]
