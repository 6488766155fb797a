"""Spelling findings for a whole resolution: every place and every footnote.

Places are those of ``Resolution.inlines()`` (masthead lines, the submission line, the
title, the body line, preambular, operative and annex paragraphs); a footnote is
addressed by the place of its anchor and the anchor's index there, as the rules
contract (``drafting/rules/base.py``) says.  Offsets are in the place's ``text``, the
text ``parse --json`` prints.
"""

from __future__ import annotations

from typing import Iterator

from ..model import Resolution
from ..rules.base import WARNING, Diagnostic, Fix, Location
from .checker import Misspelling, SpellChecker

CODE = "SPELL-WORD"  # stable: appears in ``check`` output, suppressions and style packs
NAME = "unknown-word"
CATEGORY = "spelling"


def places(res: Resolution) -> Iterator[tuple[tuple, int | None, str]]:
    """(path, footnote index or None, text) of every place that holds words, in document order;
    a footnote once, at its first anchor."""
    seen: set[int] = set()
    for path, inline in res.inlines():
        yield path, None, inline.text
        for index, anchor in enumerate(inline.anchors):
            if id(anchor.note) not in seen:
                seen.add(id(anchor.note))
                yield path, index, anchor.note.text


def check_place(path: tuple, footnote: int | None, text: str, res: Resolution,
                checker: SpellChecker | None = None) -> list[Diagnostic]:
    """The findings of one place: what the editor asks for after an edit."""
    checker = checker or SpellChecker.default()
    return [diagnostic(m, Location(path, m.start, m.end, footnote))
            for m in checker.check(text, res.meta.words)]


def check_resolution(res: Resolution, checker: SpellChecker | None = None) -> list[Diagnostic]:
    checker = checker or SpellChecker.default()
    out: list[Diagnostic] = []
    for path, footnote, text in places(res):
        out += check_place(path, footnote, text, res, checker)
    return out


def diagnostic(m: Misspelling, where: Location) -> Diagnostic:
    best = m.suggestions[:3]
    message = f"“{m.word}” is not in the dictionary"
    if best:
        message += "; did you mean " + " or ".join(f"“{s}”" for s in best) + "?"
    else:
        message += "; check the spelling, or add the word to the dictionary"
    fix = Fix(best[0], safe=False) if best else None
    return Diagnostic(CODE, WARNING, message, where, fix, NAME, CATEGORY,
                      extra={"word": m.word, "suggestions": m.suggestions})
