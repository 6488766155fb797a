"""The UN layer over the dictionary: names and terms that are correct in UN texts.

Names of Member and observer States come from ``resources/names/`` (``drafting.names``);
UN bodies and organs, treaty names, Latin and other foreign terms in UN usage, and the
abbreviations of references come from ``resources/spelling/*.txt``, and the Latin terms the
italics rules know from ``resources/rules/latin.txt``.  Every word of every
listed name is accepted on its own, as a user dictionary would: "Escazú" in the Escazú
Agreement, "alia" in "inter alia".
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..names import state_names
from ..paths import resource
from .tokens import normalize, parts, words

# The word lists under resources/spelling/, in the order the README describes them.
LISTS = ("un-bodies.txt", "treaties.txt", "latin.txt", "un-terms.txt", "places.txt")
# Lists of the rules that name correct UN usage too: the Latin terms of ITAL-01.
RULES_LISTS = ("latin.txt",)


def read_list(path: Path) -> list[str]:
    """Entries of a list file: one a line, ``#`` comments and ``# @section`` headers skipped."""
    out = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split(" #", 1)[0].strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


def words_of(entries: list[str]) -> set[str]:
    """The checkable words of names and phrases, normalized, with the pieces of compounds."""
    out: set[str] = set()
    for entry in entries:
        for token in words(entry):
            out.add(normalize(token.text))
            out.update(normalize(p.text) for p in parts(token))
    return out


@lru_cache(maxsize=1)
def un_words() -> frozenset[str]:
    entries = list(state_names(include_observers=True))
    for name in LISTS:
        entries += read_list(resource("spelling", name))
    for name in RULES_LISTS:
        entries += read_list(resource("rules", name))
    return frozenset(words_of(entries))
