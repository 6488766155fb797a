"""The main window: the editor in the middle, outline on the left, issues, masthead and footnotes
on the right, a status bar below; menus and keyboard shortcuts for everything.

One window holds one document.  What it does with files is in file_actions.py (a document
opened from anything but a .unres file is an import: Save asks for a .unres name, so that
the original is never overwritten); what it does with findings, in review_actions.py; with
versions (new drafts from a previous text, comparing), in compare/actions.py.  Findings
come from the rules engine (checking.py), from the revision suggestions of a draft with a
base (revision_findings.py) and, when LanguageTool is set up, from grammar (grammar_actions.py).
The side panes are built just after the window's first paint (``ensure_panes``); LanguageTool
is started then too, never when it is not configured.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QTextCursor
from PySide6.QtWidgets import QApplication, QDockWidget, QLabel, QMainWindow, QMenu, QTabWidget, QVBoxLayout, QWidget
from shiboken6 import isValid

from drafting import settings as settings_store
from drafting.model import Resolution
from ui import lazy
from ui.compare.actions import CompareActions
from ui.editor.completion import DEFAULT_TIERS
from ui.editor.editor import ResolutionEditor
from ui.findings import checking
from ui.findings.revisions import RevisionFindings
from ui.panes.find_replace import FindBar
from ui.panes.masthead_strip import MastheadStrip
from ui.window.amend_actions import AmendActions
from ui.window.autosave import Autosave
from ui.window.file_actions import FileActions
from ui.window.grammar_actions import GrammarActions
from ui.window.review_actions import ReviewActions
from ui.window.templates import templates

WORD_LIMIT = 3300  # in-session documents, unless the style pack's word_limit says otherwise


def _organs() -> list[str]:
    from drafting.importers.masthead import ORGANS

    return sorted(set(ORGANS) | {t.data.get("masthead", {}).get("organ", "") for t in templates()} - {""})


def word_count(res: Resolution) -> int:
    """Words as the word-limit rule (RES150) counts them: title, paragraphs, annexes and footnotes."""
    places = [inline for path, inline in res.inlines() if path[0] in checking.TEXT_PARTS and path[0] != "body"]
    notes = [note for _, note in res.footnotes()]
    return sum(len(inline.text.split()) for inline in places + notes)


class MainWindow(FileActions, ReviewActions, CompareActions, AmendActions, GrammarActions, QMainWindow):
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
        self.revisions = RevisionFindings(self.doc, self)
        self.editor.completer.tiers = lambda: checking.lexicon_tiers(self.doc.res, DEFAULT_TIERS)
        self.editor.explain = checking.explain
        self.panes_ready = False
        self._build_central()
        self._build_status()
        self._build_actions()
        self.autosave = Autosave(self, settings.autosave_seconds, self)
        self._connect()
        self.editor.set_zoom(settings.zoom)
        self._zoomed(self.editor.zoom())
        self.resize(1400, 900)
        self.new_document(templates()[0].build() if templates() else Resolution())
        # The side panes come right after the text is first on screen.
        self.editor.firstPainted.connect(lambda: QTimer.singleShot(0, self.ensure_panes))

    # -- building ---------------------------------------------------------------------------

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
        if self.settings.languagetool.strip():
            self.start_grammar()
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.outline_dock.toggleViewAction())
        self.view_menu.addAction(self.side_dock.toggleViewAction())
        if self.settings.window:
            self.restoreState(QByteArray.fromBase64(self.settings.window.encode("ascii")))
        # Left to right: outline, masthead strip, text (Ctrl+Tab leaves it: Tab demotes), side panes.
        for first, second in ((self.outline, self.header), (self.header, self.editor), (self.editor, self.tabs)):
            QWidget.setTabOrder(first, second)
        self._sync_panes()

    def _sync_panes(self) -> None:
        self.masthead.refresh()
        self.footnotes.refresh()
        self.issues.set_findings(self.checker.findings)
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
        self.findings_label = QLabel()
        self.zoom_label = QLabel()
        self.grammar_label = QLabel()
        self.grammar_label.setVisible(False)
        for label in (self.words_label, self.count_label, self.findings_label, self.grammar_label, self.zoom_label):
            label.setContentsMargins(8, 0, 8, 0)
            bar.addPermanentWidget(label)
        self._status_timer = QTimer(self)
        self._status_timer.setSingleShot(True)
        self._status_timer.setInterval(250)
        self._status_timer.timeout.connect(self._refresh_views)

    def _action(self, menu: QMenu, text: str, slot, keys=None, name: str | None = None) -> QAction:
        action = QAction(text, self)
        if keys is not None:
            action.setShortcuts(keys if isinstance(keys, list) else [QKeySequence(keys)])
        action.triggered.connect(slot)
        action.setObjectName(name or re.sub(r"\W+", "_", text.replace("&", "").lower()).strip("_"))
        menu.addAction(action)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        S = QKeySequence.StandardKey
        menus = self.menuBar()
        file = menus.addMenu("&File")
        self._action(file, "&New…", self.new_from_template, S.New)
        self._action(file, "&Open…", self.open_dialog, S.Open)
        self._action(file, "New &Draft from Previous Text…", lambda: self.new_draft_from_previous(), None,
                     "new_draft_from_previous")
        self.recent_menu = file.addMenu("Open &recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file.addSeparator()
        self._action(file, "&Save", self.save, S.Save)
        self._action(file, "Save &as…", self.save_as, S.SaveAs)
        self._action(file, "&Export to Word (.docx)…", self.export_docx, "Ctrl+E", "export_docx")
        self._action(file, "Export to &PDF…", self.export_pdf, "Ctrl+Shift+E", "export_pdf")
        file.addSeparator()
        self.compare_base_action = self._action(file, "Compare with &Base", lambda: self.compare_with_base(),
                                                "Ctrl+Alt+B", "compare_with_base")
        self._action(file, "&Compare with File…", lambda: self.compare_with_file(), None, "compare_with_file")
        self.add_amend_actions(file)
        file.addSeparator()
        self._action(file, "&Close window", self.close, S.Close)
        self._action(file, "&Quit", QApplication.closeAllWindows, S.Quit)

        edit = menus.addMenu("&Edit")
        self.undo_action = self._action(edit, "&Undo", self.history.undo, S.Undo)
        self.redo_action = self._action(edit, "&Redo", self.history.redo, S.Redo)
        self.history.canUndoChanged.connect(self.undo_action.setEnabled)
        self.history.canRedoChanged.connect(self.redo_action.setEnabled)
        self.history.undoTextChanged.connect(lambda t: self.undo_action.setText(f"&Undo {t}".strip()))
        self.history.redoTextChanged.connect(lambda t: self.redo_action.setText(f"&Redo {t}".strip()))
        edit.addSeparator()
        for text, slot, key in (("Cu&t", self.editor.cut, S.Cut), ("&Copy", self.editor.copy, S.Copy),
                                ("&Paste", self.editor.paste, S.Paste),
                                ("Select &all", self.editor.selectAll, S.SelectAll)):
            action = QAction(text, self)
            action.setShortcut(key)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # the editor handles the keys itself
            action.triggered.connect(slot)
            edit.addAction(action)
        edit.addSeparator()
        self._action(edit, "&Find…", lambda: self.find_bar.open(False), S.Find)
        self._action(edit, "Find and &replace…", lambda: self.find_bar.open(True), "Ctrl+H", "replace")
        self._action(edit, "Find &next", self.find_bar.find_next, S.FindNext)
        self._action(edit, "Find pre&vious", self.find_bar.find_previous, S.FindPrevious)
        edit.addSeparator()
        self._action(edit, "&Settings…", self.edit_settings, [QKeySequence(S.Preferences), QKeySequence("Ctrl+,")],
                     "settings")
        edit.addSeparator()
        for name in ("footnote", "go_to_note", "italic", "bold"):
            edit.addAction(self.editor.actions_by_name[name])

        paragraph = menus.addMenu("&Paragraph")
        for name in ("demote", "promote", "move_up", "move_down", "convert", "complete"):
            paragraph.addAction(self.editor.actions_by_name[name])

        check = menus.addMenu("&Check")
        self._action(check, "&Next finding", lambda: self._step_finding(1), "F8", "next_finding")
        self._action(check, "&Previous finding", lambda: self._step_finding(-1), "Shift+F8", "previous_finding")
        self._action(check, "&Quick fix at cursor", self.quick_fix, "Ctrl+.", "quick_fix")
        self._action(check, "Fix all &safe findings", self.fix_all_safe, None, "fix_all_safe")
        self._action(check, "Check &now", self.checker.run_now, "F7", "check_now")

        view = menus.addMenu("&View")
        self._action(view, "Zoom &in", lambda: self.editor.set_zoom(self.editor.zoom() + 10), [
            QKeySequence(S.ZoomIn), QKeySequence("Ctrl+=")], "zoom_in")
        self._action(view, "Zoom &out", lambda: self.editor.set_zoom(self.editor.zoom() - 10), S.ZoomOut, "zoom_out")
        self._action(view, "&Actual size", lambda: self.editor.set_zoom(100), "Ctrl+0", "zoom_reset")
        view.addSeparator()
        for text, key, pane in (("Go to &outline", "Ctrl+1", "outline"), ("Go to &text", "Ctrl+2", "text"),
                                ("Go to &issues", "Ctrl+3", "issues"), ("Go to &masthead", "Ctrl+4", "masthead"),
                                ("Go to &footnotes", "Ctrl+5", "footnotes")):
            self._action(view, text, lambda _=False, p=pane: self.go_to_pane(p), key, f"go_to_{pane}")
        self.view_menu = view

        from ui.window.library_actions import LibraryActions

        self.library = LibraryActions(self)  # the Library menu, pane and Show Agreed Language
        help_menu = menus.addMenu("&Help")
        self._action(help_menu, "&Keyboard shortcuts", self.show_shortcuts, "F1", "shortcuts")
        self._action(help_menu, "&About Resolute", self.show_about, None, "about")

    def _connect(self) -> None:
        self.editor.message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.editor.footnoteActivated.connect(self._show_note)
        self.editor.zoomChanged.connect(self._zoomed)
        self.editor.filesDropped.connect(self.open_paths)
        self.editor.customContextMenuRequested.connect(self._context_menu)
        self.editor.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.doc.modelChanged.connect(lambda paths: self._status_timer.start())
        self.doc.detachedChanged.connect(lambda: self.header.show_resolution(self.doc.res))
        self.doc.detachedChanged.connect(self.editor.refit)
        self.doc.packChanged.connect(self._pack_changed)
        self.checker.findingsChanged.connect(self._show_findings)
        self.checker.failed.connect(lambda text: self.statusBar().showMessage(text, 10000))
        self.revisions.findingsChanged.connect(lambda found: self._show_findings(found, "revision"))
        self.revisions.failed.connect(lambda text: self.statusBar().showMessage(text, 10000))
        self.history.cleanChanged.connect(self._history_changed)
        self.history.indexChanged.connect(self._history_changed)
        self.autosave.failed.connect(lambda text: self.statusBar().showMessage(text, 10000))
        self.header.activated.connect(lambda: self.go_to_pane("masthead"))

    def _connect_panes(self) -> None:
        self.editor.cursorPositionChanged.connect(
            lambda: self.outline.follow(self.editor.textCursor().block().blockNumber()))
        self.issues.jumpRequested.connect(self.jump_to)
        self.issues.fixRequested.connect(self.apply_fix)
        self.issues.fixAllRequested.connect(self.fix_all_safe)
        self.issues.ignoreRequested.connect(self.ignore)
        self.issues.switchOffRequested.connect(self.switch_off_rule)
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
        self.compare_base_action.setEnabled(self.has_base())
        self.editor.refit()
        self._refresh_views()
        self._update_title()

    def edit_settings(self) -> None:
        from ui.dialogs.settings import SettingsDialog

        dialog = SettingsDialog(self.settings, checking.packs(), self, self.grammar_service())
        if dialog.exec() != dialog.DialogCode.Accepted:
            return
        before = (self.settings.style_pack, list(self.settings.disabled_rules))
        languagetool = self.settings.languagetool
        dialog.apply()
        self._save_settings()
        for window in QApplication.topLevelWidgets():
            if isinstance(window, MainWindow) and window.settings is self.settings:
                window.autosave.set_interval(self.settings.autosave_seconds)
                window.languagetool_changed(languagetool)
        if (self.settings.style_pack, self.settings.disabled_rules) != before:
            self.checker.restart()

    def finding_sources(self) -> list:
        return [self.checker, self.revisions] + ([self.grammar] if self.grammar is not None else [])

    def _pack_changed(self) -> None:
        self.checker.restart()
        for source in self.finding_sources()[1:]:
            source.schedule()

    def display_name(self) -> str:
        if self.path:
            return self.path.name
        if self.source:
            return self.source.stem + " (imported)"
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
        self.settings.window = bytes(self.saveState().toBase64()).decode("ascii")
        self.settings.zoom = self.editor.zoom()
        self._save_settings()
        self._quiet()
        event.accept()

    def _quiet(self) -> None:
        """Nothing may reach this window while it is torn down (the undo stack clears itself, timers fire)."""
        for timer in (self.autosave.periodic, self.autosave.idle, self._status_timer):
            timer.stop()
        if self.compare_view is not None:
            self.compare_view.close()
        for source in (self.history, self.doc, self.editor, self.autosave, *self.finding_sources()):
            source.blockSignals(True)
        self.revisions.stop()
        self.library.stop()
        self.stop_grammar()

    # -- drag and drop -------------------------------------------------------------------------

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls() and all(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        self.open_paths([u.toLocalFile() for u in event.mimeData().urls()])
        event.acceptProposedAction()

    # -- views --------------------------------------------------------------------------------

    def _refresh_views(self) -> None:
        res = self.doc.res
        words, limit = word_count(res), self.checker.word_limit(WORD_LIMIT)
        self.words_label.setText(f"{words:,} / {limit:,} words")
        self.words_label.setStyleSheet("color: #c62828; font-weight: bold;" if words > limit else "")
        self.count_label.setText(f"PP {len(res.preamble)} · OP {len(res.operative)}")
        if self.panes_ready:
            self.outline.rebuild(self.doc)
            self.outline.follow(self.editor.textCursor().block().blockNumber())

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
            self.outline_dock.show()
            self.outline.setFocus()
            return
        page, default = {"issues": (self.issues, self.issues.tree), "masthead": (self.masthead, self.masthead.organ),
                         "footnotes": (self.footnotes, self.footnotes.list)}[name]
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

    # -- help ------------------------------------------------------------------------------------------

    def show_shortcuts(self) -> None:
        lines = []
        for action in self.findChildren(QAction) + list(self.editor.actions_by_name.values()):
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if keys and action.text():
                lines.append(f"{action.text().replace('&', '')}: {keys}")
        lazy.dialogs().show_info(self, "Keyboard shortcuts", "\n".join(sorted(set(lines))))

    def show_about(self) -> None:
        from drafting import __version__

        lazy.dialogs().show_info(self, "About Resolute", f"Resolute {__version__}: a drafting assistant for "
                                                         "United Nations resolutions. Nothing leaves this computer.")
