"""Recovery files: the open document, written every few seconds, so that a crash loses at most those.

Each editor session owns one file, ``<data dir>/recovery/<session>.json``, written atomically:
the document as a .unres would hold it, the file it came from, when it was written and
the writing process.  A clean close or a save removes it.  A file whose process is no
longer running was left by a crash: the next start lists it (``leftovers``) and offers
to restore it.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError
from .files import read_bytes, write_atomic
from .model import Resolution
from .settings import data_dir

FORMAT = "resolute.recovery"
SUFFIX = ".recovery.json"


def recovery_dir() -> Path:
    return data_dir() / "recovery"


@dataclass
class Leftover:
    """A recovery file left by a session that did not end cleanly."""

    path: Path
    original: str | None  # the file the document was opened from or saved as
    written: float  # seconds since the epoch
    title: str

    def load(self) -> Resolution:
        from . import native  # not needed to list the leftovers at start-up

        doc = json.loads(read_bytes(self.path))
        return native.loads(json.dumps(doc["document"]), self.path)

    def discard(self) -> None:
        _unlink(self.path)


class Session:
    """The recovery file of one open document."""

    def __init__(self, folder: Path | None = None):
        self.folder = folder or recovery_dir()
        self.path = self.folder / f"{os.getpid()}-{time.time_ns()}{SUFFIX}"

    def write(self, res: Resolution, original: str | Path | None) -> None:
        from . import native

        self.folder.mkdir(parents=True, exist_ok=True)
        doc = {"format": FORMAT, "original": str(original) if original else None, "written": time.time(),
               "pid": os.getpid(), "host": host_name(), "title": res.title.text,
               "document": json.loads(native.dumps(res))}
        write_atomic(self.path, json.dumps(doc, ensure_ascii=False).encode("utf-8"))

    def discard(self) -> None:
        _unlink(self.path)


def leftovers(folder: Path | None = None) -> list[Leftover]:
    """Recovery files of sessions that are no longer running, newest first.

    A file that cannot be read is moved aside (``.damaged``) rather than offered or deleted.
    """
    folder = folder or recovery_dir()
    found = []
    for path in sorted(folder.glob(f"*{SUFFIX}")) if folder.is_dir() else []:
        try:
            doc = json.loads(read_bytes(path))
            if not isinstance(doc, dict) or doc.get("format") != FORMAT or not isinstance(doc.get("document"), dict):
                raise ValueError
        except (InputError, ValueError, UnicodeDecodeError):
            _set_aside(path)
            continue
        if doc.get("host") == host_name() and _running(doc.get("pid")):
            continue  # another window of a running Resolute
        found.append(Leftover(path, doc.get("original"), float(doc.get("written") or 0), str(doc.get("title") or "")))
    return sorted(found, key=lambda f: f.written, reverse=True)


def host_name() -> str:
    """This computer's name: process ids only mean something on the computer that wrote them."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    return os.environ.get("COMPUTERNAME", "")


def _running(pid) -> bool:
    if not isinstance(pid, int) or pid <= 0:
        return False
    if pid == os.getpid():
        return True
    if os.name == "nt":
        return _running_windows(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _running_windows(pid: int) -> bool:  # pragma: no cover - Windows only
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]  # ctypes has windll on Windows only
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return False
    try:
        code = ctypes.c_ulong()
        return bool(kernel32.GetExitCodeProcess(handle, ctypes.byref(code))) and code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def _set_aside(path: Path) -> None:
    with contextlib.suppress(OSError):
        os.replace(path, path.with_name(path.name + ".damaged"))


def _unlink(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
