"""Bounds on what reading one PDF may cost: time, object look-ups, inflated streams, Unicode maps.

A PDF is a program of sorts: its objects can refer to themselves, a 1 MB stream can inflate
to gigabytes and a 3 KB Unicode map can declare four billion entries.  pdfminer trusts all
of that, so reading runs inside ``limits(path)``, which
- gives the file a budget of CPU time of the reading thread (a busy machine does not count),
- refuses object references that loop,
- bounds every inflated (Flate) stream and the entries of every ToUnicode map,
each refusal an ``InputError`` naming the limit.
"""

from __future__ import annotations

import threading
import time
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from pdfminer import cmapdb, pdftypes
from pdfminer.pdfdocument import PDFDocument
from pdfminer.pdftypes import PDFObjRef

from ..errors import InputError

MAX_SECONDS = 8.0  # CPU seconds to read one PDF; official resolutions take well under two
MAX_STREAM_BYTES = 64 * 1024 * 1024  # one inflated stream; a dense page's text takes a few hundred KB
MAX_INFLATED_BYTES = 256 * 1024 * 1024  # all streams of the file together
MAX_UNICODE_ENTRIES = 1 << 17  # entries of one ToUnicode map: every 16-bit code twice over


class LimitExceeded(Exception):
    """Reading the PDF went past one of the bounds; ``reason`` says which."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


class _Budget:
    def __init__(self) -> None:
        self.deadline = time.thread_time() + MAX_SECONDS
        self.inflated = 0

    def check(self) -> None:
        if time.thread_time() > self.deadline:
            raise LimitExceeded(f"reading it took more than the limit of {MAX_SECONDS:g} seconds "
                                "(its structure may loop)")

    def inflate(self, size: int) -> None:
        self.inflated += size
        if self.inflated > MAX_INFLATED_BYTES:
            raise LimitExceeded(f"its compressed contents inflate to more than the limit of "
                                f"{MAX_INFLATED_BYTES // (1024 * 1024)} MB")


_local = threading.local()


def _budget() -> _Budget | None:
    return getattr(_local, "budget", None)


def check() -> None:
    """Raise LimitExceeded when the current PDF has used up its time (no-op outside ``limits``)."""
    budget = _budget()
    if budget is not None:
        budget.check()


@contextmanager
def limits(path: str | Path) -> Iterator[None]:
    """Read a PDF within the bounds; a bound exceeded becomes an InputError naming it."""
    previous = _budget()
    _local.budget = _Budget()
    try:
        yield
    except LimitExceeded as exc:
        raise InputError(path, f"the PDF cannot be read: {exc.reason}") from None
    finally:
        _local.budget = previous


class BoundedDocument(PDFDocument):
    """A PDFDocument whose object look-ups spend the budget and refuse reference loops."""

    def getobj(self, objid: int) -> Any:
        check()
        obj = super().getobj(objid)
        seen = {objid}
        while isinstance(obj, PDFObjRef):
            if obj.objid in seen:
                raise LimitExceeded(f"object {obj.objid} refers to itself through a loop of references")
            seen.add(obj.objid)
            obj = super().getobj(obj.objid)
        return obj


# -- inflating streams: pdfminer calls zlib.decompress on whole streams ------------------------


class _BoundedDecompressor:
    def __init__(self) -> None:
        self._inner = zlib.decompressobj()
        self._size = 0

    def decompress(self, data: bytes, max_length: int = 0) -> bytes:
        out = self._inner.decompress(data, MAX_STREAM_BYTES + 1 - self._size)
        self._size += len(out)
        _account(self._size, len(out))
        return out

    def flush(self, *args: int) -> bytes:
        return self._inner.flush(*args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)


def _account(total: int, added: int) -> None:
    if total > MAX_STREAM_BYTES:
        raise LimitExceeded(f"a compressed stream inflates to more than the limit of "
                            f"{MAX_STREAM_BYTES // (1024 * 1024)} MB")
    budget = _budget()
    if budget is not None:
        budget.inflate(added)
        budget.check()


def _decompress(data: bytes, *args: Any, **kwargs: Any) -> bytes:
    inner = zlib.decompressobj()
    out = inner.decompress(data, MAX_STREAM_BYTES + 1)
    _account(len(out), len(out))
    if not inner.eof:
        raise zlib.error("incomplete or truncated stream")  # what zlib.decompress says; pdfminer recovers
    return out


class _BoundedZlib:
    """The ``zlib`` pdfminer's stream decoding sees: the same calls, with bounded output."""

    error = zlib.error
    MAX_WBITS = zlib.MAX_WBITS
    decompress = staticmethod(_decompress)
    decompressobj = _BoundedDecompressor

    def __getattr__(self, name: str) -> Any:
        return getattr(zlib, name)


# -- ToUnicode maps: a "bfrange" may declare billions of entries -----------------------------

_original_add = cmapdb.FileUnicodeMap.add_cid2unichr


def _bounded_add(self: cmapdb.FileUnicodeMap, cid: int, code: Any) -> None:
    if len(self.cid2unichr) >= MAX_UNICODE_ENTRIES and cid not in self.cid2unichr:
        raise LimitExceeded(f"a font's Unicode map declares more than the limit of {MAX_UNICODE_ENTRIES:,} "
                            "characters")
    _original_add(self, cid, code)


def install() -> None:
    """Put the bounds into pdfminer (idempotent; only this process's PDF reading is affected)."""
    pdftypes.zlib = _BoundedZlib()  # type: ignore[assignment]
    cmapdb.FileUnicodeMap.add_cid2unichr = _bounded_add  # type: ignore[method-assign]


install()
