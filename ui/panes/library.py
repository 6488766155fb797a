"""The Library pane: search the library of agreed language as you type, insert a result at the cursor.

Typing waits for a pause (``DELAY_MS``), then searches in a worker thread, so the editor never
waits for the database; only the answer to the latest text is shown.  Each result shows the
document's symbol, date and paragraph, with the matched words in bold.  Enter, a double click
or "Insert" asks the window to insert the selected result as a preambular or operative
paragraph, optionally with a paragraph recalling the source resolution or a footnote citing it.
"""

from __future__ import annotations

import contextlib
import html
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from drafting.library import Hit, Library

DELAY_MS = 250
LIMIT = 30
PREAMBULAR, OPERATIVE = "preamble", "operative"


def highlighted(text: str, spans: list[tuple[int, int]]) -> str:
    """The text as HTML with the matched spans in bold."""
    out, at = [], 0
    for start, end in spans:
        out.append(html.escape(text[at:start]))
        out.append(f"<b>{html.escape(text[start:end])}</b>")
        at = end
    out.append(html.escape(text[at:]))
    return "".join(out)


def heading(hit: Hit) -> str:
    from drafting.library.extract import printed_date

    return " · ".join(x for x in (hit.symbol, printed_date(hit.date), hit.label) if x)


class LibraryPane(QWidget):
    insertRequested = Signal(object, str, bool, bool)  # Hit, part, with a Recalling paragraph, with a footnote
    failed = Signal(object)  # the error a search met (a damaged library, say)
    _answered = Signal(int, object, object)  # generation, hits, error: posted by the worker

    def __init__(self, library: Callable[[], Library | None], parent: QWidget | None = None):
        """``library`` gives the open library, or None when there is none (called on the worker thread)."""
        super().__init__(parent)
        self.setAccessibleName("Library")
        self._library = library
        self._generation = 0
        self._running = False
        self._again = False
        self.hits: list[Hit] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.field = QLineEdit()
        self.field.setPlaceholderText('Search agreed language: words, or "an exact phrase"')
        self.field.setAccessibleName("Search the library")
        self.field.setClearButtonEnabled(True)
        self.field.textChanged.connect(self._typed)
        self.field.returnPressed.connect(self.insert_selected)
        layout.addWidget(self.field)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.results = QListWidget()
        self.results.setAccessibleName("Library results")
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.itemActivated.connect(lambda _item: self.insert_selected())
        layout.addWidget(self.results, 1)
        options = QHBoxLayout()
        self.part = QComboBox()
        self.part.addItem("as preambular", PREAMBULAR)
        self.part.addItem("as operative", OPERATIVE)
        self.part.setAccessibleName("Insert as")
        options.addWidget(self.part)
        self.recall = QCheckBox("Recalling paragraph")
        self.recall.setToolTip("Also insert “Recalling its resolution … of …,” in the preamble")
        options.addWidget(self.recall)
        self.footnote = QCheckBox("Source footnote")
        self.footnote.setToolTip("Cite the source in a footnote after the paragraph")
        options.addWidget(self.footnote)
        options.addStretch(1)
        self.insert_button = QPushButton("&Insert")
        self.insert_button.setToolTip("Insert the selected paragraph at the cursor (Enter)")
        self.insert_button.clicked.connect(self.insert_selected)
        options.addWidget(self.insert_button)
        layout.addLayout(options)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self._answered.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self.results.currentRowChanged.connect(self._selected)
        self._selected(-1)

    # -- searching -----------------------------------------------------------------------

    def _typed(self, _text: str) -> None:
        self._generation += 1
        self._timer.start()

    def busy(self) -> bool:
        return self._running or self._timer.isActive()

    def search_now(self) -> None:
        self._timer.stop()
        if self._running:
            self._again = True
            return
        self._running = True
        generation, text = self._generation, self.field.text()
        threading.Thread(target=self._work, args=(generation, text), name="LibrarySearch", daemon=True).start()

    def _work(self, generation: int, text: str) -> None:
        hits: Any = None
        error: BaseException | None = None
        try:
            library = self._library()
            hits = library.search(text, limit=LIMIT, typing=True) if library is not None and text.strip() else []
            if library is None:
                error = LookupError("no library yet: Library ▸ Add Folder to Library…")
        except Exception as exc:  # noqa: BLE001 - shown in the pane; the editor goes on
            error = exc
        with contextlib.suppress(RuntimeError):  # the pane was closed meanwhile
            self._answered.emit(generation, hits, error)

    def _show(self, generation: int, hits: list[Hit] | None, error: BaseException | None) -> None:
        self._running = False
        if generation == self._generation:
            if error is not None:
                self.status.setText(str(error))
                self._fill([])
                self.failed.emit(error)
            else:
                self._fill(hits or [])
                text = self.field.text().strip()
                count = len(self.hits)
                self.status.setText("" if not text else f"{count}{'+' if count == LIMIT else ''} "
                                                        f"paragraph{'s' if count != 1 else ''} found")
        if self._again or generation != self._generation:
            self._again = False
            self._timer.start()

    def _fill(self, hits: list[Hit]) -> None:
        self.hits = hits
        self.results.clear()
        for hit in hits:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{heading(hit)}: {hit.text}")
            label = QLabel(f"<div style='color:#555'>{html.escape(heading(hit))}</div>"
                           f"<div>{highlighted(hit.text, hit.matches)}</div>")
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setContentsMargins(4, 4, 4, 4)
            label.setToolTip(hit.title)
            width = max(self.results.viewport().width() - 12, 200)
            item.setSizeHint(QSize(width, label.heightForWidth(width) + 4))
            self.results.addItem(item)
            self.results.setItemWidget(item, label)
        if hits:
            self.results.setCurrentRow(0)

    def show_message(self, text: str) -> None:
        self.status.setText(text)

    # -- inserting -----------------------------------------------------------------------

    def _selected(self, row: int) -> None:
        self.insert_button.setEnabled(0 <= row < len(self.hits))
        if 0 <= row < len(self.hits):
            hit = self.hits[row]
            index = self.part.findData(PREAMBULAR if hit.part == PREAMBULAR else OPERATIVE)
            self.part.setCurrentIndex(index)
            self.recall.setEnabled(bool(hit.number))

    def selected(self) -> Hit | None:
        row = self.results.currentRow()
        return self.hits[row] if 0 <= row < len(self.hits) else None

    def insert_selected(self, part: str | None = None) -> None:
        hit = self.selected()
        if hit is None:
            return
        self.insertRequested.emit(hit, part or self.part.currentData(), self.recall.isChecked() and bool(hit.number),
                                  self.footnote.isChecked())
