"""The runs of one Inline: its text cut where formatting changes, with footnote references.

Marks the user made (italic, bold, underline) become direct run formatting (w:i, w:b, w:u);
derived formatting (the italic opening phrase) is a character style over an exact span,
so that a reader, or the importer, tells one from the other.
"""

from __future__ import annotations

from collections.abc import Callable

from lxml import etree

from ...model import BOLD, ITALIC, UNDERLINE, Footnote, Inline, sorted_anchors
from .wml import run, run_props

Reference = Callable[[Footnote], etree._Element]


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
        while reference is not None and pending and min(pending[0].offset, len(text)) <= start:
            runs.append(reference(pending.pop(0).note))
        if end is None or end <= start:
            continue
        covering = {m.style for m in marks if m.start <= start and m.end >= end}
        style = styled[2] if styled and styled[0] <= start and end <= styled[1] else None
        roman = upright is not None and upright[0] <= start and end <= upright[1]
        italic = True if ITALIC in covering else (False if roman else None)
        props = run_props(style=style, bold=BOLD in covering, italic=italic, underline=UNDERLINE in covering)
        runs.append(run(text[start:end], props))
    if reference is not None:
        runs.extend(reference(anchor.note) for anchor in pending)
    return runs

