"""When the evidence of an imported text still speaks for the document, and when an edit made it stale.

``Paragraph.source`` keeps what an imported file spelt out (a typed label, an italic span) for
the rules to compare with what Resolute derives.  An editor shows the derived labels and
italics, so evidence is true only of what is still as it was loaded:

- a typed label belongs to a list (the operative paragraphs, one paragraph's subparagraphs,
  an annex's paragraphs, the preamble); once a paragraph of that list moved, came or went,
  the typed labels of the whole list speak of numbers the document no longer shows;
- an italic span belongs to its paragraph's opening; once the paragraph's text changed, the
  opening shown is the derived one.

An ``Origin`` records where a paragraph stood when it was loaded (its path, the length of its
list, its text); ``labels_hold`` and ``italic_holds`` compare it with the present.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .lexicon import OPERATIVE, PREAMBLE, Lexicon
from .model import Paragraph, Source


@dataclass(frozen=True)
class Origin:
    path: tuple
    siblings: int  # how many paragraphs its list held
    text: str


def labels_hold(members: Iterable[tuple[tuple, Origin | None]], count: int) -> bool:
    """True when every (path now, origin) of a list of ``count`` paragraphs stands where it was loaded."""
    return all(origin is not None and origin.path == path and origin.siblings == count for path, origin in members)


def italic_holds(origin: Origin | None, text: str) -> bool:
    return origin is not None and origin.text == text


def without_labels(source: Source | None) -> Source | None:
    """The evidence with its typed label dropped (None when nothing is left)."""
    if source is None or source.label is None:
        return source
    return Source(italic=source.italic) if source.italic is not None else None


def shown_italic(paragraph: Paragraph, part: str, lexicon: Lexicon) -> Source | None:
    """The evidence of an edited paragraph: its label kept, its italic the derived opening, as shown."""
    found = lexicon.match(paragraph.text, part) if part in (PREAMBLE, OPERATIVE) else None
    label = paragraph.source.label if paragraph.source is not None else None
    if found is None:
        return Source(label=label) if label is not None else None
    return Source(label=label, italic=paragraph.text[:found.italic_end])
