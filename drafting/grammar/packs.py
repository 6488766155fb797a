"""Which LanguageTool rules a style pack switches off, and why.

The defaults live in ``resources/spelling/languagetool.toml``.  A style pack may change
them in its own ``[grammar]`` table::

    [grammar]
    language = "en-GB"
    disabled_rules = { SOME_RULE_ID = "why it fights this body's style" }
    enabled_rules = ["TOO_LONG_SENTENCE"]          # switch a default-off rule back on
    disabled_categories = { SOME_CATEGORY = "why" }
    enabled_categories = []
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from ..paths import resource


@dataclass(frozen=True)
class GrammarPolicy:
    language: str
    disabled_rules: Mapping[str, str]  # LanguageTool rule id → reason
    disabled_categories: Mapping[str, str]  # LanguageTool category id → reason


@lru_cache(maxsize=1)
def _defaults() -> dict:
    return tomllib.loads(resource("spelling", "languagetool.toml").read_text(encoding="utf-8"))


def policy(pack=None) -> GrammarPolicy:
    """The defaults changed by the pack's ``[grammar]`` table, if any.

    ``pack`` is a style pack (its ``grammar`` attribute) or a mapping as read from its TOML.
    """
    base = _defaults()
    grammar = (pack.get("grammar") if isinstance(pack, Mapping) else getattr(pack, "grammar", None)) or {}
    return GrammarPolicy(grammar.get("language", base["language"]),
                         _merged(base.get("disabled_rules", {}), grammar, "rules"),
                         _merged(base.get("disabled_categories", {}), grammar, "categories"))


def _merged(defaults: Mapping[str, str], grammar: Mapping, kind: str) -> dict[str, str]:
    out = dict(defaults)
    out.update(grammar.get(f"disabled_{kind}", {}))
    for key in grammar.get(f"enabled_{kind}", []):
        out.pop(key, None)
    return out
