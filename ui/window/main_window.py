"""The main window: the editor in the middle, outline on the left, issues, masthead and footnotes
on the right, a status bar below; menus and keyboard shortcuts for everything.

One window holds one document.  What it does is split among controllers the window owns
(``_make_controllers``, the one place they are registered): files (file_actions.py; a
document opened from anything but a .unres file is an import: Save asks for a .unres name,
so that the original is never overwritten), findings (review_actions.py), versions (new
drafts from a previous text, comparing: compare/actions.py) and grammar (grammar_actions.py).
Findings come from the rules engine (checking.py; the suggested updates of a draft made from a
previous text among them) and, when LanguageTool is set up, from grammar.  The side panes
are built just after the window's first paint (``ensure_panes``).
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from drafting import settings as settings_store
from drafting.errors import InputError
from drafting.model import Resolution
from drafting.numbering import counted
from ui import lazy
from ui.compare.actions import CompareController
from ui.editor.completion import DEFAULT_TIERS
from ui.editor.editor import ResolutionEditor
from ui.findings import checking
from ui.panes.find_replace import FindBar
from ui.panes.masthead_strip import MastheadStrip
from ui.window.amend_actions import AmendController
from ui.window.autosave import Autosave
from ui.window.controller import Controller, Menus
from ui.window.file_actions import FileController
from ui.window.grammar_actions import GrammarController
from ui.window.layout import PaneFolding
from ui.window.review_actions import ReviewController
from ui.window.shortcuts import shortcut_groups
from ui.window.templates import templates

ControllerT = TypeVar("ControllerT", bound=Controller)
WORD_LIMIT = 3300  # in-session documents, unless the style pack's word_limit says otherwise


def _organs() -> list[str]:
    from drafting.importers.masthead import ORGANS

    return sorted(set(ORGANS) | {t.data.get("masthead", {}).get("organ", "") for t in templates()} - {""})


def word_count(res: Resolution) -> int:
    """Words as the word-limit rule (RES150) counts them: title, paragraphs, annexes and footnotes."""
    places = [inline for path, inline in res.inlines() if path[0] in checking.TEXT_PARTS and path[0] != "body"]
    notes = [note for _, note in res.footnotes()]
    return sum(len(inline.text.split()) for inline in places + notes)


class MainWindow(QMainWindow):
    windowRequested = Signal(object)  # a path to open in a new window (None: a new document)

    def __init__(self, settings: settings_store.Settings, parent=None, persist: bool = True):
        super().__init__(parent)
        self.settings = settings
        self.persist = persist  # False: never write the settings (screenshots)
        self.path: Path | None = None  # where Save writes (.unres)
        self.source: Path | None = None  # the file the document came from
        self._forced_dirty = False
        self.setAcceptDrops(True)
        self.editor = ResolutionEditor(self)
        self.doc = self.editor.doc
        self.history = self.editor.history
        self.checker = checking.LiveChecker(self.doc, default_pack=lambda: self.settings.style_pack,
                                            rule_switches=self.rule_switches, parent=self)
        self.editor.completer.tiers = lambda: checking.lexicon_tiers(self.doc.res, DEFAULT_TIERS)
        self.editor.explain = checking.explain
        self.panes_ready = False
        self._build_central()
        self._build_status()
        self.autosave = Autosave(self, settings.autosave_seconds, self)
        self.controllers: list[Controller] = []
        self._make_controllers()
        self.menus = Menus(self)
        self._build_actions()
        self._connect()
        self.editor.set_zoom(settings.zoom)
        self._zoomed(self.editor.zoom())
        self._fit_to_screen(1400, 900)
        self.folding = PaneFolding(self)
        self._placed = not persist  # screenshots and tests keep the size they ask for
        self.new_document(templates()[0].build() if templates() else Resolution())
        # The side panes come right after the text is first on screen.
        self.editor.firstPainted.connect(lambda: QTimer.singleShot(0, self.ensure_panes))

    # -- building ---------------------------------------------------------------------------

    def _make_controllers(self) -> None:
        """The window's controllers, in the order their actions appear in the menus."""
        self.file_actions = self.register(FileController(self))
        self.compare_actions = self.register(CompareController(self))
        self.amend_actions = self.register(AmendController(self))
        self.review_actions = self.register(ReviewController(self))
        self.grammar_actions = self.register(GrammarController(self))

    def register(self, controller: ControllerT) -> ControllerT:
        """Own ``controller``: it adds its actions with the others and hears the window's hooks."""
        self.controllers.append(controller)
        return controller

    def _fit_to_screen(self, width: int, height: int) -> None:
        """The window's first size: ``width`` × ``height``, or the screen's free area when that is smaller (a
        window for screenshots, which never persists, keeps the size asked for)."""
        screen = self.screen() or QApplication.primaryScreen()
        free = screen.availableGeometry() if screen is not None else None
        if self.persist and free is not None and (free.width() < width or free.height() < height):
            self.resize(min(width, free.width()), min(height, free.height()))
            self.setWindowState(Qt.WindowState.WindowMaximized)  # a laptop screen: all of it, title bar shown
            return
        self.resize(width, height)

    def _build_central(self) -> None:
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.header = MastheadStrip()
        self.editor.set_header(self.header)
        layout.addWidget(self.editor, 1)
        self.find_bar = FindBar(self.editor)
        layout.addWidget(self.find_bar)
        self.setCentralWidget(central)

    def _dock(self, title: str, widget: QWidget, area) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(title.lower())
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.addDockWidget(area, dock)
        return dock

    def ensure_panes(self) -> None:
        """Build the outline and the review panes (issues, masthead, footnotes), once."""
        if self.panes_ready:
            return
        self.panes_ready = True
        from drafting.spelling import preload

        self.checker.wait_for = preload()  # the dictionary loads in the background; the check waits, not the editor
        self._build_panes()
        self._connect_panes()
        self.menus["view"].addSeparator()
        for dock, text, keys in ((self.outline_dock, "Show &outline pane", "Ctrl+Alt+1"),
                                 (self.side_dock, "Show &review panes", "Ctrl+Alt+3")):
            toggle = dock.toggleViewAction()
            toggle.triggered.connect(lambda _checked=False, d=dock: self.folding.user_toggled(d))
            toggle.setText(text)
            toggle.setShortcut(QKeySequence(keys))
            toggle.setObjectName("toggle_" + dock.objectName())
            self.menus["view"].addAction(toggle)
            self.addAction(toggle)
        state, _ = split_layout(self.settings.window)
        if state:
            self.restoreState(QByteArray.fromBase64(state.encode("ascii")))
        for controller in self.controllers:
            controller.panes_built()
        QTimer.singleShot(0, self.folding.fit)
        # Left to right: outline, masthead strip, text (Ctrl+Tab leaves it: Tab demotes), side panes.
        for first, second in ((self.outline, self.header), (self.header, self.editor), (self.editor, self.tabs)):
            QWidget.setTabOrder(first, second)
        self._sync_panes()

    def _sync_panes(self) -> None:
        self.masthead.refresh()
        self.footnotes.refresh()
        self.review_actions.show_all_findings()
        self.outline.rebuild(self.doc)
        self.outline.follow(self.editor.textCursor().block().blockNumber())

    def _build_panes(self) -> None:
        from ui.panes.footnotes import FootnotesPane
        from ui.panes.issues import IssuesPane
        from ui.panes.masthead import MastheadPane
        from ui.panes.outline import OutlinePane

        self.outline = OutlinePane()
        self.outline_dock = self._dock("Outline", self.outline, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.issues = IssuesPane(lambda loc: checking.describe(self.doc, loc), checking.explain)
        self.masthead = MastheadPane(self.doc, self.history, _organs, checking.packs)
        self.footnotes = FootnotesPane(self.doc, self.history)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Side panes")
        self.tabs.addTab(self.issues, "&Issues")
        self.tabs.addTab(self.masthead, "&Masthead")
        self.tabs.addTab(self.footnotes, "Foot&notes")
        self.side_dock = self._dock("Review", self.tabs, Qt.DockWidgetArea.RightDockWidgetArea)
        self.resizeDocks([self.outline_dock, self.side_dock], [250, 400], Qt.Orientation.Horizontal)

    def _build_status(self) -> None:
        bar = self.statusBar()
        self.words_label = QLabel()
        self.words_label.setToolTip("Words in the title, paragraphs, annexes and footnotes, against the limit")
        self.count_label = QLabel()
        self._counted_text = 0  # which text the count shows (see _text_at_cursor)
        self.findings_label = QLabel()
        self.zoom_label = QLabel()
        self.grammar_label = QLabel()
        self.grammar_label.setVisible(False)
        for label in (self.words_label, self.count_label, self.findings_label, self.grammar_label, self.zoom_label):
            label.setContentsMargins(8, 0, 8, 0)
            bar.addPermanentWidget(label)
        self.status_timer = QTimer(self)
        self.status_timer.setSingleShot(True)
        self.status_timer.setInterval(250)
        self.status_timer.timeout.connect(self._refresh_views)

    def _build_actions(self) -> None:
        S = QKeySequence.StandardKey
        bar, menus = self.menuBar(), self.menus
        for name, title in (("file", "&File"), ("edit", "&Edit"), ("paragraph", "&Paragraph"), ("check", "&Check"),
                            ("view", "&View"), ("help", "&Help")):
            menus.menus[name] = bar.addMenu(title)
        edit = menus["edit"]
        self.undo_action = menus.add(edit, "&Undo", self.editor.undo, S.Undo, "undo")
        self.redo_action = menus.add(edit, "&Redo", self.editor.redo, S.Redo, "redo")
        self.history.canUndoChanged.connect(self.undo_action.setEnabled)
        self.history.canRedoChanged.connect(self.redo_action.setEnabled)
        self.history.undoTextChanged.connect(lambda t: self.undo_action.setText(f"&Undo {t}".strip()))
        self.history.redoTextChanged.connect(lambda t: self.redo_action.setText(f"&Redo {t}".strip()))
        edit.addSeparator()
        for text, slot, key in (("Cu&t", self.editor.cut, S.Cut), ("&Copy", self.editor.copy, S.Copy),
                                ("&Paste", self.editor.paste, S.Paste),
                                ("Select &all", self.editor.selectAll, S.SelectAll)):
            action = menus.add(edit, text, slot, key)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # the editor handles the keys itself
        edit.addSeparator()
        menus.add(edit, "&Find…", lambda: self.find_bar.open(False), S.Find, "find")
        menus.add(edit, "Find and &replace…", lambda: self.find_bar.open(True), "Ctrl+H", "replace")
        menus.add(edit, "Find &next", self.find_bar.find_next, S.FindNext, "find_next")
        menus.add(edit, "Find pre&vious", self.find_bar.find_previous, S.FindPrevious, "find_previous")
        edit.addSeparator()
        menus.add(edit, "&Settings…", self.edit_settings, [QKeySequence(S.Preferences), QKeySequence("Ctrl+,")],
                  "settings")
        edit.addSeparator()
        for name in ("footnote", "go_to_note", "italic", "bold"):
            edit.addAction(self.editor.actions_by_name[name])
        for name in ("demote", "promote", "move_up", "move_down", "convert", "complete"):
            menus["paragraph"].addAction(self.editor.actions_by_name[name])
        menus["paragraph"].addSeparator()
        for name in ("add_text", "text_label", "edit_table"):
            menus["paragraph"].addAction(self.editor.actions_by_name[name])
        view = menus["view"]
        menus.add(view, "Zoom &in", lambda: self.editor.set_zoom(self.editor.zoom() + 10),
                  [QKeySequence(S.ZoomIn), QKeySequence("Ctrl+=")], "zoom_in")
        menus.add(view, "Zoom &out", lambda: self.editor.set_zoom(self.editor.zoom() - 10), S.ZoomOut, "zoom_out")
        menus.add(view, "&Actual size", lambda: self.editor.set_zoom(100), "Ctrl+0", "zoom_reset")
        view.addSeparator()
        for text, key, pane in (("Go to &outline", "Ctrl+1", "outline"), ("Go to &text", "Ctrl+2", "text"),
                                ("Go to &issues", "Ctrl+3", "issues"), ("Go to &masthead", "Ctrl+4", "masthead"),
                                ("Go to &footnotes", "Ctrl+5", "footnotes")):
            menus.add(view, text, lambda p=pane: self.go_to_pane(p), key, f"go_to_{pane}")
        for controller in self.controllers:
            controller.add_actions(menus)
        file = menus["file"]
        file.addSeparator()
        menus.add(file, "&Close window", self.close, S.Close, "close_window")
        menus.add(file, "&Quit", QApplication.closeAllWindows, S.Quit, "quit")
        from ui.window.library_actions import LibraryActions

        self.library = LibraryActions(self)  # the Library menu, pane and Show Agreed Language
        library_menu = bar.actions()[-1]
        bar.removeAction(library_menu)
        bar.insertAction(menus["help"].menuAction(), library_menu)  # before Help, as menus go
        menus.add("help", "&Keyboard shortcuts", self.show_shortcuts, "F1", "shortcuts")
        menus.add("help", "&About Resolute", self.show_about, None, "about")

    def _connect(self) -> None:
        self.editor.message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.editor.footnoteActivated.connect(self._show_note)
        self.editor.zoomChanged.connect(self._zoomed)
        self.editor.filesDropped.connect(self.file_actions.open_paths)
        self.editor.customContextMenuRequested.connect(self.review_actions.context_menu)
        self.editor.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.doc.modelChanged.connect(lambda paths: self.status_timer.start())
        self.editor.cursorPositionChanged.connect(self._text_moved)
        self.doc.detachedChanged.connect(lambda: self.header.show_resolution(self.doc.res))
        self.doc.detachedChanged.connect(self.editor.refit)
        self.doc.packChanged.connect(self._pack_changed)
        self.checker.findingsChanged.connect(self.review_actions.show_findings)
        self.checker.failed.connect(lambda text: self.statusBar().showMessage(text, 10000))
        self.history.cleanChanged.connect(self._history_changed)
        self.history.indexChanged.connect(self._history_changed)
        self.autosave.failed.connect(lambda text: self.statusBar().showMessage(text, 10000))
        self.header.activated.connect(lambda: self.go_to_pane("masthead"))

    def _connect_panes(self) -> None:
        self.editor.cursorPositionChanged.connect(
            lambda: self.outline.follow(self.editor.textCursor().block().blockNumber()))
        self.outline.jumpRequested.connect(self._jump_to_block)
        self.footnotes.backRequested.connect(self._back_to_mark)

    # -- the document -----------------------------------------------------------------------

    def is_modified(self) -> bool:
        return self._forced_dirty or not self.history.isClean()

    def is_pristine(self) -> bool:
        """An untitled document nobody has typed in: New and Open may replace it."""
        return self.path is None and self.source is None and not self.is_modified()

    def new_document(self, res: Resolution, source: Path | None = None, path: Path | None = None,
                     dirty: bool = False) -> None:
        if not res.meta.author:
            res.meta.author = self.settings.author
        self.doc.load(res)
        self.history.reset()
        self.path, self.source, self._forced_dirty = path, source, dirty
        cursor = QTextCursor(self.doc)
        self.editor.setTextCursor(cursor)
        self.header.show_resolution(res)
        if self.panes_ready:
            self._sync_panes()
        self._pack_changed()
        for controller in self.controllers:
            controller.document_loaded()
        self.editor.refit()
        self._refresh_views()
        self._update_title()

    def edit_settings(self) -> None:
        from ui.dialogs.settings import SettingsDialog

        dialog = SettingsDialog(self.settings, checking.packs(), self, self.grammar_actions.grammar_service())
        if dialog.exec() != dialog.DialogCode.Accepted:
            return
        before = (self.settings.style_pack, list(self.settings.disabled_rules))
        languagetool, hints = self.settings.languagetool, self.settings.show_hints
        dialog.apply()
        self.save_settings()

        def follow(window: MainWindow) -> None:
            window.autosave.set_interval(self.settings.autosave_seconds)
            window.grammar_actions.languagetool_changed(languagetool)
            if self.settings.show_hints != hints:
                window.review_actions.hints_changed()

        self.for_each_window(follow)
        if (self.settings.style_pack, self.settings.disabled_rules) != before:
            self.checker.restart()

    def for_each_window(self, do: Callable[[MainWindow], object]) -> None:
        """Call ``do`` with every window that shares this window's settings (this one included)."""
        for window in QApplication.topLevelWidgets():
            if isinstance(window, MainWindow) and window.settings is self.settings:
                do(window)

    def finding_sources(self) -> list:
        grammar = self.grammar_actions.grammar
        return [self.checker] + ([grammar] if grammar is not None else [])

    def rule_switches(self) -> tuple[list[str], dict[str, str]]:
        """The rules the user switched off, and severity changes, from the settings."""
        return list(self.settings.disabled_rules), dict(self.settings.rule_severities)

    def save_settings(self) -> None:
        if not self.persist:
            return
        try:
            settings_store.save(self.settings)
        except (InputError, OSError) as exc:
            self.statusBar().showMessage(f"Settings not saved: {lazy.dialogs().error_text(exc)}", 8000)

    def window_showing(self, path: Path) -> MainWindow | None:
        """Another open window whose document is ``path`` (saved there or opened from there)."""
        target = _resolved(path)
        for window in QApplication.topLevelWidgets():
            if isinstance(window, MainWindow) and window is not self and window.isVisible() and target in {
                    _resolved(p) for p in (window.path, window.source) if p is not None}:
                return window
        return None

    def _pack_changed(self) -> None:
        self.checker.restart()
        for source in self.finding_sources()[1:]:
            source.schedule()

    def display_name(self) -> str:
        if self.path:
            return self.path.name
        if self.source:
            return self.source.name + " (imported)"
        return self.doc.res.title.text[:40] or "Untitled resolution"

    def _history_changed(self, *_) -> None:
        if not isValid(self):  # the undo stack clears itself while the window is torn down
            return
        self.autosave.changed()
        self._update_title()

    def _update_title(self) -> None:
        self.setWindowTitle(f"{self.display_name()}[*] — Resolute")
        self.setWindowModified(self.is_modified())

    # -- closing ---------------------------------------------------------------------------

    def closeEvent(self, event) -> None:
        if self.is_modified():
            answer = lazy.dialogs().ask_save(self, self.display_name())
            if answer == lazy.dialogs().CANCEL or (answer == lazy.dialogs().SAVE and not self.save()):
                event.ignore()
                return
        self.autosave.discard()
        self.settings.window = join_layout(bytes(self.saveState().toBase64()).decode("ascii"),
                                           bytes(self.saveGeometry().toBase64()).decode("ascii"))
        self.settings.zoom = self.editor.zoom()
        self.save_settings()
        self._quiet()
        event.accept()

    def _quiet(self) -> None:
        """Nothing may reach this window while it is torn down (the undo stack clears itself, timers fire)."""
        for timer in (self.autosave.periodic, self.autosave.idle, self.autosave.journaling, self.status_timer):
            timer.stop()
        for source in (self.history, self.doc, self.editor, self.autosave, *self.finding_sources()):
            source.blockSignals(True)
        self.library.stop()
        for controller in self.controllers:
            controller.closing()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self.folding.fit)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        _, geometry = split_layout(self.settings.window)
        if geometry and not self._placed:
            self.restoreGeometry(QByteArray.fromBase64(geometry.encode("ascii")))
        self._placed = True

    # -- drag and drop -------------------------------------------------------------------------

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls() and all(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        self.file_actions.open_paths([u.toLocalFile() for u in event.mimeData().urls()])
        event.acceptProposedAction()

    # -- views --------------------------------------------------------------------------------

    def _refresh_views(self) -> None:
        res = self.doc.res
        words, limit = word_count(res), self.checker.word_limit(WORD_LIMIT)
        adopted = res.adoption is not None or "/RES/" in res.masthead.symbol.text
        measured = limit is not None and not adopted  # the limit is for drafts in session, where the pack has one
        over = measured and words > limit
        self.words_label.setText(f"{words:,} / {limit:,} words" if measured else f"{words:,} words")
        self.words_label.setStyleSheet("color: #c62828; font-weight: bold;" if over else "")
        self._count_text()
        if self.panes_ready:
            self.outline.rebuild(self.doc)
            self.outline.follow(self.editor.textCursor().block().blockNumber())

    def _text_at_cursor(self) -> int:
        """Which text the cursor is in: 0 the first, k + 1 the further text k."""
        entry = self.doc.entry(self.editor.textCursor().blockNumber())
        k = entry.path[1] if entry is not None and entry.path[:1] == ("section",) else None
        return k + 1 if isinstance(k, int) else 0

    def _text_moved(self) -> None:
        """The cursor went into another text: count that one (typing leaves the count to ``_refresh_views``)."""
        if self.doc.res.sections and self._text_at_cursor() != self._counted_text:
            self._count_text()

    def _count_text(self) -> None:
        """PP and OP of the text the cursor is in, with its label where the document holds several ("II: PP 2 ·
        OP 4"); headings are not counted."""
        res = self.doc.res
        self._counted_text = k = self._text_at_cursor()
        text = res.sections[k - 1] if 0 < k <= len(res.sections) else res
        preambular, operative = (sum(1 for p in part if counted(p)) for part in (text.preamble, text.operative))
        label = (text.label if text is not res else res.label) if res.sections else ""
        self.count_label.setText((f"{label}: " if label else "") + f"PP {preambular} · OP {operative}")

    def _zoomed(self, percent: int) -> None:
        self.zoom_label.setText(f"{percent}%")
        self.header.set_font_size(10.5 * percent / 100)
        self.header.show_resolution(self.doc.res)
        self.editor.refit()

    def go_to_pane(self, name: str, widget: QWidget | None = None) -> None:
        """Show a pane ("outline", "issues", "masthead", "footnotes"; "text": the editor) and focus it."""
        if name == "text":
            self.editor.setFocus()
            return
        self.ensure_panes()
        if name == "outline":
            self.folding.user_toggled(self.outline_dock)
            self.outline_dock.show()
            self.outline.setFocus()
            return
        page, default = {"issues": (self.issues, self.issues.tree), "masthead": (self.masthead, self.masthead.organ),
                         "footnotes": (self.footnotes, self.footnotes.list)}[name]
        self.folding.user_toggled(self.side_dock)
        self.side_dock.show()
        self.tabs.setCurrentWidget(page)
        (widget or default).setFocus()

    # -- navigation ------------------------------------------------------------------------------

    def _jump_to_block(self, number: int) -> None:
        block = self.doc.findBlockByNumber(number)
        if block.isValid():
            cursor = QTextCursor(block)
            self.editor.setTextCursor(cursor)
            self.editor.ensureCursorVisible()
            self.editor.setFocus()

    def _show_note(self, note_id: int) -> None:
        note = self.doc.notes.get(note_id)
        self.go_to_pane("footnotes")
        self.footnotes.refresh()
        if note is not None:
            self.footnotes.show_note(note)

    def _back_to_mark(self, note) -> None:
        note_id = next((nid for nid, n in self.doc.notes.items() if n is note), None)
        if note_id is None or not self.editor.show_note_mark(note_id):
            self.go_to_pane("masthead")
        else:
            self.tabs.setCurrentWidget(self.issues)  # the note is done with: the findings come back

    # -- help ------------------------------------------------------------------------------------------

    def show_shortcuts(self) -> None:
        """F1: the keys, grouped as the menus are, with the keys of the text itself."""
        rows = []
        for group, items in shortcut_groups(self.menus):
            rows.append(f"<tr><td colspan=2><b>{escape(group)}</b></td></tr>")
            rows += [f"<tr><td>{escape(text)}</td><td>&nbsp;&nbsp;{escape(keys)}</td></tr>" for text, keys in items]
        lazy.dialogs().show_info(self, "Keyboard shortcuts", f"<table>{''.join(rows)}</table>")

    def show_about(self) -> None:
        from drafting import __version__

        lazy.dialogs().show_info(self, "About Resolute", f"Resolute {__version__}: a drafting assistant for "
                                                         "United Nations resolutions. Nothing leaves this computer.")


def split_layout(saved: str) -> tuple[str, str]:
    """(pane layout, geometry) as base64, from the setting that keeps both."""
    state, _, geometry = saved.partition(";")
    return state, geometry


def join_layout(state: str, geometry: str) -> str:
    return f"{state};{geometry}"


def _resolved(path: Path) -> Path:
    try:
        return Path(path).resolve()
    except OSError:
        return Path(path)
