"""SpellChecker: unknown words in a text, suggestions, the user's and the document's words.

A word is accepted when the UN lists, the user dictionary, the document's word list
(``resolution.meta.words``) or the Hunspell dictionary knows it; a possessive ("States’")
when its base is; a hyphenated compound when the dictionary knows it whole or knows
each of its parts.  Dictionary answers are cached per word, so checking an edited
paragraph again costs microseconds per word.

Spelling variants that the dictionary accepts but UN style does not (organisation,
program, percent) are the UN spelling rules' business, not this checker's.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable, Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field

from ..digits import last_two
from .hunspell import LANGUAGE, open_dictionary, prepare_suggestions, suggest_within
from .tokens import (
    Token,
    candidates,
    has_hyphen,
    is_checkable,
    is_roman_numeral,
    normalize,
    ordinal_suffix,
    ordinal_suffix_ok,
    parts,
)
from .unwords import un_words
from .userdict import UserDictionary, clean_word
from .variants import un_form

MAX_SUGGESTIONS = 5
# Hunspell's search (spylls) grows steeply with a word's length: a string of garbage a few
# thousand letters long kept a check busy for minutes.  Real words are shorter than these.
MAX_LOOKUP_LENGTH = 64  # longer tokens are unknown without asking the dictionary
MAX_SUGGEST_LENGTH = 30  # longer unknown words get no suggestions
SUGGEST_SECONDS = 1.5  # the search for one word stops after this (see hunspell.suggest_within)


@dataclass(frozen=True)
class Misspelling:
    """An unknown word at ``start:end`` of the text checked.

    ``suggestions`` are computed when first asked for (Hunspell's search takes tens of
    milliseconds a word, up to ``SUGGEST_SECONDS`` for an odd one), then cached by the checker.
    """

    start: int
    end: int
    word: str
    _suggest: Callable[[str], list[str]] | None = field(default=None, repr=False, compare=False)

    @property
    def suggestions(self) -> list[str]:
        return self._suggest(self.word) if self._suggest else []


class SpellChecker:
    def __init__(self, user: UserDictionary | None = None, extra_words: Iterable[str] = ()):
        # files: where the dictionary came from; problems: dictionaries passed over, and why
        self.files, self._dictionary, self.problems = open_dictionary(LANGUAGE)
        self.user = user if user is not None else UserDictionary()
        self._accepted = un_words() | {normalize(w) for w in extra_words}
        self._known: dict[str, bool] = {}  # dictionary answers, per word
        self._verdicts: dict[str, list[Token]] = {}  # unknown parts of a token, given ``_verdicts_for``
        self._verdicts_for: frozenset[str] = frozenset()  # the user's and document's words they assume
        self._extra_key: tuple = ()
        self._suggestions: dict[str, list[str]] = {}

    _default: SpellChecker | None = None
    _default_lock = threading.Lock()

    @classmethod
    def default(cls) -> SpellChecker:
        """The shared checker (loading the dictionary takes about a second: do it once)."""
        with cls._default_lock:
            if cls._default is None:
                cls._default = cls()
            return cls._default

    # -- checking ----------------------------------------------------------------------

    def check(self, text: str, document_words: Iterable[str] = ()) -> list[Misspelling]:
        """The unknown words of ``text``; ``document_words`` are accepted too (the .unres word list)."""
        extra = self._extra(document_words)
        out = []
        for token in candidates(text):
            verdict = self._verdicts.get(token.text)
            if verdict is None:
                verdict = self._verdicts[token.text] = (self._unknown(Token(0, len(token.text), token.text), extra)
                                                        if is_checkable(token.text) else [])
            for bad in verdict:
                out.append(Misspelling(token.start + bad.start, token.start + bad.end, bad.text, self.suggest))
        return out

    def _extra(self, document_words: Iterable[str]) -> frozenset[str]:
        """The user's and the document's words; cached verdicts are dropped when they change."""
        self.user.reload()
        key = (tuple(document_words), self.user.version)
        if key != self._extra_key:
            self._extra_key = key
            extra = frozenset(normalize(w) for w in itertools.chain(key[0], self.user.words))
            if extra != self._verdicts_for:
                self._verdicts.clear()
                self._verdicts_for = extra
        return self._verdicts_for

    def _unknown(self, token: Token, extra: AbstractSet[str]) -> list[Token]:
        ordinal = ordinal_suffix_ok(token.text)
        if ordinal is not None:
            return [] if ordinal else [token]
        if self._accepts(token.text, extra):
            return []
        if has_hyphen(token.text):
            return [p for p in parts(token) if self._unknown(p, extra)]
        return [token]

    def _accepts(self, word: str, extra: AbstractSet[str]) -> bool:
        word = normalize(word)
        if self._listed(word, extra) or self._in_dictionary(word) or is_roman_numeral(word):
            return True
        base = _possessive_base(word)
        return base is not None and (self._listed(base, extra) or self._in_dictionary(base))

    def _listed(self, word: str, extra: AbstractSet[str]) -> bool:
        """In the UN lists or the user's or document's words, with Hunspell's casing: a listed
        lower-case word is also accepted capitalized, a capitalized one only as listed."""
        for accepted in (self._accepted, extra):
            if word in accepted:
                return True
            if word[:1].isupper() and word[:1].lower() + word[1:] in accepted:
                return True
        return False

    def _in_dictionary(self, word: str) -> bool:
        if len(word) > MAX_LOOKUP_LENGTH:
            return False
        known = self._known.get(word)
        if known is None:
            known = self._known[word] = bool(self._dictionary.lookup(word))
        return known

    # -- suggestions and word lists ------------------------------------------------------

    def prepare_suggestions(self) -> None:
        """Build the suggester's index now (a fraction of a second), e.g. in the background at start."""
        prepare_suggestions(self._dictionary)

    def suggest(self, word: str) -> list[str]:
        """Up to five corrections, closest first (tens of milliseconds the first time, about
        ``SUGGEST_SECONDS`` at most; none for a word longer than ``MAX_SUGGEST_LENGTH``)."""
        cached = self._suggestions.get(word)
        if cached is None:
            ordinal = ordinal_suffix_ok(word)
            if ordinal is False:
                number = word.rstrip("stndrhTSNDRH")
                cached = [number + ordinal_suffix(last_two(number))]
            else:
                raw = suggest_within(self._dictionary, normalize(word), SUGGEST_SECONDS, 12) \
                    if len(word) <= MAX_SUGGEST_LENGTH else []
                cached = rank_suggestions(word, [s for s in raw if s != word])
                preferred = un_form(word)
                if preferred:
                    cached = [preferred] + [s for s in cached if s != preferred]
                cached = cached[:MAX_SUGGESTIONS]
            self._suggestions[word] = cached
        return list(cached)

    def cached_suggestions(self, word: str) -> list[str] | None:
        """The suggestions for ``word`` if they were found already, else None (never searches)."""
        cached = self._suggestions.get(word)
        return None if cached is None else list(cached)

    def add_to_user_dictionary(self, word: str) -> None:
        """Accept ``word`` in every document from now on (saved at once)."""
        self.user.add(word)

    def ignore_in_document(self, res, word: str) -> None:
        """Accept ``word`` in this resolution only: it is kept in ``res.meta.words`` (saved in the .unres)."""
        word = clean_word(word)
        if word not in res.meta.words:
            res.meta.words.append(word)
            res.meta.words.sort(key=str.casefold)


def _possessive_base(word: str) -> str | None:
    if word.endswith("'s") and len(word) > 3:
        return word[:-2]
    return None


def rank_suggestions(word: str, suggestions: list[str]) -> list[str]:
    """Closest first: by edit distance (a split into two words counts one more), then keeping
    the first letter; Hunspell's own order breaks ties."""
    def key(item):
        index, s = item
        split = (" " in s) or (("-" in s) != ("-" in word))
        return edit_distance(word.casefold(), s.casefold()) + split, s[:1].casefold() != word[:1].casefold(), index

    return [s for _, s in sorted(enumerate(suggestions), key=key)]


def edit_distance(a: str, b: str) -> int:
    """Damerau–Levenshtein distance (optimal string alignment)."""
    prev2, prev = None, list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            if prev2 is not None and i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[len(b)]
