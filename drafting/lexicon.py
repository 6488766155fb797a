"""Opening phrases: the longest-match opener, its italic span, and preambular ↔ operative forms.

The phrase lists live in ``resources/lexicon/`` (one phrase a line, ``# @section tier``).
Each listed phrase also exists with a repetition adverb: after the participle phrase in
the preamble ("Taking note also of", PRE-06) and before the verb in the operative part
("Also calls upon", OP-04); the verb-first legacy forms ("Decides also") are accepted too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from .paths import resource

PREAMBLE = "preamble"
OPERATIVE = "operative"
ADVERBS = ("also", "further")
# Prepositions that only introduce the object stay roman: *Taking note* of, *Guided* by.
ROMAN_TRAILERS = ("of", "at", "to", "about", "by", "that")
# Tiers that may take a repetition adverb; mun-only phrases are flagged, not extended.
_EXTENSIBLE = ("attested", "corpus", "common", "mun-listed")

_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*")


@dataclass(frozen=True)
class Phrase:
    text: str  # as listed or generated: "Taking note also of"
    part: str  # PREAMBLE or OPERATIVE
    tier: str  # attested, corpus, common, repetition, legacy, mun-listed, mun-only
    base: str  # the phrase without its repetition adverb: "Taking note of"
    adverb: str | None = None  # "also" / "further"

    @property
    def italic(self) -> str:
        """The italic part: the phrase without a trailing object preposition."""
        words = self.text.split()
        if len(words) > 1 and words[-1] in ROMAN_TRAILERS:
            words = words[:-1]
        return " ".join(words)


@dataclass(frozen=True)
class Opening:
    """An opening phrase found at the start of a paragraph."""

    phrase: Phrase
    text: str  # the words as they stand in the paragraph
    end: int  # offset just after the matched words
    italic_end: int  # offset just after the italic span

    @property
    def capitalized(self) -> bool:
        return self.text[:1].isupper()


def read_phrase_file(path: Path) -> list[tuple[str, str]]:
    """(tier, phrase) pairs from a phrase file."""
    tier, out = "attested", []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line.startswith("# @section"):
            tier = line.split(None, 3)[2]
        elif line and not line.startswith("#"):
            out.append((tier, line))
    return out


def _with_adverb(phrase: str, part: str, adverb: str, legacy: bool = False) -> str:
    words = phrase.split()
    if part == OPERATIVE and not legacy:
        return f"{adverb.capitalize()} {words[0][:1].lower()}{words[0][1:]} {' '.join(words[1:])}".strip()
    if part == OPERATIVE:  # legacy verb-first: "Decides also", "Calls also upon"
        return " ".join([words[0], adverb] + words[1:])
    if len(words) > 1 and words[-1] in ROMAN_TRAILERS:
        return " ".join(words[:-1] + [adverb, words[-1]])
    return f"{phrase} {adverb}"


def _strip_adverb(phrase: str, part: str) -> tuple[str, str | None]:
    words = phrase.split()
    for i, w in enumerate(words):
        if w.lower() in ADVERBS:
            rest = words[:i] + words[i + 1:]
            if not rest:
                break
            if i == 0:
                rest[0] = rest[0][:1].upper() + rest[0][1:]
            return " ".join(rest), w.lower()
    return phrase, None


class Lexicon:
    """Phrase lists of both parts with a word trie for longest-match lookup."""

    def __init__(self, entries: dict[str, list[tuple[str, str]]]):
        self._phrases: dict[str, dict[str, Phrase]] = {PREAMBLE: {}, OPERATIVE: {}}
        for part, pairs in entries.items():
            for tier, text in pairs:
                base, adverb = _strip_adverb(text, part)
                self._add(Phrase(text, part, tier, base, adverb))
            for tier, text in pairs:
                if tier not in _EXTENSIBLE or _strip_adverb(text, part)[1]:
                    continue
                for adverb in ADVERBS:
                    self._add(Phrase(_with_adverb(text, part, adverb), part, "repetition", text, adverb))
                    if part == OPERATIVE:
                        self._add(Phrase(_with_adverb(text, part, adverb, legacy=True), part, "legacy", text, adverb))
        self._tries = {part: self._build_trie(phrases) for part, phrases in self._phrases.items()}
        self._heads = {part: self._head_words(phrases) for part, phrases in self._phrases.items()}

    def _add(self, phrase: Phrase) -> None:
        known = self._phrases[phrase.part].get(phrase.text.lower())
        if known is None or _TIER_RANK.get(phrase.tier, 9) < _TIER_RANK.get(known.tier, 9):
            self._phrases[phrase.part][phrase.text.lower()] = phrase

    @staticmethod
    def _build_trie(phrases: dict[str, Phrase]) -> dict:
        root: dict = {}
        for key, phrase in phrases.items():
            node = root
            for word in key.split():
                node = node.setdefault(word, {})
            node[None] = phrase
        return root

    @staticmethod
    def _head_words(phrases: dict[str, Phrase]) -> dict[str, str]:
        return {p.base.split()[0].lower(): p.base.split()[0] for p in phrases.values()}

    @classmethod
    def default(cls) -> Lexicon:
        return _default_lexicon()

    # -- lookup ---------------------------------------------------------------

    def phrases(self, part: str, tiers: tuple[str, ...] | None = None) -> list[Phrase]:
        return sorted((p for p in self._phrases[part].values() if tiers is None or p.tier in tiers),
                      key=lambda p: p.text)

    def lookup(self, phrase: str, part: str) -> Phrase | None:
        return self._phrases[part].get(" ".join(phrase.split()).lower())

    def match(self, text: str, part: str) -> Opening | None:
        """The longest listed phrase at the start of ``text`` (first letter in any case)."""
        node: dict[Any, Any] = self._tries[part]
        best: tuple[Any, int] | None = None
        spans: list[tuple[int, int]] = []
        for m in _WORD.finditer(text, 0, min(len(text), 160)):
            if spans and text[spans[-1][1]:m.start()].strip():
                break  # punctuation between words ends the phrase
            if not spans and m.start() != len(text) - len(text.lstrip()):
                break
            child = node.get(m.group().lower())
            if child is None:
                break
            node = child
            spans.append((m.start(), m.end()))
            if None in node:
                best = (node[None], len(spans))
        if best is None:
            return None
        phrase, count = best
        start, end = spans[0][0], spans[count - 1][1]
        italic_words = len(phrase.italic.split())
        return Opening(phrase, text[start:end], end, spans[italic_words - 1][1])

    def classify(self, text: str) -> tuple[str | None, Opening | None]:
        """Which part a paragraph's opening belongs to, by its phrase."""
        pre, op = self.match(text, PREAMBLE), self.match(text, OPERATIVE)
        if pre and (not op or pre.end >= op.end):
            return PREAMBLE, pre
        if op:
            return OPERATIVE, op
        return None, None

    def opens_like_a_preambular_paragraph(self, text: str) -> bool:
        """Whether ``text`` opens with a listed preambular head word or the participle of a listed
        operative verb, after an adverb ("-ly", "Further") or "Being" or not: "Expressing alarm at",
        "Calling for", "Demanding", "Firmly believing", "Being gravely concerned" (phrases no list
        holds whole, but openings all the same)."""
        if not text.lstrip()[:1].isupper():
            return False
        words = [word.lower() for word in _WORD.findall(text[:80])]
        while words:
            third = to_third_person(words[0])
            if words[0] in self._heads[PREAMBLE] or (third is not None and third in self._heads[OPERATIVE]):
                return True
            if len(words) == 1 or not (words[0].endswith("ly") or words[0] in ADVERBS or words[0] in _AUXILIARIES):
                return False
            words = words[1:]
        return False

    # -- conversion -----------------------------------------------------------

    def convert(self, phrase: str, to_part: str) -> str | None:
        """"Welcoming also" → "Also welcomes"; "Takes note of" → "Taking note of".

        Returns None when the phrase has no counterpart ("Mindful of", "Adopts").
        """
        from_part = OPERATIVE if to_part == PREAMBLE else PREAMBLE
        base, adverb = _strip_adverb(phrase, from_part)
        words = base.split()
        head = words[0]
        converted = (to_participle if to_part == PREAMBLE else to_third_person)(head, self._heads[to_part])
        if converted is None:
            return None
        target = " ".join([converted] + words[1:])
        if adverb:
            target = _with_adverb(target, to_part, adverb)
        return target


_TIER_RANK = {"attested": 0, "corpus": 1, "common": 2, "repetition": 3, "legacy": 4, "mun-listed": 5, "mun-only": 6}


_AUXILIARIES = ("having", "being")  # "Having examined" has no operative counterpart


def _third_person_of(base: str) -> str:
    return base + "es" if base.lower().endswith(("ss", "sh", "ch", "x", "z", "o")) else base + "s"


def _needs_silent_e(stem: str) -> bool:
    """Welcom(e), Not(e), Urg(e), Recogniz(e), Endors(e), but Recall, Request, Consider."""
    s = stem.lower()
    if s.endswith(("iz", "ys", "v", "dg", "ag", "rc", "nc", "u", "at", "in", "ud", "id", "ut")):
        return True
    if s.endswith("s") and not s.endswith("ss"):
        return True
    return bool(re.search(r"[^aeiou][aeiou][bcdgkmnprtz]$", s)) and not s.endswith(("er", "en", "on", "it", "et"))


def to_third_person(participle: str, known: dict[str, str] | None = None) -> str | None:
    """Recalling → Recalls, Welcoming → Welcomes, Regretting → Regrets, Taking → Takes.

    ``known`` maps lower-cased verbs of the other part's lexicon to their spelling; a
    candidate found there wins over the spelling rules.
    """
    if not participle.lower().endswith("ing") or len(participle) < 5 or participle.lower() in _AUXILIARIES:
        return None
    stem = participle[:-3]
    undoubled = stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsfz" else stem
    bases = [undoubled, undoubled + "e"] if not _needs_silent_e(undoubled) else [undoubled + "e", undoubled]
    candidates = [_third_person_of(b) for b in bases]
    for c in candidates:
        if known and c.lower() in known:
            return known[c.lower()]
    return candidates[0]


def to_participle(verb: str, known: dict[str, str] | None = None) -> str | None:
    """Recalls → Recalling, Welcomes → Welcoming, Regrets → Regretting, Expresses → Expressing."""
    low = verb.lower()
    if not low.endswith("s") or len(low) < 3:
        return None
    base = verb[:-2] if low.endswith(("sses", "shes", "ches", "xes", "zes", "oes")) else verb[:-1]
    plain = base[:-1] + "ing" if base.lower().endswith("e") and not base.lower().endswith("ee") else base + "ing"
    candidates = [plain, base + base[-1] + "ing", base + "ing"]
    for c in candidates:
        if known and c.lower() in known:
            return known[c.lower()]
    return plain


@lru_cache(maxsize=1)
def _default_lexicon() -> Lexicon:
    folder = resource("lexicon")
    return Lexicon({
        PREAMBLE: read_phrase_file(folder / "preambular-phrases.txt"),
        OPERATIVE: read_phrase_file(folder / "operative-verbs.txt"),
    })
