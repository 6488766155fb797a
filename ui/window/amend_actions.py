"""What the window does with amendments: write one against a chosen draft, open one in its own window.

"Write Amendment…" (File menu) asks for the draft as tabled and writes the amendment that
turns it into the document as it is now; the compare view has the same button for the two
versions it compares.  A file that holds an amendment opens in an amendment window
(ui/compare/amendment_view.py), which shows its instructions and previews them on the draft.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from drafting.errors import InputError
from drafting.model import AMENDMENT, Resolution
from ui import lazy
from ui.window.controller import Controller, Menus


class AmendController(Controller):
    """Amendments in one window: write one against a draft; a file holding one opens in an amendment window."""

    def add_actions(self, menus: Menus) -> None:
        menus.add("file", "Write &Amendment…", self.write_amendment, None, "write_amendment")

    def write_amendment(self, base_path: Path | None = None) -> Any:
        """The amendment turning a chosen draft into this document, in its own window; None if none."""
        found = self.window.compare_actions.read_version(base_path, "Write Amendment: the draft as tabled")
        if found is None:
            return None
        path, base = found
        from ui.compare.amendment_view import write_and_show

        shown = write_and_show(base, copy.deepcopy(self.window.doc.res), base.masthead.symbol.text or path.name,
                               self.window)
        if shown is not None:
            shown.editRequested.connect(self.edit)
        return shown

    def opened_as_amendment(self, res: Resolution | None, path: Path) -> bool:
        """Show ``path`` in an amendment window when it holds an amendment (``res`` None: the importers
        could not read it as a resolution); False when it is not one."""
        from ui.compare.amendment_view import AmendmentWindow

        if res is None or (res.kind != AMENDMENT and not res.preamble and len(res.operative) <= 3):
            # what the importers read as no resolution, or as one with no preamble and a paragraph or
            # two, may be an amendment's instructions
            from drafting.amend.reader import amendment_resolution, read_amendment

            try:
                res = amendment_resolution(read_amendment(path))
            except InputError:
                return False
        if res.kind != AMENDMENT:
            return False
        window = AmendmentWindow(res, path=Path(path), parent=self.window)
        window.editRequested.connect(self.edit)
        window.show()
        window.activateWindow()
        self.window.statusBar().showMessage(f"{Path(path).name} is an amendment: it opens in its own window.", 8000)
        return True

    def edit(self, amendment: Resolution, path: Path | None) -> None:
        """An amendment in the editor: here when this window holds nothing yet, else in a new window."""
        if not self.window.is_pristine():
            self.window.windowRequested.emit(amendment)
            return
        files = lazy.files()
        native = path is not None and files.is_native(path)
        self.window.new_document(amendment, source=path, path=path if native else None)
