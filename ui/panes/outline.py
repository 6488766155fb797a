"""The outline: title, body line, preamble, operative paragraphs with their subparagraphs, annexes.

Built from the bridge's block entries (labels included), so it always shows the numbers
the text shows.  Activating an item moves the cursor to that paragraph.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from drafting.model import Paragraph
from drafting.model import is_heading as model_is_heading
from ui.editor.kinds import HEAD, Kind

WORDS = 7


def is_heading(element: object) -> bool:
    return isinstance(element, Paragraph) and model_is_heading(element)


def _table_of(path: tuple) -> tuple | None:
    """The path of the table a read-only line shows (its caption or a row), or None."""
    for i, item in enumerate(path):
        if item in ("cell", "table_title"):
            return path[:i]
    return None


def _snippet(text: str) -> str:
    words = text.split()
    return " ".join(words[:WORDS]) + (" …" if len(words) > WORDS else "") if words else "(empty)"


class OutlinePane(QTreeWidget):
    jumpRequested = Signal(int)  # block number

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAccessibleName("Outline")
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setIndentation(14)
        self._items: dict[int, QTreeWidgetItem] = {}
        self.itemActivated.connect(self._activated)
        self.itemClicked.connect(self._activated)

    def rebuild(self, document) -> None:
        expanded = {self.topLevelItem(i).text(0).split(" (")[0] for i in range(self.topLevelItemCount())
                    if not self.topLevelItem(i).isExpanded()}
        self.setUpdatesEnabled(False)
        self.clear()
        self._items.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        parents: list[QTreeWidgetItem] = []
        counts: dict[str, int] = {}

        def group(name: str, number: int) -> QTreeWidgetItem:
            if name not in groups:
                item = QTreeWidgetItem([name])
                item.setData(0, Qt.ItemDataRole.UserRole, number)
                self.addTopLevelItem(item)
                groups[name] = item
                item.setExpanded(name not in expanded)
            return groups[name]

        annex_name = "Annex"
        fixed_group: QTreeWidgetItem | None = None
        table_at: tuple | None = None  # the path of the table whose lines are being passed
        for number, entry in enumerate(document.entries):
            kind, text = entry.kind, getattr(entry.element, "text", "")
            if kind == Kind.FIXED and _table_of(entry.fixed.path) is not None:
                line = entry.fixed
                if _table_of(line.path) == table_at:
                    continue  # one outline row a table, on its first line
                table_at = _table_of(line.path)
                item = QTreeWidgetItem([f"Table: {_snippet(line.inline.text)} (read-only)"])
                where = {"preamble": "Preamble", "operative": "Operative part"}.get(line.path[0], annex_name)
                (fixed_group if line.path[0] == "section" and fixed_group else group(where, number)).addChild(item)
                item.setData(0, Qt.ItemDataRole.UserRole, number)
                self._items[number] = item
                continue
            table_at = None
            if kind == Kind.FIXED:
                line = entry.fixed
                text = line.inline.text
                item = QTreeWidgetItem([f"{line.label or '•'}  {_snippet(text)}" if line.label or line.depth
                                        else _snippet(text)])
                if line.path[0] == "instruction" and line.depth == 0:
                    group("Instructions (read-only)", number).addChild(item)
                    parents = [item]
                elif line.path[0] == "instruction":
                    (parents[0] if parents else group("Instructions (read-only)", number)).addChild(item)
                elif line.path == ("section_title",):  # the first text's own label and title
                    item.setText(0, " ".join(part for part in (line.label, _snippet(text) if text else "") if part))
                    self.addTopLevelItem(item)
                elif line.path[-1] == "title" and len(line.path) == 3:  # a further text begins
                    name = " ".join(part for part in (line.label, _snippet(text) if text else "") if part)
                    fixed_group = group(f"{name or 'Further text'} (read-only)", number)
                    item = fixed_group
                    parents = []
                elif line.depth == 0 or not parents:
                    (fixed_group or group("Further text (read-only)", number)).addChild(item)
                    parents = [item]
                else:
                    parents[min(line.depth, len(parents)) - 1].addChild(item)
                    parents = parents[:line.depth] + [item]
                item.setData(0, Qt.ItemDataRole.UserRole, number)
                item.setToolTip(0, text[:400])
                self._items[number] = item
                continue
            if kind == Kind.TITLE:
                item = QTreeWidgetItem(["Title: " + _snippet(text)])
                self.addTopLevelItem(item)
            elif kind == Kind.BODY:
                item = QTreeWidgetItem(["Body line: " + _snippet(text)])
                self.addTopLevelItem(item)
            elif kind == Kind.PREAMBULAR and is_heading(entry.element):
                item = QTreeWidgetItem([f"Heading: {_snippet(text)}"])
                group("Preamble", number).addChild(item)
                parents = []
            elif kind == Kind.PREAMBULAR:
                counts["pp"] = counts.get("pp", 0) + 1
                item = QTreeWidgetItem([f"PP{counts['pp']}  {_snippet(text)}"])
                group("Preamble", number).addChild(item)
                parents = [item]
            elif kind == Kind.ANNEX_HEADING:
                annex_name = entry.element.heading or "Annex"
                item = group(annex_name, number)
                parents = [item]
                continue
            elif kind == Kind.ANNEX_TITLE:
                item = QTreeWidgetItem(["Title: " + _snippet(text)])
                group(annex_name, number).addChild(item)
            elif is_heading(entry.element):
                item = QTreeWidgetItem([f"Heading: {_snippet(text)}"])
                group("Operative part" if kind == Kind.OPERATIVE else annex_name, number).addChild(item)
                parents = []
            else:
                depth = entry.depth if kind in HEAD else 0
                item = QTreeWidgetItem([f"{entry.label or '•'}  {_snippet(text)}"])
                if depth == 0:
                    top = group("Operative part", number) if kind == Kind.OPERATIVE else group(annex_name, number)
                    top.addChild(item)
                    parents = [item]
                else:
                    part = "Preamble" if kind == Kind.PREAMBULAR_SUBPARAGRAPH else "Operative part"
                    parent = parents[min(depth, len(parents)) - 1] if parents else group(part, number)
                    parent.addChild(item)
                    parents = parents[:depth] + [item]
            item.setData(0, Qt.ItemDataRole.UserRole, number)
            item.setToolTip(0, text[:400])
            self._items[number] = item
        for name, item in groups.items():
            if name in ("Preamble", "Operative part"):
                counted = sum(1 for i in range(item.childCount()) if not item.child(i).text(0).startswith("Heading: "))
                item.setText(0, f"{name} ({counted})")
        self.setUpdatesEnabled(True)

    def follow(self, block_number: int) -> None:
        """Show the item of the paragraph the cursor is in."""
        item = self._items.get(block_number)
        if item is not None and self.currentItem() is not item:
            self.blockSignals(True)
            self.setCurrentItem(item)
            self.scrollToItem(item)
            self.blockSignals(False)

    def _activated(self, item: QTreeWidgetItem) -> None:
        number = item.data(0, Qt.ItemDataRole.UserRole)
        if number is not None:
            self.jumpRequested.emit(number)
