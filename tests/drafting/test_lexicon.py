"""Opening phrases: longest match, adverb slots, italic span, and preambular ↔ operative forms."""

from __future__ import annotations

import pytest

from drafting.lexicon import OPERATIVE, PREAMBLE, Lexicon, to_participle, to_third_person

LEX = Lexicon.default()


@pytest.mark.parametrize("text, phrase, italic", [
    ("Taking note of the report", "Taking note of", "Taking note"),
    ("Taking note with appreciation of the issue papers", "Taking note with appreciation of",
     "Taking note with appreciation"),
    ("Taking note also of the reports", "Taking note also of", "Taking note also"),
    ("Recalling further Commission resolution 26/3", "Recalling further", "Recalling further"),
    ("Expressing concern also about the", "Expressing concern also", "Expressing concern also"),
    ("Bearing in mind that the Protocol", "Bearing in mind", "Bearing in mind"),
    ("Guided by the Charter", "Guided by", "Guided"),
    ("Welcoming also the", "Welcoming also", "Welcoming also"),
])
def test_preamble_longest_match_and_italic_span(text, phrase, italic):
    m = LEX.match(text, PREAMBLE)
    assert m.phrase.text == phrase
    assert text[:m.italic_end] == italic


@pytest.mark.parametrize("text, phrase, adverb, tier", [
    ("Also calls upon States", "Also calls upon", "also", "attested"),
    ("Further requests the Secretary-General", "Further requests", "further", "repetition"),
    ("Takes note with appreciation of the report", "Takes note with appreciation of", None, "attested"),
    ("Decides also to", "Decides also", "also", "legacy"),
    ("Requests the Office", "Requests", None, "attested"),
])
def test_operative_adverb_before_the_verb(text, phrase, adverb, tier):
    m = LEX.match(text, OPERATIVE)
    assert (m.phrase.text, m.phrase.adverb, m.phrase.tier) == (phrase, adverb, tier)


def test_no_match_inside_a_word_or_after_punctuation():
    assert LEX.match("Notingham is a city", PREAMBLE) is None
    assert LEX.match("Recalling, in particular", PREAMBLE).phrase.text == "Recalling"
    assert LEX.match("The importance of", PREAMBLE) is None


def test_lower_case_opening_still_matches_for_the_rules_to_flag():
    m = LEX.match("recalling its resolution", PREAMBLE)
    assert m.phrase.text == "Recalling" and not m.capitalized


def test_classify_tells_the_parts_apart():
    assert LEX.classify("Welcoming the report")[0] == PREAMBLE
    assert LEX.classify("Welcomes the report")[0] == OPERATIVE
    assert LEX.classify("We, the States Members")[0] is None


def test_mun_only_phrases_are_known_as_such():
    assert LEX.match("Further recalling the", PREAMBLE).phrase.tier == "mun-only"


@pytest.mark.parametrize("pre, op", [
    ("Welcoming", "Welcomes"), ("Taking note of", "Takes note of"), ("Expressing concern", "Expresses concern"),
    ("Recalling", "Recalls"), ("Noting with concern", "Notes with concern"), ("Urging", "Urges"),
    ("Regretting", "Regrets"), ("Emphasizing", "Emphasizes"), ("Stressing", "Stresses"),
    ("Recognizing", "Recognizes"), ("Deciding", "Decides"), ("Calling upon", "Calls upon"),
    ("Welcoming also", "Also welcomes"), ("Requesting further", "Further requests"),
    ("Reiterating", "Reiterates"), ("Condemning", "Condemns"), ("Endorsing", "Endorses"),
])
def test_preambular_and_operative_forms_convert_both_ways(pre, op):
    assert LEX.convert(pre, OPERATIVE) == op
    assert LEX.convert(op, PREAMBLE) == pre


def test_phrases_without_a_counterpart():
    assert LEX.convert("Mindful of", OPERATIVE) is None
    assert LEX.convert("Having examined", OPERATIVE) is None  # a perfect participle has no operative form
    assert to_third_person("Being") is None
    assert to_participle("Is") is None


def test_phrase_lists_serve_autocomplete_by_part():
    pre = {p.text for p in LEX.phrases(PREAMBLE, ("attested",))}
    op = {p.text for p in LEX.phrases(OPERATIVE, ("attested",))}
    assert "Recalling also" in pre and "Recalls" not in pre
    assert "Also calls upon" in op and "Recalling" not in op
