""""Download LanguageTool…": say what will be fetched, from where, how it is checked and where it
goes; only after the user agrees, download it in a worker thread with progress and Cancel.

The one place where the editor uses the network, and only on this request
(drafting/grammar/download.py does the work and refuses to start unconfirmed).
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QProgressBar, QPushButton, QVBoxLayout, QWidget

from drafting.errors import InputError
from drafting.grammar import download
from ui.dialogs import messages as dialogs


class Cancelled(Exception):
    """The user cancelled the download (raised in the worker at the next chunk)."""


def offer_download(parent: QWidget) -> Path | None:
    """Ask, then download and install LanguageTool; the installed folder, or None."""
    try:
        plan = download.download_plan()
    except (ValueError, ImportError) as exc:
        dialogs.show_error(parent, "Download LanguageTool", str(exc))
        return None
    if (plan.installed / "languagetool-server.jar").is_file():
        return plan.installed  # downloaded before: nothing to fetch
    if not ask_download(parent, plan):
        return None
    return DownloadDialog(plan, parent).run()


def ask_download(parent: QWidget, plan) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, "Download LanguageTool",
                      f"Download LanguageTool {plan.version} from {plan.host}?", QMessageBox.StandardButton.Cancel,
                      parent)
    box.setInformativeText(
        "Resolute connects to the Internet for this download only, and only because you ask; the grammar "
        "check itself runs on this computer.\n\n"
        f"From: {plan.url}\n"
        f"Checked against the SHA-256 checksum: {plan.sha256}\n"
        f"Installed in: {plan.installed}\n\n"
        "The archive is about 250 MB. LanguageTool needs Java 17 or later.")
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    download_button = box.addButton("Download", QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is download_button


class _Relay(QObject):
    progress = Signal(object, object)  # bytes done, bytes in all (or None)
    finished = Signal(object, object)  # the folder, or the error


class DownloadDialog(QDialog):
    def __init__(self, plan, parent=None):
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle("Download LanguageTool")
        self.result_folder: Path | None = None
        self.error: BaseException | None = None
        self._cancel = threading.Event()
        layout = QVBoxLayout(self)
        self.label = QLabel(f"Downloading LanguageTool {plan.version} from {plan.host}…")
        self.label.setWordWrap(True)
        layout.addWidget(self.label)
        self.bar = QProgressBar()
        self.bar.setAccessibleName("Download progress")
        self.bar.setRange(0, 0)
        layout.addWidget(self.bar)
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.clicked.connect(self.cancel)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignRight)
        self.relay = _Relay(self)
        self.relay.progress.connect(self._progress, Qt.ConnectionType.QueuedConnection)
        self.relay.finished.connect(self._finished, Qt.ConnectionType.QueuedConnection)
        self.resize(520, self.sizeHint().height())

    def run(self) -> Path | None:
        """Download in a worker thread while the dialog shows the progress; the folder, or None."""
        threading.Thread(target=self._work, name="languagetool-download", daemon=True).start()
        self.exec()
        if self.error is not None and not isinstance(self.error, Cancelled):
            reason = self.error if isinstance(self.error, (InputError, OSError)) else \
                f"{type(self.error).__name__}: {self.error}"
            dialogs.show_error(self.parentWidget(), "LanguageTool was not installed", reason)
        return self.result_folder

    def _work(self) -> None:
        def progress(done: int, total: int | None) -> None:
            if self._cancel.is_set():
                raise Cancelled()
            self.relay.progress.emit(done, total)

        try:
            folder, error = download.download_languagetool(self.plan, confirmed=True, progress=progress), None
        except Exception as exc:  # every failure must reach the dialog, or it would wait for ever
            folder, error = None, exc
        self.relay.finished.emit(folder, error)

    def cancel(self) -> None:
        self._cancel.set()
        self.cancel_button.setEnabled(False)
        self.label.setText("Cancelling… (nothing is installed from a cancelled download)")

    def reject(self) -> None:  # Esc and the window's close button cancel; the dialog closes when the worker stops
        self.cancel()

    def _progress(self, done: int, total: int | None) -> None:
        megabytes = done / (1024 * 1024)
        if total:
            self.bar.setRange(0, 1000)
            self.bar.setValue(int(1000 * done / total))
            self.bar.setFormat(f"{megabytes:.0f} of {total / (1024 * 1024):.0f} MB")
        else:
            self.bar.setFormat(f"{megabytes:.0f} MB")
        if not self._cancel.is_set():
            self.label.setText(f"Downloading LanguageTool {self.plan.version} from {self.plan.host}… "
                               f"({megabytes:.0f} MB)")

    def _finished(self, folder: Path | None, error: BaseException | None) -> None:
        self.result_folder, self.error = folder, error
        self.done(QDialog.DialogCode.Accepted if folder is not None else QDialog.DialogCode.Rejected)
