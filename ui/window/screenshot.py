"""``resolute screenshot FILE -o OUT.png [--size WxH] [--compare OLD [--side-by-side]]``: the main window
with FILE open, or the compare view of OLD and FILE, drawn offscreen.

For the README's pictures and for looking at the editor without a display.  The user's
settings are read-only here: a screenshot never changes the recent files or the layout.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from drafting.errors import InputError

_SIZE = re.compile(r"^(\d{3,5})x(\d{3,5})$")


def add_parser(sub) -> None:
    p = sub.add_parser("screenshot", help="render the editor with FILE open to a PNG, without a display")
    p.add_argument("file")
    p.set_defaults(run=run)
    p.add_argument("-o", "--output", required=True, help="the PNG to write")
    p.add_argument("--size", default="1400x900", help="window size WIDTHxHEIGHT (default 1400x900)")
    p.add_argument("--tab", choices=("issues", "masthead", "footnotes"), default="issues",
                   help="the side pane to show (default issues)")
    p.add_argument("--find", metavar="TEXT", help="scroll to the first place where TEXT stands (with --compare: "
                                                  "to the first change whose description holds TEXT)")
    p.add_argument("--compare", metavar="OLD", help="draw the compare view of OLD (an earlier version) and FILE")
    p.add_argument("--side-by-side", action="store_true", help="with --compare: the two versions in columns")


def run(args) -> int:
    source, target = Path(args.file), Path(args.output)
    size = _SIZE.match(args.size)
    if size is None:
        raise InputError(None, f"--size {args.size}: give it as WIDTHxHEIGHT, e.g. 1400x900")
    if target.suffix.lower() != ".png":
        raise InputError(target, "the screenshot is a PNG; give the output a .png name")
    if target.exists() and source.exists() and target.resolve() == source.resolve():
        raise InputError(target, "the output would overwrite the input; choose another name")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from drafting.importers import load_document

    result = load_document(source)  # bad input: one line and exit code 2, before any window
    old = load_document(args.compare).resolution if args.compare else None
    image = render(result.resolution, source, int(size.group(1)), int(size.group(2)), args.tab, args.find,
                   (old, Path(args.compare).name, args.side_by_side) if old is not None else None)
    from drafting.files import write_atomic

    write_atomic(target, image)
    print(f"{target}: {size.group(1)}x{size.group(2)} screenshot of {source.name}")
    return 0


def render(res, source: Path, width: int, height: int, tab: str = "issues", find: str | None = None,
           compare: tuple | None = None) -> bytes:
    """PNG bytes of a main window showing ``res``, or of its compare view with ``compare``:
    (the old resolution, its name, side by side?)."""
    from PySide6.QtCore import QBuffer, QIODevice

    from drafting import settings as settings_store
    from ui.app import application
    from ui.window.main_window import MainWindow

    app = application()
    _quiet_offscreen_warnings()
    settings, _ = settings_store.load()
    settings.window = ""  # the default layout, whatever the user's is
    window = MainWindow(settings, persist=False)
    window.new_document(res, source=source, path=source if source.suffix.lower() == ".unres" else None)
    window.resize(width, height)
    window.show()
    window.ensure_panes()
    window.tabs.setCurrentWidget({"issues": window.issues, "masthead": window.masthead,
                                  "footnotes": window.footnotes}[tab])
    for _ in range(3):
        app.processEvents()
    window.checker.run_now()
    if find and compare is None:
        found = window.doc.find(find)
        if found.isNull():
            raise InputError(source, f"--find: “{find}” is not in the text")
        found.setPosition(found.selectionStart())  # the cursor there, nothing selected
        window.editor.setTextCursor(found)
        bar = window.editor.verticalScrollBar()
        bar.setValue(bar.value() + window.editor.cursorRect().top() - window.editor.viewport().height() // 4)
    window._refresh_views()
    shown = window
    if compare is not None:
        old, name, side_by_side = compare
        shown = window.compare_actions.open_compare(old, name)
        shown.resize(width, height)
        shown.side_by_side.setChecked(side_by_side)
        entries = shown.compared.entries
        chosen = [i for i, entry in enumerate(entries)
                  if (find in entry.description if find else entry.kind != "header")]
        if find and not chosen:
            raise InputError(source, f"--find: no change “{find}” between the versions")
        shown.list.setCurrentRow(chosen[0] if chosen else 0)  # by default the first change of the text
    app.processEvents()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    shown.grab().save(buffer, "PNG")
    window.close()
    window.deleteLater()
    app.processEvents()
    return bytes(buffer.data())


def _quiet_offscreen_warnings() -> None:
    """The offscreen platform says what it cannot do (raise windows, grab the keyboard): not news here."""
    import sys

    from PySide6.QtCore import qInstallMessageHandler

    def handler(_mode: object, _context: object, message: str) -> None:
        if "This plugin does not support" not in message:
            sys.stderr.write(message + "\n")

    qInstallMessageHandler(handler)
