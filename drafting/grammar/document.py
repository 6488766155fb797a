"""Grammar findings for a resolution: LanguageTool's matches as Diagnostics of category "grammar".

Prose places only (title, paragraphs, annexes, footnotes): masthead lines and the
submission line are not sentences.  Places are sent in batches, separated by blank lines
as LanguageTool expects paragraphs, and each match is mapped back to its place.
"""

from __future__ import annotations

from typing import Any

from ..diagnostics import INFO, WARNING, Diagnostic, Fix, Location
from ..model import Resolution
from ..spelling.document import places
from .engine import FAILED, READY, GrammarEngine, GrammarMatch, GrammarUnavailable, Status

CATEGORY = "grammar"
CODE_PREFIX = "LT-"  # the code of a finding is "LT-" + LanguageTool's rule id: stable, suppressible
PROSE = ("title", "preamble", "operative", "annex")
SEPARATOR = "\n\n"
BATCH_CHARS = 15000  # LanguageTool servers limit a request's size
_SERIOUS = ("grammar", "misspelling", "typographical", "duplication", "inconsistency")


def prose_places(res: Resolution) -> list[tuple[tuple, int | None, str]]:
    return [(path, note, text) for path, note, text in places(res)
            if text.strip() and (note is not None or path[0] in PROSE)]


def check_resolution(res: Resolution, engine: GrammarEngine) -> list[Diagnostic]:
    """Findings for every prose place; GrammarUnavailable if the engine is not ready."""
    out: list[Diagnostic] = []
    for batch in _batches(prose_places(res)):
        text, starts = _joined(batch)
        for match in engine.check(text):
            hit = _place_of(match, starts, batch)
            if hit is not None:
                out.append(hit)
    return out


def check_once(res: Resolution, setting: str, pack=None) -> tuple[list[Diagnostic], Status]:
    """For the command line: start LanguageTool (bounded by the engine's deadline), check, stop.

    Returns the findings and the status; no findings when LanguageTool is not configured or
    not ready, so that ``check`` reports the status and goes on with the other rules.
    """
    engine = GrammarEngine(setting, pack)
    engine.start()
    try:
        status = engine.wait()
        if status.state != READY:
            return [], status
        return check_resolution(res, engine), status
    except GrammarUnavailable as exc:
        return [], Status(FAILED, str(exc))
    finally:
        engine.close()


def _batches(items: list) -> list[list]:
    batches: list[list[Any]] = []
    current: list[Any] = []
    size = 0
    for item in items:
        if current and size + len(item[2]) > BATCH_CHARS:
            batches.append(current)
            current, size = [], 0
        current.append(item)
        size += len(item[2]) + len(SEPARATOR)
    if current:
        batches.append(current)
    return batches


def _joined(batch: list) -> tuple[str, list[int]]:
    starts, pos = [], 0
    for _, _, text in batch:
        starts.append(pos)
        pos += len(text) + len(SEPARATOR)
    return SEPARATOR.join(text for _, _, text in batch), starts


def _place_of(match: GrammarMatch, starts: list[int], batch: list) -> Diagnostic | None:
    """The match as a finding in its own place; None for one that spans two places."""
    for (path, note, text), start in zip(batch, starts, strict=False):
        if start <= match.start and match.end <= start + len(text):
            return diagnostic(match, Location(path, match.start - start, match.end - start, note))
    return None


def diagnostic(match: GrammarMatch, where: Location) -> Diagnostic:
    severity = WARNING if match.issue_type in _SERIOUS else INFO
    fix = Fix(match.replacements[0], safe=False) if match.replacements else None
    return Diagnostic(CODE_PREFIX + match.rule_id, severity, match.message, where, fix, match.rule_id, CATEGORY,
                      extra={"languagetool_category": match.category, "replacements": list(match.replacements)})
