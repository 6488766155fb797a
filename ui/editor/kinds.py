"""What each block of the editor's document is, kept in its block format.

The kind (title, body line, preambular, operative, subparagraph of degree n, annex
parts) is a property of the block's QTextBlockFormat: it is undone and redone with the
text, copied with the block, and inherited by the block Enter creates.  The import
evidence of a paragraph (``Source``) and an annex paragraph's style ride along the same way.

Layout is the same for every kind: one text column at indent level 1, numbered
paragraphs hanging their derived label in the gutter to its left, each subparagraph
degree one level further in.  Indent levels are multiples of the document's
``indentWidth``, so zooming only has to change that width.
"""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextBlock, QTextBlockFormat, QTextFormat

from drafting.blocks import HEAD, MAX_DEPTH, NAMES, SUBORDINATE, Kind
from drafting.evidence import Origin
from drafting.model import Source

KIND = QTextFormat.UserProperty + 1
DEPTH = QTextFormat.UserProperty + 2  # subparagraph degree, 1 = (a)
SOURCE = QTextFormat.UserProperty + 3  # Source as JSON
STYLE = QTextFormat.UserProperty + 4  # annex paragraph style: "numbered", "heading" or ""
ORIGIN = QTextFormat.UserProperty + 5  # where the paragraph stood when loaded (drafting.evidence.Origin), as JSON

# The kinds themselves are Qt-free (drafting/blocks.py); the editor imports them from here.
__all__ = ["HEAD", "MAX_DEPTH", "NAMES", "SUBORDINATE", "Kind", "KIND", "DEPTH", "SOURCE", "STYLE", "kind_of",
           "depth_of", "source_of", "style_of", "block_format", "format_like"]

def kind_of(block: QTextBlock) -> Kind:
    """The block's kind; a block without one (pasted from elsewhere) counts as preambular."""
    value = block.blockFormat().intProperty(KIND)
    return Kind(value) if value in Kind._value2member_map_ else Kind.PREAMBULAR


def depth_of(block: QTextBlock) -> int:
    """0 for a paragraph, n for a subparagraph of degree n."""
    if kind_of(block) not in HEAD:
        return 0
    return min(max(block.blockFormat().intProperty(DEPTH), 1), MAX_DEPTH)


def source_of(block: QTextBlock) -> Source | None:
    raw = block.blockFormat().stringProperty(SOURCE)
    if not raw:
        return None
    data = json.loads(raw)
    return Source(label=data.get("label"), italic=data.get("italic"))


def origin_of(block: QTextBlock) -> Origin | None:
    raw = block.blockFormat().stringProperty(ORIGIN)
    if not raw:
        return None
    data = json.loads(raw)
    return Origin(tuple(data["path"]), data["siblings"], data["text"])


def style_of(block: QTextBlock) -> str:
    return block.blockFormat().stringProperty(STYLE)


def block_format(kind: Kind, depth: int = 0, style: str = "", source: Source | None = None,
                 origin: Origin | None = None) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    if origin is not None:
        fmt.setProperty(ORIGIN, json.dumps({"path": list(origin.path), "siblings": origin.siblings,
                                            "text": origin.text}))
    fmt.setProperty(KIND, int(kind))
    if kind in HEAD:
        fmt.setProperty(DEPTH, depth)
    if style:
        fmt.setProperty(STYLE, style)
    if source is not None and (source.label or source.italic):
        fmt.setProperty(SOURCE, json.dumps({"label": source.label, "italic": source.italic}))
    fmt.setIndent(1 + (depth if kind in HEAD else 0))
    fmt.setBottomMargin(8)
    if kind in (Kind.TITLE, Kind.ANNEX_HEADING, Kind.ANNEX_TITLE):
        fmt.setTopMargin(6)
        fmt.setBottomMargin(12)
        fmt.setAlignment(Qt.AlignmentFlag.AlignLeft)
    else:
        fmt.setAlignment(Qt.AlignmentFlag.AlignJustify)
    fmt.setLineHeight(118, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    return fmt


def format_like(block: QTextBlock, kind: Kind | None = None, depth: int | None = None,
                keep_source: bool = True) -> QTextBlockFormat:
    """The block's format with another kind or depth; ``keep_source`` False: a new paragraph, without the
    evidence and origin of the one it was made from."""
    kind = kind_of(block) if kind is None else kind
    depth = depth_of(block) if depth is None else depth
    if not keep_source:
        return block_format(kind, depth, style_of(block))
    return block_format(kind, depth, style_of(block), source_of(block), origin_of(block))


def with_source(block: QTextBlock, source: Source | None) -> QTextBlockFormat:
    """The block's format with other evidence (a fix changed it), its origin kept."""
    return block_format(kind_of(block), depth_of(block), style_of(block), source, origin_of(block))
