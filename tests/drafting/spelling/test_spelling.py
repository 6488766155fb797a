"""Offline spelling: Hunspell en_GB with the UN layer, user and document word lists."""

from __future__ import annotations

import shutil
import unicodedata

import pytest

from drafting import native
from drafting.diagnostics import WARNING
from drafting.errors import InputError
from drafting.importers import load_document
from drafting.importers.text import import_text
from drafting.names import state_names
from drafting.paths import resource
from drafting.spelling import SpellChecker
from drafting.spelling import document as spelling_document
from drafting.spelling.hunspell import open_dictionary
from drafting.spelling.unwords import LISTS, read_list
from drafting.spelling.userdict import UserDictionary
from tests.support.paths import CORPUS, CTOC, GA_TEXTS


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    monkeypatch.setenv("RESOLUTE_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def checker(data_dir):
    return SpellChecker(user=UserDictionary(data_dir / "spelling" / "user-words.txt"))


def flagged(checker, text, words=()):
    return [m.word for m in checker.check(text, words)]


PLANTED = {"recieve": "receive", "goverment": "government", "developement": "development",
           "accomodate": "accommodate", "comittee": "committee"}
US_FORMS = {"labor": "labour", "analyze": "analyse", "centered": "centred", "fulfill": "fulfil",
            "color": "colour", "behavior": "behaviour", "defense": "defence", "favor": "favour",
            "counseling": "counselling"}


@pytest.mark.slow
@pytest.mark.parametrize("wrong, right", list(PLANTED.items()) + list(US_FORMS.items()))
def test_misspellings_are_found_with_the_right_word_suggested_first(checker, wrong, right):
    text = f"Requests the Secretary-General to {wrong} the report,"
    [m] = checker.check(text)
    assert text[m.start:m.end] == wrong
    assert m.suggestions[0] == right


def test_offsets_point_into_the_text_and_every_word_is_reported(checker):
    text = "Urges Member States to accomodate the goverment’s needs and recieve reports,"
    found = checker.check(text)
    assert [text[m.start:m.end] for m in found] == ["accomodate", "goverment’s", "recieve"]


def test_names_of_all_member_and_observer_states_are_accepted(checker):
    names = state_names(include_observers=True)
    assert len(names) == 195
    assert flagged(checker, ", ".join(names)) == []
    assert flagged(checker, "Côte d'Ivoire, Türkiye, Timor-Leste, Viet Nam and Lao People’s Democratic Republic") == []
    decomposed = unicodedata.normalize("NFD", "Côte d’Ivoire, Türkiye and the Escazú Agreement")  # as PDFs give it
    assert len(decomposed) > 46 and flagged(checker, decomposed) == []


@pytest.mark.parametrize("name", LISTS)
def test_every_entry_of_the_shipped_word_lists_is_accepted(checker, name):
    entries = read_list(resource("spelling", name))
    assert len(entries) > 10
    assert [e for e in entries if checker.check(e)] == []


def test_a_mistyped_name_is_still_caught(checker):
    assert flagged(checker, "Kyrgyzstn and Türkyie") == ["Kyrgyzstn", "Türkyie"]


@pytest.mark.parametrize("text", [
    "recalling, inter alia, its resolutions, mutatis mutandis, and the modi operandi of traffickers",
    "A/RES/79/180, A/C.3/80/L.30/Rev.1, CTOC/COP/WG.4/2022/4, UNEP/EA.5/Res.1 and S/RES/2334 (2016)",
    "resolutions 79/180 and 31/16 A of 17 December 2024, at its 53rd plenary meeting",
    "United Nations, Treaty Series, vols. 2225 and 2237, No. 39574; Ibid., vol. 2225, paras. 3–5",
    "the work of UNODC, INTERPOL and UN-Women on COVID-19, in subparagraph (iv)",
    "for LDCs, LLDCs and SIDS, the SDGs and UNODC’s work with NGOs",
    "intergovernmentally agreed, multistakeholder and agro-pastoral, over the biennia",
    "in line with the Escazú Agreement, the Sendai Framework and the Addis Ababa Action Agenda",
    "see https://www.unodc.org/documents/data-and-analysis/glotip.html or write to unodc-htmss@un.org",
])
def test_un_usage_is_not_flagged(checker, text):
    assert flagged(checker, text) == []


def test_latin_words_are_accepted_only_where_listed_spellings_match(checker):
    assert flagged(checker, "inter allia") == ["allia"]


def test_possessives_and_plural_possessives_of_known_words(checker):
    assert flagged(checker, "States’ obligations, the Organization’s mandate and Kyrgyzstan’s report") == []


def test_a_misspelt_part_of_a_compound_is_reported_alone(checker):
    text = "supports capacity-bilding and victim-centred approaches"
    [m] = checker.check(text)
    assert (m.word, text[m.start:m.end]) == ("bilding", "bilding")


def test_ordinal_suffixes_are_checked(checker):
    assert flagged(checker, "at its 82nd and 101st meetings in the 21st century") == []
    [m] = checker.check("at its 82th plenary meeting")
    assert m.word == "82th" and m.suggestions == ["82nd"]


def test_corpus_texts_have_no_spelling_finding():
    """The four real texts are correct UN usage: nothing may be flagged."""
    checker = SpellChecker.default()
    for path in [CTOC, *GA_TEXTS.values()]:
        res = load_document(path).resolution
        assert spelling_document.check_resolution(res, checker) == [], path.name


def test_user_dictionary_is_kept_in_the_data_folder_and_used_by_a_new_session(checker, data_dir):
    assert flagged(checker, "the Xandrian delegation") == ["Xandrian"]
    checker.add_to_user_dictionary("Xandrian")
    assert flagged(checker, "the Xandrian delegation") == []
    stored = (data_dir / "spelling" / "user-words.txt").read_text(encoding="utf-8")
    assert "Xandrian\n" in stored
    fresh = SpellChecker(user=UserDictionary())  # default path: inside RESOLUTE_DATA_DIR
    assert flagged(fresh, "XANDRIAN and Xandrian") == []
    assert flagged(fresh, "xandrian") == ["xandrian"]  # a capitalized entry stays capitalized


def test_a_word_added_by_another_window_is_seen_without_restart(checker, data_dir):
    other = UserDictionary(data_dir / "spelling" / "user-words.txt")
    other.add("Freedonian")
    assert flagged(checker, "Freedonian") == []


def test_a_damaged_user_dictionary_is_never_overwritten(checker, data_dir):
    path = data_dir / "spelling" / "user-words.txt"
    path.parent.mkdir(parents=True)
    damaged = b"\x00\x01\x02 not text" * 50
    path.write_bytes(damaged)
    assert flagged(checker, "the goverment") == ["goverment"]  # checking goes on without it
    assert checker.user.problem and "binary" in checker.user.problem
    with pytest.raises(InputError) as err:
        checker.add_to_user_dictionary("Xandrian")
    assert str(path) in str(err.value)
    assert path.read_bytes() == damaged


def test_user_dictionary_refuses_more_than_one_word(checker):
    with pytest.raises(ValueError):
        checker.add_to_user_dictionary("two words")


def test_document_word_list_is_used_and_saved_in_the_unres(checker, tmp_path):
    res = import_text((CORPUS / "A_80_L.8.txt").read_text(encoding="utf-8")).resolution
    res.operative[0].text += " The Zorblat initiative"
    [finding] = spelling_document.check_resolution(res, checker)
    assert finding.extra["word"] == "Zorblat"
    checker.ignore_in_document(res, "Zorblat")
    checker.ignore_in_document(res, "Zorblat")
    assert res.meta.words == ["Zorblat"]
    assert spelling_document.check_resolution(res, checker) == []
    path = tmp_path / "draft.unres"
    native.save(res, path)
    reloaded = native.load(path)
    assert reloaded.meta.words == ["Zorblat"]
    assert spelling_document.check_resolution(reloaded, checker) == []
    other = import_text((CORPUS / "A_80_L.8.txt").read_text(encoding="utf-8")).resolution
    assert flagged(checker, "The Zorblat initiative", other.meta.words) == ["Zorblat"]


@pytest.mark.slow
def test_findings_for_every_place_with_public_locations(checker):
    text = """General Assembly

Eightieth session

Agenda item 12

Colombia: draft resolution

Strengthening the comittee

*The General Assembly*,

*Recalling* its resolution 79/180,[^1]

1. *Decides* to recieve the report;

__________________

1. See the goverment report.
"""
    res = import_text(text).resolution
    found = spelling_document.check_resolution(res, checker)
    where = {(d.extra["word"], d.location.part) for d in found}
    assert where == {("comittee", "title"), ("recieve", "operative"), ("goverment", "footnote")}
    for d in found:
        assert d.code == "RES790" and d.category == "spelling" and d.severity == WARNING
        assert d.fix is None  # suggestions are not searched while checking (too slow for typing)
    note = next(d for d in found if d.location.part == "footnote")
    assert note.location.path == ("preamble", 0) and note.location.footnote == 0
    assert res.preamble[0].anchors[0].note.text[note.location.start:note.location.end] == "goverment"
    assert note.location.to_json("1")["part"] == "footnote"
    [enriched] = [d for d in spelling_document.with_suggestions(found, checker) if d.location.part == "footnote"]
    assert "did you mean “government”" in enriched.message
    assert enriched.fix.replacement == "government" and not enriched.fix.safe
    assert enriched.location == note.location


@pytest.mark.slow
def test_a_user_dictionary_folder_overrides_the_shipped_one(data_dir):
    folder = data_dir / "dictionaries"
    folder.mkdir(parents=True)
    shutil.copy(resource("spelling", "dictionary", "en_GB.aff"), folder / "en_GB.aff")
    shipped = resource("spelling", "dictionary", "en_GB.dic").read_text(encoding="utf-8-sig").splitlines()
    (folder / "en_GB.dic").write_text("\n".join([str(len(shipped))] + shipped[1:] + ["Zorblat"]) + "\n",
                                      encoding="utf-8")
    files, dictionary, problems = open_dictionary()
    assert files.origin == "user" and problems == []
    assert dictionary.lookup("Zorblat")


def test_a_damaged_dictionary_is_passed_over_with_the_reason(data_dir):
    folder = data_dir / "dictionaries"
    folder.mkdir(parents=True)
    (folder / "en_GB.aff").write_bytes(b"\x00garbage")
    (folder / "en_GB.dic").write_bytes(b"1\nzzz\n")
    files, _, problems = open_dictionary()
    assert files.origin == "shipped"
    assert len(problems) == 1 and str(folder / "en_GB.dic") in problems[0]


@pytest.mark.slow
def test_the_dictionary_loads_in_the_background_so_the_first_check_does_not_wait(monkeypatch):
    import time

    from drafting import spelling
    from drafting.spelling import hunspell

    monkeypatch.setattr(SpellChecker, "_default", None)
    hunspell._load.cache_clear()
    began = time.perf_counter()
    loading = spelling.preload()
    assert time.perf_counter() - began < 0.2
    loading.join(30)
    began = time.perf_counter()
    assert flagged(SpellChecker.default(), "the goverment") == ["goverment"]
    assert time.perf_counter() - began < 0.1
