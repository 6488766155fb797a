"""The words of a text that spelling looks at, with their offsets.

Skipped, because they are not words a dictionary can judge: document symbols
(A/RES/79/180, UNEP/EA.5/Res.1), web and e-mail addresses, acronyms in capitals
(UNODC, COVID), numbers and resolution numbers (79/180), single letters
("resolution 31/16 A") and lower-case roman numerals ("(iv)").  Ordinals (21st, 82th)
are kept so that a wrong suffix can be caught.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from ..digits import last_two

APOSTROPHES = "'’"
HYPHENS = "-‑"  # hyphen-minus and the non-breaking hyphen

# A run of letters, digits, apostrophes and hyphens: "capacity-building", "States’", "21st".
_A, _H = re.escape(APOSTROPHES), re.escape(HYPHENS)
_L = r"(?:[^\W_]|[\u0300-\u036f])"  # a letter or digit, or a combining accent (text from PDFs is often decomposed)
_CHUNK = re.compile(rf"{_L}+(?:[{_A}{_H}]{_L}+)*[{_A}]?")
_PART = re.compile(rf"[^{_H}]+")
# Spans never looked at: symbols with at least one slash, addresses.
_SKIP = re.compile(
    r"\b[A-Z][A-Z0-9.]*(?:/[A-Za-z0-9.\-]+)+\*?"  # A/C.3/80/L.30, CTOC/COP/WG.4/2022/4
    r"|\b(?:https?://|www\.)\S+"  # web addresses
    r"|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # e-mail addresses
)
_DIGIT = re.compile(r"\d")
_ACRONYM_ENDING = re.compile(rf"(?<=[A-Z]{{2}})(?:[{_A}]?s)$")  # UNODC’s, NGOs
_ORDINAL = re.compile(r"(\d+)(st|nd|rd|th)", re.IGNORECASE)
_ROMAN = re.compile(r"(?=[ivxlcdm])m{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})")


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str


def skipped_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _SKIP.finditer(text)]


def words(text: str) -> Iterator[Token]:
    """Every checkable word or hyphenated compound of ``text``, in order.

    A compound comes whole ("capacity-building"); the checker splits it only if the
    dictionary does not know it as a whole.
    """
    return (token for token in candidates(text) if is_checkable(token.text))


def candidates(text: str) -> Iterator[Token]:
    """The runs of letters (with apostrophes and hyphens) outside symbols and addresses, checkable
    or not: the checker decides once per distinct word, with ``is_checkable``."""
    skips = skipped_spans(text) if ("/" in text or "@" in text or "www." in text) else ()
    s = 0
    for m in _CHUNK.finditer(text):
        while s < len(skips) and skips[s][1] <= m.start():
            s += 1
        if s < len(skips) and skips[s][0] < m.end():
            continue
        word = m.group().rstrip(APOSTROPHES)
        yield Token(m.start(), m.start() + len(word), word)


def parts(token: Token) -> list[Token]:
    """The pieces of a hyphenated compound that are words themselves."""
    out = []
    for m in _PART.finditer(token.text):
        piece = m.group().rstrip(APOSTROPHES)
        if is_checkable(piece):
            out.append(Token(token.start + m.start(), token.start + m.start() + len(piece), piece))
    return out


def is_checkable(word: str) -> bool:
    if len(word) < 2:
        return False
    if _DIGIT.search(word):
        if has_hyphen(word):  # "21st-century", "COVID-19"
            return any(is_checkable(p) for p in _PART.findall(word))
        return is_ordinal_form(word)
    return not _ACRONYM_ENDING.sub("", word).isupper()  # acronyms: UNODC, UNODC’s, NGOs, COVID


def has_hyphen(word: str) -> bool:
    return any(h in word for h in HYPHENS)


def is_ordinal_form(word: str) -> bool:
    return _ORDINAL.fullmatch(word) is not None


def ordinal_suffix_ok(word: str) -> bool | None:
    """True for 1st/22nd/13th, False for 1th/22th/13rd, None when ``word`` is no ordinal."""
    m = _ORDINAL.fullmatch(word)
    if m is None:
        return None
    return m.group(2).lower() == ordinal_suffix(last_two(m.group(1)))


def ordinal_suffix(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def is_roman_numeral(word: str) -> bool:
    return word.islower() and _ROMAN.fullmatch(word) is not None


def normalize(word: str) -> str:
    """The form dictionaries store: composed accents, typographic apostrophe and hyphen made plain."""
    return unicodedata.normalize("NFC", word).replace("’", "'").replace("‑", "-")
