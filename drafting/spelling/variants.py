"""The UN spelling list (``drafting/wordlists.py``) as spelling uses it.

One source for the rules and the dictionary: the rules report "labor", "analyze",
"organisation" with the UN form; spelling offers that form first among its suggestions,
and the dictionary's rule (RES790) leaves those words to the rules.
"""

from __future__ import annotations

from functools import cache

from ..wordlists import keep_case, un_spelling


@cache
def un_variants() -> dict[str, str]:
    """{variant in lower case: its UN form}, e.g. "labor" → "labour"."""
    words, _ = un_spelling()
    return {wrong: right for wrong, (_, right) in words.items()}


def un_form(word: str) -> str | None:
    """The UN form of ``word`` in the word's case ("Labor" → "Labour"), or None."""
    right = un_variants().get(word.lower())
    return None if right is None else keep_case(word, right)
