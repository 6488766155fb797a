"""The outline: title, body line, an amendment's instructions, preamble, operative paragraphs with their
subparagraphs, annexes; each further text of the document (II, B …) as an item of its own with its parts.

Built from the bridge's block entries (labels included), so it always shows the numbers
the text shows.  Activating an item moves the cursor to that paragraph.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from drafting.model import DECISION_KINDS, Paragraph, first_words
from drafting.model import is_heading as model_is_heading
from ui.editor.kinds import HEAD, Kind

WORDS = 7


def is_heading(element: object) -> bool:
    return isinstance(element, Paragraph) and model_is_heading(element)


def _head_name(label: str, title: str) -> str:
    """"II Conditions of service …": a text's label and the start of its title."""
    return " ".join(part for part in (label, _snippet(title) if title else "") if part)


def _snippet(text: str) -> str:
    return first_words(text, WORDS) if text.split() else "(empty)"


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
        text_item: QTreeWidgetItem | None = None  # a further text: its parts are grouped under it
        all_groups: list[tuple[str, QTreeWidgetItem]] = []

        def group(name: str, number: int) -> QTreeWidgetItem:
            if name not in groups:
                item = QTreeWidgetItem([name])
                item.setData(0, Qt.ItemDataRole.UserRole, number)
                if text_item is None:
                    self.addTopLevelItem(item)
                    item.setExpanded(name not in expanded)
                else:
                    text_item.addChild(item)
                    item.setExpanded(True)
                groups[name] = item
                all_groups.append((name, item))
            return groups[name]

        annex_name = "Annex"
        table_item: QTreeWidgetItem | None = None  # the row of the table whose lines are being passed
        table_path: tuple = ()
        for number, entry in enumerate(document.entries):
            kind = entry.kind
            text = entry.inline.text if kind != Kind.ANNEX_HEADING else ""
            if kind == Kind.TABLE:
                line = entry.table_line
                if table_item is not None and entry.path[:-3 if line.row >= 0 else -1] == table_path:
                    self._items[number] = table_item  # one outline row a table, on its first line
                    continue
                table_path = entry.path[:-3 if line.row >= 0 else -1]
                table_item = QTreeWidgetItem([f"Table: {_snippet(text)}"])
                table_item.setToolTip(0, "Double-click the table in the text, or Ctrl+Alt+E, to edit it")
                where = {"preamble": "Preamble", "operative": "Operative part"}.get(line.part, annex_name)
                group(where, number).addChild(table_item)
                table_item.setData(0, Qt.ItemDataRole.UserRole, number)
                self._items[number] = table_item
                parents = []
                continue
            table_item = None
            if kind == Kind.TITLE:
                item = QTreeWidgetItem(["Title: " + _snippet(text)])
                self.addTopLevelItem(item)
            elif kind == Kind.TEXT_HEAD and entry.path == ("section_title",):  # the first text's own label and title
                item = QTreeWidgetItem([_head_name(entry.head.label, text)])
                self.addTopLevelItem(item)
            elif kind == Kind.TEXT_HEAD:  # a further text begins: its parts are counted afresh under it
                name = _head_name(entry.head.label, text) or "Further text"
                item = QTreeWidgetItem([name])
                self.addTopLevelItem(item)
                item.setExpanded(name.split(" (")[0] not in expanded)
                text_item, groups, counts, parents = item, {}, {}, []
            elif kind == Kind.BODY:
                decision = not text.split() and document.res.kind in DECISION_KINDS
                item = QTreeWidgetItem(["Body line: " + ("none (a decision)" if decision else _snippet(text))])
                (text_item.addChild(item) if text_item is not None else self.addTopLevelItem(item))
            elif kind == Kind.INSTRUCTION:
                item = QTreeWidgetItem([f"{entry.label or '•'}  {_snippet(text)}"])
                group("Instructions", number).addChild(item)
                parents = [item]
            elif kind == Kind.QUOTE:
                item = QTreeWidgetItem([f"{entry.label or '“'}  {_snippet(text)}"])
                parent = parents[min(entry.depth, len(parents)) - 1] if parents else group("Instructions", number)
                parent.addChild(item)
                parents = parents[:entry.depth] + [item]
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
        for name, item in all_groups:
            if name in ("Preamble", "Operative part"):
                counted = sum(1 for i in range(item.childCount())
                              if not item.child(i).text(0).startswith(("Heading: ", "Table: ")))
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
