"""Text helpers the rules share: words and capitals for quick tests, spans to leave alone, sentence starts,
word matching with case kept."""

from __future__ import annotations

import re
import string

from ..model import ITALIC

# A UN document symbol as it stands in running text: A/RES/76/7, E/CN.15/2022/L.2, CTOC/COP/WG.4/2022/4.
SYMBOL = re.compile(r"(?<![\w/])[A-Z][A-Za-z]{0,5}(?:\.\d+)?(?:/[A-Za-z0-9][A-Za-z0-9.\-]*)+\*?(?: \(\d{4}\))?")
QUOTED = re.compile(r"“[^“”]*”|\"[^\"]*\"|‘[^‘’]*’(?!\w)")
URL = re.compile(r"\b(?:https?://|www\.)\S+")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


# -- words and runs of capitals, for the quick tests of every place ---------------------------------------

_WIDE_PUNCTUATION = ("’", "“", "”", "‘", "–", "—", "\u00a0", "\u2011")
_PUNCTUATION = "!\"#$%&()*+,./:;<=>?@[\\]^_`{|}~-'"
_LOWER_WORDS = str.maketrans({c: " " for c in _PUNCTUATION} | {c: c.lower() for c in string.ascii_uppercase})
_CAPITALS = str.maketrans({c: " " for c in string.ascii_lowercase + _PUNCTUATION.replace(".", "")})


def _bytes_table(table: dict) -> bytes:
    """``table`` for ASCII text translated as bytes, with every separator made a space (which splitting ignores)."""
    out = bytearray(range(256))
    for b in range(128):
        mapped = table.get(b, b)
        out[b] = 32 if chr(b).isspace() else ord(mapped) if isinstance(mapped, str) else mapped
    return bytes(out)


_LOWER_WORDS_BYTES, _CAPITALS_BYTES = _bytes_table(_LOWER_WORDS), _bytes_table(_CAPITALS)


def _translate(text: str, table: dict, bytes_table: bytes) -> str:
    """``text.translate(table)``, up to whitespace: an ASCII text is translated as bytes (a lookup per byte in a
    table), about twice as fast as str.translate's lookup of each character in a dict."""
    if text.isascii():
        return text.encode("ascii").translate(bytes_table).decode("ascii")
    return text.translate(table)


def folded(text: str) -> str:
    """``text`` with curly quotes, dashes and no-break spaces made spaces (most texts are then ASCII)."""
    if not text.isascii():
        for ch in _WIDE_PUNCTUATION:
            if ch in text:
                text = text.replace(ch, " ")
    return text


def lower_words(text: str) -> set[str]:
    """The words of the folded text in lower case, punctuation left out."""
    return set(_translate(text, _LOWER_WORDS, _LOWER_WORDS_BYTES).split())


def capital_runs(text: str) -> set[str]:
    """Runs of two capitals or more in the folded text (acronyms, “UN”, “U.N.”, roman numerals)."""
    runs = _translate(text, _CAPITALS, _CAPITALS_BYTES).split()
    return {w for w in runs if len(w) > 1 and w.isupper() and len(w.replace(".", "")) > 1}


# -- spans to leave alone, sentences, case, searches ----------------------------------------------------


def protected_spans(text: str, marks=()) -> list[tuple[int, int]]:
    """Quoted titles, document symbols, URLs and italic spans (publication titles): style rules pass them by."""
    spans = []
    if "/" in text:
        spans += [m.span() for m in SYMBOL.finditer(text)]
        spans += [m.span() for m in URL.finditer(text)]
    if "“" in text or '"' in text or "‘" in text:
        spans += [m.span() for m in QUOTED.finditer(text)]
    spans += [(m.start, m.end) for m in marks if m.style == ITALIC]
    return spans


def overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(a < end and start < b for a, b in spans)


_NOT_SENTENCE_ENDS = ("No.", "vol.", "para.", "e.g.", "i.e.")


def sentence_start(text: str, pos: int) -> bool:
    """True at the start of the text or of a sentence ("… . We note")."""
    i = pos
    while i > 0 and text[i - 1].isspace():
        i -= 1
    if i == 0:
        return True
    return text[i - 1] in ".!?:“(" and not text.endswith(_NOT_SENTENCE_ENDS, 0, i)


def matches_from(pattern: re.Pattern, text: str, needles, endpos: int | None = None) -> list[re.Match]:
    """``pattern.finditer(text, 0, endpos)`` for a pattern whose matches begin with one of ``needles``
    (best single characters) and hold no other: the pattern is tried only where a needle stands, which
    str.find reaches far faster than a regex engine trying every position."""
    end = len(text) if endpos is None else endpos
    starts = []
    for needle in needles:
        at = text.find(needle, 0, end)
        while at >= 0:
            starts.append(at)
            at = text.find(needle, at + 1, end)
    return [m for at in sorted(starts) if (m := pattern.match(text, at, end)) is not None]


def alternation(words) -> str:
    """A regex group matching any of ``words``, longest first."""
    return "(?:" + "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)) + ")"
