"""Style packs as files: one TOML file a body in ``styles/``, found, chained and chosen.

A pack ``extends`` another (in the end ``base.toml``) and changes only what differs for its
body.  This module reads the files and picks a document's pack (the user's choice in
``resolution.meta.style``, else the best match of the masthead or the body line); the rules
engine (``rules/packs.py``) makes a pack's rule choices of them, the Word exporter reads its
``[layout]``.  See styles/README.md for the format.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from .errors import InputError
from .model import Resolution
from .paths import styles_dir

BASE = "base"
DEFAULT_PACK = "ga"


class PackError(InputError):
    """A style pack that does not exist or cannot be read."""


def pack_names() -> list[str]:
    """The packs a user can choose (``base`` is only the shared foundation)."""
    return list(_pack_names())


@lru_cache(maxsize=1)
def _pack_names() -> tuple[str, ...]:
    return tuple(sorted(p.stem for p in styles_dir().glob("*.toml") if p.stem != BASE))


def check_name(name: str) -> None:
    if not isinstance(name, str) or not re.fullmatch(r"[a-z0-9][a-z0-9-]*", name or ""):
        raise PackError(None, f"unknown style pack {name!r}; the packs are {', '.join(pack_names())}")


def chain(name: str) -> list[tuple[Path, dict[str, Any]]]:
    """The pack's file and those it extends, base first."""
    out: list[tuple[Path, dict[str, Any]]] = []
    seen: set[str] = set()
    while name:
        if name in seen:
            raise PackError(styles_dir() / f"{name}.toml", "the packs extend each other in a circle")
        seen.add(name)
        path = styles_dir() / f"{name}.toml"
        if not path.is_file():
            raise PackError(None, f"unknown style pack {name!r}; the packs are {', '.join(pack_names())}")
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise PackError(path, f"not a valid style pack: {exc}") from None
        out.append((path, data))
        name = data.get("extends", "" if name == BASE else BASE)
    return list(reversed(out))


@cache
def table(name: str, key: str) -> dict[str, Any]:
    """A table of a pack ("layout", "match" …), merged along its chain (the pack's own entries win)."""
    check_name(name)
    merged: dict[str, Any] = {}
    for _path, data in chain(name):
        merged.update(data.get(key, {}))
    return merged


def chosen_pack(res: Resolution) -> str:
    """The user's pack for this document, else the one its masthead or body line points to."""
    chosen = res.meta.style
    if chosen and chosen in pack_names():
        return chosen
    return guess_pack(res)


def guess_pack(res: Resolution) -> str:
    m = res.masthead
    symbol, organ = m.symbol.text.strip(), m.organ.text.strip()
    committee, place = m.committee.text.strip(), m.place_and_dates.text.strip()
    body = res.authoring_body.text.strip()
    source_line = res.submission.source_line or ""
    best, score = DEFAULT_PACK, 0
    for name in pack_names():
        match = table(name, "match")
        candidates = [
            (100, symbol, match.get("symbols", []), True),
            (80, committee, match.get("committees", []), False),
            (60, organ, match.get("organs", []), False),
            (50, body, match.get("body_lines", []), True),
            (45, source_line, match.get("submission_lines", []), False),
            (10, place, match.get("places", []), False),
        ]
        for weight, value, prefixes, exact_case in candidates:
            for prefix in prefixes:
                hit = value.startswith(prefix) if exact_case else value.lower().startswith(prefix.lower())
                if value and hit and weight + len(prefix) > score:
                    best, score = name, weight + len(prefix)
    return best


def layout_of(res: Resolution) -> dict[str, Any]:
    """The ``[layout]`` of the document's pack (paper, fonts, sizes …) for the Word exporter."""
    return dict(table(chosen_pack(res), "layout"))
