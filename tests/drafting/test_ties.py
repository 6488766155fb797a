"""Ties: the places the UN's print keeps on one line, and their plain reading."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from drafting.ties import NO_BREAK_HYPHEN as NBH
from drafting.ties import NO_BREAK_SPACE as NBSP
from drafting.ties import tie, untie


@pytest.mark.parametrize(("plain", "tied"), [
    ("adopted on 4 December 2023,", f"adopted on 4{NBSP}December 2023,"),
    ("Sales No. E.93.I.8", f"Sales No.{NBSP}E.93.I.8"),
    ("A/79/284, para. 12; vol. 2; sect. A; chap. IV",
     f"A/79/284, para.{NBSP}12; vol.{NBSP}2; sect.{NBSP}A; chap.{NBSP}IV"),
    ("paragraph 5 of section III, annex II", f"paragraph{NBSP}5 of section{NBSP}III, annex{NBSP}II"),
    ("non-nuclear-weapon States", f"non{NBH}nuclear-weapon States"),
    ("its resolutions 973 (X) and 2200 A (XXI)", f"its resolutions 973{NBSP}(X) and 2200{NBSP}A{NBSP}(XXI)"),
    ("the COVID-19 pandemic, co-facilitators, UN-Women",
     f"the COVID{NBH}19 pandemic, co{NBH}facilitators, UN{NBH}Women"),
])
def test_the_places_the_un_keeps_together_are_tied(plain, tied):
    assert tie(plain) == tied
    assert untie(tied) == plain


@pytest.mark.parametrize("plain", [
    "self-defence and well-being",  # other hyphens may end a line
    "December 2023 and resolution 78/1",  # month and year, a resolution and its number
    "4 Decembers", "canon-law", "annex Iota",
    "in 2015 (A/70/1)", "resolution 78/1 (2023)",  # a number before other brackets
])
def test_other_places_stay_breakable(plain):
    assert tie(plain) == plain


@given(st.text(alphabet=st.sampled_from(list("0123 4-\u00a0\u2011abconNOD.December(XA)")), max_size=60))
def test_tying_keeps_the_length_and_untying_undoes_it(text):
    tied = tie(text)
    assert len(tied) == len(text)
    assert tie(untie(tied)) == tied
    assert untie(tie(untie(text))) == untie(text)
