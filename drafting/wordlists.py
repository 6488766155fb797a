"""The word lists shipped in ``resources/rules/``, read once, for the rules and for spelling.

Lists hold one entry a line under ``# @section name`` headers; pair lists hold
``wrong = right`` lines.  ``un_spelling`` is the UN spelling list (programme, labour,
-ize) that both the UN spelling rules and the dictionary's suggestions use.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from .paths import resource

_ISE_FORMS = (("ize", "ise"), ("izes", "ises"), ("ized", "ised"), ("izing", "ising"), ("ization", "isation"),
              ("izations", "isations"), ("izer", "iser"), ("izers", "isers"))

UnWords = dict[str, tuple[str, str]]  # wrong word → (section, right)
UnPhrases = list[tuple[str, frozenset[str], str, str]]  # (wrong phrase, its words, section, right)


def read_sections(path: Path) -> dict[str, list[str]]:
    """Non-comment lines under ``# @section name`` headers: {section: [lines]}."""
    out: dict[str, list[str]] = {}
    section = "default"
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line.startswith("# @section"):
            section = line.split(None, 2)[2].strip()
            out.setdefault(section, [])
        elif line and not line.startswith("#"):
            out.setdefault(section, []).append(line)
    return out


def read_pairs(path: Path) -> dict[str, list[tuple[str, str]]]:
    """``wrong = right`` lines under section headers: {section: [(wrong, right)]}."""
    out: dict[str, list[tuple[str, str]]] = {}
    for name, lines in read_sections(path).items():
        out[name] = []
        for line in lines:
            wrong, _, right = line.partition("=")
            out[name].append((wrong.strip(), right.strip()))
    return out


read_words = read_sections


def keep_case(found: str, right: str) -> str:
    """The replacement in the case of the word found: "Labor" → "Labour", "LABOR" → "LABOUR"."""
    if found.isupper() and len(found) > 1:
        return right.upper()
    if found[:1].isupper():
        return right[:1].upper() + right[1:]
    return right


@cache
def un_spelling() -> tuple[UnWords, UnPhrases]:
    """({wrong word: (section, right)}, [(wrong phrase, its words, section, right)]).

    Phrases hold a space or a hyphen (“capacity building”, “co-operation”).
    """
    sections = read_pairs(resource("rules", "un-spelling.txt"))
    for verb in read_words(resource("rules", "ize-verbs.txt")).get("default", []):
        stem = verb[:-3]
        sections.setdefault("ize", []).extend((stem + wrong, stem + right) for right, wrong in _ISE_FORMS)
    words: UnWords = {}
    phrases: UnPhrases = []
    for name, pairs in sections.items():
        for wrong, right in pairs:
            wrong = wrong.lower()
            if " " in wrong or "-" in wrong:
                phrases.append((wrong, frozenset(wrong.replace("-", " ").split()), name, right))
            else:
                words[wrong] = (name, right)
    return words, phrases
