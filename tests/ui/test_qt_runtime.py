"""The pinned PySide6 keeps Python's reference counts straight.

PySide6-Essentials 6.12.0 on CPython 3.11 drops a reference to ``True`` on every
``Signal.emit()`` and to ``None`` on every Python override of a void virtual (paintEvent,
keyPressEvent …): an editing session ends in "Fatal Python error: deallocating None"
within minutes.  We pin a release without the bug; this test fails if an upgrade brings
it back.  It runs in a subprocess because the bug aborts the interpreter.
"""

from __future__ import annotations

import os
import subprocess
import sys

PROBE = r"""
import sys
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
class Emitter(QObject):
    changed = Signal(int)
emitter = Emitter()
emitter.changed.connect(lambda value: None)
class Canvas(QWidget):
    def paintEvent(self, event):
        pass
canvas = Canvas()
canvas.resize(40, 40)
canvas.show()
true_before, none_before = sys.getrefcount(True), sys.getrefcount(None)
for i in range(20000):
    emitter.changed.emit(i)
for _ in range(3000):
    canvas.repaint()
print(sys.getrefcount(True) - true_before, sys.getrefcount(None) - none_before)
"""


def test_signals_and_overrides_do_not_leak_singleton_references():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120, env=env)
    assert out.returncode == 0, out.stderr[-500:]
    true_delta, none_delta = map(int, out.stdout.split())
    assert true_delta > -100 and none_delta > -100, (true_delta, none_delta)
