"""Draws what the conventions derive and what the checks find, without touching the text.

The italic of an opening phrase (from ``Lexicon.match`` for the block's part), the whole
body line in italics and the title in bold are formats of the highlighter, not of the
document: they follow the text as it is typed and are never saved as marks.

Findings are a layer of wavy underlines kept in each block's user data, one list per
category ("style" from the rules engine; "grammar" and "revision" are added by
``set_findings`` with their own category) so that one source can update its findings
without disturbing the others'.  An edit inside a block shifts or drops the block's
underlines at once; the next check puts them right.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextBlock, QTextBlockUserData, QTextCharFormat

from drafting.lexicon import OPERATIVE, PREAMBLE, Lexicon
from drafting.model import SUBHEADING
from ui.editor.inline import OBJECT_CHAR, to_block_offset
from ui.editor.kinds import Kind, kind_of, style_of

SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}
# Underline colour by category, then by severity.  Another category registers its own.
UNDERLINE_COLOURS: dict[str, dict[str, QColor]] = {
    "style": {"error": QColor("#c62828"), "warning": QColor("#c77700"), "info": QColor("#2f6db5")},
    "spelling": {"error": QColor("#d32f2f"), "warning": QColor("#d32f2f"), "info": QColor("#e57373")},
    "grammar": {"error": QColor("#1565c0"), "warning": QColor("#1565c0"), "info": QColor("#64b5f6")},
    "revision": {"error": QColor("#00796b"), "warning": QColor("#00796b"), "info": QColor("#26a69a")},
}
_FALLBACK = {"error": QColor("#c62828"), "warning": QColor("#c77700"), "info": QColor("#2f6db5")}
_PARTS = {Kind.PREAMBULAR: PREAMBLE, Kind.OPERATIVE: OPERATIVE}


@dataclass
class Underline:
    start: int  # positions in the block's text
    end: int
    severity: str
    category: str
    finding: object  # the Diagnostic


class BlockFindings(QTextBlockUserData):
    def __init__(self):
        super().__init__()
        self.by_category: dict[str, list[Underline]] = {}

    def all(self) -> list[Underline]:
        return [u for items in self.by_category.values() for u in items]


def findings_of(block: QTextBlock) -> BlockFindings | None:
    data = block.userData()
    return data if isinstance(data, BlockFindings) else None


class ResolutionHighlighter(QSyntaxHighlighter):
    def __init__(self, document, lexicon: Lexicon | None = None):
        super().__init__(None)
        self._lexicon = lexicon  # None: the default lexicon, loaded at the first opening phrase
        self.typing_at: tuple[int, int] | None = None  # (block, position) of the word being typed
        # Before the highlighter's own connection: underlines shift before the block is redrawn.
        document.contentsChange.connect(self._shift_underlines)
        self.setDocument(document)

    # -- formats ---------------------------------------------------------------------

    def _base_spans(self, kind: Kind, text: str, block: QTextBlock) -> list[tuple[int, int, QTextCharFormat]]:
        fmt = QTextCharFormat()
        if kind == Kind.TITLE:
            fmt.setFontWeight(QFont.Weight.Bold.value)
            fmt.setFontPointSize(self.document().defaultFont().pointSizeF() * 1.2)
            return [(0, len(text), fmt)]
        if kind == Kind.BODY:
            fmt.setFontItalic(True)
            return [(0, len(text), fmt)]
        if kind in (Kind.ANNEX_HEADING, Kind.ANNEX_TITLE, Kind.TEXT_HEAD) or style_of(block) == "heading":
            fmt.setFontWeight(QFont.Weight.Bold.value)
            return [(0, len(text), fmt)]
        if style_of(block) == SUBHEADING:
            fmt.setFontItalic(True)
            return [(0, len(text), fmt)]
        part = _PARTS.get(kind)
        if part is None or not text:
            return []
        opening = (self._lexicon or Lexicon.default()).match(text.replace(OBJECT_CHAR, ""), part)
        if opening is None:
            return []
        fmt.setFontItalic(True)
        start = opening.end - len(opening.text)
        return [(to_block_offset(text, start), to_block_offset(text, opening.italic_end), fmt)]

    def highlightBlock(self, text: str) -> None:
        block = self.currentBlock()
        spans = self._base_spans(kind_of(block), text, block)
        data = findings_of(block)
        underlines = data.all() if data else []
        if self.typing_at is not None and self.typing_at[0] == block.blockNumber():
            at = self.typing_at[1]  # the word being typed is not misspelt yet
            underlines = [u for u in underlines if u.category != "spelling" or not u.start <= at <= u.end]
        if not underlines:
            for start, end, fmt in spans:
                self.setFormat(start, end - start, fmt)
            return
        cuts = sorted({0, len(text)} | {p for s, e, _ in spans for p in (s, e)}
                      | {min(max(p, 0), len(text)) for u in underlines for p in (u.start, u.end)})
        for start, end in zip(cuts, cuts[1:], strict=False):
            fmt = QTextCharFormat()
            for s, e, base in spans:
                if s <= start and end <= e:
                    fmt.merge(base)
            covering = [u for u in underlines if u.start <= start and end <= u.end]
            if covering:
                worst = min(covering, key=lambda u: SEVERITY_RANK.get(u.severity, 3))
                colours = UNDERLINE_COLOURS.get(worst.category, _FALLBACK)
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
                fmt.setUnderlineColor(colours.get(worst.severity, _FALLBACK["info"]))
            if fmt.properties():
                self.setFormat(start, end - start, fmt)

    def set_typing_at(self, block: QTextBlock | None, position: int = 0) -> None:
        """The word at ``position`` of ``block`` is being typed (None: no word is)."""
        where = (block.blockNumber(), position) if block is not None else None
        if where == self.typing_at:
            return
        before = self.typing_at
        self.typing_at = where
        for number in {n for n in (before and before[0], where and where[0]) if n is not None}:
            target = self.document().findBlockByNumber(number)
            if target.isValid():
                self.rehighlightBlock(target)

    # -- the findings layer ----------------------------------------------------------

    def set_findings(self, category: str, per_block: dict[int, list[Underline]]) -> None:
        """Replace the underlines of ``category``: {block number: underlines}."""
        block = self.document().firstBlock()
        while block.isValid():
            data = findings_of(block)
            fresh = per_block.get(block.blockNumber(), [])
            old = data.by_category.get(category, []) if data else []
            if fresh or old:
                if [(u.start, u.end, u.severity) for u in old] != [(u.start, u.end, u.severity) for u in fresh]:
                    if data is None:
                        data = BlockFindings()
                        block.setUserData(data)
                    data.by_category[category] = fresh
                    self.rehighlightBlock(block)
                elif data is not None:
                    data.by_category[category] = fresh  # same places, newer diagnostics
            block = block.next()

    def findings_at(self, block: QTextBlock, position: int) -> list[Underline]:
        data = findings_of(block)
        if not data:
            return []
        return [u for u in data.all() if u.start <= position <= u.end]

    def _shift_underlines(self, position: int, removed: int, added: int) -> None:
        block = self.document().findBlock(position)
        if not block.isValid() or position + added > block.position() + block.length():
            return  # several blocks changed: the next check redraws them
        data = findings_of(block)
        if not data:
            return
        local, delta = position - block.position(), added - removed
        for category, items in data.by_category.items():
            kept = []
            for u in items:
                if u.end <= local:
                    kept.append(u)
                elif u.start >= local + removed:
                    kept.append(Underline(u.start + delta, u.end + delta, u.severity, u.category, u.finding))
            data.by_category[category] = kept
