"""Searching the library of official PDFs: phrases, words, filters, and queries that are not FTS syntax."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest

from drafting.library import Library
from drafting.library.search import parse


@pytest.fixture(scope="module")
def library(official_library: Path):
    with Library.open(official_library, read_only=True) as lib:
        yield lib


def paragraphs(db: Path, minimum_words: int = 12) -> list[tuple[str, str, str]]:
    conn = sqlite3.connect(db)
    try:
        return list(conn.execute("SELECT d.symbol, p.label, p.text FROM paragraphs p JOIN documents d "
                                 "ON d.id = p.document_id WHERE p.length >= ? ORDER BY p.id", (minimum_words,)))
    finally:
        conn.close()


def test_an_eight_word_phrase_finds_its_paragraph(library, official_library):
    rng = random.Random(8)
    sample = rng.sample(paragraphs(official_library), 25)
    for symbol, label, text in sample:
        words = text.split()
        start = rng.randrange(len(words) - 8)
        phrase = " ".join(words[start:start + 8])
        hits = library.search(f'"{phrase}"', limit=50)
        assert (symbol, label) in [(h.symbol, h.label) for h in hits], (phrase, symbol, label)
        assert all(_holds_phrase(h.text, phrase) for h in hits), phrase


def _holds_phrase(text: str, phrase: str) -> bool:
    from drafting.library.words import word_list

    needle, hay = word_list(phrase), word_list(text)
    return any(hay[i:i + len(needle)] == needle for i in range(len(hay) - len(needle) + 1))


def test_a_phrase_is_exact_where_words_are_not(library):
    words = library.search("seized matter", limit=200)
    phrase = library.search('"seized of the matter"', limit=200)
    assert phrase and len(phrase) <= len(words)
    assert all("seized of the matter" in h.text.lower() for h in phrase)
    reversed_words = library.search('"matter of the seized"', limit=10)
    assert reversed_words == []


def test_words_rank_the_paragraph_that_has_them_all_first(library, official_library):
    symbol, label, text = paragraphs(official_library, 30)[40]
    rare = sorted({w.strip(",;.()") for w in text.split() if len(w) > 9}, key=len)[-4:]
    hits = library.search(" ".join(rare), limit=5)
    assert (symbol, label) in [(h.symbol, h.label) for h in hits[:3]]
    assert hits == sorted(hits, key=lambda h: -h.score)


def test_matched_words_are_marked_for_highlighting(library):
    hit = library.search('sustainable "Development Goals"', limit=1)[0]
    marked = [hit.text[s:e].lower() for s, e in hit.matches]
    assert any("development goals" in m for m in marked)
    assert any("sustainable" in m for m in marked)


def test_filters_by_body_and_year(library):
    council = library.search("Council", limit=20, body="Security Council")
    assert council and {h.body for h in council} == {"Security Council"}
    recent = library.search("development", limit=50, since=2025)
    assert recent and all(h.date >= "2025" for h in recent)
    older = library.search("development", limit=50)
    assert any(h.date < "2025" for h in older)


def test_when_no_paragraph_has_every_word_the_closest_come(library):
    hits = library.search("seized xylophonistic", limit=5)
    assert hits and all("seized" in h.text.lower() for h in hits)
    assert library.search("xylophonistic quixotical") == []


@pytest.mark.parametrize("query", ['"unclosed phrase', "AND OR NOT", "-minus *star ^caret", "NEAR(a b)",
                                   'col:umn "" ""', "'", "(", "\u00a0", ""])
def test_any_text_is_a_query_never_an_error(library, query):
    assert isinstance(library.search(query), list)


def test_the_query_keeps_words_and_phrases_apart():
    q = parse('Welcomes "the Human Rights Council" and further', typing=True)
    assert q.phrases == (("the", "human", "rights", "council"),)
    assert q.words == ("welcomes",)  # "and" is too common to count outside quotes
    assert q.prefix == "further"
    assert parse("the and of").words == ("the", "and", "of")  # nothing else to search for
