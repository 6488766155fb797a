"""Style pack files: one TOML file a body in ``styles/``, found, chained and matched to a document.

A pack ``extends`` another (in the end ``base.toml``) and changes only what differs for its
body.  This module reads the files and picks the pack of a document: the user's choice
stored in ``resolution.meta.style``, else the best match of the masthead (symbol, organ,
committee, place), the body line or the submission line.  What a pack does to the rules
(severities, switched-off rules, settings checked against the rule registry) is
``drafting.rules.packs``; the Word exporter needs only the ``[layout]`` table, so it reads it
here without loading the rules.  See styles/README.md for the format.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from pathlib import Path
from typing import Any

from .errors import InputError
from .model import Resolution
from .paths import styles_dir

BASE = "base"
DEFAULT_PACK = "ga"
TABLES = ("settings", "rules", "layout", "match", "grammar")
SCALARS = ("title", "organ", "body_line", "lexicon_tiers", "description")


class PackError(InputError):
    """A style pack that does not exist or cannot be read."""


@cache
def pack_names() -> tuple[str, ...]:
    return tuple(sorted(p.stem for p in styles_dir().glob("*.toml") if p.stem != BASE))


def _check_name(name: object) -> str:
    if not isinstance(name, str) or not re.fullmatch(r"[a-z0-9][a-z0-9-]*", name or ""):
        raise PackError(None, f"unknown style pack {name!r}; the packs are {', '.join(pack_names())}")
    return name


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
def merged(name: str) -> tuple[Path, dict[str, Any]]:
    """The pack's own file and its tables merged over those it extends (the file's keys win)."""
    files = chain(_check_name(name))
    out: dict[str, Any] = {key: {} for key in TABLES}
    out["vocabulary"] = []
    for _path, data in files:
        for key in TABLES:
            out[key].update(data.get(key, {}))
        out["vocabulary"] += data.get("vocabulary", [])
        for key in SCALARS:
            if key in data:
                out[key] = data[key]
    return files[-1][0], out


def guess_pack(res: Resolution) -> str:
    """The pack whose ``[match]`` table fits the document best (the General Assembly's by default)."""
    m = res.masthead
    symbol, organ = m.symbol.text.strip(), m.organ.text.strip()
    committee, place = m.committee.text.strip(), m.place_and_dates.text.strip()
    body = res.authoring_body.text.strip()
    source_line = res.submission.source_line or ""
    best, score = DEFAULT_PACK, 0
    for name in pack_names():
        match = merged(name)[1]["match"]
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


def chosen_pack(res: Resolution) -> str:
    """The user's pack for this document, else the one its masthead or body line points to."""
    chosen = res.meta.style
    return chosen if chosen and chosen in pack_names() else guess_pack(res)


def layout_table(res: Resolution) -> dict[str, Any]:
    """The ``[layout]`` table of the document's pack; empty where its pack cannot be read."""
    try:
        return dict(merged(chosen_pack(res))[1]["layout"])
    except InputError:
        return {}
