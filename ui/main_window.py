"""The main window: the editor in the middle, outline on the left, issues, masthead and footnotes
on the right, a status bar below; menus and keyboard shortcuts for everything; files.

One window holds one document.  A document opened from anything but a .unres file is an
import: Save asks for a .unres name, so that the original is never overwritten.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QByteArray, QTimer, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QTextCursor
from shiboken6 import isValid
from PySide6.QtWidgets import (QApplication, QDockWidget, QFileDialog, QLabel, QMainWindow, QMenu, QTabWidget,
                               QVBoxLayout, QWidget)

from drafting.errors import InputError
from drafting.model import Resolution
from drafting import settings as settings_store

from . import checking
from .autosave import Autosave
from .editor.completion import DEFAULT_TIERS
from .editor.editor import ResolutionEditor
from .editor.inline import to_block_offset
from .header import MastheadStrip
from .panes.find_replace import FindBar
from .templates import templates

WORD_LIMIT = 3300  # in-session documents, unless the style pack's word_limit says otherwise


def _dialogs():
    """The dialogs, imported when the first one is needed (Qt's dialog classes take a while to load)."""
    from . import dialogs

    return dialogs


def _files():
    """The file operations, imported when first needed (see ui/files.py)."""
    from . import files

    return files


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
        self.checker = checking.LiveChecker(self.doc, default_pack=lambda: self.settings.style_pack, parent=self)
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
        self._build_panes()
        self._connect_panes()
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
        from .panes.footnotes import FootnotesPane
        from .panes.issues import IssuesPane
        from .panes.masthead import MastheadPane
        from .panes.outline import OutlinePane

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
        for label in (self.words_label, self.count_label, self.findings_label, self.zoom_label):
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
        self.recent_menu = file.addMenu("Open &recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file.addSeparator()
        self._action(file, "&Save", self.save, S.Save)
        self._action(file, "Save &as…", self.save_as, S.SaveAs)
        self._action(file, "&Export to Word (.docx)…", self.export_docx, "Ctrl+E", "export_docx")
        self._action(file, "Export to &PDF…", self.export_pdf, "Ctrl+Shift+E", "export_pdf")
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
                                ("&Paste", self.editor.paste, S.Paste), ("Select &all", self.editor.selectAll, S.SelectAll)):
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
        self.editor.refit()
        self._refresh_views()
        self._update_title()

    def edit_settings(self) -> None:
        from .settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, checking.packs(), self)
        if dialog.exec() != dialog.DialogCode.Accepted:
            return
        before = self.settings.style_pack
        dialog.apply()
        self._save_settings()
        for window in QApplication.topLevelWidgets():
            if isinstance(window, MainWindow):
                window.autosave.set_interval(self.settings.autosave_seconds)
        if self.settings.style_pack != before:
            self.checker.restart()

    def _pack_changed(self) -> None:
        self.checker.restart()

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

    def new_from_template(self) -> None:
        available = templates()
        chosen = _dialogs().choose_template(self, available)
        if chosen is None:
            return
        res = chosen.build(packs=tuple(name for name, _ in checking.packs()))
        if self.is_pristine():
            self.new_document(res)
        else:
            self.windowRequested.emit(res)

    def open_dialog(self) -> None:
        start = str(self.path.parent) if self.path else ""
        names, _ = QFileDialog.getOpenFileNames(self, "Open resolution", start, _files().OPEN_FILTER)
        self.open_paths(names)

    def open_paths(self, paths) -> None:
        for i, name in enumerate(paths):
            if i == 0 and (self.is_pristine()):
                self.open_path(Path(name))
            else:
                self.windowRequested.emit(Path(name))

    def open_path(self, path: Path) -> bool:
        """Open ``path`` in this window; an error is shown, never raised."""
        files = _files()
        path = Path(path)
        try:
            result = files.read(path)
        except InputError as exc:
            _dialogs().show_error(self, "Cannot open the file", exc)
            return False
        self.new_document(result.resolution, source=path, path=path if files.is_native(path) else None)
        settings_store.add_recent(self.settings, path)
        self._save_settings()
        if result.warnings:
            _dialogs().show_error(self, "Imported with warnings",
                               f"{path.name}: {len(result.warnings)} things to look at after the import.",
                               "\n".join(str(w) for w in result.warnings))
        return True

    def save(self) -> bool:
        if self.path is None:
            return self.save_as()
        return self._write(self.path)

    def save_as(self) -> bool:
        files = _files()
        suggested = self.path or (self.source.with_suffix(files.NATIVE) if self.source else
                                  Path.home() / f"resolution{files.NATIVE}")
        name, _ = QFileDialog.getSaveFileName(self, "Save resolution", str(suggested),
                                              f"Resolute documents (*{files.NATIVE})")
        return bool(name) and self._write(files.with_suffix(Path(name), files.NATIVE))

    def _write(self, target: Path) -> bool:
        try:
            _files().save(self.doc.res, target, self.source)
        except (InputError, OSError) as exc:
            _dialogs().show_error(self, "Not saved", exc)
            return False
        self.path = target
        self._forced_dirty = False
        self.history.setClean()
        self.autosave.discard()
        settings_store.add_recent(self.settings, target)
        self._save_settings()
        self.statusBar().showMessage(f"Saved {target}", 5000)
        self._update_title()
        return True

    def export_docx(self, target: Path | None = None) -> bool:
        return self._export(".docx", "Word", target)

    def export_pdf(self, target: Path | None = None) -> bool:
        return self._export(".pdf", "PDF", target)

    def _export(self, suffix: str, kind: str, target: Path | None) -> bool:
        files = _files()
        if target is None:
            base = self.path or self.source or Path.home() / "resolution"
            name, _ = QFileDialog.getSaveFileName(self, f"Export to {kind}", str(base.with_suffix(suffix)),
                                                  f"{kind} (*{suffix})")
            if not name:
                return False
            target = files.with_suffix(Path(name), suffix)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            note = files.export(self.doc.res, target, self.source)
        except (InputError, OSError) as exc:
            _dialogs().show_error(self, "Not exported", exc)
            return False
        finally:
            QApplication.restoreOverrideCursor()
        self.statusBar().showMessage(f"Exported {target}{note}", 8000)
        return True

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for i, name in enumerate(self.settings.recent_files):
            action = self.recent_menu.addAction(f"&{i + 1} {Path(name).name}")
            action.setToolTip(name)
            action.triggered.connect(lambda _=False, n=name: self.open_paths([n]))
        if not self.settings.recent_files:
            self.recent_menu.addAction("(none)").setEnabled(False)

    def _save_settings(self) -> None:
        if not self.persist:
            return
        try:
            settings_store.save(self.settings)
        except (InputError, OSError) as exc:
            self.statusBar().showMessage(f"Settings not saved: {_dialogs().error_text(exc)}", 8000)

    # -- closing ---------------------------------------------------------------------------

    def closeEvent(self, event) -> None:
        if self.is_modified():
            answer = _dialogs().ask_save(self, self.display_name())
            if answer == _dialogs().CANCEL or (answer == _dialogs().SAVE and not self.save()):
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
        for source in (self.history, self.doc, self.checker, self.editor, self.autosave):
            source.blockSignals(True)

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

    def _show_findings(self, findings) -> None:
        self.editor.highlighter.set_findings(checking.CATEGORY, checking.underlines(self.doc, findings))
        if self.panes_ready:
            self.issues.set_findings(findings)
        self._status_timer.start()  # the pack (and its word limit) is known now
        errors = sum(1 for d in findings if d.severity == "error")
        warnings = sum(1 for d in findings if d.severity == "warning")
        self.findings_label.setText(f"{errors} errors · {warnings} warnings · {len(findings) - errors - warnings} info")

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

    def jump_to(self, diagnostic) -> None:
        loc = diagnostic.location
        head = loc.path[0] if loc.path else ""
        if head in ("masthead", "submission", "adoption"):
            self.ensure_panes()
            field = self.masthead.fields.get(loc.path[1]) if head == "masthead" and len(loc.path) > 1 else None
            self.go_to_pane("masthead", field or self.masthead.sponsors.list)
            return
        block = self.doc.block_of(loc.path) if head in checking.TEXT_PARTS else None
        if block is None:
            self.statusBar().showMessage(diagnostic.message, 10000)
            return
        text = block.text()
        cursor = QTextCursor(block)
        cursor.setPosition(block.position() + to_block_offset(text, loc.start))
        if loc.end > loc.start:
            cursor.setPosition(block.position() + to_block_offset(text, loc.end), QTextCursor.MoveMode.KeepAnchor)
        self.editor.setTextCursor(cursor)
        self.editor.ensureCursorVisible()

    def _step_finding(self, step: int) -> None:
        self.ensure_panes()
        found = self.issues.select_next(step)
        if found is not None:
            self.jump_to(found)
            self.statusBar().showMessage(f"{found.code}: {found.message}", 10000)

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

    # -- fixes -------------------------------------------------------------------------------------

    def apply_fix(self, diagnostic) -> None:
        problem = checking.fix(self.doc, self.history, diagnostic)
        if problem:
            self.statusBar().showMessage(problem, 8000)
        self.checker.run_now()

    def fix_all_safe(self) -> None:
        count = checking.fix_all_safe(self.doc, self.history)
        self.statusBar().showMessage(f"{count} safe fixes applied" if count else "No safe fixes to apply", 6000)
        self.checker.run_now()

    def ignore(self, diagnostic) -> None:
        reason = _dialogs().ask_reason(self, diagnostic.code, diagnostic.message)
        if reason:
            checking.ignore(self.doc, self.history, diagnostic, reason)
            self.checker.restart()
            self.checker.run_now()

    def findings_at_cursor(self) -> list:
        cursor = self.editor.textCursor()
        return [u.finding for u in self.editor.highlighter.findings_at(cursor.block(), cursor.positionInBlock())]

    def quick_fix(self) -> None:
        menu = self._fix_menu(self.findings_at_cursor())
        if menu.isEmpty():
            self.statusBar().showMessage("No finding at the cursor.", 4000)
            return
        menu.exec(self.editor.viewport().mapToGlobal(self.editor.cursorRect().bottomLeft()))

    def _fix_menu(self, findings, menu: QMenu | None = None) -> QMenu:
        menu = menu or QMenu(self)
        for d in findings:
            if d.fix is not None:
                label = f"Fix {d.code}: “{d.fix.replacement}”" if d.fix.replacement else f"Fix {d.code}"
                menu.addAction(label, lambda d=d: self.apply_fix(d))
            menu.addAction(f"Ignore {d.code}…", lambda d=d: self.ignore(d))
        return menu

    def _context_menu(self, point) -> None:
        cursor = self.editor.cursorForPosition(point)
        if not self.editor.textCursor().hasSelection():
            self.editor.setTextCursor(cursor)
        menu = QMenu(self)
        found = [u.finding for u in self.editor.highlighter.findings_at(cursor.block(), cursor.positionInBlock())]
        for d in found:
            title = menu.addAction(f"{d.code}: {d.message[:70]}")
            title.setEnabled(False)
        self._fix_menu(found, menu)
        if found:
            menu.addSeparator()
        menu.addAction(self.undo_action)
        menu.addAction(self.redo_action)
        menu.addSeparator()
        for text, slot in (("Cut", self.editor.cut), ("Copy", self.editor.copy), ("Paste", self.editor.paste)):
            menu.addAction(text, slot)
        menu.addSeparator()
        for name in ("footnote", "convert", "demote", "promote", "move_up", "move_down"):
            menu.addAction(self.editor.actions_by_name[name])
        menu.exec(self.editor.viewport().mapToGlobal(point))

    # -- help ------------------------------------------------------------------------------------------

    def show_shortcuts(self) -> None:
        lines = []
        for action in self.findChildren(QAction) + list(self.editor.actions_by_name.values()):
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if keys and action.text():
                lines.append(f"{action.text().replace('&', '')}: {keys}")
        _dialogs().show_error(self, "Keyboard shortcuts", "\n".join(sorted(set(lines))))

    def show_about(self) -> None:
        from drafting import __version__

        _dialogs().show_error(self, "About Resolute", f"Resolute {__version__}: a drafting assistant for United Nations "
                                                   "resolutions. Nothing leaves this computer.")
