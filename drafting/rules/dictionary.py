"""RES790, the dictionary's rule: words that neither Hunspell en_GB nor the UN lists, the
user's dictionary, the document's word list or the style pack's vocabulary know.

A pack switches spelling off with ``RES790 = "off"``.  Words that the UN spelling rules
list (labor, center, analyze) are left to them (RES70x report them with the UN form as a
fix) and are right in a pack with ``spelling = "us"``, so this rule never reports them.
The engine caches a place's findings by its text: after a word is added to the user
dictionary or the document's list, run a full check again.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..spelling.checker import SpellChecker
from ..spelling.document import CATEGORY, CODE, NAME
from ..spelling.variants import un_variants
from .context import Hit, Place
from .registry import RULE_PARTS, WARNING, note, op, pre, rule
from .scan import sentence_start


@rule(CODE, NAME, parts=RULE_PARTS, severity=WARNING, confidence="M", category=CATEGORY,
      message="This word is not in the dictionary: check its spelling, or add it to the dictionary.",
      rationale="Unknown words are mostly typing errors. The check uses the British English Hunspell "
                "dictionary with the UN's own names and terms (Member and observer States, UN bodies, treaties, "
                "Latin terms, document symbols), so correct UN usage is not flagged; UN spelling variants "
                "that the dictionary accepts (organisation, program, percent) are the RES70x rules' business.",
      source="SPELL-01; COED via the Hunspell en_GB dictionary; resources/spelling/",
      wrong=[pre("Recalling the goverment report,"), op("Decides to recieve the report;"),
             note("See the comittee report.")],
      right=[pre("Recalling, inter alia, resolution 79/180 and document A/C.3/80/L.30/Rev.1,"),
             pre("Recalling its decision under agenda item 99 (gg),"),
             op("Welcomes the cooperation of Türkiye, Côte d’Ivoire and Timor-Leste with UN-Women;"),
             note("United Nations, Treaty Series, vol. 2225, No. 39574.")])
def unknown_word(place: Place, ctx) -> list[Hit]:
    words = [*ctx.res.meta.words, *getattr(ctx.pack, "vocabulary", ())]
    text = place.text
    return [_hit(text, m.start, m.end, m.word) for m in _checker().check(text, words)
            if not _item_letter(text, m.start, m.end)]


_ITEM_LETTER = re.compile(r"([a-z])\1?")


def _item_letter(text: str, start: int, end: int) -> bool:
    """The letters of a list item in parentheses, past (z) doubled: “Agenda item 99 (gg)”, “subparagraph (aa)”."""
    return text[start - 1:start] == "(" and text[end:end + 1] == ")" and bool(_ITEM_LETTER.fullmatch(text[start:end]))


def _hit(text: str, start: int, end: int, word: str) -> Hit:
    """A capitalized word inside a sentence is most likely a name (of a person, place or body): a hint only. So is
    one opening parentheses, where texts give a name's short form or alias: “ISIL (Da’esh)”, “SPLA-IO (Taban)”."""
    if word[:1].isupper() and (not sentence_start(text, start) or text[start - 1:start] == "("):
        return Hit(start, end, f"“{word}” is not in the dictionary: if it is a name, add it to the dictionary",
                   hint=True)
    return Hit(start, end, f"“{word}” is not in the dictionary")


@lru_cache(maxsize=1)
def _checker() -> SpellChecker:
    """The shared dictionary, also accepting the variants the UN spelling lists correct (labor, center)."""
    return SpellChecker(extra_words=un_variants())
