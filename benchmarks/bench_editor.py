"""Editor benchmark on a 400-operative-paragraph resolution: open, keystroke, renumber, start-up, memory.

Keystrokes are QTest key events, timed from the event to a synchronous repaint of the
editor (the italics of the opening phrase are drawn by then).  Start-up is measured in
subprocesses, against a bare PySide6 QMainWindow started the same way in the same run.
Prints each figure beside its target; exits 0 (figures, not a pass/fail test).
"""

from __future__ import annotations

import copy
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

OPERATIVE = 400
KEYSTROKES = 300
STARTS = 5

# Shown: the first round of events after show() has painted the window.  Work a window defers
# until after its first paint (Resolute's side panes) is not counted: the user already sees it.
BARE = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1400, 900)
window.show()
app.processEvents()
print("shown", flush=True)
"""
RESOLUTE = f"""
import sys
sys.path.insert(0, {str(ROOT)!r})
from ui.app import application, start
app = application()
window = start()
app.processEvents()
print("shown", flush=True)
"""


def big_resolution():
    from drafting.native import load

    sample = load(ROOT / "resources" / "samples" / "ctoc-cop-11-trafficking.unres")
    ops = []
    while len(ops) < OPERATIVE:
        ops.extend(copy.deepcopy(p) for p in sample.operative)
    sample.operative = ops[:OPERATIVE]
    return sample


def start_times(scripts: dict[str, str], env: dict) -> dict[str, float]:
    """Seconds from launching the interpreter to the window being shown, the median of STARTS runs each.

    The scripts take turns, so that the load other programs put on the machine falls on both
    alike; one round first, not counted, compiles the bytecode as an installed app has it.
    """
    times: dict[str, list[float]] = {name: [] for name in scripts}
    for _ in range(STARTS + 1):
        for name, script in scripts.items():
            began = time.perf_counter()
            proc = subprocess.Popen([sys.executable, "-c", script], env=env, stdout=subprocess.PIPE,
                                    stderr=subprocess.DEVNULL, text=True)
            line = proc.stdout.readline()
            times[name].append(time.perf_counter() - began)
            proc.kill()
            proc.wait()
            if line.strip() != "shown":
                raise SystemExit(f"the {name} start-up script did not show a window: {line!r}")
    return {name: statistics.median(values[1:]) for name, values in times.items()}


def rss_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def p95(values: list[float]) -> float:
    return sorted(values)[int(0.95 * (len(values) - 1))]


def row(name: str, value: str, target: str, ok: bool) -> None:
    print(f"  {name:<44} {value:>12}   target {target:<22} {'ok' if ok else 'OVER'}")


def main() -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextCursor
    from PySide6.QtTest import QTest

    from drafting import native
    from drafting.settings import Settings
    from ui.app import application
    from ui.editor.kinds import Kind
    from ui.window.main_window import MainWindow

    with tempfile.TemporaryDirectory(prefix="bench-editor-") as tmp:
        env = dict(os.environ, RESOLUTE_CONFIG_DIR=f"{tmp}/config", RESOLUTE_DATA_DIR=f"{tmp}/data",
                   PYTHONPYCACHEPREFIX=f"{tmp}/bytecode")
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        os.environ.update(RESOLUTE_CONFIG_DIR=f"{tmp}/config", RESOLUTE_DATA_DIR=f"{tmp}/data")
        path = Path(tmp) / "big.unres"
        native.save(big_resolution(), path)

        starts = start_times({"bare": BARE, "resolute": RESOLUTE}, env)
        bare, ours = starts["bare"], starts["resolute"]

        app = application()
        window = MainWindow(Settings(), persist=False)
        window.resize(1400, 900)
        window.show()
        app.processEvents()
        began = time.perf_counter()
        window.file_actions.open_path(path)
        window.editor.viewport().repaint()
        app.processEvents()
        opened = time.perf_counter() - began
        began = time.perf_counter()
        findings = window.checker.run_now()
        first_check = time.perf_counter() - began  # with the spelling dictionary's one-time load
        window.checker.restart()
        began = time.perf_counter()
        findings = window.checker.run_now()
        checked = time.perf_counter() - began

        editor, doc = window.editor, window.doc
        # Keystrokes: a new preambular paragraph typed letter by letter ("Recalling also …").
        last_pp = max(n for n, e in enumerate(doc.entries) if e.kind == Kind.PREAMBULAR)
        cursor = QTextCursor(doc.findBlockByNumber(last_pp))
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        editor.setTextCursor(cursor)
        QTest.keyClick(editor, Qt.Key.Key_Return)
        editor.dismiss_offer()
        text = ("Recalling also the Global Plan of Action to Combat Trafficking in Persons, and welcoming the "
                "progress made in its implementation by Member States and by the Office, ") * 3
        keystrokes = []
        for ch in text[:KEYSTROKES]:
            began = time.perf_counter()
            QTest.keyClick(editor, ch)
            editor.viewport().repaint()
            keystrokes.append(time.perf_counter() - began)
        editor.completer.hide()
        italic = [r for r in editor.textCursor().block().layout().formats() if r.format.fontItalic()]
        assert italic and italic[0].length == len("Recalling also"), "the opening phrase was not drawn in italics"
        began = time.perf_counter()
        findings = window.checker.run_now()
        rechecked = time.perf_counter() - began

        # Renumber: a new operative paragraph 2 (Enter at the end of paragraph 1); 399 numbers follow.
        first_op = next(n for n, e in enumerate(doc.entries) if e.kind == Kind.OPERATIVE)
        renumbers = []
        for _ in range(5):
            cursor = QTextCursor(doc.findBlockByNumber(first_op))
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
            editor.setTextCursor(cursor)
            began = time.perf_counter()
            QTest.keyClick(editor, Qt.Key.Key_Return)
            editor.viewport().repaint()
            renumbers.append(time.perf_counter() - began)
            assert doc.label_of(doc.blockCount() - 1) == f"{len(doc.res.operative)}."
            window.history.undo()
        memory = rss_mb()
        window._quiet()

    print(f"bench_editor: {OPERATIVE} operative paragraphs, {len(doc.res.preamble)} preambular, "
          f"{doc.blockCount()} blocks, {len(findings)} findings")
    row("open the file (import, render, first paint)", f"{opened * 1000:.0f} ms", "< 1000 ms", opened < 1)
    row("keystroke to repaint, 95th percentile", f"{p95(keystrokes) * 1000:.1f} ms", "< 16 ms",
        p95(keystrokes) < 0.016)
    row("keystroke to repaint, median", f"{statistics.median(keystrokes) * 1000:.1f} ms", "(informative)", True)
    row("renumber after inserting operative 2, worst of 5", f"{max(renumbers) * 1000:.1f} ms", "< 50 ms",
        max(renumbers) < 0.05)
    row("start to a shown window: Resolute", f"{ours * 1000:.0f} ms", "", True)
    row("start to a shown window: bare QMainWindow", f"{bare * 1000:.0f} ms", "(floor, same run)", True)
    row("start-up ratio Resolute / bare", f"{ours / bare:.2f}x", "< 2.0x", ours / bare < 2)
    row("resident memory after all of this", f"{memory:.0f} MB", "< 250 MB", memory < 250)
    row("first check (spelling dictionary loading)", f"{first_check * 1000:.0f} ms", "(after a pause; informative)",
        True)
    row("full check of the document", f"{checked * 1000:.0f} ms", "(after a pause; informative)", True)
    row("incremental check after typing a paragraph", f"{rechecked * 1000:.0f} ms", "(after a pause; informative)",
        True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
