"""Finding and loading the en_GB Hunspell dictionary, read by spylls (pure Python).

Resolute ships the dictionary in ``resources/spelling/dictionary/`` (LGPL, see COPYING
there), so spelling works the same on Linux, Windows, macOS and in the PyInstaller bundle.
A dictionary dropped into the user data folder (``<data>/dictionaries/en_GB.aff|.dic``)
takes precedence, so a user can update it; the system's Hunspell folders are the last
resort, for a packaging that leaves the shipped copy out.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import InputError
from ..paths import resource
from ..settings import data_dir

if TYPE_CHECKING:
    from spylls.hunspell import Dictionary

LANGUAGE = "en_GB"


@dataclass(frozen=True)
class DictionaryFiles:
    stem: Path  # the path without .aff/.dic
    origin: str  # "user", "shipped" or "system"

    @property
    def aff(self) -> Path:
        return self.stem.with_suffix(".aff")

    @property
    def dic(self) -> Path:
        return self.stem.with_suffix(".dic")


def system_folders() -> list[Path]:
    """Where Hunspell dictionaries usually live on this platform."""
    home = Path.home()
    if sys.platform == "darwin":
        return [home / "Library" / "Spelling", Path("/Library/Spelling"),
                Path("/opt/homebrew/share/hunspell"), Path("/usr/local/share/hunspell")]
    if os.name == "nt":
        programs = [Path(p) for p in (os.environ.get("PROGRAMFILES"), os.environ.get("PROGRAMFILES(X86)")) if p]
        return [p / "LibreOffice" / "share" / "extensions" / "dict-en" for p in programs]
    return [Path("/usr/share/hunspell"), Path("/usr/share/myspell"), Path("/usr/share/myspell/dicts"),
            Path("/usr/local/share/hunspell")]


def candidates(language: str = LANGUAGE) -> list[DictionaryFiles]:
    out = [DictionaryFiles(data_dir() / "dictionaries" / language, "user"),
           DictionaryFiles(resource("spelling", "dictionary", language), "shipped")]
    out += [DictionaryFiles(folder / language, "system") for folder in system_folders()]
    return out


def open_dictionary(language: str = LANGUAGE) -> tuple[DictionaryFiles, Dictionary, list[str]]:
    """The first dictionary in the search order that loads, the spylls Dictionary, and why the
    ones before it were passed over; an InputError naming the places tried if none loads."""
    tried, problems = candidates(language), list[str]()
    for files in tried:
        if not (files.aff.is_file() and files.dic.is_file()):
            continue
        try:
            return files, load_dictionary(files), problems
        except InputError as exc:
            problems.append(str(exc))
    places = ", ".join(str(f.stem.parent) for f in tried)
    reasons = f" ({'; '.join(problems)})" if problems else ""
    raise InputError(None, f"no usable {language} Hunspell dictionary found (looked in {places}){reasons}; "
                           f"reinstall Resolute or install hunspell-en-gb")


_loading = threading.Lock()  # one load at a time: a second caller waits for the first's result


def load_dictionary(files: DictionaryFiles) -> Dictionary:
    """A spylls Dictionary (loaded once per process), or an InputError if the files cannot be read."""
    with _loading:
        return _load(files)


@lru_cache(maxsize=4)
def _load(files: DictionaryFiles):
    from spylls.hunspell import Dictionary

    try:
        dictionary = Dictionary.from_files(str(files.stem))
        sane = all(dictionary.lookup(w) for w in _COMMON_WORDS)
    except (OSError, UnicodeDecodeError, ValueError, IndexError, KeyError) as exc:
        raise InputError(files.dic, f"this Hunspell dictionary cannot be read ({exc})") from None
    if not sane:  # spylls reads almost anything; a damaged file would flag every word
        raise InputError(files.dic, "this is not a usable English Hunspell dictionary "
                                    f"(it does not know “{'”, “'.join(_COMMON_WORDS)}”)")
    return dictionary


_COMMON_WORDS = ("the", "and", "resolution", "United", "Nations")


# -- suggestions within a time budget ------------------------------------------------------------
#
# spylls yields suggestions one by one, but a single one can take seconds on an odd word: it
# looks up hundreds of edits, each possibly as a compound.  Its suggester is given a lookup that
# checks a deadline on every look-up, so the search stops within milliseconds of the budget.


class _OutOfTime(Exception):
    pass


class _TimedLookup:
    """spylls' Lookup, raising _OutOfTime once the deadline has passed."""

    def __init__(self, inner) -> None:
        self._inner = inner
        self.deadline = float("inf")

    def check(self) -> None:
        if time.monotonic() > self.deadline:
            raise _OutOfTime

    def __call__(self, *args, **kwargs):
        self.check()
        return self._inner(*args, **kwargs)

    def good_forms(self, *args, **kwargs):
        self.check()
        for form in self._inner.good_forms(*args, **kwargs):
            yield form
            self.check()

    def __getattr__(self, name: str):
        return getattr(self._inner, name)


class _TimedWords:
    """The word list spylls' n-gram search walks (the whole dictionary), checking the deadline."""

    def __init__(self, words, lookup: _TimedLookup) -> None:
        self._words = words
        self._lookup = lookup

    def __iter__(self):
        for i, word in enumerate(self._words):
            if not i & 0x3FF:
                self._lookup.check()
            yield word

    def __len__(self) -> int:
        return len(self._words)


def _indexed_suggest(dictionary, lookup: _TimedLookup):
    """spylls' Suggest over ``dictionary``, its n-gram stage scoring only the roots ``RootIndex``
    finds can reach the shortlist (the suggestions stay exactly spylls')."""
    from spylls.hunspell.algo import ngram_suggest
    from spylls.hunspell.algo.suggest import Suggest

    from .root_index import RootIndex

    class IndexedSuggest(Suggest):
        index: RootIndex

        def ngram_suggestions(self, word: str, handled):
            """As spylls' own, given the roots that matter rather than all."""
            if self.aff.MAXNGRAMSUGS == 0:
                return
            misspelling = word.lower()
            roots = _TimedWords(self.index.candidates(misspelling, lookup.check), lookup)
            yield from ngram_suggest.ngram_suggest(
                misspelling, dictionary_words=roots, prefixes=self.aff.PFX, suffixes=self.aff.SFX,
                known={w.lower() for w in handled}, maxdiff=self.aff.MAXDIFF, onlymaxdiff=self.aff.ONLYMAXDIFF,
                has_phonetic=self.aff.PHONE is not None)

    suggester = IndexedSuggest(dictionary.aff, dictionary.dic, lookup)
    suggester.index = RootIndex(suggester.words_for_ngram)
    suggester.words_for_ngram = _TimedWords(suggester.words_for_ngram, lookup)  # the phonetic stage's
    return suggester


def _rule_aware_lookup(dictionary):
    """spylls' Lookup over ``dictionary``, skipping at once the search for a compound by
    ``COMPOUNDRULE`` where no root that such a rule names begins the word (en_GB's rules are
    for numerals: "21st"), which the suggester's edits otherwise pay for on every candidate."""
    from spylls.hunspell.algo.lookup import Lookup

    rule_flags = set().union(*(rule.flags for rule in dictionary.aff.COMPOUNDRULE or ()))
    starts = frozenset(word.stem for word in dictionary.dic.words if rule_flags & word.flags)

    class RuleAwareLookup(Lookup):
        def compounds_by_rules(self, word_rest: str, prev_parts=None, rules=None, allow_nosuggest: bool = True):
            if not prev_parts and not any(word_rest[:k] in starts for k in range(1, len(word_rest) + 1)):
                return iter(())
            return super().compounds_by_rules(word_rest, prev_parts or [], rules, allow_nosuggest)

    return RuleAwareLookup(dictionary.aff, dictionary.dic)


_suggesters: dict[int, tuple] = {}
_suggesting = threading.Lock()


def suggester_for(dictionary) -> tuple:
    """(dictionary, timed lookup, suggester), made once per dictionary (building the root index
    takes a fraction of a second); call with ``_suggesting`` held."""
    entry = _suggesters.get(id(dictionary))
    if entry is None or entry[0] is not dictionary:
        timed = _TimedLookup(_rule_aware_lookup(dictionary))
        entry = _suggesters[id(dictionary)] = (dictionary, timed, _indexed_suggest(dictionary, timed))
    return entry


def prepare_suggestions(dictionary) -> None:
    """Make the suggester now (in the background), so that the first suggestion need not wait."""
    with _suggesting:
        suggester_for(dictionary)


def suggest_within(dictionary, word: str, seconds: float, limit: int) -> list[str]:
    """Up to ``limit`` of spylls' suggestions for ``word``, those found within about ``seconds``."""
    with _suggesting:  # one search at a time: the deadline lives on the shared lookup
        _, timed, suggester = suggester_for(dictionary)
        found: list[str] = []
        timed.deadline = time.monotonic() + seconds
        try:
            for suggestion in suggester(word):
                found.append(suggestion)
                if len(found) >= limit:
                    break
        except _OutOfTime:
            pass
        finally:
            timed.deadline = float("inf")
        return found
