"""Word-level differences within two aligned paragraphs, with character offsets.

Tokens are words (symbols such as A/RES/79/180 and hyphenated words stay whole), single
punctuation marks and runs of spaces, so that "Convention;" → "Convention." is one
changed mark and not a changed word.  The opening phrase of a preambular or operative
paragraph is one token: "Requests" → "Also requests" is a new opening, not an inserted
"Also" and a lower-cased verb.  Changes separated only by spaces are joined.

The edits cover both texts end to end: the old spans joined give the old text, the new
spans joined give the new one.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from difflib import SequenceMatcher

from ..lexicon import Lexicon

EQUAL, INSERT, DELETE, REPLACE = "equal", "insert", "delete", "replace"

_TOKEN = re.compile(r"\w+(?:[’'/.-]\w+)*|\s+|[^\w\s]")


@dataclass(frozen=True)
class Edit:
    op: str  # EQUAL, INSERT, DELETE, REPLACE
    old_start: int
    old_end: int
    new_start: int
    new_end: int

    def old_text(self, old: str) -> str:
        return old[self.old_start:self.old_end]

    def new_text(self, new: str) -> str:
        return new[self.new_start:self.new_end]


def tokens(text: str, part: str | None = None, lexicon: Lexicon | None = None) -> list[tuple[int, int]]:
    """(start, end) of each token; the opening phrase of ``part`` is a single token."""
    start = 0
    out: list[tuple[int, int]] = []
    if part:
        opening = (lexicon or Lexicon.default()).match(text, part)
        if opening is not None:
            out.append((0, opening.end))
            start = opening.end
    out += [(m.start(), m.end()) for m in _TOKEN.finditer(text, start)]
    return out


def diff_words(old: str, new: str, part: str | None = None, lexicon: Lexicon | None = None) -> list[Edit]:
    if old == new:
        return [Edit(EQUAL, 0, len(old), 0, len(new))] if old else []
    a, b = tokens(old, part, lexicon), tokens(new, part, lexicon)
    words_a = [old[s:e] for s, e in a]
    words_b = [new[s:e] for s, e in b]
    edits = []
    for op, a1, a2, b1, b2 in SequenceMatcher(None, words_a, words_b, autojunk=False).get_opcodes():
        for i1, i2, j1, j2 in _punctuation_apart(op, a1, a2, b1, b2, words_a, words_b):
            edits.append(Edit(op, _at(a, i1, len(old)), _at(a, i2, len(old)), _at(b, j1, len(new)),
                              _at(b, j2, len(new))))
    return _join_close_changes(edits, old)


def opening_change(old: str, new: str, part: str, lexicon: Lexicon | None = None) -> tuple[str, str] | None:
    """("Requests", "Also requests") when the opening phrase changed, else None."""
    lexicon = lexicon or Lexicon.default()
    a, b = lexicon.match(old, part), lexicon.match(new, part)
    before, after = a.text if a else "", b.text if b else ""
    return (before, after) if before != after and (before or after) else None


def _punctuation_apart(op, i1, i2, j1, j2, a, b) -> list[tuple[int, int, int, int]]:
    """A replacement ending in changed punctuation on both sides is two: "[-76/7-]{+79/7+}[-;-]{+.+}"."""
    if op == REPLACE and i2 - i1 > 1 and j2 - j1 > 1 and _is_mark(a[i2 - 1]) and _is_mark(b[j2 - 1]):
        return [(i1, i2 - 1, j1, j2 - 1), (i2 - 1, i2, j2 - 1, j2)]
    return [(i1, i2, j1, j2)]


def _is_mark(token: str) -> bool:
    return len(token) == 1 and not token.isalnum() and not token.isspace()


def _at(spans: list[tuple[int, int]], k: int, length: int) -> int:
    return spans[k][0] if k < len(spans) else length


def _join_close_changes(edits: list[Edit], old: str) -> list[Edit]:
    """Join changes that only spaces or one short word separate: "[-a b-]{+x y+}", not "[-a-]{+x+} [-b-]{+y+}"."""
    out: list[Edit] = []
    glued = False
    for k, e in enumerate(edits):
        glue = e.op == EQUAL and 0 < k < len(edits) - 1 and _slight(e.old_text(old))
        if glue or (glued and e.op != EQUAL):
            last = out.pop()
            out.append(Edit(REPLACE, last.old_start, e.old_end, last.new_start, e.new_end))
        else:
            out.append(e)
        glued = glue
    return [_kind(e) for e in out]


def _slight(text: str) -> bool:
    return not text.strip() or (len(text.strip()) <= 3 and text.strip().isalpha() and len(text.split()) == 1
                                and text[:1].isspace() and text[-1:].isspace())


def _kind(e: Edit) -> Edit:
    if e.op == EQUAL:
        return e
    op = INSERT if e.old_start == e.old_end else DELETE if e.new_start == e.new_end else REPLACE
    return Edit(op, e.old_start, e.old_end, e.new_start, e.new_end)


def render(old: str, new: str, edits: list[Edit], kept: Callable[[str], str] = str,
           deleted: Callable[[str], str] = "[-{}-]".format, inserted: Callable[[str], str] = "{{+{}+}}".format) -> str:
    """The new text with changes shown as [-deleted-]{+inserted+} (for the text report), or as the formatters say."""
    out = []
    for e in edits:
        if e.op == EQUAL:
            out.append(kept(e.new_text(new)))
            continue
        if e.old_end > e.old_start:
            out.append(deleted(e.old_text(old)))
        if e.new_end > e.new_start:
            out.append(inserted(e.new_text(new)))
    return "".join(out)
