"""Start the editor: the application, its windows, the user's settings, and the offer to restore after a crash."""

from __future__ import annotations

import sys
import traceback
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from drafting import __version__, recovery
from drafting import settings as settings_store
from drafting.errors import InputError
from drafting.model import Resolution
from ui import lazy
from ui.window.main_window import MainWindow

_WINDOWS: list[MainWindow] = []


def run_editor(path: str | None = None) -> int:
    app = application()
    start(path)
    return app.exec()


def application() -> QApplication:
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "resolute"])
    app.setApplicationName("Resolute")
    app.setApplicationDisplayName("Resolute")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("resolute")
    sys.excepthook = _unexpected
    return app


def start(path: str | Path | None = None, settings: settings_store.Settings | None = None) -> MainWindow:
    """The first window: settings loaded, crashed sessions offered for restoring, ``path`` opened."""
    warning = None
    if settings is None:
        settings, warning = settings_store.load()
    window = open_window(settings)
    if warning:
        lazy.dialogs().show_error(window, "Settings", f"{warning}. Your choices will be saved again on exit.")
    restored = offer_recovery(window)
    if path is not None:
        target = open_window(settings) if restored else window
        target.file_actions.open_path(Path(path))
    return window


def open_window(settings: settings_store.Settings, content: Path | Resolution | None = None) -> MainWindow:
    window = MainWindow(settings)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.windowRequested.connect(lambda what: open_window(settings, what))
    window.destroyed.connect(lambda _=None, w=window: _WINDOWS.remove(w) if w in _WINDOWS else None)
    _WINDOWS.append(window)
    window.show()
    if isinstance(content, Resolution):
        window.new_document(content)
    elif content is not None:
        window.file_actions.open_path(Path(content))
    return window


def offer_recovery(window: MainWindow) -> bool:
    """Offer the documents of sessions that crashed; True when one was restored."""
    leftovers = recovery.leftovers()
    if not leftovers:
        return False
    chosen = lazy.dialogs().ask_restore(window, leftovers)
    restored = False
    for left in leftovers:
        if left in chosen:
            try:
                res = left.load()
            except InputError as exc:
                lazy.dialogs().show_error(window, "Cannot restore", exc)
                continue
            target = window if window.is_pristine() else open_window(window.settings)
            original = Path(left.original) if left.original else None
            native_file = original if original is not None and original.suffix.lower() == ".unres" else None
            target.new_document(res, source=original, path=native_file, dirty=True)
            target.autosave.changed()
            target.autosave.write_if_needed()  # safe in this session's file before the old one goes
            target.statusBar().showMessage("Restored the unsaved work of the last session; save it to keep it.")
            restored = True
        left.discard()
    return restored


def _unexpected(kind, value, tb) -> None:
    """An error nobody expected: say so in a dialog and keep the work (autosave keeps running)."""
    details = "".join(traceback.format_exception(kind, value, tb))
    sys.stderr.write(details)
    parent = QApplication.activeWindow()
    lazy.dialogs().show_error(parent, "Something went wrong",
                       f"{kind.__name__}: {value}\n\nYour document is still open; save it under a new name to be safe.",
                       details)
