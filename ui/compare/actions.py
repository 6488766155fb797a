"""What the window does with versions: a new draft from a previous text, and comparing.

"New Draft from Previous Text…" makes next session's draft of an adopted resolution or an
earlier draft (drafting.revisions) and opens it untitled; the base text is kept in the
draft (saved in its .unres), so "Compare with Base" works for as long as the draft lives,
and the updates it probably needs are among the findings (ui/checking.py).  The compare
modules are imported when first used, not at start.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog

from drafting.errors import InputError
from drafting.model import Resolution
from ui import lazy
from ui.window.controller import Controller, Menus

if TYPE_CHECKING:
    from ui.compare.view import CompareView


class CompareController(Controller):
    """New drafts from a previous text, and the compare view of one window."""

    compare_view: CompareView | None = None

    def add_actions(self, menus: Menus) -> None:
        menus["file"].addSeparator()
        menus.add("file", "New &Draft from Previous Text…", self.new_draft_from_previous, None,
                  "new_draft_from_previous")
        self.compare_base_action = menus.add("file", "Compare with &Base", self.compare_with_base, "Ctrl+Alt+B",
                                             "compare_with_base")
        menus.add("file", "&Compare with File…", self.compare_with_file, None, "compare_with_file")

    def document_loaded(self) -> None:
        self.compare_base_action.setEnabled(self.has_base())

    def closing(self) -> None:
        if self.compare_view is not None:
            self.compare_view.close()

    def read_version(self, path: Path | None, title: str) -> tuple[Path, Resolution] | None:
        """(path, resolution) of another version, chosen in a dialog when ``path`` is None; None if none."""
        if path is None:
            here = self.window.path or self.window.source
            name, _ = QFileDialog.getOpenFileName(self.window, title, str(here.parent) if here else "",
                                                  lazy.files().OPEN_FILTER)
            if not name:
                return None
            path = Path(name)
        try:
            return Path(path), lazy.files().read(Path(path)).resolution
        except InputError as exc:
            lazy.dialogs().show_error(self.window, f"{title}: the file cannot be read", exc)
            return None

    def new_draft_from_previous(self, path: Path | None = None) -> bool:
        found = self.read_version(path, "New Draft from Previous Text")
        if found is None:
            return False
        path, base = found
        from drafting.revisions import new_draft_from, revision_suggestions

        draft = new_draft_from(base)
        if self.window.is_pristine():
            self.window.new_document(draft)
        else:
            self.window.windowRequested.emit(draft)
        count = len(revision_suggestions(draft))
        where = base.masthead.symbol.text or path.name
        self.window.statusBar().showMessage(f"New draft from {where}: {count} suggested update{'s' * (count != 1)} "
                                     f"among the findings; Compare with Base shows what you change.", 10000)
        return True

    def has_base(self) -> bool:
        return isinstance(self.window.doc.res.meta.base, dict)

    def compare_with_base(self) -> CompareView | None:
        """The compare view of the remembered base text and the document as it is now."""
        from drafting.revisions import base_of

        try:
            base = base_of(self.window.doc.res)
        except InputError as exc:
            lazy.dialogs().show_error(self.window, "Cannot compare", exc)
            return None
        if base is None:
            self.window.statusBar().showMessage("This document was not made from a previous text: it has no base.",
                                                6000)
            return None
        name = self.window.doc.res.meta.base.get("symbol") or "the base text"
        return self.open_compare(base, f"Base ({name})", ())

    def compare_with_file(self, path: Path | None = None) -> CompareView | None:
        """The compare view of another version (chosen in a dialog) and the document as it is now."""
        found = self.read_version(path, "Compare with File")
        if found is None:
            return None
        path, other = found
        return self.open_compare(other, path.name, (path,))

    def open_compare(self, old: Resolution, old_name: str, protected: tuple[Path, ...] = ()) -> CompareView:
        """The compare view of ``old`` (another version) and the document as it is now."""
        from ui.compare.view import CompareView

        if self.compare_view is not None:
            self.compare_view.close()
        window = self.window
        own = tuple(p for p in (window.path, window.source) if p is not None)
        here = window.path.name if window.path else window.doc.res.masthead.symbol.text or window.display_name()
        view = CompareView(old, copy.deepcopy(window.doc.res), old_name, here, author=window.settings.author,
                           protected=protected + own, font=window.editor.page_font(), parent=window)
        view.finished.connect(self._compare_closed)
        self.compare_view = view
        view.show()
        view.activateWindow()
        return view

    def _compare_closed(self, *_) -> None:
        self.compare_view = None
        self.window.activateWindow()
        self.window.editor.setFocus()
