"""The window's Library menu: the Library pane, adding folders, inserting agreed language, Show Agreed Language.

Everything about the library in the window lives here; the window only creates a
``LibraryActions`` and stops it when it closes.  The library (the user's, in the user data
folder) is opened on first use; a damaged one is rebuilt from its folders if the user agrees,
one on a read-only medium is searched but not changed.

"Show Agreed Language" classifies the draft's paragraphs against the library in the
background (after a pause in editing) and tints each: green identical to agreed language,
amber amended from it (hover: the word diff and the source), red new.  The status bar
sums it up: "31 agreed, 9 amended, 6 new".
"""

from __future__ import annotations

import contextlib
import copy
import html
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QHelpEvent,
    QKeySequence,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QLabel,
    QMessageBox,
    QTextEdit,
    QToolTip,
    QWidget,
)

from drafting.errors import InputError
from ui.findings.background import BackgroundFindings

if TYPE_CHECKING:
    from drafting.library import Hit, Library, ParagraphStatus
    from drafting.model import Resolution
    from ui.panes.library import LibraryPane

COLOURS = {"identical": "#e3f4e1", "amended": "#fff1cc", "new": "#fbe3e3"}
DELAY_MS = 700


def ask_rebuild(parent: QWidget, path: Path, reason: str) -> bool:
    """Whether to rebuild a damaged library from its folders (the damaged file is kept beside it)."""
    answer = QMessageBox.question(parent, "Library damaged",
                                  f"The library {path} is damaged ({reason}).\n\nRebuild it from its folders? "
                                  "The damaged file is kept beside it.")
    return answer == QMessageBox.StandardButton.Yes


class AgreedLanguage(BackgroundFindings):
    """The draft's paragraphs as identical / amended / new, worked out off the GUI thread."""

    def __init__(self, document, library: LibraryActions, parent=None):
        super().__init__(document, DELAY_MS, parent)
        self.library = library
        self.enabled = False

    def active(self) -> bool:
        return self.enabled

    def snapshot(self, res: Resolution) -> Any:
        return copy.deepcopy(res)

    def work(self, snapshot: Any) -> Any:
        library = self.library.library()
        if library is None:
            raise LookupError("no library yet: Library ▸ Add Folder to Library…")
        return library.classify(snapshot, path=self.library.window.source)

    def explain(self, error: BaseException) -> str:
        return f"Agreed language: {error}"


class LibraryActions(QObject):
    _progress = Signal(str)  # posted by the thread adding folders
    _added = Signal(object)  # its AddReport, or the error

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.adding = False
        self._doing = ("Adding to the library", "Library")  # progress, and the start of the closing message
        self._progress.connect(lambda text: window.statusBar().showMessage(text), Qt.ConnectionType.QueuedConnection)
        self._added.connect(self._add_done, Qt.ConnectionType.QueuedConnection)
        self._library: Library | None = None
        self._opened = False
        self._open_lock = threading.Lock()
        self.pane: LibraryPane | None = None
        self.dock: QDockWidget | None = None
        self.statuses: dict[int, ParagraphStatus] = {}  # block number → status, while marks are shown
        self.agreed = AgreedLanguage(window.doc, self, self)
        self.agreed.findingsChanged.connect(self._mark)
        self.agreed.failed.connect(lambda text: window.statusBar().showMessage(text, 10000))
        self.summary = QLabel()
        self.summary.setContentsMargins(8, 0, 8, 0)
        self.summary.setVisible(False)
        window.statusBar().addPermanentWidget(self.summary)
        window.editor.viewport().installEventFilter(self)
        self._build_menu()

    # -- the menu -------------------------------------------------------------------------

    def _build_menu(self) -> None:
        w = self.window
        menu = w.menuBar().addMenu("&Library")
        self.search_action = self._action(menu, "&Search Library…", self.show_pane, "Ctrl+Shift+L", "search_library")
        self.agreed_action = self._action(menu, "Show &Agreed Language", self.show_agreed, "Ctrl+Alt+L",
                                          "show_agreed_language")
        self.agreed_action.setCheckable(True)
        menu.addSeparator()
        self.insert_pre_action = self._action(menu, "Insert as &Preambular Paragraph",
                                              lambda: self._insert_selected("preamble"), None, "insert_preambular")
        self.insert_op_action = self._action(menu, "Insert as &Operative Paragraph",
                                             lambda: self._insert_selected("operative"), None, "insert_operative")
        menu.addSeparator()
        self.add_action = self._action(menu, "&Add Folder to Library…", self.add_folder_dialog, None,
                                       "add_folder_to_library")

    def _action(self, menu, text: str, slot, keys: str | None, name: str) -> QAction:
        action = QAction(text, self.window)
        if keys:
            action.setShortcut(QKeySequence(keys))
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        self.window.addAction(action)
        return action

    # -- the library ------------------------------------------------------------------------

    def library(self) -> Library | None:
        """The user's library, opened on first use (any thread); None when there is none yet."""
        with self._open_lock:
            if not self._opened:
                self._library = self._open()
                self._opened = True
            return self._library

    def _open(self) -> Library | None:
        from drafting.library import Library, default_path

        path = default_path()
        if not path.exists():
            return None
        return Library.open(path)

    def rebuild(self, reason: str) -> None:
        """On the GUI thread: ask, then rebuild a damaged library (its folders are added in the background)."""
        from drafting.library import Library, default_path

        path = default_path()
        if not ask_rebuild(self.window, path, reason):
            with self._open_lock:
                self._library, self._opened = None, True  # not asked again in this window
            self._message("The library is damaged; it is not used until it is rebuilt.")
            return
        with self._open_lock:
            if self._library is not None:
                self._library.close()
            self._library, self._opened = None, True
        try:
            library, folders, _kept = Library.start_afresh(path)
        except InputError as exc:
            self._message(str(exc))
            return
        with self._open_lock:
            self._library = library
        if folders:
            self._start_adding(library, folders, ("Rebuilding the library", "Library rebuilt"))
        else:
            self._message("The library was damaged and had no folders left to rebuild it from; it is empty now.")

    def _ensure_open(self) -> Library | None:
        """On the GUI thread: open the library, offering the rebuild of a damaged one."""
        from drafting.library import DamagedLibrary

        try:
            return self.library()
        except DamagedLibrary as exc:
            self.rebuild(exc.reason)
        except InputError as exc:
            self._message(str(exc))
        return self._library

    def add_folder_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.window, "Add a folder of resolutions to the library")
        if folder:
            self.add_folders([folder])

    def add_folders(self, folders: list[str]) -> None:
        """Index folders in a worker thread, with progress in the status bar; says what was skipped."""
        from drafting.library import Library, default_path

        if self.adding:
            self._message("The library is being added to; wait until it is done.")
            return
        library = self._ensure_open()
        if library is None and default_path().exists():
            return  # damaged, and the user chose not to rebuild it (said in the status bar)
        if library is None:
            try:
                library = Library.open(default_path())
            except InputError as exc:
                self._message(str(exc))
                return
            with self._open_lock:
                self._library, self._opened = library, True
        self._start_adding(library, folders, ("Adding to the library", "Library"))

    def _start_adding(self, library: Library, folders: list[str], doing: tuple[str, str]) -> None:
        self.adding = True
        self._doing = doing
        self.add_action.setEnabled(False)
        threading.Thread(target=self._add_work, args=(library, folders), name="LibraryAdd", daemon=True).start()

    def _add_work(self, library: Library, folders: list[str]) -> None:
        def progress(p) -> None:
            left = f", {int(p.seconds_left)} s left" if p.seconds_left else ""
            self._progress.emit(f"{self._doing[0]}: {p.done}/{p.total} files, {p.paragraphs:,} paragraphs{left}")

        try:
            result: Any = library.add(folders, progress)
        except Exception as exc:  # noqa: BLE001 - reported in the window; the editor goes on
            result = exc
        with contextlib.suppress(RuntimeError):  # the window closed meanwhile
            self._added.emit(result)

    def _add_done(self, result: Any) -> None:
        self.adding = False
        self.add_action.setEnabled(True)
        if isinstance(result, BaseException):
            self._message(str(result))
            return
        report = result
        skipped = f", {len(report.failed)} skipped (hover here for why)" if report.failed else ""
        self._message(f"{self._doing[1]}: {len(report.added)} added, {len(report.updated)} updated, "
                      f"{len(report.removed)} removed{skipped}; {report.paragraphs:,} paragraphs indexed.")
        self.window.statusBar().setToolTip("\n".join(f"{Path(p).name}: {reason}" for p, reason in report.failed))
        if self.pane is not None:
            self.pane.search_now()
        self.agreed.schedule()

    def _message(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 10000)
        if self.pane is not None:
            self.pane.show_message(text)

    # -- the pane -----------------------------------------------------------------------------

    def ensure_pane(self) -> None:
        if self.pane is not None:
            return
        from drafting.library import default_path
        from ui.panes.library import LibraryPane

        pane = self.pane = LibraryPane(self.library)
        pane.insertRequested.connect(self.insert)
        pane.failed.connect(self._search_failed)
        self.dock = QDockWidget("Library", self.window)
        self.dock.setObjectName("library")
        self.dock.setWidget(pane)
        self.dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                              | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        side = getattr(self.window, "side_dock", None)
        if side is not None:
            self.window.tabifyDockWidget(side, self.dock)
        library = self._ensure_open()
        if library is None and default_path().exists():
            pane.show_message("The library is damaged or cannot be opened; it is not used until it is rebuilt "
                              "(Library ▸ Add Folder to Library… offers to rebuild it).")
        elif library is None:
            pane.show_message("No library yet: Library ▸ Add Folder to Library… indexes a folder of "
                              "resolutions (PDF, .docx, .txt, .unres).")
        elif library.read_only:
            pane.show_message("The library is on a read-only medium: it can be searched, not changed.")

    def _search_failed(self, error: BaseException) -> None:
        """Damage met by a search (inside the index, where the check on opening does not look): offer the rebuild."""
        from drafting.library import DamagedLibrary

        if isinstance(error, DamagedLibrary) and not self.adding:
            self.rebuild(error.reason)

    def show_pane(self) -> None:
        self.ensure_pane()
        assert self.dock is not None and self.pane is not None
        self.dock.show()
        self.dock.raise_()
        self.pane.field.setFocus()
        self.pane.field.selectAll()

    def _insert_selected(self, part: str) -> None:
        self.ensure_pane()
        assert self.pane is not None
        if self.pane.selected() is None:
            self._message("Select a paragraph in the Library pane first (Library ▸ Search Library…).")
            return
        self.pane.insert_selected(part)

    def insert(self, hit: Hit, part: str, recall: bool, footnote: bool) -> None:
        """Insert ``hit`` at the cursor as a paragraph of ``part`` (one undo step)."""
        from ui.findings.checking import apply_model_change

        w = self.window
        entry = w.doc.entry(w.editor.textCursor().blockNumber())
        where = entry.path if entry else ()
        notes: list[str] = []
        placed: list[tuple] = []

        def change(res: Resolution) -> list[tuple]:
            placed.append(insert_into(res, hit, part, where, recall, footnote, notes))
            return [("structure",)]

        apply_model_change(w.doc, w.history, "Insert agreed language", change)
        block = w.doc.block_of(placed[0]) if placed else None
        if block is not None:
            cursor = QTextCursor(block)
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
            w.editor.setTextCursor(cursor)
            w.editor.ensureCursorVisible()
        kind = "preambular" if part == "preamble" else "operative"
        self._message(f"Inserted {hit.symbol} {hit.label} as a {kind} paragraph" + (f"; {notes[0]}" if notes else "."))

    # -- Show Agreed Language --------------------------------------------------------------------

    def show_agreed(self) -> None:
        on = self.agreed_action.isChecked()
        self.agreed.enabled = on
        if on:
            if self._ensure_open() is None:
                self.agreed_action.setChecked(False)
                self.agreed.enabled = False
                self._message("No library yet: Library ▸ Add Folder to Library… first.")
                return
            self.summary.setText("Agreed language: checking…")
            self.summary.setVisible(True)
        self.agreed.run()

    def _mark(self, statuses: list[ParagraphStatus]) -> None:
        from drafting.library import summary

        editor, doc = self.window.editor, self.window.doc
        self.statuses = {}
        selections = []
        for status in statuses:
            block = doc.block_of(status.path)
            if block is None:
                continue
            self.statuses[block.blockNumber()] = status
            selection = QTextEdit.ExtraSelection()
            selection.format.setBackground(QColor(COLOURS[status.status]))
            selection.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
            selection.cursor = QTextCursor(block)
            selections.append(selection)
        editor.setExtraSelections(selections)
        if self.agreed.enabled:
            self.summary.setText(summary(statuses))
            self.summary.setVisible(True)
            self.window.statusBar().showMessage(summary(statuses), 10000)
        else:
            self.summary.setVisible(False)

    def tooltip(self, block_number: int) -> str:
        """What the mark of a paragraph means: its source, and for an amended one the word diff."""
        status = self.statuses.get(block_number)
        if status is None:
            return ""
        if status.status == "new" or status.match is None:
            return "New: no paragraph of the library is close to this one."
        m = status.match
        source = html.escape(f"{m.symbol} {m.label}")
        if status.status == "identical":
            return f"Agreed language: identical to {source}."
        return (f"Amended from {source} (similarity {status.similarity:.2f}):<br>"
                f"{diff_html(m.text, status.text, status.edits)}")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QHelpEvent) and event.type() == QEvent.Type.ToolTip and self.statuses \
                and self.agreed.enabled:
            block = self.window.editor.cursorForPosition(event.pos()).block()
            text = self.tooltip(block.blockNumber())
            if text:
                QToolTip.showText(event.globalPos(), text, self.window.editor)
                return True
        return super().eventFilter(watched, event)

    def stop(self) -> None:
        self.agreed.stop()
        if self._library is not None:
            self._library.close()


def diff_html(old: str, new: str, edits: list) -> str:
    """The word diff as HTML: deleted words struck out in red, inserted ones underlined in green."""
    from drafting.compare.words import render

    return render(old, new, edits, kept=html.escape,
                  deleted=lambda t: f"<s style='color:#b71c1c'>{html.escape(t)}</s>",
                  inserted=lambda t: f"<u style='color:#1b5e20'>{html.escape(t)}</u>")


def insert_into(res: Resolution, hit: Hit, part: str, where: tuple, recall: bool, footnote: bool,
                notes: list[str]) -> tuple:
    """Put the paragraph (and its Recalling paragraph) into the model; the new paragraph's path."""
    from drafting.library.citing import in_part, recalling, source_note
    from drafting.library.extract import body_of
    from drafting.model import Anchor, Footnote, Paragraph, Resolution
    from drafting.revisions import cites, recall_position

    text, note = in_part(hit.text, hit.part, part)
    if note:
        notes.append(note)
    paragraph = Paragraph(text)
    if footnote:
        paragraph.anchors.append(Anchor(len(text), Footnote(source_note(hit.symbol, hit.part, hit.paragraph))))
    prefix, where = (where[:2], where[2:]) if where[:1] == ("section",) else ((), where)  # the text it goes in
    target = res.sections[prefix[1]] if prefix else res
    if part == "preamble":
        index = where[1] + 1 if where[:1] == ("preamble",) else len(target.preamble) if where[:1] in (
            ("operative",), ("annex",)) else 0
        target.preamble.insert(index, paragraph)
        path = prefix + ("preamble", index)
    else:
        index = where[1] + 1 if where[:1] == ("operative",) else len(target.operative) if where[:1] == ("annex",) else 0
        target.operative.insert(index, paragraph)
        path = prefix + ("operative", index)
    line = recalling(hit.number, hit.date, hit.body, body_of(res)) if recall else None
    if line and not cites(Resolution(preamble=target.preamble, operative=target.operative), hit.number):
        at = recall_position(Resolution(preamble=target.preamble)) if part == "operative" else index
        target.preamble.insert(at, Paragraph(line))
        if part == "preamble":
            path = prefix + ("preamble", at + 1)
    return path

