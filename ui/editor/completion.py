"""Opening phrases as you type, from the lexicon of the style pack, for the paragraph's part.

Participles are offered in the preamble and verbs in the operative part.  When the
paragraph before has the same opening, its repetition form comes first: the next adverb
of ``drafting.lexicon.ADVERBS`` ("Recalling" → "Recalling also" → "Recalling further";
"Requests" → "Also requests").
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QStringListModel, Qt
from PySide6.QtWidgets import QCompleter

from drafting.lexicon import ADVERBS, OPERATIVE, PREAMBLE, Lexicon, Opening, Phrase
from ui.editor.inline import OBJECT_CHAR
from ui.editor.kinds import Kind, kind_of

DEFAULT_TIERS = ("attested", "corpus", "common", "repetition")
_TIER_ORDER = ("attested", "corpus", "common", "repetition", "mun-listed", "mun-only", "legacy")
_PART_OF = {Kind.PREAMBULAR: PREAMBLE, Kind.OPERATIVE: OPERATIVE}
_STOP = set(",;:.()[]\"“”") | {OBJECT_CHAR}
MAX_PREFIX_WORDS = 6


def repetition(lexicon: Lexicon, previous: Opening | None, part: str) -> Phrase | None:
    """The form that repeats the previous paragraph's opening, or None."""
    if previous is None:
        return None
    phrase = previous.phrase
    index = -1 if phrase.adverb is None else ADVERBS.index(phrase.adverb)
    if index + 1 >= len(ADVERBS):
        return None
    wanted = ADVERBS[index + 1]
    found = [p for p in lexicon.phrases(part) if p.adverb == wanted and p.base.lower() == phrase.base.lower()]
    found.sort(key=lambda p: _TIER_ORDER.index(p.tier) if p.tier in _TIER_ORDER else 99)
    return found[0] if found else None


def suggestions(lexicon: Lexicon, part: str, prefix: str, previous: Opening | None = None,
                tiers: tuple[str, ...] = DEFAULT_TIERS) -> list[str]:
    """Phrases that start with ``prefix`` (any case), the repetition form first."""
    typed = " ".join(prefix.split()).lower()
    with_adverb = any(w in ADVERBS for w in typed.split())
    out: list[str] = []
    repeat = repetition(lexicon, previous, part)
    if repeat is not None and repeat.text.lower().startswith(typed):
        out.append(repeat.text)
    rank = {t: i for i, t in enumerate(_TIER_ORDER)}
    candidates = [p for p in lexicon.phrases(part, tiers) if p.text.lower().startswith(typed)
                  and (p.adverb is None or with_adverb)]
    candidates.sort(key=lambda p: (rank.get(p.tier, 99), p.text))
    for p in candidates:
        if p.text not in out:
            out.append(p.text)
    return out


class OpeningCompleter(QObject):
    """The popup under the cursor while the first words of a paragraph are typed."""

    def __init__(self, editor, lexicon: Lexicon | None, tiers: Callable[[], tuple[str, ...]] = lambda: DEFAULT_TIERS):
        super().__init__(editor)
        self.editor, self._lexicon = editor, lexicon
        self.tiers = tiers  # asked at each proposal: the style pack may change
        self.model = QStringListModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setWidget(editor)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setMaxVisibleItems(9)
        self._popup = None  # made at the first proposal
        self.completer.activated[str].connect(self.insert)

    def popup(self):
        if self._popup is None:
            self._popup = self.completer.popup()
            self._popup.setAccessibleName("Opening phrases")
        return self._popup

    def visible(self) -> bool:
        return self._popup is not None and self._popup.isVisible()

    def hide(self) -> None:
        if self._popup is not None:
            self._popup.hide()

    def _typed(self) -> tuple[int, str] | None:
        """(block position where the phrase starts, the words typed so far) or None."""
        cursor = self.editor.textCursor()
        if cursor.hasSelection():
            return None
        block = cursor.block()
        before = block.text()[:cursor.positionInBlock()]
        if kind_of(block) not in _PART_OF or _STOP & set(before) or len(before.split()) > MAX_PREFIX_WORDS:
            return None
        start = len(before) - len(before.lstrip())
        return block.position() + start, before[start:]

    def update(self, force: bool = False) -> None:
        typed = self._typed()
        if typed is None or (not force and len(typed[1].strip()) < 2):
            self.hide()
            return
        block = self.editor.textCursor().block()
        part = _PART_OF[kind_of(block)]
        lexicon = self._lexicon or Lexicon.default()
        items = suggestions(lexicon, part, typed[1], self._previous_opening(block, part), self.tiers())
        if not items or (len(items) == 1 and items[0].lower() == typed[1].strip().lower()):
            self.hide()
            return
        self.model.setStringList(items)
        rect = self.editor.cursorRect()
        rect.translate(self.editor.viewport().pos())  # the caret is in the viewport, below the masthead strip
        rect.setWidth(max(260, self.popup().sizeHintForColumn(0) + 30))
        self.completer.complete(rect)
        self.popup().setCurrentIndex(self.model.index(0, 0))

    def _previous_opening(self, block, part: str) -> Opening | None:
        kind = kind_of(block)
        previous = block.previous()
        while previous.isValid() and kind_of(previous) == Kind.SUBPARAGRAPH:
            previous = previous.previous()
        if not previous.isValid() or kind_of(previous) != kind:
            return None
        return (self._lexicon or Lexicon.default()).match(previous.text().replace(OBJECT_CHAR, ""), part)

    def insert(self, phrase: str) -> None:
        typed = self._typed()
        if typed is None:
            return
        cursor = self.editor.textCursor()
        cursor.setPosition(typed[0], cursor.MoveMode.KeepAnchor)
        following = cursor.block().text()[cursor.selectionEnd() - cursor.block().position():]
        cursor.insertText(phrase if following.startswith(" ") else phrase + " ")
        self.editor.setTextCursor(cursor)
        self.hide()
