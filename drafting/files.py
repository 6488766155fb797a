"""Safe reads and atomic writes, used by every importer and exporter.

A save writes a temporary file in the target's folder, flushes and fsyncs it, then
renames it over the target: a crash mid-save leaves the previous file whole.
"""

from __future__ import annotations

import os
import re
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import BinaryIO

from .errors import InputError

MAX_INPUT_BYTES = 200 * 1024 * 1024


def check_readable(path: str | Path) -> Path:
    """The path as a readable, non-empty regular file, or an InputError saying why not."""
    p = Path(path)
    if not p.exists():
        raise InputError(p, "no such file")
    if p.is_dir():
        raise InputError(p, "is a folder, not a file")
    if not p.is_file():
        raise InputError(p, "is not a regular file")
    size = p.stat().st_size
    if size == 0:
        raise InputError(p, "the file is empty (0 bytes)")
    if size > MAX_INPUT_BYTES:
        raise InputError(p, f"the file is too large ({size // (1024 * 1024)} MB; the limit is "
                            f"{MAX_INPUT_BYTES // (1024 * 1024)} MB)")
    if not os.access(p, os.R_OK):
        raise InputError(p, "permission denied")
    return p


def read_bytes(path: str | Path) -> bytes:
    p = check_readable(path)
    try:
        return p.read_bytes()
    except OSError as exc:
        raise InputError(p, exc.strerror or str(exc)) from None


# C0 control characters other than tab, line feed, carriage return and form feed: never
# part of a text, and a file Resolute writes must not hold them (it would read as binary).
CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def read_text(path: str | Path) -> str:
    """Text in UTF-8 (with or without BOM), UTF-16 with BOM, or Windows-1252, without control
    characters; binary is refused, and so is a text with many undecodable bytes."""
    data = read_bytes(path)
    lost = 0  # characters that could not be decoded (U+FFFD written in the file are text)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16", errors="replace")  # a cut or damaged UTF-16 file: U+FFFD
        lost = len(text) - len(data.decode("utf-16", errors="ignore"))
    else:
        if b"\x00" in data[:8192]:
            raise InputError(path, "this is a binary file, not text")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
            lost = text.count("\ufffd")
    controls = len(CONTROLS.findall(text[:8192]))
    if controls > 8 or lost > len(text) // 100 + 1:
        raise InputError(path, "this is a binary file, not text")
    return CONTROLS.sub("", text) if controls or CONTROLS.search(text) else text


@contextmanager
def atomic_writer(target: str | Path) -> Iterator[BinaryIO]:
    """Write to a temporary file beside ``target`` and rename it over the target on success."""
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise InputError(target, f"the folder {folder} does not exist")
    remove_stale_temporaries(folder, target.name)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=_TMP_SUFFIX, dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        with suppress(OSError):
            os.chmod(tmp, target.stat().st_mode & 0o777 if target.exists() else 0o666 & ~_umask())
        os.replace(tmp, target)
        _fsync_folder(folder)
    except BaseException:
        with suppress(OSError):
            os.unlink(tmp)
        raise


_TMP_SUFFIX = ".tmp"
# ".NAME.<8 random characters>.tmp", as tempfile.mkstemp names them for atomic_writer
_TEMPORARY = re.compile(r"^\.(?P<target>.+)\.[a-z0-9_]{8}\.tmp$")
STALE_AFTER = 600  # seconds: another file's temporary this old was left by an interrupted write


def remove_stale_temporaries(folder: Path, target_name: str) -> list[Path]:
    """Remove the temporaries an interrupted write (a crash, a kill) left in ``folder``: every one
    for ``target_name`` (whose write this one supersedes) and those of other files once they are
    ``STALE_AFTER`` seconds old (younger ones may be another write in progress)."""
    removed: list[Path] = []
    now = time.time()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        m = _TEMPORARY.match(entry.name)
        if m is None:
            continue
        try:
            if not entry.is_file(follow_symlinks=False):
                continue
            if m.group("target") != target_name and now - entry.stat(follow_symlinks=False).st_mtime < STALE_AFTER:
                continue
            os.unlink(entry.path)
            removed.append(Path(entry.path))
        except OSError:
            continue
    return removed


def write_atomic(target: str | Path, data: bytes) -> None:
    with atomic_writer(target) as handle:
        handle.write(data)


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
