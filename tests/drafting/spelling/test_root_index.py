"""The root index: spylls' n-gram stage scores only the roots that can reach its shortlist, and
suggests exactly what it suggests scoring them all; odd words stay quick."""

from __future__ import annotations

import time

import pytest

from drafting.spelling import SpellChecker
from drafting.spelling import checker as checker_module
from drafting.spelling.checker import MAX_LOOKUP_LENGTH, SUGGEST_SECONDS
from drafting.spelling.hunspell import open_dictionary
from drafting.spelling.root_index import RootIndex
from drafting.spelling.userdict import UserDictionary


@pytest.fixture(scope="module")
def spylls():
    from spylls.hunspell.algo.suggest import Suggest

    _, dictionary, _ = open_dictionary()
    plain = Suggest(dictionary.aff, dictionary.dic, dictionary.lookuper)
    return dictionary, plain, RootIndex(plain.words_for_ngram)


def ngram(dictionary, word: str, roots) -> list[str]:
    """spylls' own n-gram stage over ``roots``."""
    from spylls.hunspell.algo import ngram_suggest

    aff = dictionary.aff
    return list(ngram_suggest.ngram_suggest(word, dictionary_words=roots, prefixes=aff.PFX, suffixes=aff.SFX,
                                            known=set(), maxdiff=aff.MAXDIFF, onlymaxdiff=aff.ONLYMAXDIFF,
                                            has_phonetic=aff.PHONE is not None))


WORDS = ["goverment", "reafirming", "comittee", "humanitarain", "secratariat", "resolutoin", "acheive",
         "internatoinal", "thw", "abc", "xqzvbkwp", "qqqqqqqqqqqqqqqqqqqq", "unitednationsgeneralassembly",
         "sustainabel", "déclaration", "o'clock", "mid-term", "eradiction", "participaton"]


@pytest.mark.parametrize("word", WORDS)
def test_the_few_roots_give_the_suggestions_all_roots_give(spylls, word):
    dictionary, plain, index = spylls
    roots = index.candidates(word)
    assert ngram(dictionary, word, roots) == ngram(dictionary, word, plain.words_for_ngram)


@pytest.mark.parametrize("word", ["goverment", "reafirming", "secratariat", "xqzvbkwp", "participaton"])
def test_only_a_small_share_of_the_roots_is_scored(spylls, word):
    _, plain, index = spylls
    assert len(index.candidates(word)) < len(plain.words_for_ngram) / 50


def test_the_search_stops_when_time_is_up(spylls):
    _, _, index = spylls

    class OutOfTime(Exception):
        pass

    def no_time() -> None:
        raise OutOfTime

    with pytest.raises(OutOfTime):
        index.candidates("participaton", no_time)


@pytest.fixture
def checker(tmp_path, monkeypatch):
    monkeypatch.setenv("RESOLUTE_DATA_DIR", str(tmp_path / "data"))
    return SpellChecker(user=UserDictionary())


@pytest.mark.parametrize(("wrong", "right"), [("Reafirming", "Reaffirming"), ("goverment", "government"),
                                              ("comittee", "committee"), ("humanitarain", "humanitarian"),
                                              ("Secratariat", "Secretariat"), ("resolutoin", "resolution"),
                                              ("participaton", "participation"), ("eradiction", "eradication")])
def test_typical_misspellings_get_the_right_word_first(checker, wrong, right):
    assert checker.suggest(wrong)[0] == right


def test_an_overlong_word_is_not_searched(checker, monkeypatch):
    def searched(*args, **kwargs):
        raise AssertionError("no search for an overlong word")

    monkeypatch.setattr(checker_module, "suggest_within", searched)
    word = "a" * (MAX_LOOKUP_LENGTH + 1)
    assert checker.check(word)[0].word == word
    assert checker.suggest(word) == []


@pytest.mark.parametrize("garbage", ["xqzvbkwp", "Qwertyuiopasdfghjklzxcvbnmqwer", "zzzzzzzzzzzzzzzzzzzzzzzzzzzzz",
                                     "ŋŋŋŋŋŋŋŋŋŋ", "1st2nd3rd4th5th6th7th"])
def test_garbage_gets_its_answer_within_the_time_budget(checker, garbage):
    start = time.monotonic()
    suggestions = checker.suggest(garbage)
    assert time.monotonic() - start < 2 * SUGGEST_SECONDS  # the budget, with room for a busy machine
    assert all(isinstance(s, str) for s in suggestions)
