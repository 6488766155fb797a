"""The issues pane: the findings, filtered by severity, kind (style, spelling, grammar, revision) and
rule, one click from the text.

Enter or a double click jumps to the place; "Fix" applies the selected finding's fix,
"Fix all safe" every safe fix; "Ignore…" asks for a reason and stores it in the document.
"Suppressed" shows the findings ignored so far, each with its reason, and "Restore" brings
one back (an undoable step).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from drafting.model import Suppression
    from drafting.rules.base import Diagnostic

# drafting.rules.base's severities (importing it loads the whole engine, which a window need not wait for).
ERROR, WARNING, INFO = "error", "warning", "info"
SEVERITIES = (ERROR, WARNING, INFO)
COLOURS = {ERROR: "#c62828", WARNING: "#c77700", INFO: "#2f6db5"}
NAMES = {ERROR: "Errors", WARNING: "Warnings", INFO: "Info"}
_ALL_RULES = "All rules"
_ALL_KINDS = "All kinds"
KIND_NAMES = {"style": "Style", "spelling": "Spelling", "grammar": "Grammar", "revision": "Revision"}


def severity_icon(severity: str, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(COLOURS.get(severity, "#777777")))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


class IssuesPane(QWidget):
    jumpRequested = Signal(object)  # Diagnostic
    fixRequested = Signal(object)
    fixAllRequested = Signal()
    ignoreRequested = Signal(object)
    switchOffRequested = Signal(object)  # switch the finding's rule off in the settings
    restoreRequested = Signal(object)  # a Suppression to lift: its finding is shown again

    def __init__(self, describe: Callable[[object], str], explain: Callable[[object], str], parent=None):
        super().__init__(parent)
        self.setAccessibleName("Issues")
        self._describe, self._explain = describe, explain
        self._findings: list[Diagnostic] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        filters = QHBoxLayout()
        self.toggles: dict[str, QToolButton] = {}
        for severity in SEVERITIES:
            button = QToolButton()
            button.setCheckable(True)
            button.setChecked(True)
            button.setIcon(severity_icon(severity))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setAccessibleName(f"Show {NAMES[severity].lower()}")
            button.toggled.connect(self._refill)
            self.toggles[severity] = button
            filters.addWidget(button)
        filters.addStretch(1)
        self.suppressed_toggle = QToolButton()
        self.suppressed_toggle.setCheckable(True)
        self.suppressed_toggle.setText("Suppressed")
        self.suppressed_toggle.setAccessibleName("Show the suppressed findings")
        self.suppressed_toggle.setToolTip("The findings ignored in this document, with their reasons")
        self.suppressed_toggle.toggled.connect(self._show_suppressed)
        filters.addWidget(self.suppressed_toggle)
        self.category_filter = QComboBox()
        self.category_filter.setAccessibleName("Filter by kind")
        self.category_filter.setToolTip("House style, spelling, grammar (LanguageTool) or revision suggestions")
        self.category_filter.currentIndexChanged.connect(self._refill)
        filters.addWidget(self.category_filter)
        self.rule_filter = QComboBox()
        self.rule_filter.setAccessibleName("Filter by rule")
        self.rule_filter.setMinimumContentsLength(10)
        self.rule_filter.currentIndexChanged.connect(self._refill)
        filters.addWidget(self.rule_filter)
        layout.addLayout(filters)
        self.tree = QListWidget()
        self.tree.setAccessibleName("Findings")
        self.tree.setWordWrap(True)
        self.tree.setUniformItemSizes(False)
        self.tree.setResizeMode(QListView.ResizeMode.Adjust)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSpacing(1)
        self.tree.itemActivated.connect(self._jump)
        self.tree.itemClicked.connect(self._jump)
        self.tree.currentItemChanged.connect(self._update_buttons)
        layout.addWidget(self.tree, 1)
        self.suppressed = QListWidget()
        self.suppressed.setAccessibleName("Suppressed findings")
        self.suppressed.setWordWrap(True)
        self.suppressed.setAlternatingRowColors(True)
        self.suppressed.setVisible(False)
        self.suppressed.currentItemChanged.connect(self._update_buttons)
        self.suppressed.itemActivated.connect(lambda item: self.restoreRequested.emit(item.data(
            Qt.ItemDataRole.UserRole)))
        layout.addWidget(self.suppressed, 1)
        self._suppressions: list[Suppression] = []
        self.empty = QLabel("No findings.")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: #5f6b57; padding: 12px;")
        layout.addWidget(self.empty)
        buttons = QHBoxLayout()
        self.fix_button = QPushButton("&Fix")
        self.fix_button.setToolTip("Apply the suggested fix of the selected finding (Ctrl+.)")
        self.fix_all_button = QPushButton("Fix all &safe")
        self.fix_all_button.setToolTip("Apply every fix that cannot change the meaning")
        self.ignore_button = QPushButton("&Ignore…")
        self.ignore_button.setToolTip("Ignore the selected finding, with a reason kept in the document")
        self.fix_button.clicked.connect(lambda: self._emit_selected(self.fixRequested))
        self.fix_all_button.clicked.connect(self.fixAllRequested)
        self.ignore_button.clicked.connect(lambda: self._emit_selected(self.ignoreRequested))
        self.switch_off_button = QPushButton("Switch &Off Rule")
        self.switch_off_button.setToolTip("Stop checking the selected finding's rule in every document "
                                          "(Edit ▸ Settings turns it back on)")
        self.switch_off_button.clicked.connect(lambda: self._emit_selected(self.switchOffRequested))
        self.restore_button = QPushButton("&Restore")
        self.restore_button.setToolTip("Show the selected suppressed finding again (Ctrl+Z undoes it)")
        self.restore_button.clicked.connect(self._restore_selected)
        self.restore_button.setVisible(False)
        for b in (self.fix_button, self.fix_all_button, self.ignore_button, self.switch_off_button,
                  self.restore_button):
            buttons.addWidget(b)
        layout.addLayout(buttons)
        self._update_buttons()

    # -- content -------------------------------------------------------------------------

    def set_findings(self, findings: list[Diagnostic]) -> None:
        self._findings = list(findings)
        counts = {s: sum(1 for d in findings if d.severity == s) for s in SEVERITIES}
        for severity, button in self.toggles.items():
            button.setText(f"{counts[severity]}")
            button.setToolTip(f"{NAMES[severity]}: {counts[severity]}")
        self._fill_categories(findings)
        codes = sorted({d.code for d in findings})
        current = self.rule_filter.currentText()
        self.rule_filter.blockSignals(True)
        self.rule_filter.clear()
        self.rule_filter.addItem(_ALL_RULES)
        for code in codes:
            name = next((d.name for d in findings if d.code == code and d.name), "")
            self.rule_filter.addItem(rule_title(code, name), code)
        index = self.rule_filter.findText(current)
        self.rule_filter.setCurrentIndex(max(index, 0))
        self.rule_filter.blockSignals(False)
        self._refill()

    def set_suppressions(self, suppressions: list[Suppression]) -> None:
        """The findings ignored in the document, for the Suppressed view."""
        self._suppressions = list(suppressions)
        self.suppressed_toggle.setText(f"Suppressed ({len(suppressions)})")
        self.suppressed.clear()
        for entry in suppressions:
            item = QListWidgetItem(f"{entry.code} · {entry.where}: “…{entry.text.strip()}…”\n"
                                   f"Reason: {entry.reason or '(none given)'}")
            item.setData(Qt.ItemDataRole.UserRole, entry)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{entry.code} ignored in {entry.where}: {entry.reason}")
            self.suppressed.addItem(item)
        if self.suppressed_toggle.isChecked():
            self.empty.setVisible(not suppressions)
        self._update_buttons()

    def _show_suppressed(self, on: bool) -> None:
        self.tree.setVisible(not on)
        self.suppressed.setVisible(on)
        for button in (self.fix_button, self.fix_all_button, self.ignore_button, self.switch_off_button):
            button.setVisible(not on)
        self.restore_button.setVisible(on)
        self.empty.setText("No suppressed findings." if on else "No findings.")
        self.empty.setVisible(not self._suppressions if on else self.tree.count() == 0)
        (self.suppressed if on else self.tree).setFocus()
        self._update_buttons()

    def selected_suppression(self) -> Suppression | None:
        item = self.suppressed.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _restore_selected(self) -> None:
        entry = self.selected_suppression()
        if entry is not None:
            self.restoreRequested.emit(entry)

    def _fill_categories(self, findings: list[Diagnostic]) -> None:
        """One entry a kind of finding present, with its count; the choice kept across checks."""
        chosen = self.category_filter.currentData()
        counts: dict[str, int] = {}
        for d in findings:
            counts[d.category] = counts.get(d.category, 0) + 1
        self.category_filter.blockSignals(True)
        self.category_filter.clear()
        self.category_filter.addItem(_ALL_KINDS)
        kinds = list(KIND_NAMES) + sorted(set(counts) - set(KIND_NAMES))  # every kind, found or not
        for category in kinds:
            name = KIND_NAMES.get(category, category.capitalize())
            self.category_filter.addItem(f"{name} ({counts.get(category, 0)})",
                                         category)
        self.category_filter.setCurrentIndex(max(self.category_filter.findData(chosen), 0) if chosen else 0)
        self.category_filter.blockSignals(False)

    def visible_findings(self) -> list[Diagnostic]:
        rule, category = self.rule_filter.currentData(), self.category_filter.currentData()
        return [d for d in self._findings if self.toggles.get(d.severity, self.toggles[INFO]).isChecked()
                and (rule is None or d.code == rule) and (category is None or d.category == category)]

    def _refill(self) -> None:
        selected = self.selected()
        key = _key(selected) if selected else None
        self.tree.setUpdatesEnabled(False)
        self.tree.clear()
        chosen = None
        for d in self.visible_findings():
            where = self._describe(d.location)
            item = QListWidgetItem(severity_icon(d.severity), f"{where} · {rule_title(d.code, d.name)}\n{d.message}")
            item.setData(Qt.ItemDataRole.UserRole, d)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{d.severity} at {where}: {d.message}")
            item.setToolTip(self._explain(d))
            self.tree.addItem(item)
            if key is not None and _key(d) == key:
                chosen = item
        if chosen is not None:
            self.tree.setCurrentItem(chosen)
        self.tree.setUpdatesEnabled(True)
        if not self.suppressed_toggle.isChecked():
            self.empty.setVisible(self.tree.count() == 0)
        self._update_buttons()

    def selected(self) -> Diagnostic | None:
        item = self.tree.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def select(self, finding: Diagnostic) -> None:
        for i in range(self.tree.count()):
            if self.tree.item(i).data(Qt.ItemDataRole.UserRole) is finding:
                self.tree.setCurrentRow(i)
                return

    def _update_buttons(self, *_) -> None:
        d = self.selected()
        self.fix_button.setEnabled(d is not None and d.fix is not None)
        self.ignore_button.setEnabled(d is not None)
        self.switch_off_button.setEnabled(d is not None)
        self.fix_all_button.setEnabled(any(x.fix is not None and x.fix.safe for x in self._findings))
        self.restore_button.setEnabled(self.suppressed.currentItem() is not None)

    def _jump(self, item: QListWidgetItem) -> None:
        self.jumpRequested.emit(item.data(Qt.ItemDataRole.UserRole))

    def _emit_selected(self, signal) -> None:
        d = self.selected()
        if d is not None:
            signal.emit(d)


def rule_title(code: str, name: str) -> str:
    """"RES301 preamble-end"; a LanguageTool code says its rule's name already ("LT-EN_A_VS_AN")."""
    return code if not name or code.endswith(name) else f"{code} {name}"


def _key(d: Diagnostic) -> tuple:
    return d.code, d.location.path, d.location.start, d.location.footnote
