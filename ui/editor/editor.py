"""The editor widget: one continuous QTextEdit over a ResolutionDocument.

It paints what is derived (the numbers and letters in the gutter, grey hints in empty
blocks), handles the keys that carry the conventions (Enter by kind, Tab / Shift+Tab,
Alt+Up / Alt+Down, the offer to start the operative part), routes undo to the window's
one history, and copies and pastes paragraphs with their kinds and footnotes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QFontMetricsF,
    QKeySequence,
    QPainter,
    QPalette,
    QResizeEvent,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextOption,
)
from PySide6.QtWidgets import QFrame, QInputDialog, QTextEdit, QToolTip, QWidget

from drafting.lexicon import Lexicon
from drafting.model import DECISION_KINDS
from ui.editor import clipboard, commands, texts
from ui.editor.completion import OpeningCompleter
from ui.editor.document import ResolutionDocument
from ui.editor.footnotes import FootnoteMarks
from ui.editor.highlighter import ResolutionHighlighter
from ui.editor.history import History
from ui.editor.inline import (
    FOOTNOTE_OBJECT,
    NOTE_ID,
    OBJECT_CHAR,
    footnote_format,
    is_footnote,
)
from ui.editor.kinds import HEAD, Kind, block_format, format_like, kind_of
from ui.editor.offer import OfferBar

SERIF = ["Times New Roman", "Liberation Serif", "Tinos", "Times", "serif"]
BASE_POINTS = 12.5
GUTTER_EM = 2.6  # one indent level, where labels hang
PAGE_EM = 48  # width of the page column
FOLD_SHARE = 0.25  # the masthead folds to one line when it would take more than a quarter of the editor's height
_HINTS = {Kind.TITLE: "Title of the resolution", Kind.BODY: "The body line, e.g. The General Assembly,",
          Kind.PREAMBULAR: "Preambular paragraph: start with a participle (Recalling, Noting …)",
          Kind.OPERATIVE: "Operative paragraph: start with a verb (Decides, Requests …)",
          Kind.SUBPARAGRAPH: "Subparagraph", Kind.ANNEX_HEADING: "Annex", Kind.ANNEX_TITLE: "Title of the annex",
          Kind.ANNEX_PARAGRAPH: "Annex paragraph", Kind.ANNEX_SUBPARAGRAPH: "Subparagraph",
          Kind.PREAMBULAR_SUBPARAGRAPH: "Preambular subparagraph", Kind.TEXT_HEAD: "Title of this text",
          Kind.INSTRUCTION: "Instruction: In operative paragraph 4, after “…”, insert “…”", Kind.QUOTE: "Quoted text"}
DECISION_BODY = "No body line: the decision’s sentence names the organ"
_EDITING_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Backspace,
                 Qt.Key.Key_Delete)
_NEXT_KIND = {Kind.TITLE: Kind.BODY, Kind.BODY: Kind.PREAMBULAR, Kind.ANNEX_HEADING: Kind.ANNEX_TITLE,
              Kind.ANNEX_TITLE: Kind.ANNEX_PARAGRAPH, Kind.TEXT_HEAD: Kind.BODY}
_APART = "Each text of the document stays on its own: its title line cannot join the text above."
_TABLE = "A table is edited in its own window: double-click it, or Paragraph ▸ Edit table… (Ctrl+Alt+E)."


def _edits(event) -> bool:
    """Whether a key event would change the text: an editing key, a printable character, Cut or Paste."""
    return (event.key() in _EDITING_KEYS or (bool(event.text()) and event.text().isprintable())
            or event.matches(QKeySequence.StandardKey.Cut) or event.matches(QKeySequence.StandardKey.Paste))


def _blocks(doc):
    block = doc.firstBlock()
    while block.isValid():
        yield block
        block = block.next()


def _height_for(widget: QWidget, width: int) -> int:
    return widget.heightForWidth(width) if widget.hasHeightForWidth() else widget.sizeHint().height()


class ResolutionEditor(QTextEdit):
    message = Signal(str)  # a sentence for the status bar ("It is the first paragraph …")
    footnoteActivated = Signal(int)  # a footnote mark was clicked: its note id
    zoomChanged = Signal(int)
    filesDropped = Signal(list)  # paths dropped or pasted as files: for the window to open
    firstPainted = Signal()  # the text is on screen: what can wait may start now

    def __init__(self, parent=None, lexicon: Lexicon | None = None):
        super().__init__(parent)
        self._lexicon = lexicon  # None: the default lexicon, loaded when first needed
        self.doc = ResolutionDocument(self)
        self.setDocument(self.doc)
        self.setAccessibleName("Resolution text")
        self.setAccessibleDescription("The text of the resolution: title, body line, preamble, operative part, annexes")
        self.setAcceptRichText(False)
        self.setTabChangesFocus(False)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.history = History(self.doc, lambda: QTextEdit.undo(self), lambda: QTextEdit.redo(self), self)
        self._marks = FootnoteMarks(self.doc, self)
        self.doc.documentLayout().registerHandler(FOOTNOTE_OBJECT, self._marks)
        self.highlighter = ResolutionHighlighter(self.doc, lexicon)
        self.completer = OpeningCompleter(self, lexicon)
        self.doc.marksChanged.connect(self._relayout_marks)
        self._zoom = 100
        self.header = None  # a widget shown above the text, inside the page (the masthead)
        self._painted = False
        self.explain = lambda finding: f"{finding.code} {finding.message}"  # the window gives rules' rationales
        self._offer_block = -1
        self.passing_through = False  # entered by Tab from another pane: Tab goes on to the next pane
        self.offer = OfferBar(self, self.accept_offer, self.dismiss_offer)
        self.cursorPositionChanged.connect(self._cursor_moved)
        self.actions_by_name: dict[str, QAction] = {}
        self._make_actions()
        self._apply_look()
        self.set_zoom(100)

    @property
    def lexicon(self) -> Lexicon:
        return self._lexicon or Lexicon.default()

    # -- look --------------------------------------------------------------------------

    def _apply_look(self) -> None:
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor("#e9eaec"))
        palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
        palette.setColor(QPalette.ColorRole.Text, QColor("#111111"))
        self.setPalette(palette)
        self.setAutoFillBackground(True)
        self.viewport().setAutoFillBackground(True)

    def page_font(self) -> QFont:
        font = QFont()
        font.setFamilies(SERIF)
        font.setPointSizeF(BASE_POINTS * self._zoom / 100)
        font.setStyleHint(QFont.StyleHint.Serif)
        return font

    def zoom(self) -> int:
        return self._zoom

    def set_zoom(self, percent: int) -> None:
        percent = max(50, min(300, int(percent)))
        if percent == self._zoom and self.doc.indentWidth() == self._indent_for(percent):
            return
        self._zoom = percent
        font = self.page_font()
        self.doc.setDefaultFont(font)
        self.doc.setIndentWidth(self._indent_for(percent))
        self.doc.setDocumentMargin(QFontMetricsF(font).horizontalAdvance("M") * 1.2)
        self._fit_page()
        self.highlighter.rehighlight()
        self.zoomChanged.emit(self._zoom)

    def _indent_for(self, percent: int) -> float:
        font = QFont(self.page_font())
        font.setPointSizeF(BASE_POINTS * percent / 100)
        return QFontMetricsF(font).horizontalAdvance("M") * GUTTER_EM

    def chars_for(self, width: int) -> int:
        """About how many characters of English text a line holds when the editor is ``width`` pixels wide."""
        metrics = QFontMetricsF(self.page_font())
        sample = "Recalling its resolution 76/7 of 5 December 2021, the General Assembly decides to act"
        per_char = metrics.horizontalAdvance(sample) / len(sample)
        page = metrics.horizontalAdvance("M") * (PAGE_EM + GUTTER_EM)
        column = min(width - self.verticalScrollBar().sizeHint().width(), page)
        column -= 2 * self.doc.documentMargin() + self.doc.indentWidth()
        return max(0, int(column / per_char))

    def column_chars(self) -> int:
        """Characters a line of the text column holds now."""
        return self.chars_for(self.width())

    def resizeEvent(self, event) -> None:
        self._fit_page()
        super().resizeEvent(event)  # after the margins: the text is laid out for the page's width
        self._place_offer()

    def set_header(self, widget) -> None:
        self.header = widget
        widget.setParent(self)
        widget.show()
        self.refit()

    def refit(self) -> None:
        self._fit_page()
        QTextEdit.resizeEvent(self, QResizeEvent(self.size(), self.size()))

    def _fit_page(self) -> None:
        em = QFontMetricsF(self.page_font()).horizontalAdvance("M")
        page = em * (PAGE_EM + GUTTER_EM)
        side = max(0, int((self.width() - self.verticalScrollBar().sizeHint().width() - page) / 2))
        top = 0
        if self.header is not None:
            width = self.width() - 2 * side - self.verticalScrollBar().sizeHint().width()
            inset = int(self.doc.documentMargin() + self.doc.indentWidth())
            self.header.setContentsMargins(inset, 0, int(self.doc.documentMargin()), 0)
            header = self.header
            if hasattr(header, "set_folded"):  # on a short screen the masthead takes one line, not a quarter
                if header.folded and not header.full_height:
                    header.set_folded(False)  # its content changed: measure it unfolded again
                if not header.folded:
                    header.full_height = _height_for(header, width)
                header.set_folded(header.full_height > FOLD_SHARE * self.height())
            top = _height_for(header, width)
            self.header.setGeometry(side, 0, width, top)
        margins = self.viewportMargins()
        if (margins.left(), margins.top()) != (side, top):
            self.setViewportMargins(side, top, side, 0)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.firstPainted.emit()
        painter = QPainter(self.viewport())
        font = self.doc.defaultFont()
        metrics = QFontMetricsF(font)
        offset = QPointF(-self.horizontalScrollBar().value(), -self.verticalScrollBar().value())
        height = self.viewport().height()
        block = self.cursorForPosition(QPoint(0, 0)).block()
        hint_colour, label_colour = QColor("#9a9a9a"), QColor("#222222")
        while block.isValid():
            layout = block.layout()
            top_left = layout.position() + offset
            if top_left.y() > height:
                break
            if layout.lineCount():
                line = layout.lineAt(0)
                baseline = top_left.y() + line.y() + line.ascent()
                label = self.doc.label_of(block.blockNumber())
                if label:
                    painter.setFont(font)
                    painter.setPen(label_colour)
                    gap = metrics.horizontalAdvance(" ") * 1.2
                    x = top_left.x() + line.x() - metrics.horizontalAdvance(label) - gap
                    painter.drawText(QPointF(x, baseline), label)
                if not block.text():
                    hint = QFont(font)
                    hint.setItalic(True)
                    painter.setFont(hint)
                    painter.setPen(hint_colour)
                    painter.drawText(QPointF(top_left.x() + line.x() + 2, baseline), self.hint(block))
            block = block.next()
        painter.end()

    def hint(self, block: QTextBlock) -> str:
        """What an empty paragraph of this kind is for, shown greyed in it."""
        kind = kind_of(block)
        if kind == Kind.BODY and self.doc.res.kind in DECISION_KINDS:
            return DECISION_BODY
        return _HINTS.get(kind, "")

    def _relayout_marks(self) -> None:
        """Marks were renumbered: lay out again the blocks that hold one."""
        block = self.doc.firstBlock()
        while block.isValid():
            if OBJECT_CHAR in block.text():
                self.doc.markContentsDirty(block.position(), block.length())
            block = block.next()
        self.viewport().update()

    # -- actions -------------------------------------------------------------------------

    def _make_actions(self) -> None:
        specs: list[tuple[str, str, str | QKeySequence.StandardKey, Callable[[], object]]] = [
            ("demote", "Demote paragraph", "Tab", self.demote),
            ("promote", "Promote paragraph", "Shift+Tab", self.promote),
            ("move_up", "Move paragraph up", "Alt+Up", lambda: self.move_paragraph(False)),
            ("move_down", "Move paragraph down", "Alt+Down", lambda: self.move_paragraph(True)),
            ("convert", "Convert preambular ↔ operative", "Ctrl+Shift+O", self.convert_paragraph),
            ("add_text", "Add a further text (resolution II, part B …)", "Ctrl+Alt+T", self.add_text),
            ("text_label", "Label of this text…", "", self.ask_text_label),
            ("edit_table", "Edit table…", "Ctrl+Alt+E", self.edit_table),
            ("footnote", "Insert footnote", "Ctrl+Alt+F", self.insert_footnote),
            ("go_to_note", "Go to footnote text", "Ctrl+Alt+G", self.go_to_note),
            ("complete", "Suggest opening phrase", "Ctrl+Space", lambda: self.completer.update(force=True)),
            ("italic", "Italic", QKeySequence.StandardKey.Italic, lambda: self._toggle_style("italic")),
            ("bold", "Bold", QKeySequence.StandardKey.Bold, lambda: self._toggle_style("bold")),
        ]
        for name, text, keys, slot in specs:
            action = QAction(text, self)
            action.setObjectName(name)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
            self.actions_by_name[name] = action

    def _report(self, message: str | None) -> None:
        if message:
            self.message.emit(message)

    def demote(self) -> None:
        self._report(commands.demote(self.doc, self.textCursor()))

    def promote(self) -> None:
        self._report(commands.promote(self.doc, self.textCursor()))

    def move_paragraph(self, down: bool) -> None:
        message, position = commands.move(self.doc, self.textCursor(), down)
        self._report(message)
        if message is None:
            self._set_position(position)

    def add_text(self) -> None:
        """A further text after the one the cursor is in: its title line, labelled next in sequence."""
        self._set_position(texts.add_text(self.doc, self.textCursor()))
        self.setFocus()
        self._report("A further text begins here: type its title, then Enter for its body line.")

    def edit_table(self) -> bool:
        """Edit the table the cursor is on in its own window; OK shows the changed table (one undo step)."""
        from ui.editor.table_dialog import TableDialog  # only when a table is edited

        found = self.doc.table_at(self.textCursor().block())
        if found is None:
            self._report("Put the cursor on a table's line to edit the table.")
            return False
        paragraph, *_ = found
        assert paragraph.table is not None
        dialog = TableDialog(paragraph.table, self)
        if dialog.exec() != TableDialog.DialogCode.Accepted:
            return False
        table = dialog.table()
        if table == paragraph.table:
            return False
        self._set_position(self.doc.replace_table(self.textCursor().block(), table))
        self._report("Table changed: Undo brings it back as it was.")
        return True

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """A double click on a table's line opens the table editor."""
        at = self.cursorForPosition(event.position().toPoint())
        if self.doc.table_at(at.block()) is not None:
            self.setTextCursor(at)
            self.edit_table()
            return
        super().mouseDoubleClickEvent(event)

    def ask_text_label(self) -> None:
        """Ask for the label of the text the cursor is in ("II", "B", "A.") and set it."""
        current = texts.label_here(self.textCursor())
        label, ok = QInputDialog.getText(self, "Label of this text", "Label, as printed (I, II, A, B …):",
                                         text=current)
        if ok and label.strip() != current:
            texts.set_label(self.doc, self.textCursor(), label.strip())

    def convert_paragraph(self) -> None:
        message, position = commands.convert(self.doc, self.textCursor(), self.lexicon)
        self._report(message)
        self._set_position(position)

    def _set_position(self, position: int) -> None:
        cursor = self.textCursor()
        cursor.setPosition(min(position, self.doc.characterCount() - 1))
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def insert_footnote(self) -> int:
        cursor = self.textCursor()
        if kind_of(cursor.block()) == Kind.ANNEX_HEADING:
            self._report("An annex heading cannot carry a footnote.")
            return 0
        note_id = self.doc.new_note()
        cursor.clearSelection()
        text, at = cursor.block().text(), cursor.positionInBlock()
        if 0 < at < len(text) and text[at] in ",;:." and not text[at - 1].isspace():
            cursor.movePosition(QTextCursor.MoveOperation.NextCharacter)  # in English the mark follows punctuation
        cursor.insertText(OBJECT_CHAR, footnote_format(note_id))
        self.setTextCursor(cursor)
        self.footnoteActivated.emit(note_id)
        return note_id

    def note_near_cursor(self) -> int | None:
        cursor = self.textCursor()
        text, at = cursor.block().text(), cursor.positionInBlock()
        for position in (at - 1, at):
            if 0 <= position < len(text) and text[position] == OBJECT_CHAR:
                probe = QTextCursor(cursor.block())
                probe.setPosition(cursor.block().position() + position + 1)
                if is_footnote(probe.charFormat()):
                    return probe.charFormat().intProperty(NOTE_ID)
        return None

    def go_to_note(self) -> None:
        note_id = self.note_near_cursor()
        if note_id is None:
            self._report("Put the cursor next to a footnote mark first.")
        else:
            self.footnoteActivated.emit(note_id)

    def show_note_mark(self, note_id: int) -> bool:
        """Put the cursor just after the mark of ``note_id``; False when it is not in the text."""
        block = self.doc.firstBlock()
        while block.isValid():
            entry = self.doc.entry(block.blockNumber())
            if entry is not None and note_id in entry.notes:
                text = block.text()
                probe = QTextCursor(block)
                for i, ch in enumerate(text):
                    if ch == OBJECT_CHAR:
                        probe.setPosition(block.position() + i + 1)
                        if probe.charFormat().intProperty(NOTE_ID) == note_id:
                            self.setTextCursor(probe)
                            self.ensureCursorVisible()
                            self.setFocus()
                            return True
            block = block.next()
        return False

    def _toggle_style(self, style: str) -> None:
        cursor = self.textCursor()
        fmt = cursor.charFormat()
        change = QTextCharFormat()
        if style == "italic":
            change.setFontItalic(not fmt.fontItalic())
        else:
            change.setFontWeight(QFont.Weight.Normal.value if fmt.fontWeight() >= QFont.Weight.Bold.value
                                 else QFont.Weight.Bold.value)
        cursor.mergeCharFormat(change)
        self.mergeCurrentCharFormat(change)

    # -- undo through the one history ---------------------------------------------------

    def undo(self) -> None:
        self._step_history(self.history.undo)

    def redo(self) -> None:
        self._step_history(self.history.redo)

    def _step_history(self, step) -> None:
        """Undo or redo, then show where the text changed (a fix undone re-renders the whole text, which
        would leave the view at its start or end)."""
        before = [b.text() for b in _blocks(self.doc)]
        step()
        after = [b.text() for b in _blocks(self.doc)]
        if before == after:
            return
        first = next((i for i, (a, b) in enumerate(zip(before, after, strict=False)) if a != b),
                     min(len(before), len(after)) - 1)
        block = self.doc.findBlockByNumber(max(0, min(first, self.doc.blockCount() - 1)))
        old, new = before[first] if first < len(before) else "", block.text()
        at = next((i for i, (a, b) in enumerate(zip(old, new, strict=False)) if a != b), min(len(old), len(new)))
        cursor = QTextCursor(block)
        cursor.setPosition(block.position() + min(at, block.length() - 1))
        self.setTextCursor(cursor)
        self.center_cursor()

    def center_cursor(self) -> None:
        """Scroll so that the cursor stands a third of the way down the view, not on its last line."""
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + self.cursorRect().top() - self.viewport().height() // 3)

    # -- keys ----------------------------------------------------------------------------

    # -- focus: Tab demotes while writing, and leaves the text when the text was entered by Tab --------

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        reason = event.reason()
        if reason in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason):
            self.passing_through = True
            self.message.emit("In the text: Tab goes on to the next pane until you press another key here; "
                              "then Tab demotes. Ctrl+Tab always leaves the text.")
        elif reason in (Qt.FocusReason.MouseFocusReason, Qt.FocusReason.ShortcutFocusReason):
            self.passing_through = False

    def leave(self, forward: bool = True) -> None:
        """Move the focus to the next (or previous) pane, as Tab does elsewhere."""
        self.passing_through = False
        QWidget.focusNextPrevChild(self, forward)

    def focusNextPrevChild(self, forward: bool) -> bool:
        if self.hasFocus():
            return super().focusNextPrevChild(forward)  # QTextEdit keeps Tab for itself (demote)
        return QWidget.focusNextPrevChild(self, forward)  # the masthead strip inside: Tab moves on

    def mousePressEvent(self, event) -> None:
        self.passing_through = False
        super().mousePressEvent(event)

    def event(self, event) -> bool:
        if event.type() == event.Type.KeyPress and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            mods = event.modifiers()
            if mods & Qt.KeyboardModifier.ControlModifier or self.passing_through:
                forward = event.key() == Qt.Key.Key_Tab and not mods & Qt.KeyboardModifier.ShiftModifier
                self.leave(forward)
                return True
        return self._event(event)

    def keyPressEvent(self, event) -> None:
        if event.key() not in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            self.passing_through = False  # the user writes here now: Tab demotes again
        if self.completer.visible() and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape,
                                                          Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            event.ignore()
            return
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo()
            return
        if event.matches(QKeySequence.StandardKey.Redo):
            self.redo()
            return
        key, mods = event.key(), event.modifiers()
        if self._would_merge_texts(event):
            self.message.emit(_APART)
            return
        if self._would_edit_table(event):
            self.message.emit(_TABLE)
            return
        if key == Qt.Key.Key_Backtab or (key == Qt.Key.Key_Tab and mods & Qt.KeyboardModifier.ShiftModifier):
            self.promote()
            return
        if key == Qt.Key.Key_Tab and not mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            self.demote()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if mods & Qt.KeyboardModifier.ControlModifier:
                if self.offer.isVisible():
                    self.accept_offer()
                return
            self.enter()
            return
        if key == Qt.Key.Key_Backspace and not mods and self._backspace_promotes():
            self.promote()
            return
        if key == Qt.Key.Key_Backspace and not mods and self._at_block_start():
            # Qt would take one indent level off the block; here indents are derived: join the paragraphs.
            cursor = self.textCursor()
            cursor.deletePreviousChar()
            self.setTextCursor(cursor)
            return
        if key == Qt.Key.Key_Escape and self.offer.isVisible():
            self.dismiss_offer()
            return
        super().keyPressEvent(event)
        if event.text() and event.text().isprintable() or key == Qt.Key.Key_Backspace:
            cursor = self.textCursor()
            letter = event.text()[-1:].isalnum() if event.text() else False
            self.highlighter.set_typing_at(cursor.block() if letter else None, cursor.positionInBlock())
            self.completer.update()
        elif self.completer.visible() and key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Home, Qt.Key.Key_End):
            self.completer.hide()

    def _would_merge_texts(self, event) -> bool:
        """Whether the key would join two texts of the document (remove a text-head line's start)."""
        key = event.key()
        if not _edits(event):
            return False
        cursor = self.textCursor()
        if cursor.hasSelection():
            return self._crosses_text_start(cursor)
        block = cursor.block()
        if key == Qt.Key.Key_Backspace and cursor.positionInBlock() == 0:
            return kind_of(block) == Kind.TEXT_HEAD and block.previous().isValid()
        if key == Qt.Key.Key_Delete and cursor.atBlockEnd():
            return block.next().isValid() and kind_of(block.next()) == Kind.TEXT_HEAD
        return False

    def _would_edit_table(self, event) -> bool:
        """Whether the key would change a table's read-only line (type in it, join it, delete it)."""
        key = event.key()
        if not _edits(event):
            return False
        cursor = self.textCursor()
        if self._touches_table(cursor):
            return True
        if cursor.hasSelection():
            return False
        block = cursor.block()
        if key == Qt.Key.Key_Backspace and cursor.positionInBlock() == 0:
            return block.previous().isValid() and kind_of(block.previous()) == Kind.TABLE
        if key == Qt.Key.Key_Delete and cursor.atBlockEnd():
            return block.next().isValid() and kind_of(block.next()) == Kind.TABLE
        return False

    def _selected_kinds(self, cursor: QTextCursor) -> list[Kind]:
        """The kinds of the blocks the cursor's selection runs over, the first included."""
        first = self.doc.findBlock(cursor.selectionStart()).blockNumber()
        last = self.doc.findBlock(cursor.selectionEnd()).blockNumber()
        return [kind_of(self.doc.findBlockByNumber(n)) for n in range(first, last + 1)]

    def _touches_table(self, cursor: QTextCursor) -> bool:
        return Kind.TABLE in self._selected_kinds(cursor)

    def cut(self) -> None:
        """Cut, unless the selection would join two texts or change a table (Edit menu and context menu alike)."""
        for refused, why in ((self._crosses_text_start, _APART), (self._touches_table, _TABLE)):
            if refused(self.textCursor()):
                self.message.emit(why)
                self.copy()
                return
        super().cut()

    def _crosses_text_start(self, cursor: QTextCursor) -> bool:
        """Whether the selection runs from one text into the title line of the next."""
        return Kind.TEXT_HEAD in self._selected_kinds(cursor)[1:]

    def _at_block_start(self) -> bool:
        cursor = self.textCursor()
        return not cursor.hasSelection() and cursor.positionInBlock() == 0 and cursor.blockNumber() > 0

    def _backspace_promotes(self) -> bool:
        """Backspace at the start of a subparagraph promotes it, as in a list."""
        cursor = self.textCursor()
        return (not cursor.hasSelection() and cursor.positionInBlock() == 0
                and kind_of(cursor.block()) in HEAD)

    def enter(self) -> None:
        """Enter: a new paragraph of the kind that comes next; an empty subparagraph is promoted."""
        cursor = self.textCursor()
        block = cursor.block()
        kind = kind_of(block)
        if kind in HEAD and not block.text().strip():
            self.promote()
            return
        nxt = block.next()
        if kind == Kind.TITLE and nxt.isValid() and kind_of(nxt) == Kind.TEXT_HEAD:  # the first text's label line
            nxt = nxt.next()
        if kind in _NEXT_KIND:
            follow = _NEXT_KIND[kind]
            if nxt.isValid() and kind_of(nxt) == follow and (kind != Kind.BODY or not nxt.text().strip()):
                cursor.setPosition(nxt.position())
            else:
                cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
                cursor.insertBlock(block_format(follow), cursor.charFormat())
            self.setTextCursor(cursor)
            return
        at_end = cursor.atBlockEnd()
        cursor.beginEditBlock()
        cursor.insertBlock(format_like(block, keep_source=False), cursor.charFormat())
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        if kind == Kind.PREAMBULAR and at_end and not (nxt.isValid() and kind_of(nxt) == Kind.PREAMBULAR):
            self._offer_block = cursor.block().blockNumber()
            self._place_offer()
            self.offer.show()

    # -- the offer to start the operative part ---------------------------------------------

    def _place_offer(self) -> None:
        hint = self.offer.sizeHint()
        margins = self.viewportMargins()
        width = min(self.viewport().width() - 16, max(hint.width(), 420))
        x = margins.left() + (self.viewport().width() - width) // 2
        self.offer.setGeometry(x, self.height() - hint.height() - 12, width, hint.height())

    def accept_offer(self) -> None:
        number = self._offer_block
        self.dismiss_offer()
        block = self.doc.findBlockByNumber(number)
        if block.isValid() and kind_of(block) == Kind.PREAMBULAR:
            cursor = self.textCursor()
            cursor.setPosition(block.position() + block.length() - 1)
            self.setTextCursor(cursor)
            self.convert_paragraph()
            self.setFocus()

    def dismiss_offer(self) -> None:
        self._offer_block = -1
        self.offer.hide()

    def _cursor_moved(self) -> None:
        typing = self.highlighter.typing_at
        if typing is not None:
            cursor = self.textCursor()
            if (cursor.blockNumber(), cursor.positionInBlock()) != typing:
                self.highlighter.set_typing_at(None)  # the cursor left the word: underline it if it is wrong
        if self.offer.isVisible():
            block = self.textCursor().block()
            if block.blockNumber() != self._offer_block or block.text():
                self.dismiss_offer()

    # -- mouse: footnote marks and tooltips -------------------------------------------------

    def mark_at(self, point: QPoint) -> int | None:
        """The note id of the footnote mark under ``point`` (viewport coordinates)."""
        cursor = self.cursorForPosition(point)
        block = cursor.block()
        for position in (cursor.position() - 1, cursor.position()):
            if position < block.position() or position >= block.position() + block.length() - 1:
                continue
            if block.text()[position - block.position()] != OBJECT_CHAR:
                continue
            probe = QTextCursor(self.doc)
            probe.setPosition(position)
            left = self.cursorRect(probe).left()
            probe.setPosition(position + 1)
            right = self.cursorRect(probe).left()
            if left - 2 <= point.x() <= right + 2 and is_footnote(probe.charFormat()):
                return probe.charFormat().intProperty(NOTE_ID)
        return None

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            note_id = self.mark_at(event.position().toPoint())
            if note_id is not None:
                self.footnoteActivated.emit(note_id)

    def _event(self, event) -> bool:
        if event.type() == event.Type.ToolTip:
            point = self.viewport().mapFromGlobal(event.globalPos())
            text = self.tooltip_at(point)
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def tooltip_at(self, point: QPoint) -> str:
        note_id = self.mark_at(point)
        if note_id is not None:
            note = self.doc.notes.get(note_id)
            return f"Footnote {self.doc.mark_of(note_id)}: {note.text if note else ''}"
        cursor = self.cursorForPosition(point)
        found = self.highlighter.findings_at(cursor.block(), cursor.positionInBlock())
        return "<hr>".join(self.explain(u.finding) for u in found)

    # -- clipboard: paragraphs keep their kinds and footnotes (see clipboard.py) ---------------

    def createMimeDataFromSelection(self) -> QMimeData:
        return clipboard.mime_of_selection(self.doc, self.textCursor())

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasFormat(clipboard.MIME) or source.hasText() or source.hasUrls()

    def insertFromMimeData(self, source: QMimeData) -> None:
        if source.hasUrls() and all(url.isLocalFile() for url in source.urls()):
            self.filesDropped.emit([url.toLocalFile() for url in source.urls()])
            return
        cursor = self.textCursor()
        for refused, why in ((self._crosses_text_start, _APART), (self._touches_table, _TABLE)):
            if refused(cursor):
                self.message.emit(why)
                return
        clipboard.paste(self.doc, cursor, clipboard.pieces_of(source, cursor))
        self.setTextCursor(cursor)

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.ignore()  # files are opened by the window
            return
        super().dragEnterEvent(event)

