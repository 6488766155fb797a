"""Spelling findings for a whole resolution: every place and every footnote.

Places are those of ``Resolution.inlines()`` (masthead lines, the submission line, the
title, the body line, preambular, operative and annex paragraphs); a footnote is
addressed by the place of its anchor and the anchor's index there, as the rules
contract (``drafting/rules/base.py``) says.  Offsets are in the place's ``text``, the
text ``parse --json`` prints.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

from ..diagnostics import WARNING, Diagnostic, Fix, Location
from ..model import Resolution
from .checker import SpellChecker

CODE = "RES790"  # stable: the rules engine's spelling family (RES7xx); in ``check`` output, suppressions, packs
NAME = "unknown-word"
CATEGORY = "spelling"


def places(res: Resolution) -> Iterator[tuple[tuple, int | None, str]]:
    """(path, footnote index or None, text) of every place that holds words, in document order;
    a footnote once, at its first anchor.  A table's cells are figures and labels, not prose:
    their words are not checked (as the rules do not check them), their footnotes are."""
    seen: set[int] = set()
    for path, inline in res.inlines():
        if not ("cell" in path or path[-1] == "table_title"):
            yield path, None, inline.text
        for index, anchor in enumerate(inline.anchors):
            if id(anchor.note) not in seen:
                seen.add(id(anchor.note))
                yield path, index, anchor.note.text


def check_place(path: tuple, footnote: int | None, text: str, res: Resolution,
                checker: SpellChecker | None = None) -> list[Diagnostic]:
    """The findings of one place: what the editor asks for after an edit (microseconds a word).

    Findings carry no suggestions (Hunspell takes tens of milliseconds a word to find them,
    more for an odd one): the editor finds them on a worker thread for its context menu, and
    the command line adds them with ``with_suggestions``.
    """
    checker = checker or SpellChecker.default()
    return [diagnostic(m.word, Location(path, m.start, m.end, footnote))
            for m in checker.check(text, res.meta.words)]


def check_resolution(res: Resolution, checker: SpellChecker | None = None) -> list[Diagnostic]:
    checker = checker or SpellChecker.default()
    out: list[Diagnostic] = []
    for path, footnote, text in places(res):
        out += check_place(path, footnote, text, res, checker)
    return out


MAX_SUGGESTED = 30  # distinct words: a text in another language must not keep the command line busy
SUGGESTING_SECONDS = 3.0  # then the remaining findings go without suggestions


def with_suggestions(findings: list[Diagnostic], checker: SpellChecker | None = None) -> list[Diagnostic]:
    """The findings with "did you mean …?" and an unsafe fix for the unknown words (others unchanged).

    Works on this module's findings and on the rules engine's (which keep the word in
    ``extra["found"]``); tens of milliseconds for each new word, for the first
    ``MAX_SUGGESTED`` distinct words."""
    checker = checker or SpellChecker.default()
    out: list[Diagnostic] = []
    words: set[str] = set()
    deadline = time.monotonic() + SUGGESTING_SECONDS
    for d in findings:
        word = (d.extra.get("word") or d.extra.get("found")) if d.code == CODE else None
        if word and (word in words or (len(words) < MAX_SUGGESTED and time.monotonic() < deadline)):
            words.add(word)
            d = diagnostic(word, d.location, checker.suggest(word))
        out.append(d)
    return out


def diagnostic(word: str, where: Location, suggestions: list[str] | None = None) -> Diagnostic:
    message = f"“{word}” is not in the dictionary"
    if suggestions:
        quoted = [f"“{s}”" for s in suggestions[:3]]
        message += "; did you mean " + (", ".join(quoted[:-1]) + " or " if len(quoted) > 1 else "") + quoted[-1] + "?"
    elif suggestions is not None:
        message += "; check the spelling, or add the word to the dictionary"
    fix = Fix(suggestions[0], safe=False) if suggestions else None
    return Diagnostic(CODE, WARNING, message, where, fix, NAME, CATEGORY,
                      extra={"word": word, "suggestions": list(suggestions or [])})
