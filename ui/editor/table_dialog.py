"""The table editor: a table's caption, cells, rows, columns and head rows, changed in a grid.

Tables stand in the text as read-only lines (a row's cells side by side); this window edits them.
What it hands back keeps, cell by cell, the marks and footnotes of what was not retyped
(``drafting.table_edit``); OK applies the whole change as one undo step.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from drafting.model import Table
from drafting.table_edit import EditedCell, cell_texts, edited_table

ORIGIN = Qt.ItemDataRole.UserRole  # (row, column) of the cell in the table as it was


class TableDialog(QDialog):
    def __init__(self, table: Table, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Edit Table")
        self.before = table
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.caption = QLineEdit(table.title.text)
        self.caption.setAccessibleName("Caption")
        self.caption.setPlaceholderText("Caption above the table (optional)")
        form.addRow("&Caption", self.caption)
        self.head_rows = QSpinBox()
        self.head_rows.setAccessibleName("Head rows")
        self.head_rows.setRange(0, max(len(table.rows), 1))
        self.head_rows.setValue(table.header_rows)
        form.addRow("&Head rows (repeated on each page)", self.head_rows)
        layout.addLayout(form)
        texts = cell_texts(table)
        self.grid = QTableWidget(len(texts), table.columns)
        self.grid.setAccessibleName("Cells")
        self._name_columns()
        for r, row in enumerate(texts):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                item.setData(ORIGIN, (r, c))
                self.grid.setItem(r, c, item)
        self.grid.resizeColumnsToContents()
        self.grid.model().rowsInserted.connect(self._rows_changed)
        self.grid.model().rowsRemoved.connect(self._rows_changed)
        layout.addWidget(self.grid, 1)
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for name, text, slot in (("add_row", "Add &row", self.add_row), ("remove_row", "Remove ro&w", self.remove_row),
                                 ("add_column", "Add co&lumn", self.add_column),
                                 ("remove_column", "Remove colu&mn", self.remove_column)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
            self.buttons[name] = button
        buttons.addStretch(1)
        layout.addLayout(buttons)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        self.ok = box.button(QDialogButtonBox.StandardButton.Ok)
        layout.addWidget(box)
        self.resize(760, 420)

    # -- rows and columns ------------------------------------------------------------------

    def add_row(self) -> None:
        """A row below the current one (at the end without one)."""
        at = self.grid.currentRow() + 1 if self.grid.currentRow() >= 0 else self.grid.rowCount()
        self.grid.insertRow(at)
        for c in range(self.grid.columnCount()):
            self.grid.setItem(at, c, QTableWidgetItem(""))
        self.grid.setCurrentCell(at, 0)

    def remove_row(self) -> None:
        if self.grid.currentRow() >= 0 and self.grid.rowCount() > 1:
            self.grid.removeRow(self.grid.currentRow())

    def add_column(self) -> None:
        at = self.grid.currentColumn() + 1 if self.grid.currentColumn() >= 0 else self.grid.columnCount()
        self.grid.insertColumn(at)
        for r in range(self.grid.rowCount()):
            self.grid.setItem(r, at, QTableWidgetItem(""))
        self._name_columns()

    def remove_column(self) -> None:
        if self.grid.currentColumn() >= 0 and self.grid.columnCount() > 1:
            self.grid.removeColumn(self.grid.currentColumn())
            self._name_columns()

    def accept(self) -> None:
        """OK keeps what is typed in a cell still being edited (no Enter needed)."""
        editor = self.focusWidget()
        if editor is not None and self.grid.isAncestorOf(editor):
            self.grid.commitData(editor)
            self.grid.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        super().accept()

    def _name_columns(self) -> None:
        self.grid.setHorizontalHeaderLabels([f"Column {c + 1}" for c in range(self.grid.columnCount())])

    def _rows_changed(self, *_) -> None:
        self.head_rows.setMaximum(max(self.grid.rowCount(), 1))

    # -- the result ----------------------------------------------------------------------------

    def table(self) -> Table:
        """The table as the grid now has it."""
        grid = []
        for r in range(self.grid.rowCount()):
            row = []
            for c in range(self.grid.columnCount()):
                item = self.grid.item(r, c)
                origin = item.data(ORIGIN) if item is not None else None
                row.append(EditedCell(item.text() if item is not None else "",
                                      tuple(origin) if origin is not None else None))
            grid.append(row)
        caption = self.caption.text()
        return edited_table(self.before, caption if caption.strip() else "", grid, self.head_rows.value())
