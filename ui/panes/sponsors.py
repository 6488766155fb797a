"""The sponsor list: Member States in UN short form, in the order the user keeps, and the line they make.

The submission line itself ("Argentina, Chile and Colombia: draft resolution") is built
by the model (``Submission.line``); this editor only changes the list and the kind.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from drafting.model import first_words
from drafting.names import canonical_state_name, state_names
from drafting.sponsor_notes import reanchor
from ui.editor.history import Change
from ui.panes.widgets import combo

KINDS = ("draft resolution", "revised draft resolution", "draft decision", "revised draft decision")


class SponsorEditor(QWidget):
    def __init__(self, document, history, parent=None):
        super().__init__(parent)
        self.document, self.history = document, history
        self._filling = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        kind_row = QHBoxLayout()
        kind_label = QLabel("&Kind")
        self.kind = combo(KINDS)
        self.kind.setAccessibleName("Kind of text")
        kind_label.setBuddy(self.kind)
        self.kind.lineEdit().textEdited.connect(self._kind_edited)
        self.kind.activated.connect(lambda _: self._kind_edited(self.kind.currentText()))
        kind_row.addWidget(kind_label)
        kind_row.addWidget(self.kind, 1)
        layout.addLayout(kind_row)
        add_row = QHBoxLayout()
        self.entry = QLineEdit()
        self.entry.setPlaceholderText("Add a sponsor: type a Member State…")
        self.entry.setAccessibleName("Sponsor to add")
        completer = QCompleter(state_names(), self.entry)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.entry.setCompleter(completer)
        self.entry.returnPressed.connect(self.add_from_entry)
        add = QPushButton("&Add")
        add.setAccessibleName("Add sponsor")
        add.clicked.connect(self.add_from_entry)
        add_row.addWidget(self.entry, 1)
        add_row.addWidget(add)
        layout.addLayout(add_row)
        self.note = QLabel("")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #8a5a00;")
        self.note.hide()
        layout.addWidget(self.note)
        grid = QGridLayout()
        self.list = QListWidget()
        self.list.setAccessibleName("Sponsors, in order")
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setMinimumHeight(110)
        self.list.model().rowsMoved.connect(self._reordered)
        grid.addWidget(self.list, 0, 0, 4, 1)
        self.buttons = {}
        for row, (name, text, slot) in enumerate((("up", "&Up", lambda: self.move(-1)),
                                                  ("down", "Do&wn", lambda: self.move(1)),
                                                  ("remove", "&Remove", self.remove))):
            button = QPushButton(text)
            button.setAccessibleName({"up": "Move sponsor up", "down": "Move sponsor down",
                                      "remove": "Remove sponsor"}[name])
            button.clicked.connect(slot)
            grid.addWidget(button, row, 1)
            self.buttons[name] = button
        layout.addLayout(grid)
        self.line = QLabel()
        self.line.setWordWrap(True)
        self.line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.line.setAccessibleName("Submission line")
        self.line.setStyleSheet("font-weight: bold; padding: 4px 0;")
        layout.addWidget(self.line)

    # -- model → widgets ---------------------------------------------------------------------

    def sponsors(self) -> list[str]:
        return list(self.document.res.submission.sponsors)

    def refresh(self) -> None:
        self._filling = True
        submission = self.document.res.submission
        if self.kind.currentText() != submission.kind:
            self.kind.setEditText(submission.kind)
        if [self.list.item(i).text() for i in range(self.list.count())] != submission.sponsors:
            row = self.list.currentRow()
            self.list.clear()
            self.list.addItems(submission.sponsors)
            self.list.setCurrentRow(min(row, self.list.count() - 1))
        self.line.setText(submission.line or "(no sponsors yet)")
        self._filling = False

    # -- widgets → model -----------------------------------------------------------------------

    def _set(self, state: dict) -> None:
        """Set the submission's fields named in ``state`` (sponsors, kind, anchors): one step's before or after."""
        submission = self.document.res.submission
        for name, value in state.items():
            setattr(submission, name, list(value) if isinstance(value, list) else value)
        self.document.detachedChanged.emit()
        self.document.modelChanged.emit({("submission",)})

    def _change(self, text: str, names: list[str]) -> None:
        """One undo step: the new list, with the footnote marks of the sponsor line moved along
        (``reanchor``); a note on a removed sponsor goes with it, and the user is told."""
        submission = self.document.res.submission
        if names == submission.sponsors:
            return
        kept, dropped = reanchor(submission, names)
        if dropped:
            notes = "; ".join(f"“{first_words(a.note.text, 8)}”" for a in dropped)
            self._say(f"The footnote on the removed sponsor went with it ({notes}); Undo brings both back.")
        before = {"sponsors": list(submission.sponsors), "anchors": list(submission.anchors)}
        self.history.push_change(Change(text, self._set, before, {"sponsors": list(names), "anchors": kept}))

    def add_from_entry(self) -> None:
        typed = " ".join(self.entry.text().split())
        if not typed:
            return
        name = canonical_state_name(typed) or typed
        names = self.sponsors()
        if name in names:
            self._say(f"{name} is already a sponsor.")
            return
        self._say("" if canonical_state_name(typed) else
                  f"“{typed}” is not a Member State name in UN short form; it was added as typed.")
        self._change(f"Add sponsor {name}", names + [name])
        self.entry.clear()
        QTimer.singleShot(0, self.entry.clear)  # the completer writes its choice back after Enter: clear it too
        self.list.setCurrentRow(len(names))

    def remove(self) -> None:
        row = self.list.currentRow()
        names = self.sponsors()
        if 0 <= row < len(names):
            self._change(f"Remove sponsor {names[row]}", names[:row] + names[row + 1:])

    def move(self, step: int) -> None:
        row = self.list.currentRow()
        names = self.sponsors()
        target = row + step
        if 0 <= row < len(names) and 0 <= target < len(names):
            names[row], names[target] = names[target], names[row]
            self._change("Reorder sponsors", names)
            self.list.setCurrentRow(target)

    def _reordered(self, *_) -> None:
        if not self._filling:
            self._change("Reorder sponsors", [self.list.item(i).text() for i in range(self.list.count())])

    def _kind_edited(self, text: str) -> None:
        if self._filling:
            return
        submission = self.document.res.submission
        if text != submission.kind:
            before = {"kind": submission.kind, "anchors": list(submission.anchors)}
            after = {"kind": text, "anchors": reanchor(submission, submission.sponsors, text)[0]}  # marks move along
            self.history.push_change(Change("Edit the kind of text", self._set, before, after,
                                            key=("submission", "kind")))

    def _say(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))
