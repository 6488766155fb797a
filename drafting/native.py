"""The native file: a resolution as JSON with the extension ``.unres`` and a format version.

The codec follows the model's dataclasses, so a field added to the model is saved and
loaded without touching this module; a missing key takes the field's default.  Loading
checks every value's type and refuses a newer format, a truncated or damaged file with
an InputError that says which.  A key the model does not know is refused too, never
dropped: saving the document again would lose it.  Older formats are brought up to date
by the explicit steps of ``unres_migrations``.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from functools import cache
from pathlib import Path
from typing import Any

from . import __version__, unres_schema
from .errors import InputError
from .files import read_bytes, write_atomic
from .model import KINDS, Resolution
from .unres_migrations import migrate

FORMAT = "resolute.unres"
VERSION = 4
_TOP_LEVEL = frozenset({"format", "version", "app", "resolution"})
EXTENSION = ".unres"


class _Damaged(Exception):
    pass


# -- encoding -------------------------------------------------------------------------


def _encode(value: Any) -> Any:
    if dataclasses.is_dataclass(value):
        out = {}
        for f in dataclasses.fields(value):
            v = getattr(value, f.name)
            if _is_default(f, v):
                continue
            out[f.name] = _encode(v)
        return out
    if isinstance(value, (list, tuple)):
        return [_encode(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _encode(v) for k, v in value.items()}
    return value


def _is_default(f: dataclasses.Field[Any], value: Any) -> bool:
    if f.default is not dataclasses.MISSING:
        return bool(value == f.default)
    if f.default_factory is not dataclasses.MISSING:
        return bool(value == f.default_factory())
    return False


def dumps(res: Resolution) -> str:
    doc = {"format": FORMAT, "version": VERSION, "app": __version__, "resolution": _encode(res)}
    return json.dumps(doc, ensure_ascii=False, indent=1)


def save(res: Resolution, path: str | Path) -> None:
    """Save atomically: the previous file survives a crash mid-save.  A lone surrogate (which
    UTF-8 cannot hold) is written as "?" rather than losing the whole save."""
    write_atomic(path, dumps(res).encode("utf-8", "replace"))


# -- decoding -------------------------------------------------------------------------


@cache
def _hints(cls: type) -> dict[str, Any]:
    from . import model

    return typing.get_type_hints(cls, vars(model))


def _decode(value: Any, kind: Any, where: str) -> Any:
    origin = typing.get_origin(kind)
    args = typing.get_args(kind)
    if origin in (typing.Union, types.UnionType):
        if value is None and type(None) in args:
            return None
        inner = [a for a in args if a is not type(None)]
        return _decode(value, inner[0], where)
    if isinstance(kind, type) and dataclasses.is_dataclass(kind):
        if not isinstance(value, dict):
            raise _Damaged(f"{where} should be an object")
        hints = _hints(kind)
        known = {f.name for f in dataclasses.fields(kind)}
        unknown = sorted(k for k in value if k not in known)
        if unknown:
            raise _Damaged(f"{where} has a field this version of Resolute does not know ({unknown[0]!r}); "
                           "it was written by another program or a newer Resolute, and saving it here would lose it")
        kwargs = {}
        for f in dataclasses.fields(kind):
            if f.name in value:
                kwargs[f.name] = _decode(value[f.name], hints[f.name], f"{where}.{f.name}")
        return kind(**kwargs)
    if origin is list:
        if not isinstance(value, list):
            raise _Damaged(f"{where} should be a list")
        return [_decode(v, args[0], f"{where}[{i}]") for i, v in enumerate(value)]
    if origin is tuple:
        if not isinstance(value, list):
            raise _Damaged(f"{where} should be a list")
        return tuple(_decode(v, args[0], f"{where}[{i}]") for i, v in enumerate(value))
    if origin is dict or kind is dict:
        if not isinstance(value, dict):
            raise _Damaged(f"{where} should be an object")
        return dict(value) if not args else {k: _decode(v, args[1], f"{where}.{k}") for k, v in value.items()}
    if kind is bool:
        if not isinstance(value, bool):
            raise _Damaged(f"{where} should be true or false")
        return value
    if kind is int:
        if not isinstance(value, int) or isinstance(value, bool):
            raise _Damaged(f"{where} should be a whole number")
        return value
    if kind is str:
        if not isinstance(value, str):
            raise _Damaged(f"{where} should be text")
        return value
    return value


def loads(data: bytes | str, path: str | Path | None = None) -> Resolution:
    try:
        doc = json.loads(data)
    except RecursionError:
        raise InputError(path, f"damaged .unres file: nested deeper than the limit of {unres_schema.MAX_DEPTH} "
                               "levels") from None
    except UnicodeDecodeError:
        raise InputError(path, "damaged .unres file: it is not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        text = data.decode("utf-8", "replace") if isinstance(data, bytes) else data
        if exc.pos >= len(text.rstrip()) - 1:
            raise InputError(path, "damaged .unres file: it is truncated (it ends before the document does)") from None
        raise InputError(path, f"damaged .unres file: not valid JSON (line {exc.lineno}, column {exc.colno})") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise InputError(path, "not a Resolute document (.unres): the format marker is missing")
    version = doc.get("version")
    if not isinstance(version, int):
        raise InputError(path, "damaged .unres file: the format version is missing")
    if version > VERSION:
        raise InputError(path, f"this file was made by a newer version of Resolute (format {version}); "
                               f"this version reads format {VERSION} and older — please update Resolute")
    unknown = sorted(str(k) for k in doc if k not in _TOP_LEVEL)
    if unknown:
        raise InputError(path, f"damaged .unres file: it has a top-level field this version of Resolute does not "
                               f"know ({unknown[0]!r}); saving it here would lose it")
    if version < 1:
        raise InputError(path, f"damaged .unres file: format version {version} does not exist")
    resolution = unres_schema.validate(doc.get("resolution", {}), path)
    try:
        res: Resolution = _decode(migrate(resolution, version, VERSION), Resolution, "resolution")
    except _Damaged as exc:
        raise InputError(path, f"damaged .unres file: {exc}") from None
    except (TypeError, ValueError) as exc:
        raise InputError(path, f"damaged .unres file: {exc}") from None
    if res.kind not in KINDS:
        raise InputError(path, f"damaged .unres file: unknown document kind {res.kind!r} "
                               f"(Resolute knows {', '.join(KINDS)})")
    return res


def load(path: str | Path) -> Resolution:
    return loads(read_bytes(path), path)


# -- embedding (a whole resolution inside another, e.g. ``Meta.base``) --------------------


def encode(res: Resolution) -> dict[str, Any]:
    """The resolution as the JSON-ready dict that a .unres file holds under "resolution"."""
    data: dict[str, Any] = _encode(res)
    return data


def decode(data: Any, path: str | Path | None = None) -> Resolution:
    """A resolution from ``encode``'s dict; damaged data raises InputError naming ``path``."""
    try:
        res: Resolution = _decode(data, Resolution, "resolution")
        return res
    except (_Damaged, TypeError, ValueError) as exc:
        raise InputError(path, f"damaged embedded resolution: {exc}") from None
