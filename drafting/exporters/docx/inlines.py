"""The runs of one Inline: its text cut where formatting changes, with footnote references.

Marks the user made (italic, bold, underline) become direct run formatting (w:i, w:b, w:u);
derived formatting (the italic opening phrase) is a character style over an exact span,
so that a reader, or the importer, tells one from the other.  Two notes anchored at one
place are separated by a raised comma, as the official documents print them ("Iraq:*, **"),
which the Word reader takes for no text.
"""

from __future__ import annotations

from collections.abc import Callable

from lxml import etree

from ...model import BOLD, ITALIC, UNDERLINE, Anchor, Footnote, Inline, sorted_anchors
from .styles import FOOTNOTE_REFERENCE, style_id
from .wml import run, run_props

Reference = Callable[[Footnote], etree._Element]
MARK_SEPARATOR = ", "


def inline_runs(inline: Inline, reference: Reference | None = None, styled: tuple[int, int, str] | None = None,
                upright: tuple[int, int] | None = None) -> list[etree._Element]:
    """Runs for ``inline``; ``styled`` = (start, end, character style) over a derived span;
    ``upright`` = a span set roman inside an italic paragraph style (the body line's comma)."""
    text = inline.text
    marks = [m for m in inline.marks if m.end > m.start]
    anchors = sorted_anchors(inline) if reference else []
    cuts = {0, len(text)}
    for m in marks:
        cuts.update((max(0, min(m.start, len(text))), max(0, min(m.end, len(text)))))
    for a in anchors:
        cuts.add(max(0, min(a.offset, len(text))))
    for span in (styled, upright):
        if span:
            cuts.update((span[0], span[1]))
    points = sorted(c for c in cuts if 0 <= c <= len(text))
    runs: list[etree._Element] = []
    pending = list(anchors)
    for start, end in zip(points, points[1:] + [None], strict=False):
        due = []
        while reference is not None and pending and min(pending[0].offset, len(text)) <= start:
            due.append(pending.pop(0))
        if reference is not None:
            runs.extend(_references(due, reference))
        if end is None or end <= start:
            continue
        covering = {m.style for m in marks if m.start <= start and m.end >= end}
        style = styled[2] if styled and styled[0] <= start and end <= styled[1] else None
        roman = upright is not None and upright[0] <= start and end <= upright[1]
        italic = True if ITALIC in covering else (False if roman else None)
        props = run_props(style=style, bold=BOLD in covering, italic=italic, underline=UNDERLINE in covering)
        runs.append(run(text[start:end], props))
    if reference is not None:
        runs.extend(_references(pending, reference))
    return runs


def _references(anchors: list[Anchor], reference: Reference) -> list[etree._Element]:
    """The references of notes anchored at one place, a raised comma between each two."""
    out: list[etree._Element] = []
    for anchor in anchors:
        if out:
            out.append(run(MARK_SEPARATOR, run_props(style=style_id(FOOTNOTE_REFERENCE))))
        out.append(reference(anchor.note))
    return out

