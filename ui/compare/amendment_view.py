"""An amendment in its own window: its sponsor line, the draft's title and the instructions as printed.

"Preview on Base…" applies the instructions to the draft (the one the amendment was written
from, or a file chosen then) and shows the draft as amended in the compare view, the changes
marked as there; an instruction that cannot be applied is named with the reason.  "Edit Text"
hands the amendment to the editor, where its instructions are paragraphs.  "Save As…" writes the
amendment as .docx (UN layout), .unres or text.
"""

from __future__ import annotations

import copy
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
)

from drafting.errors import InputError
from drafting.model import Resolution
from drafting.numbering import subparagraph_label
from ui import lazy

if TYPE_CHECKING:
    from ui.compare.view import CompareView

SAVE_FILTER = "Word (*.docx);;Resolute documents (*.unres);;Text (*.txt)"


class AmendmentWindow(QDialog):
    editRequested = Signal(object, object)  # the amendment (a copy), the file it came from or None

    def __init__(self, amendment: Resolution, *, base: Resolution | None = None, base_name: str = "",
                 path: Path | None = None, parent=None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setAccessibleName("Amendment")
        self.amendment = amendment
        self.base = base  # the draft amended, when known
        self.base_name = base_name
        self.path = path
        self.preview: CompareView | None = None
        self._build()
        self.resize(900, 700)
        self.show_amendment()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        label = QLabel("&Sponsors:")
        self.sponsors = QLineEdit(", ".join(self.amendment.submission.sponsors))
        self.sponsors.setAccessibleName("Sponsors")
        self.sponsors.setPlaceholderText("Chile, Mexico and Peru")
        self.sponsors.editingFinished.connect(self._sponsors_edited)
        label.setBuddy(self.sponsors)
        row.addWidget(label)
        row.addWidget(self.sponsors, 1)
        layout.addLayout(row)
        self.text = QTextBrowser()
        self.text.setAccessibleName("Instructions")
        self.text.setAccessibleDescription("The amendment as it will be printed: sponsor line, title, instructions")
        layout.addWidget(self.text, 1)
        buttons = QHBoxLayout()
        self.preview_button = QPushButton("&Preview on Base…")
        self.preview_button.setToolTip("The draft as amended, the changes marked as in the compare view")
        self.preview_button.clicked.connect(lambda: self.preview_on_base())
        self.edit_button = QPushButton("&Edit Text")
        self.edit_button.setToolTip("Edit the instructions and the text they quote in the editor")
        self.edit_button.clicked.connect(self.edit_text)
        self.save_button = QPushButton("Save &As…")
        self.save_button.clicked.connect(lambda: self.save_as())
        close = QPushButton("&Close")
        close.clicked.connect(self.close)
        for widget in (self.preview_button, self.edit_button, self.save_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)

    def edit_text(self) -> None:
        """Hand the amendment to the editor (this window closes)."""
        self.editRequested.emit(copy.deepcopy(self.amendment), self.path)
        self.close()

    def _sponsors_edited(self) -> None:
        from drafting.importers.masthead import _split_names as split_names

        text = self.sponsors.text().strip()
        self.amendment.submission.sponsors = split_names(text) if text else []
        self.show_amendment()

    def show_amendment(self) -> None:
        res = self.amendment
        self.setWindowTitle(f"{res.submission.line} — Resolute")
        html = [f"<p>{escape(res.submission.line)}</p>", f"<p><b>{escape(res.title.text)}</b></p>"]
        for p in res.instructions:
            label = f"{p.source.label} " if p.source and p.source.label else ""
            html.append(f"<p>{escape(label + p.text)}</p>")
            html += _quoted(p.children, 0)
        self.text.setHtml("".join(html))

    def instruction_texts(self) -> list[str]:
        return [p.text for p in self.amendment.instructions]

    # -- preview -------------------------------------------------------------------------

    def preview_on_base(self, base_path: Path | None = None):
        """The compare view of the draft and the draft as amended; None when it cannot be shown."""
        from drafting.amend.apply import ApplyError, apply_instructions
        from drafting.amend.document import instructions_of
        from drafting.amend.instructions import InstructionError

        base, name = self.base, self.base_name
        if base is None or base_path is not None:
            found = self._choose_base(base_path)
            if found is None:
                return None
            base, name = found
        try:
            amended = apply_instructions(base, instructions_of(self.amendment.instructions))
        except (ApplyError, InstructionError) as exc:
            lazy.dialogs().show_error(self, "The amendment cannot be applied", str(exc))
            return None
        self.base, self.base_name = base, name
        from ui.compare.view import CompareView

        if self.preview is not None:
            self.preview.close()
        self.preview = CompareView(copy.deepcopy(base), amended, name, f"{name} as amended", parent=self)
        self.preview.finished.connect(self._preview_closed)
        self.preview.show()
        return self.preview

    def _preview_closed(self, *_) -> None:
        self.preview = None

    def _choose_base(self, path: Path | None) -> tuple[Resolution, str] | None:
        if path is None:
            name, _ = QFileDialog.getOpenFileName(self, f"Preview on Base: {self._amended_name()}",
                                                  self._start(), lazy.files().OPEN_FILTER)
            if not name:
                return None
            path = Path(name)
        try:
            base = lazy.files().read(Path(path)).resolution
        except InputError as exc:
            lazy.dialogs().show_error(self, "The draft cannot be read", exc)
            return None
        return base, base.masthead.symbol.text or Path(path).name

    def _amended_name(self) -> str:
        return self.amendment.base_symbol or "the draft amended"

    def _start(self) -> str:
        """Where the dialog opens: the draft's own file beside the amendment when there is one (A_80_L.22.pdf)."""
        if self.path is None:
            return ""
        stem = self.amendment.base_symbol.replace("/", "_")
        found = [self.path.parent / f"{stem}{ext}" for ext in (".unres", ".docx", ".pdf", ".txt")] if stem else []
        return str(next((p for p in found if p.exists()), self.path.parent))

    # -- saving --------------------------------------------------------------------------

    def save_as(self, target: Path | None = None) -> bool:
        if target is None:
            folder = self.path.parent if self.path else Path.home()
            name, chosen = QFileDialog.getSaveFileName(self, "Save Amendment", str(folder / "amendment.docx"),
                                                       SAVE_FILTER)
            if not name:
                return False
            target = Path(name)
            if not target.suffix:
                target = target.with_suffix(".unres" if "unres" in chosen else ".txt" if "Text" in chosen else ".docx")
        from drafting.exporters import export_document

        try:
            export_document(self.amendment, target)
        except (InputError, OSError) as exc:
            lazy.dialogs().show_error(self, "Not saved", exc)
            return False
        self.path = target
        return True


def _quoted(paragraphs, depth: int) -> list[str]:
    out = []
    for k, p in enumerate(paragraphs):
        label = f"{subparagraph_label(depth, k + 1)} " if depth else ""
        out.append(f"<blockquote>{escape(label + p.text)}</blockquote>")
        out += _quoted(p.children, depth + 1)
    return out


def write_and_show(base: Resolution, new: Resolution, base_name: str, parent) -> AmendmentWindow | None:
    """Write the amendment that turns ``base`` into ``new`` and show it in its own window."""
    from drafting.amend.document import amendment_document
    from drafting.amend.writer import WriteError, write_instructions

    try:
        instructions = write_instructions(base, new)
    except WriteError as exc:
        lazy.dialogs().show_error(parent, "No amendment written", str(exc))
        return None
    if not instructions:
        lazy.dialogs().show_error(parent, "No amendment written", f"The text says the same as {base_name}: "
                                                                  "there is nothing to amend.")
        return None
    window = AmendmentWindow(amendment_document(base, instructions, []), base=copy.deepcopy(base),
                             base_name=base_name, parent=parent)
    window.show()
    window.activateWindow()
    return window
