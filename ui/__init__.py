"""Resolute's desktop editor (PySide6).  Thin: everything it knows about resolutions comes from drafting/.

PySide6 6.12 on CPython 3.11 drops one reference to ``None`` each time Qt calls a Python
override of a void virtual function (paintEvent, keyPressEvent, highlightBlock,
QUndoCommand.undo …) and one reference to ``True`` on each ``Signal.emit()``.  These
objects start with a few thousand references, so an editing session would end in "Fatal
Python error: deallocating None" (or True) within minutes.  CPython 3.12 made them
immortal; on older versions the same is done here, once, on import: a reference count no
session can use up.  (Reproduction: emit a signal 10,000 times in a loop.)
"""

import sys


def _immortalize_singletons() -> None:
    if sys.version_info >= (3, 12) or hasattr(sys, "gettotalrefcount") or sys.implementation.name != "cpython":
        return  # immortal already, or a debug build whose object header differs
    import ctypes

    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 40


_immortalize_singletons()
