"""Ignoring one finding, with a reason, stored in the document (``resolution.meta.suppressions``).

A suppression names the rule, the kind of place (``where``: "preamble", "subparagraph",
"footnote", "masthead.date" …) and the words around the finding (``text``), not a
paragraph number: it survives renumbering, moving the paragraph and edits elsewhere in
it, and lapses when the words it was about change.
"""

from __future__ import annotations

from ..model import Resolution, Suppression
from .base import Diagnostic
from .context import resolve_inline

CONTEXT = 24  # characters kept on each side of the finding


def where_of(diagnostic: Diagnostic) -> str:
    loc = diagnostic.location
    head = loc.path[0]
    if loc.footnote is not None:
        return "footnote"
    if head in ("masthead", "adoption"):
        return f"{head}.{loc.path[1]}"
    if head == "operative" and len(loc.path) > 2:
        return "subparagraph"
    return head


def text_of(res: Resolution, diagnostic: Diagnostic) -> str:
    """The text of the place (or footnote) a diagnostic points into."""
    loc = diagnostic.location
    head = loc.path[0]
    if head == "adoption":
        return getattr(res.adoption, loc.path[1], "") if res.adoption is not None else ""
    if head == "submission":
        return res.submission.source_line or res.submission.line
    inline = resolve_inline(res, loc.path)
    if inline is None:
        return ""
    if loc.footnote is not None:
        anchors = inline.anchors
        return anchors[loc.footnote].note.text if loc.footnote < len(anchors) else ""
    return inline.text


def excerpt(res: Resolution, diagnostic: Diagnostic) -> str:
    text = text_of(res, diagnostic)
    loc = diagnostic.location
    return text[max(0, loc.start - CONTEXT):loc.end + CONTEXT]


def suppress(resolution: Resolution, diagnostic: Diagnostic, reason: str) -> Suppression:
    """Ignore this finding from now on; the suppression is saved with the document."""
    entry = Suppression(diagnostic.code, where_of(diagnostic), excerpt(resolution, diagnostic), reason)
    if not any(s.code == entry.code and s.where == entry.where and s.text == entry.text
               for s in resolution.meta.suppressions):
        resolution.meta.suppressions.append(entry)
    return entry


def is_suppressed(res: Resolution, diagnostic: Diagnostic) -> bool:
    candidates = [s for s in res.meta.suppressions if s.code == diagnostic.code]
    if not candidates:
        return False
    where, text = where_of(diagnostic), excerpt(res, diagnostic)
    return any(s.where == where and s.text == text for s in candidates)


def unsuppress(resolution: Resolution, suppression: Suppression) -> None:
    resolution.meta.suppressions[:] = [s for s in resolution.meta.suppressions if s is not suppression]
