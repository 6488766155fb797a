"""Agreed language brought into a draft: the paragraph in its new part, and how to cite where it came from.

A preambular paragraph taken into the operative part gets the operative form of its opening
("Welcoming" → "Welcomes") and ends with a semicolon; the other way round, the participle and
a comma.  The source can be recalled in a preambular paragraph ("Recalling its resolution
79/180 of 17 December 2024,") or cited in a footnote ("A/RES/79/180, para. 5.").
"""

from __future__ import annotations

import re

from ..lexicon import OPERATIVE, PREAMBLE, Lexicon
from ..revisions import recall_text
from .extract import printed_date

_END = re.compile(r"[\s,;.:]*$")


def in_part(text: str, from_part: str, to_part: str, lexicon: Lexicon | None = None) -> tuple[str, str | None]:
    """The text as a paragraph of ``to_part``, and a note when its opening could not be converted."""
    lexicon = lexicon or Lexicon.default()
    text = " ".join(text.split())
    note = None
    if from_part != to_part and from_part in (PREAMBLE, OPERATIVE):
        opening = lexicon.match(text, from_part)
        converted = lexicon.convert(opening.text, to_part) if opening else None
        if opening is None:
            note = "no opening phrase was recognized; check the first words"
        elif converted is None:
            other = "operative" if to_part == OPERATIVE else "preambular"
            note = f"“{opening.text}” has no {other} form; reword it"
        else:
            start = opening.end - len(opening.text)
            text = text[:start] + converted + text[opening.end:]
    ending = "," if to_part == PREAMBLE else ";"
    return _END.sub("", text) + ending, note


def recalling(number: str, date: str, body: str, draft_body: str) -> str | None:
    """The preambular paragraph recalling an adopted resolution (None for a draft, which has no number)."""
    if not number:
        return None
    same = not body or not draft_body or body.lower() == draft_body.lower()
    return recall_text(number, printed_date(date) or None, "" if same else body)


def source_note(symbol: str, part: str, paragraph: str) -> str:
    """The footnote citing a paragraph: "A/RES/79/180, para. 5."."""
    where = {PREAMBLE: f"preambular para. {paragraph}", OPERATIVE: f"para. {paragraph}"}.get(
        part, f"annex, para. {paragraph}")
    return f"{symbol}, {where}." if paragraph else f"{symbol}."
