"""Recovery files: the open document, written every few seconds, so that a crash loses at most those.

Each editor session owns one file, ``<data dir>/recovery/<session>.recovery.json``, written
atomically: the document as a .unres would hold it, the file it came from, when it was written
and the writing process.  A clean close or a save removes it.  A file whose process is no
longer running was left by a crash: the next start lists it (``leftovers``) and offers
to restore it.

Between two recovery writes, a journal beside it (``<session>.journal.jsonl``) gets a line
after each pause in typing (about a second): the document as it then stood, appended and
flushed to disk, which costs far less than rewriting the recovery file.  Writing the recovery
file empties the journal.  Restoring takes the newest complete line of the journal when it is
newer than the recovery file, so that a kill loses at most the last second or two of typing;
a line cut short by the kill is skipped.
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
JOURNAL_SUFFIX = ".journal.jsonl"
MAX_JOURNAL_BYTES = 16 * 1024 * 1024  # then the journal starts again with the latest state


def recovery_dir() -> Path:
    return data_dir() / "recovery"


def journal_path(recovery: Path) -> Path:
    return recovery.with_name(recovery.name[:-len(SUFFIX)] + JOURNAL_SUFFIX)


@dataclass
class Leftover:
    """A recovery file (or only a journal) left by a session that did not end cleanly."""

    path: Path
    original: str | None  # the file the document was opened from or saved as
    written: float  # seconds since the epoch
    title: str

    def load(self) -> Resolution:
        """The newest state: the journal's last entry when newer than the recovery file."""
        from . import native  # not needed to list the leftovers at start-up

        entry = last_entry(journal_path(self.path))
        if entry is not None and (entry["written"] >= self.written or not self.path.exists()):
            return native.loads(json.dumps(_as_unres(entry["document"])), journal_path(self.path))
        doc = json.loads(read_bytes(self.path))
        return native.loads(json.dumps(doc["document"]), self.path)

    def discard(self) -> None:
        _unlink(self.path)
        _unlink(journal_path(self.path))


def _as_unres(resolution: dict) -> dict:
    from . import native

    return {"format": native.FORMAT, "version": native.VERSION, "resolution": resolution}


def last_entry(journal: Path) -> dict | None:
    """The journal's newest complete entry ({"written", "original", "title", "document"}), or None."""
    try:
        lines = journal.read_bytes().splitlines()
    except OSError:
        return None
    for line in reversed(lines):
        try:
            entry = json.loads(line)
        except (ValueError, UnicodeDecodeError):
            continue  # cut short by the crash
        if isinstance(entry, dict) and isinstance(entry.get("document"), dict) and \
                isinstance(entry.get("written"), (int, float)):
            return entry
    return None


class Session:
    """The recovery file of one open document."""

    def __init__(self, folder: Path | None = None):
        self.folder = folder or recovery_dir()
        self.path = self.folder / f"{os.getpid()}-{time.time_ns()}{SUFFIX}"

    @property
    def journal(self) -> Path:
        return journal_path(self.path)

    def write(self, res: Resolution, original: str | Path | None) -> None:
        from . import native

        self.folder.mkdir(parents=True, exist_ok=True)
        doc = {"format": FORMAT, "original": str(original) if original else None, "written": time.time(),
               "pid": os.getpid(), "host": host_name(), "title": res.title.text,
               "document": json.loads(native.dumps(res))}
        write_atomic(self.path, json.dumps(doc, ensure_ascii=False).encode("utf-8"))
        _unlink(self.journal)  # the recovery file now holds everything the journal did

    def append(self, res: Resolution, original: str | Path | None) -> None:
        """Add the document as it stands to the journal, flushed to disk (after a pause in typing)."""
        from . import native

        self.folder.mkdir(parents=True, exist_ok=True)
        entry = {"written": time.time(), "pid": os.getpid(), "host": host_name(), "title": res.title.text,
                 "original": str(original) if original else None, "document": native.encode(res)}
        line = json.dumps(entry, ensure_ascii=False).encode("utf-8", "replace") + b"\n"
        try:
            size = self.journal.stat().st_size
        except OSError:
            size = 0
        mode = "wb" if size + len(line) > MAX_JOURNAL_BYTES else "ab"
        with open(self.journal, mode) as handle:
            handle.write(line)
            handle.flush()
            os.fsync(handle.fileno())

    def discard(self) -> None:
        _unlink(self.path)
        _unlink(self.journal)


def leftovers(folder: Path | None = None) -> list[Leftover]:
    """Recovery files of sessions that are no longer running, newest first.

    A file that cannot be read is moved aside (``.damaged``) rather than offered or deleted.
    """
    folder = folder or recovery_dir()
    found = []
    for journal in sorted(folder.glob(f"*{JOURNAL_SUFFIX}")) if folder.is_dir() else []:
        path = journal.with_name(journal.name[:-len(JOURNAL_SUFFIX)] + SUFFIX)
        entry = None if path.exists() else last_entry(journal)
        if entry is None:
            continue  # beside its recovery file (listed below), or nothing complete in it
        if entry.get("host") == host_name() and _running(entry.get("pid")):
            continue
        found.append(Leftover(path, entry.get("original"), float(entry["written"]), str(entry.get("title") or "")))
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
        newer = last_entry(journal_path(path))
        title = str((newer or doc).get("title") or "")
        found.append(Leftover(path, doc.get("original"), float(doc.get("written") or 0), title))
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
