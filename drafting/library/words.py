"""Words as the full-text index sees them: runs of letters and digits, case and accents folded.

The same rule serves the index's tokenizer (``unicode61 remove_diacritics 2``), the
fingerprint that finds identical paragraphs, the rare words that find near-duplicates and
the highlighting of matched words, so that all four agree on what a word is.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

_WORD = re.compile(r"[^\W_]+")


def word_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _WORD.finditer(text)]


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """Lower case without accents: "Côte" → "cote"."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def word_list(text: str) -> list[str]:
    return [fold(w) for w in _WORD.findall(text)]


def fingerprint(words: list[str]) -> int:
    """A 63-bit hash of the word sequence: equal for texts that differ only in case, accents or punctuation."""
    digest = hashlib.blake2b(" ".join(words).encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big") >> 1
