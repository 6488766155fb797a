"""Agreed language in a new part: the opening converted, the ending fixed, the source cited."""

from __future__ import annotations

from drafting.lexicon import OPERATIVE, PREAMBLE
from drafting.library.citing import in_part, recalling, source_note


def test_a_preambular_paragraph_becomes_operative():
    text, note = in_part("Welcoming the report of the Secretary-General,", PREAMBLE, OPERATIVE)
    assert (text, note) == ("Welcomes the report of the Secretary-General;", None)


def test_an_operative_paragraph_becomes_preambular_with_its_adverb():
    text, note = in_part("Also welcomes the adoption of the Pact for the Future;", OPERATIVE, PREAMBLE)
    assert text == "Welcoming also the adoption of the Pact for the Future," and note is None


def test_the_last_operative_paragraph_ends_with_a_semicolon_when_taken():
    assert in_part("Decides to remain seized of the matter.", OPERATIVE, OPERATIVE)[0] == \
        "Decides to remain seized of the matter;"


def test_an_opening_without_counterpart_is_kept_and_said():
    text, note = in_part("Mindful of the needs of developing countries,", PREAMBLE, OPERATIVE)
    assert text.startswith("Mindful of") and "Mindful" in note


def test_the_source_is_recalled_or_cited():
    assert recalling("79/180", "2024-12-17", "General Assembly", "General Assembly") == \
        "Recalling its resolution 79/180 of 17 December 2024,"
    assert recalling("2720 (2023)", "2023-12-22", "Security Council", "General Assembly") == \
        "Recalling Security Council resolution 2720 (2023) of 22 December 2023,"
    assert recalling("", "2025-11-05", "General Assembly", "General Assembly") is None  # a draft
    assert source_note("A/RES/79/180", OPERATIVE, "5") == "A/RES/79/180, para. 5."
    assert source_note("A/RES/79/180", PREAMBLE, "3") == "A/RES/79/180, preambular para. 3."
