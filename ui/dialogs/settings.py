"""The settings dialog: author, default style pack, autosave interval, hints, and LanguageTool: where it
is (a server on this computer or a LanguageTool folder), its status as it changes, and the
offer to download it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from drafting import settings as settings_store
from ui.dialogs.messages import add_ok_cancel
from ui.panes.widgets import combo

NOTE = ("Grammar is checked by LanguageTool on this computer only: a LanguageTool server running here "
        "(http://localhost:8081) or the folder of a LanguageTool installation, which Resolute starts itself. "
        "No text is sent anywhere else.")


class SettingsDialog(QDialog):
    def __init__(self, settings: settings_store.Settings, packs: list[tuple[str, str]], parent=None,
                 grammar=None):
        """``grammar``: the session's GrammarService (ui/grammar.py) when LanguageTool is in use, for its status."""
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self.settings = settings
        self.grammar = grammar
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
        self.hints = QCheckBox("Show &hints (info findings) in the editor")
        self.hints.setChecked(settings.show_hints)
        self.hints.setAccessibleName("Show hints")
        self.languagetool = QLineEdit(settings.languagetool)
        self.languagetool.setPlaceholderText("http://localhost:8081, or the folder of a LanguageTool installation")
        self.languagetool.textChanged.connect(self._show_status)
        for label, widget in (("&Author", self.author), ("Default style &pack", self.pack),
                              ("Auto&save every", self.autosave), ("&LanguageTool", self.languagetool)):
            widget.setAccessibleName(label.replace("&", ""))
            form.addRow(label, widget)
            if widget is self.autosave:
                form.addRow("", self.hints)
        form.addRow("", self._languagetool_buttons())
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName("LanguageTool status")
        form.addRow("Status", self.status)
        form.addRow("Rules switched &off", self._switched_off_rules(settings.disabled_rules))
        layout.addLayout(form)
        note = QLabel(NOTE)
        note.setWordWrap(True)
        layout.addWidget(note)
        add_ok_cancel(self, layout)
        if grammar is not None:
            grammar.statusChanged.connect(self._show_status)
        self._show_status()
        self.resize(620, self.sizeHint().height())

    def _switched_off_rules(self, codes: list[str]) -> QWidget:
        """The rules switched off from the Issues pane, with a way to turn them back on."""
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.disabled = QListWidget()
        self.disabled.setAccessibleName("Rules switched off")
        self.disabled.addItems(codes)
        self.disabled.setMaximumHeight(90)
        turn_on = QPushButton("&Turn Back On")
        turn_on.setAccessibleName("Turn the selected rule back on")
        turn_on.clicked.connect(lambda: [self.disabled.takeItem(self.disabled.row(i))
                                         for i in self.disabled.selectedItems()])
        row.addWidget(self.disabled, 1)
        row.addWidget(turn_on)
        return box

    def _languagetool_buttons(self) -> QWidget:
        row = QWidget()
        buttons = QHBoxLayout(row)
        buttons.setContentsMargins(0, 0, 0, 0)
        browse = QPushButton("Choose &Folder…")
        browse.setToolTip("The folder of an unpacked LanguageTool (it holds languagetool-server.jar)")
        browse.clicked.connect(self.choose_folder)
        self.download_button = QPushButton("&Download LanguageTool…")
        self.download_button.setToolTip("Fetch LanguageTool from languagetool.org, after you confirm")
        self.download_button.clicked.connect(self.download)
        buttons.addWidget(browse)
        buttons.addWidget(self.download_button)
        buttons.addStretch(1)
        return row

    def status_text(self) -> str:
        """The LanguageTool status for the setting as typed."""
        typed = self.languagetool.text().strip()
        if not typed:
            return "not configured (no grammar check)"
        from drafting.grammar import GrammarConfigError, parse_setting

        try:
            parse_setting(typed)
        except GrammarConfigError as exc:
            return f"failed: {exc}"
        if self.grammar is None or typed != self.settings.languagetool.strip():
            return "not started: LanguageTool starts in the background when you press OK"
        return str(self.grammar.status(typed))

    def _show_status(self, *_) -> None:
        text = self.status_text()
        self.status.setText(text)
        self.status.setStyleSheet("color: #c62828;" if text.startswith("failed") else "")

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "LanguageTool folder", self.languagetool.text().strip())
        if folder:
            self.languagetool.setText(folder)

    def download(self) -> None:
        from ui.dialogs.download import offer_download

        folder = offer_download(self)
        if folder is not None:
            self.languagetool.setText(str(folder))

    def apply(self) -> None:
        """Copy the dialog's values into the settings (the caller saves them)."""
        self.settings.author = self.author.text().strip()
        self.settings.style_pack = self.pack.currentData() or ""
        self.settings.autosave_seconds = self.autosave.value()
        self.settings.show_hints = self.hints.isChecked()
        self.settings.languagetool = self.languagetool.text().strip()
        self.settings.disabled_rules = [self.disabled.item(i).text() for i in range(self.disabled.count())]
