"""The UN spelling rules' word lists (``drafting/rules/spelling.py``), as spelling uses them.

One source for both: the rules report "labor", "analyze", "organisation" with the UN form;
spelling offers that form first among its suggestions, and its rule (RES790) leaves those
words to them.
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def un_variants() -> dict[str, str]:
    """{variant in lower case: its UN form}, e.g. "labor" → "labour"; empty without the rules."""
    try:
        from ..rules.spelling import word_lists
    except ImportError:  # a build without the UN spelling rules
        return {}
    words, _ = word_lists()
    return {wrong: right for wrong, (_, right) in words.items()}


def un_form(word: str) -> str | None:
    """The UN form of ``word`` in the word's case ("Labor" → "Labour"), or None."""
    right = un_variants().get(word.lower())
    if right is None:
        return None
    from ..rules.scan import keep_case

    return keep_case(word, right)
