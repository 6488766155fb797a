"""What the window does with files: new from a template, open, save, export, recent files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from drafting import settings as settings_store
from drafting.errors import InputError
from ui import lazy
from ui.findings import checking
from ui.window.templates import templates


class FileActions:
    """Mixed into MainWindow: needs its doc, history, settings, autosave, path and source."""

    def new_from_template(self) -> None:
        available = templates()
        chosen = lazy.dialogs().choose_template(self, available)
        if chosen is None:
            return
        res = chosen.build(packs=tuple(name for name, _ in checking.packs()))
        if self.is_pristine():
            self.new_document(res)
        else:
            self.windowRequested.emit(res)

    def open_dialog(self) -> None:
        start = str(self.path.parent) if self.path else ""
        names, _ = QFileDialog.getOpenFileNames(self, "Open resolution", start, lazy.files().OPEN_FILTER)
        self.open_paths(names)

    def open_paths(self, paths) -> None:
        for i, name in enumerate(paths):
            if i == 0 and (self.is_pristine()):
                self.open_path(Path(name))
            else:
                self.windowRequested.emit(Path(name))

    def open_path(self, path: Path) -> bool:
        """Open ``path`` in this window; an error is shown, never raised."""
        files = lazy.files()
        path = Path(path)
        try:
            result = files.read(path)
        except InputError as exc:
            if self.opened_as_amendment(None, path):  # an amendment the importers do not read as a resolution
                return True
            lazy.dialogs().show_error(self, "Cannot open the file", exc)
            return False
        if self.opened_as_amendment(result.resolution, path):
            return True
        self.new_document(result.resolution, source=path, path=path if files.is_native(path) else None)
        settings_store.add_recent(self.settings, path)
        self._save_settings()
        if result.warnings:
            lazy.dialogs().show_error(self, "Imported with warnings",
                               f"{path.name}: {len(result.warnings)} things to look at after the import.",
                               "\n".join(str(w) for w in result.warnings))
        return True

    def save(self) -> bool:
        if self.path is None:
            return self.save_as()
        return self._write(self.path)

    def save_as(self) -> bool:
        files = lazy.files()
        suggested = self.path or (self.source.with_suffix(files.NATIVE) if self.source else
                                  Path.home() / f"resolution{files.NATIVE}")
        name, _ = QFileDialog.getSaveFileName(self, "Save resolution", str(suggested),
                                              f"Resolute documents (*{files.NATIVE})")
        return bool(name) and self._write(files.with_suffix(Path(name), files.NATIVE))

    def _write(self, target: Path) -> bool:
        try:
            lazy.files().save(self.doc.res, target, self.source)
        except (InputError, OSError) as exc:
            lazy.dialogs().show_error(self, "Not saved", exc)
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
        files = lazy.files()
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
            lazy.dialogs().show_error(self, "Not exported", exc)
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
            self.statusBar().showMessage(f"Settings not saved: {lazy.dialogs().error_text(exc)}", 8000)
