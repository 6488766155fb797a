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

import dataclasses
import json

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextBlock, QTextBlockFormat, QTextFormat

from drafting.blocks import HEAD, MAX_DEPTH, NAMES, SUBORDINATE, Kind, TableLine, TextHead
from drafting.evidence import Origin
from drafting.model import HEADING, SUBHEADING, Adoption, Inline, Paragraph, Source

KIND = QTextFormat.UserProperty + 1
DEPTH = QTextFormat.UserProperty + 2  # subparagraph degree, 1 = (a)
SOURCE = QTextFormat.UserProperty + 3  # Source as JSON
STYLE = QTextFormat.UserProperty + 4  # annex paragraph style: "numbered", "heading" or ""
ORIGIN = QTextFormat.UserProperty + 5  # where the paragraph stood when loaded (drafting.evidence.Origin), as JSON
LIST_STYLE = QTextFormat.UserProperty + 6  # how the paragraph's subparagraphs are labelled (Paragraph.list_style)
RESTART = QTextFormat.UserProperty + 7  # a numbered annex paragraph where counting starts at 1 again
TEXT = QTextFormat.UserProperty + 8  # a text head's label and closing lines (drafting.blocks.TextHead), as JSON
TABLE = QTextFormat.UserProperty + 9  # a table's line: where the table stands, its key and the row shown, as JSON

HEADING_STYLES = (HEADING, SUBHEADING)

# The kinds themselves are Qt-free (drafting/blocks.py); the editor imports them from here.
__all__ = ["HEAD", "MAX_DEPTH", "NAMES", "SUBORDINATE", "Kind", "KIND", "DEPTH", "SOURCE", "STYLE", "kind_of",
           "depth_of", "source_of", "style_of", "block_format", "format_like", "list_style_of", "restart_of",
           "paragraph_format", "HEADING_STYLES", "text_head_of", "table_of", "table_key"]

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


def list_style_of(block: QTextBlock) -> str:
    return block.blockFormat().stringProperty(LIST_STYLE)


def restart_of(block: QTextBlock) -> bool:
    return block.blockFormat().boolProperty(RESTART)


def text_head_of(block: QTextBlock, title: Inline) -> TextHead:
    """A text head's label and closing lines, read from its block, with ``title`` (the block's text)."""
    raw = block.blockFormat().stringProperty(TEXT)
    data = json.loads(raw) if raw else {}
    adoption = data.get("adoption")
    return TextHead(data.get("label", ""), title, Adoption(**adoption) if adoption is not None else None)


def paragraph_format(kind: Kind, depth: int, element: object, origin: Origin | None = None) -> QTextBlockFormat:
    """The format of a block showing ``element`` (a Paragraph carries its style, evidence, list style and restart)."""
    if isinstance(element, TextHead):
        return head_format(element)
    if isinstance(element, TableLine):
        return table_format(element)
    if not isinstance(element, Paragraph):
        return block_format(kind, depth)
    return block_format(kind, depth, element.style, element.source, origin, element.list_style, element.restart)


def table_of(block: QTextBlock) -> tuple[str, int | None, int]:
    """For a table's read-only line: the part the table stands in, the key of its paragraph (``table_key``)
    and the row the line shows (-1: the caption)."""
    raw = block.blockFormat().stringProperty(TABLE)
    data = json.loads(raw) if raw else {}
    return data.get("part", "operative"), data.get("table"), data.get("row", -1)


def table_key(p: object) -> int:
    """The key a table's lines carry to find its paragraph again (the document keeps them by it)."""
    return id(p)


def table_format(line: TableLine) -> QTextBlockFormat:
    """A table's line: grey, read-only, left-aligned (a row's cells side by side, not justified)."""
    fmt = block_format(Kind.TABLE)
    fmt.setProperty(TABLE, json.dumps({"part": line.part, "table": table_key(line.table), "row": line.row}))
    fmt.setBackground(QColor("#f3f3f3"))
    if line.row >= 0:
        fmt.setAlignment(Qt.AlignmentFlag.AlignLeft)
    return fmt


def head_format(head: TextHead) -> QTextBlockFormat:
    """The format of a text's label-and-title line; the label is painted in the gutter, as a number is."""
    fmt = block_format(Kind.TEXT_HEAD)
    adoption = dataclasses.asdict(head.adoption) if head.adoption is not None else None
    fmt.setProperty(TEXT, json.dumps({"label": head.label, "adoption": adoption}))
    return fmt


def block_format(kind: Kind, depth: int = 0, style: str = "", source: Source | None = None,
                 origin: Origin | None = None, list_style: str = "", restart: bool = False) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    if list_style:
        fmt.setProperty(LIST_STYLE, list_style)
    if restart:
        fmt.setProperty(RESTART, True)
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
    if kind == Kind.TEXT_HEAD:  # a new text begins: set well apart from the one before
        fmt.setTopMargin(22)
        fmt.setBottomMargin(12)
        fmt.setAlignment(Qt.AlignmentFlag.AlignLeft)
    elif kind in (Kind.TITLE, Kind.ANNEX_HEADING, Kind.ANNEX_TITLE):
        fmt.setTopMargin(6)
        fmt.setBottomMargin(12)
        fmt.setAlignment(Qt.AlignmentFlag.AlignLeft)
    elif style in HEADING_STYLES:  # set apart, unnumbered, as the official page sets a heading
        fmt.setTopMargin(10)
        fmt.setBottomMargin(6)
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
    if not keep_source:  # a new paragraph after a heading is text, not another heading; it has no list yet
        style = style_of(block)
        return block_format(kind, depth, "" if style in HEADING_STYLES else style)
    return block_format(kind, depth, style_of(block), source_of(block), origin_of(block), list_style_of(block),
                        restart_of(block))


def with_source(block: QTextBlock, source: Source | None) -> QTextBlockFormat:
    """The block's format with other evidence (a fix changed it), its origin kept."""
    return block_format(kind_of(block), depth_of(block), style_of(block), source, origin_of(block),
                        list_style_of(block), restart_of(block))
