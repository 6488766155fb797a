"""The questions and messages the editor puts to the user.

Errors open window-modal and return at once (they never block a save or a test);
questions that need an answer (save changes? restore? why ignore?) wait for it.
"""

from __future__ import annotations

import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from drafting.errors import InputError

SAVE, DISCARD, CANCEL = "save", "discard", "cancel"


def error_text(error: BaseException | str) -> str:
    if isinstance(error, InputError):
        return str(error)
    if isinstance(error, OSError):
        return f"{error.filename or ''}: {error.strerror or error}".lstrip(": ")
    return str(error)


def show_error(parent: QWidget | None, title: str, error: BaseException | str, details: str = "",
               icon: QMessageBox.Icon = QMessageBox.Icon.Warning) -> QMessageBox:
    box = QMessageBox(icon, title, error_text(error), QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if details:
        box.setDetailedText(details)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.open()
    return box


def show_info(parent: QWidget, title: str, text: str) -> QMessageBox:
    return show_error(parent, title, text, icon=QMessageBox.Icon.Information)


def ask_save(parent: QWidget, name: str) -> str:
    box = QMessageBox(QMessageBox.Icon.Question, "Unsaved changes",
                      f"Save the changes to “{name}” before closing?",
                      QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                      | QMessageBox.StandardButton.Cancel, parent)
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    box.button(QMessageBox.StandardButton.Discard).setText("Close without saving")
    answer = box.exec()
    return {QMessageBox.StandardButton.Save: SAVE, QMessageBox.StandardButton.Discard: DISCARD}.get(
        QMessageBox.StandardButton(answer), CANCEL)


def ask_reason(parent: QWidget, code: str, message: str) -> str | None:
    text, ok = QInputDialog.getText(parent, f"Ignore {code}",
                                    f"{message}\n\nWhy is this right here? The reason is kept in the document.")
    return text.strip() if ok and text.strip() else None


def add_ok_cancel(dialog: QDialog, layout) -> None:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)


def ask_restore(parent: QWidget | None, leftovers) -> list:
    """Which recovered documents to restore (the others are discarded)."""
    dialog = QDialog(parent)
    dialog.setWindowTitle("Restore unsaved work")
    layout = QVBoxLayout(dialog)
    layout.addWidget(QLabel("Resolute closed unexpectedly. These documents had changes that were not saved:"))
    items = QListWidget()
    items.setAccessibleName("Recovered documents")
    items.setWordWrap(True)  # whole titles and paths, never cut off
    items.setMinimumWidth(560)
    for left in leftovers:
        when = datetime.datetime.fromtimestamp(left.written).strftime("%d %B %Y, %H:%M")
        item = QListWidgetItem(f"{left.title or '(untitled)'}\nFrom: {left.original or 'never saved'}\n"
                               f"Autosaved: {when}")
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked)
        items.addItem(item)
    layout.addWidget(items)
    buttons = QDialogButtonBox()
    buttons.addButton("Restore", QDialogButtonBox.ButtonRole.AcceptRole)
    buttons.addButton("Discard all", QDialogButtonBox.ButtonRole.RejectRole)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return []
    return [left for i, left in enumerate(leftovers) if items.item(i).checkState() == Qt.CheckState.Checked]


def choose_template(parent: QWidget, templates) -> object | None:
    dialog = QDialog(parent)
    dialog.setWindowTitle("New resolution")
    layout = QVBoxLayout(dialog)
    label = QLabel("&Body:")
    items = QListWidget()
    items.setAccessibleName("Templates")
    label.setBuddy(items)
    layout.addWidget(label)
    for t in templates:
        item = QListWidgetItem(t.name)
        item.setToolTip(t.description)
        items.addItem(item)
    items.setCurrentRow(0)
    about = QLabel(templates[0].description if templates else "")
    about.setWordWrap(True)
    items.currentRowChanged.connect(lambda row: about.setText(templates[row].description if row >= 0 else ""))
    items.itemActivated.connect(lambda _: dialog.accept())
    layout.addWidget(items)
    layout.addWidget(about)
    add_ok_cancel(dialog, layout)
    dialog.resize(480, 420)
    if dialog.exec() != QDialog.DialogCode.Accepted or items.currentRow() < 0:
        return None
    return templates[items.currentRow()]
