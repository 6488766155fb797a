"""Safe reads and atomic writes, used by every importer and exporter.

A save writes a temporary file in the target's folder, flushes and fsyncs it, then
renames it over the target: a crash mid-save leaves the previous file whole.
"""

from __future__ import annotations

import os
import tempfile
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


def read_text(path: str | Path) -> str:
    """Text in UTF-8 (with or without BOM), UTF-16 with BOM, or Windows-1252; binary is refused."""
    data = read_bytes(path)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data[:8192]:
        raise InputError(path, "this is a binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1252", errors="replace")
    controls = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\r\n\t\f")
    if controls > 8 or text.count("\ufffd") > len(text) // 100 + 1:
        raise InputError(path, "this is a binary file, not text")
    return text


@contextmanager
def atomic_writer(target: str | Path) -> Iterator[BinaryIO]:
    """Write to a temporary file beside ``target`` and rename it over the target on success."""
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise InputError(target, f"the folder {folder} does not exist")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
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
