"""What the window does with files: new from a template, open, save, export, recent files."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu

from drafting import settings as settings_store
from drafting.errors import InputError
from drafting.model import Resolution
from ui import lazy
from ui.findings import checking
from ui.window.controller import Controller, Menus
from ui.window.templates import templates


def suggested_name(res: Resolution) -> str:
    """A file name for a new document: its symbol ("A_C.3_80_L.12"), else its title's first words."""
    symbol = res.masthead.symbol.text.strip()
    if symbol:
        return re.sub(r"[^\w.-]+", "_", symbol).strip("_.")
    words = re.findall(r"\w[\w-]*", res.title.text)[:6]
    return " ".join(words) or "resolution"


class FileController(Controller):
    """New, open, save, export and the recent files of one window."""

    recent_menu: QMenu

    def add_actions(self, menus: Menus) -> None:
        keys = QKeySequence.StandardKey
        menus.add("file", "&New…", self.new_from_template, keys.New)
        menus.add("file", "&Open…", self.open_dialog, keys.Open)
        menus.add("file", "New from C&lipboard", self.new_from_clipboard, None, "new_from_clipboard")
        self.recent_menu = menus["file"].addMenu("Open &recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        menus["file"].addSeparator()
        menus.add("file", "&Save", self.save, keys.Save)
        menus.add("file", "Save &as…", self.save_as, keys.SaveAs)
        menus.add("file", "&Export to Word (.docx)…", self.export_docx, "Ctrl+E", "export_docx")
        menus.add("file", "Export to &PDF…", self.export_pdf, "Ctrl+Shift+E", "export_pdf")

    def new_from_template(self) -> None:
        available = templates()
        chosen = lazy.dialogs().choose_template(self.window, available)
        if chosen is None:
            return
        self._show_new(chosen.build(packs=tuple(name for name, _ in checking.packs())))

    def _show_new(self, res: Resolution) -> None:
        """A new document: in this window when it is pristine, else in a new one."""
        if self.window.is_pristine():
            self.window.new_document(res)
        else:
            self.window.windowRequested.emit(res)

    def new_from_clipboard(self) -> None:
        """A document of the resolution whose text is on the clipboard: in this window when it is
        pristine, else in a new one; what the import could not place is listed, as for a file."""
        files = lazy.files()
        try:
            result = files.read_clipboard(QApplication.clipboard().text())
        except InputError as exc:
            lazy.dialogs().show_error(self.window, "Cannot make a document of the clipboard", exc)
            return
        self._show_new(result.resolution)
        self._show_warnings("The clipboard's text", result.warnings)

    def _show_warnings(self, source: str, warnings: list) -> None:
        """What an import could not place or had to guess, listed after it."""
        if warnings:
            lazy.dialogs().show_error(self.window, "Imported with warnings",
                                      f"{source}: {len(warnings)} things to look at after the import.",
                                      "\n".join(str(w) for w in warnings))

    def open_dialog(self) -> None:
        start = str(self.window.path.parent) if self.window.path else ""
        names, _ = QFileDialog.getOpenFileNames(self.window, "Open resolution", start, lazy.files().OPEN_FILTER)
        self.open_paths(names)

    def open_paths(self, paths: list[str] | list[Path]) -> None:
        """Open each path: the first in this window when it is pristine, the others in new windows; a file
        already open in a window brings that window to the front instead."""
        for i, name in enumerate(paths):
            showing = self.window.window_showing(Path(name))
            if showing is not None:
                showing.raise_()
                showing.activateWindow()
            elif i == 0 and self.window.is_pristine():
                self.open_path(Path(name))
            else:
                self.window.windowRequested.emit(Path(name))

    def open_path(self, path: Path) -> bool:
        """Open ``path`` in this window; an error is shown, never raised."""
        files = lazy.files()
        path = Path(path)
        try:
            result = files.read(path)
        except InputError as exc:
            if self.window.amend_actions.opened_as_amendment(None, path):  # the importers do not read it
                return True
            lazy.dialogs().show_error(self.window, "Cannot open the file", exc)
            return False
        if self.window.amend_actions.opened_as_amendment(result.resolution, path):
            return True
        self.window.new_document(result.resolution, source=path, path=path if files.is_native(path) else None)
        settings_store.add_recent(self.window.settings, path)
        self.window.save_settings()
        self._show_warnings(path.name, result.warnings)
        return True

    def save(self) -> bool:
        if self.window.path is None:
            return self.save_as()
        return self._write(self.window.path)

    def save_as(self) -> bool:
        files = lazy.files()
        suggested = self.window.path or (self.window.source.with_suffix(files.NATIVE) if self.window.source else
                                         Path.home() / f"{suggested_name(self.window.doc.res)}{files.NATIVE}")
        name, _ = QFileDialog.getSaveFileName(self.window, "Save resolution", str(suggested),
                                              f"Resolute documents (*{files.NATIVE})")
        return bool(name) and self._write(files.with_suffix(Path(name), files.NATIVE))

    def _write(self, target: Path) -> bool:
        try:
            lazy.files().save(self.window.doc.res, target, self.window.source)
        except (InputError, OSError) as exc:
            lazy.dialogs().show_error(self.window, "Not saved", exc)
            return False
        self.window.path = target
        self.window._forced_dirty = False
        self.window.history.setClean()
        self.window.autosave.discard()
        settings_store.add_recent(self.window.settings, target)
        self.window.save_settings()
        self.window.statusBar().showMessage(f"Saved {target}", 5000)
        self.window._update_title()
        return True

    def export_docx(self, target: Path | None = None) -> bool:
        return self._export(".docx", "Word", target)

    def export_pdf(self, target: Path | None = None) -> bool:
        return self._export(".pdf", "PDF", target)

    def _export(self, suffix: str, kind: str, target: Path | None) -> bool:
        files = lazy.files()
        if target is None:
            base = self.window.path or self.window.source or Path.home() / "resolution"
            name, _ = QFileDialog.getSaveFileName(self.window, f"Export to {kind}", str(base.with_suffix(suffix)),
                                                  f"{kind} (*{suffix})")
            if not name:
                return False
            target = files.with_suffix(Path(name), suffix)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            note = files.export(self.window.doc.res, target, self.window.source)
        except (InputError, OSError) as exc:
            lazy.dialogs().show_error(self.window, "Not exported", exc)
            return False
        finally:
            QApplication.restoreOverrideCursor()
        self.window.statusBar().showMessage(f"Exported {target}{note}", 8000)
        return True

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for i, name in enumerate(self.window.settings.recent_files):
            action = self.recent_menu.addAction(f"&{i + 1} {Path(name).name}")
            action.setObjectName(f"recent_{i + 1}")
            action.setToolTip(name)
            action.triggered.connect(lambda _=False, n=name: self.open_paths([n]))
        if not self.window.settings.recent_files:
            none = self.recent_menu.addAction("(none)")
            none.setObjectName("no_recent")
            none.setEnabled(False)
