"""The masthead form: organ, style pack, symbol, distribution, date, language, session block, sponsors.

Every field writes straight into the model's masthead (keeping any footnote anchored in
it) through the window's history, so an edit here is undone like typing in the text:
consecutive keystrokes in one field are one step.
"""

from __future__ import annotations

import copy
from collections.abc import Callable

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from drafting.agenda import agenda_line
from drafting.model import Anchor, Inline, Mark
from ui.editor.history import Change
from ui.panes.sponsors import SponsorEditor
from ui.panes.widgets import combo
from ui.window.templates import format_date

_ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
DISTRIBUTIONS = ("Limited", "General", "Restricted")
LANGUAGES = ("English", "French", "Spanish", "Russian", "Chinese", "Arabic")
KINDS = ("draft resolution", "revised draft resolution", "draft decision", "revised draft decision")
# (field, label, how to edit it)
FIELDS = (("symbol", "&Symbol", "line"), ("distribution", "&Distribution", DISTRIBUTIONS), ("date", "Da&te", "date"),
          ("original", "Ori&ginal", LANGUAGES), ("session", "S&ession", "line"), ("committee", "Co&mmittee", "line"),
          ("place_and_dates", "&Place and dates", "line"), ("agenda_item", "Agenda &item", "line"),
          ("agenda_title", "Agenda ti&tle", "line"))


def retext(inline: Inline, text: str) -> Inline:
    """``inline`` with new text; marks and anchors after the edited stretch move with it."""
    old = inline.text
    prefix = 0
    while prefix < min(len(old), len(text)) and old[prefix] == text[prefix]:
        prefix += 1
    suffix = 0
    while suffix < min(len(old), len(text)) - prefix and old[-1 - suffix] == text[-1 - suffix]:
        suffix += 1
    delta = len(text) - len(old)

    def moved(pos: int) -> int:
        if pos <= prefix:
            return pos
        if pos >= len(old) - suffix:
            return pos + delta
        return min(pos, len(text) - suffix)

    marks = [Mark(moved(m.start), moved(m.end), m.style) for m in inline.marks]
    anchors = [Anchor(moved(a.offset), a.note) for a in inline.anchors]
    return Inline(text, [m for m in marks if m.end > m.start], anchors)


class DateField(QWidget):
    """A line for the date as written, with a calendar to pick one."""

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.line = QLineEdit()
        self.line.setPlaceholderText("19 October 2022")
        self.button = QToolButton()
        self.button.setText("Pick…")
        self.button.setAccessibleName("Pick the date from a calendar")
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.setAccessibleName("Calendar")
        menu = QMenu(self.button)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        menu.aboutToShow.connect(self._show_current)
        self.button.setMenu(menu)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.line)

    def _show_current(self) -> None:
        date = _ENGLISH.toDate(self.line.text().strip(), "d MMMM yyyy")
        self.calendar.setSelectedDate(date if date.isValid() else QDate.currentDate())

    def _picked(self, date: QDate) -> None:
        self.line.setText(format_date(date.toPython()))
        self.line.textEdited.emit(self.line.text())
        self.button.menu().hide()


class MastheadPane(QScrollArea):
    def __init__(self, document, history, organs: Callable[[], list[str]], packs: Callable[[], list[tuple[str, str]]],
                 parent=None):
        super().__init__(parent)
        self.setAccessibleName("Masthead")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.document, self.history = document, history
        self._filling = False
        body = QWidget()
        outer = QVBoxLayout(body)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.organ = combo()
        self.organ.setAccessibleName("Organ")
        self.organ.lineEdit().textEdited.connect(lambda text: self._field_edited("organ", text))
        self.organ.activated.connect(lambda _: self._field_edited("organ", self.organ.currentText()))
        form.addRow(self._label("&Organ", self.organ), self.organ)
        self.pack = combo(editable=False)
        self.pack.setAccessibleName("Style pack")
        self.pack.addItem("Automatic (from the masthead)", None)
        self._lists = (organs, packs)  # read when the form is first shown: loading every pack takes a while
        self.pack.activated.connect(self._pack_chosen)
        form.addRow(self._label("Style pac&k", self.pack), self.pack)
        self.fields: dict[str, QWidget] = {}
        for name, label, how in FIELDS:
            if how == "date":
                widget = DateField()
                line = widget.line
            elif isinstance(how, tuple):
                widget = combo(how)
                line = widget.lineEdit()
                widget.activated.connect(lambda _, n=name, w=widget: self._field_edited(n, w.currentText()))
            else:
                widget = line = QLineEdit()
            line.textEdited.connect(lambda text, n=name: self._field_edited(n, text))
            if name == "agenda_item":  # a number typed alone becomes the line the page prints
                line.setPlaceholderText("Agenda item 71 (b)")
                line.editingFinished.connect(lambda line=line: self._agenda_finished(line))
            widget.setAccessibleName(label.replace("&", ""))
            self.fields[name] = widget
            form.addRow(self._label(label, widget), widget)
        self.job_number = QLineEdit()
        self.job_number.setAccessibleName("Job number")
        self.job_number.setPlaceholderText("25-17789, given by the Secretariat")
        self.job_number.setToolTip("Printed at the foot of every page of the Word export, as on an issued document")
        self.job_number.textEdited.connect(self._job_number_edited)
        form.addRow(self._label("&Job number", self.job_number), self.job_number)
        outer.addLayout(form)
        heading = QLabel("<b>Submission</b>")
        outer.addWidget(heading)
        self.sponsors = SponsorEditor(document, history)
        outer.addWidget(self.sponsors)
        outer.addStretch(1)
        self.setWidget(body)
        document.detachedChanged.connect(self.refresh)
        self.refresh()

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    # -- model → form ----------------------------------------------------------------------

    def showEvent(self, event) -> None:
        if self._lists is not None:
            (organs, packs), self._lists = self._lists, None
            self.organ.addItems(organs())
            for name, title in packs():
                self.pack.addItem(title, name)
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        self._filling = True
        m = self.document.res.masthead
        _set_text(self.organ.lineEdit(), m.organ.text)
        index = self.pack.findData(self.document.res.meta.style)
        self.pack.setCurrentIndex(max(index, 0))
        for name, widget in self.fields.items():
            _set_text(_line_of(widget), getattr(m, name).text)
        _set_text(self.job_number, m.job_number)
        self.sponsors.refresh()
        self._filling = False

    # -- form → model ----------------------------------------------------------------------

    def _field_edited(self, name: str, text: str) -> None:
        if self._filling:
            return
        m = self.document.res.masthead
        before = copy.deepcopy(getattr(m, name))
        if before.text == text:
            return
        after = retext(before, text)
        label = name.replace("_", " ")
        self.history.push_change(Change(f"Edit {label}", lambda state, n=name: self._set_field(n, state),
                                        before, after, key=("masthead", name)))

    def _job_number_edited(self, text: str) -> None:
        before = self.document.res.masthead.job_number
        if self._filling or text.strip() == before:
            return
        self.history.push_change(Change("Edit job number", self._set_job_number, before, text.strip(),
                                        key=("masthead", "job_number")))

    def _set_job_number(self, value: str) -> None:
        self.document.res.masthead.job_number = value
        self.document.detachedChanged.emit()

    def _agenda_finished(self, line: QLineEdit) -> None:
        """"71 (b)" typed into the agenda field reads "Agenda item 71 (b)", as on the official page."""
        text = agenda_line(line.text())
        if text != line.text():
            line.setText(text)
            self._field_edited("agenda_item", text)

    def _set_field(self, name: str, state: Inline) -> None:
        setattr(self.document.res.masthead, name, copy.deepcopy(state))
        self.document.detachedChanged.emit()
        self.document.modelChanged.emit({("masthead", name)})

    def _pack_chosen(self, _index: int) -> None:
        if self._filling:
            return
        meta = self.document.res.meta
        after = self.pack.currentData()
        if after == meta.style:
            return
        self.history.push_change(Change("Choose the style pack", self._set_pack, meta.style, after))

    def _set_pack(self, name: str | None) -> None:
        self.document.res.meta.style = name
        self.document.detachedChanged.emit()
        self.document.packChanged.emit()


def _line_of(widget: QWidget) -> QLineEdit:
    if isinstance(widget, DateField):
        return widget.line
    if isinstance(widget, QComboBox):
        return widget.lineEdit()
    return widget


def _set_text(line: QLineEdit, text: str) -> None:
    if line.text() != text:
        position = line.cursorPosition()
        line.setText(text)
        line.setCursorPosition(min(position, len(text)))

