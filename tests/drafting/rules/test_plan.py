"""The engine's shortcuts keep the findings: the quick tests that pick the rules a place needs,
searches that start from a character, and the collector paused during a check."""

from __future__ import annotations

import gc
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from drafting import native
from drafting.importers import load_document
from drafting.rules import all_rules, check, load_pack, plan
from drafting.rules.context import Place, build_places
from drafting.rules.dates import _dash_between_figures
from drafting.rules.openings import _SEPARATED
from drafting.rules.punctuation import _POSSESSIVE
from drafting.rules.scan import matches_from
from tests.support.paths import CTOC, GA_TEXTS
from tests.support.strategies import resolutions

DOCUMENTS = [load_document(p).resolution for p in (CTOC, *GA_TEXTS.values())]
# What the quick tests look for (characters, listed words, figures) next to what they must not be fooled by.
SNIPPETS = ["’s", "'s", "China’s ", "%", "65 percent ", "per cent", "22/11/2021 ", "17-21 October ", "2016 – 2030",
            "from 17–21 ", "member states ", "U.N. ", "UNODC ", "(UNODC) ", "the WHO ", "labor ", "program ",
            "inter alia ", "modi operandi ", "resolution 70/1 ", "A / RES / 76 / 7 ", "S/RES/2250(2015) ",
            "; requests ", ". Requests ", ", and Requests ", "organs, organizations, and bodies ", "  ", " ,",
            "\u00a0", " - ", "—", "\"", "«", "12452 ", "3 groups ", ". 12 States ", "53th plenary meeting ",
            "77th session ", "Resolution 76/7 ", "res. 76/7 ", "A/C.3/77/L10 ", "article 26 of the Charter ",
            "The Convention ", "Secretary General ", "x", "é", "\t"]


def _meets(needs, place) -> bool:
    """Needs as registry.Needs documents them, tested the slow and obvious way."""
    inline = place.inline
    return (any(c in place.text for c in needs.chars) or bool(needs.words & place.words)
            or needs.digit and place.has_digit or needs.marks and inline is not None and bool(inline.marks)
            or needs.anchors and inline is not None and bool(inline.anchors) and place.kind != "footnote"
            or needs.caps and bool(place.caps))


def _runs_what_it_needs(res, pack=None) -> None:
    plans = plan.plans_for(r for r in all_rules() if r.code in load_pack(pack or "ga").rules)
    for place in build_places(res):
        kind_plan = plans.get(place.kind)
        if kind_plan is None:
            continue
        needed = kind_plan.needed(place)
        for bit, members in kind_plan.groups:
            assert bool(needed & bit) == _meets(members[0][0].needs, place), (place.path, members[0][0].code)


def _typed(res, picks):
    """The resolution with snippets typed into its paragraphs (picks: (paragraph, position, snippet) numbers)."""
    res = native.loads(native.dumps(res))
    paragraphs = [p for p in (*res.preamble, *res.operative)]
    for which, at, snippet in picks:
        p = paragraphs[which % len(paragraphs)]
        at = at % (len(p.text) + 1)
        piece = SNIPPETS[snippet % len(SNIPPETS)]
        p.text = p.text[:at] + piece + p.text[at:]
        for anchor in p.anchors:
            if anchor.offset >= at:
                anchor.offset += len(piece)
    return res


picks = st.lists(st.tuples(st.integers(0, 10_000), st.integers(0, 10_000), st.integers(0, 10_000)), max_size=30)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, len(DOCUMENTS) - 1), picks)
def test_a_paragraph_runs_the_rules_whose_needs_it_meets(which, typed):
    _runs_what_it_needs(_typed(DOCUMENTS[which], typed))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(resolutions())
def test_any_place_of_any_model_runs_the_rules_whose_needs_it_meets(res):
    _runs_what_it_needs(res, "mun")


# Any text, and texts dense in what splitting into words must get right.
wordy = st.text(alphabet=st.sampled_from(list("aZ09 .,-'’“\t\n\x0b\x1c\x1f\x00\x07\u00a0\u2003\u2011—éÉ½٣")),
                max_size=40)
_PUNCTUATION = "!\"#$%&()*+,./:;<=>?@[\\]^_`{|}~-'"
_WORDS = str.maketrans({c: " " for c in _PUNCTUATION} | {c: c.lower() for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"})
_CAPITALS = str.maketrans({c: " " for c in "abcdefghijklmnopqrstuvwxyz" + _PUNCTUATION.replace(".", "")})


ascii_wordy = st.text(alphabet=st.sampled_from(list("aZY09 .,-'\t\x0b\x1c\x00\x7f")), max_size=40)


@given(st.one_of(wordy, ascii_wordy, st.text(max_size=40)))
def test_a_places_words_capitals_and_figures_are_what_splitting_the_text_gives(text):
    place = Place(("preamble", 0), "preamble", text, None, None)
    folded = text
    for ch in "’“”‘–—\u00a0\u2011":
        folded = folded.replace(ch, " ")
    words = set(folded.translate(_WORDS).split())
    assert place.words == words
    assert place.caps == {w for w in folded.translate(_CAPITALS).split()
                          if len(w) > 1 and w.isupper() and len(w.replace(".", "")) > 1}
    assert sorted(set(place.numbers)) == sorted(w for w in words if w < ":")  # figures sort before letters
    assert place.has_digit == any(w < ":" for w in words)


# Texts dense in what the searches look for: their first characters, and what may stand around them.
dense = st.text(alphabet=st.sampled_from(list(";.’'s and also further requests Xs -‐‑–0123\t\u00a0é")), max_size=80)


@given(dense)
def test_searches_from_a_character_find_what_the_regex_finds(text):
    assert [m.span() for m in matches_from(_POSSESSIVE, text, "’'")] == [m.span() for m in _POSSESSIVE.finditer(text)]
    end = max(0, len(text) - 1)
    assert [m.span() for m in matches_from(_SEPARATED, text, ";.", end)] == \
        [m.span() for m in _SEPARATED.finditer(text, 0, end)]


@given(st.text(alphabet=st.sampled_from(list("01٣ -‐‑–\t\u00a0\u2009x")), max_size=30))
def test_a_range_is_found_from_its_dash_as_by_the_regex(text):
    assert _dash_between_figures(text) == bool(re.search(r"\d\s*[-‐‑–]\s*\d", text))


def test_the_collector_runs_again_after_a_check():
    check(DOCUMENTS[0])
    assert gc.isenabled()


def test_objects_frozen_by_the_app_stay_frozen_through_a_check():
    gc.freeze()  # as an app preparing to fork might
    try:
        before = gc.get_freeze_count()
        check(DOCUMENTS[0])
        assert gc.isenabled()
        assert gc.get_freeze_count() > 0.9 * before  # (a frozen object may die meanwhile)
    finally:
        gc.unfreeze()
