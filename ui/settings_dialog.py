"""The settings dialog: author, default style pack, autosave interval, LanguageTool location."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QSpinBox, QVBoxLayout

from drafting import settings as settings_store

from .dialogs import add_ok_cancel
from .panes.widgets import combo


class SettingsDialog(QDialog):
    def __init__(self, settings: settings_store.Settings, packs: list[tuple[str, str]], parent=None):
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self.settings = settings
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.author = QLineEdit(settings.author)
        self.author.setPlaceholderText("Your name, for revisions and the Word file's properties")
        self.pack = combo(editable=False)
        self.pack.addItem("Automatic (from each document's masthead)", "")
        for name, title in packs:
            self.pack.addItem(title, name)
        self.pack.setCurrentIndex(max(0, self.pack.findData(settings.style_pack)))
        self.autosave = QSpinBox()
        self.autosave.setRange(*settings_store.AUTOSAVE_RANGE)
        self.autosave.setSuffix(" s")
        self.autosave.setValue(settings.autosave_seconds)
        self.languagetool = QLineEdit(settings.languagetool)
        self.languagetool.setPlaceholderText("http://localhost:8081, or the folder of a LanguageTool installation")
        for label, widget in (("&Author", self.author), ("Default style &pack", self.pack),
                              ("Auto&save every", self.autosave), ("&LanguageTool", self.languagetool)):
            widget.setAccessibleName(label.replace("&", ""))
            form.addRow(label, widget)
        layout.addLayout(form)
        note = QLabel("The grammar check uses LanguageTool only on this computer or your own server; "
                      "nothing is sent elsewhere.")
        note.setWordWrap(True)
        layout.addWidget(note)
        add_ok_cancel(self, layout)

    def apply(self) -> None:
        """Copy the dialog's values into the settings (the caller saves them)."""
        self.settings.author = self.author.text().strip()
        self.settings.style_pack = self.pack.currentData() or ""
        self.settings.autosave_seconds = self.autosave.value()
        self.settings.languagetool = self.languagetool.text().strip()
