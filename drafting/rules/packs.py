"""Style packs: one TOML file a body in ``styles/``, each choosing rules, severities and settings.

A pack ``extends`` another (in the end ``base.toml``) and changes only what differs for its
body (spec §8).  ``pack_for`` picks the pack of a document: the user's choice stored in
``resolution.meta.style``, else the best match of the masthead (symbol, organ, committee,
place) or of the body line.  See styles/README.md for the format.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..model import Resolution
from ..paths import styles_dir
from .base import SEVERITIES

OFF = "off"
BASE = "base"
DEFAULT_PACK = "ga"
_SETTINGS = {"repeat_scope": ("adjacent", "whole_part"), "spelling": ("un", "us")}


class PackError(InputError):
    """A style pack that does not exist or cannot be read."""


@dataclass(frozen=True)
class Pack:
    name: str
    title: str  # human name: "General Assembly (plenary and Main Committees)"
    organ: str = ""  # "General Assembly"
    body_line: str = ""  # "The General Assembly,"
    rules: dict[str, str] = field(default_factory=dict)  # enabled codes → severity
    settings: dict[str, Any] = field(default_factory=dict)
    vocabulary: tuple[str, ...] = ()  # extra accepted words for the spelling checker
    layout: dict[str, Any] = field(default_factory=dict)  # for the Word exporter: paper, fonts, sizes …
    lexicon_tiers: tuple[str, ...] = ()  # phrase tiers offered by autocomplete
    match: dict[str, list[str]] = field(default_factory=dict)
    description: str = ""
    grammar: dict[str, Any] = field(default_factory=dict)  # LanguageTool policy ([grammar], drafting/grammar)

    def severity(self, code: str) -> str | None:
        """The severity of ``code`` in this pack, or None when it is off."""
        return self.rules.get(code)


def pack_names() -> list[str]:
    """The packs a user can choose (``base`` is only the shared foundation)."""
    return list(_pack_names())


@lru_cache(maxsize=1)
def _pack_names() -> tuple[str, ...]:
    return tuple(sorted(p.stem for p in styles_dir().glob("*.toml") if p.stem != BASE))


def load_pack(name: str) -> Pack:
    if not isinstance(name, str) or not re.fullmatch(r"[a-z0-9][a-z0-9-]*", name or ""):
        raise PackError(None, f"unknown style pack {name!r}; the packs are {', '.join(pack_names())}")
    return _load(name)


@cache
def _load(name: str) -> Pack:
    from .registry import all_rules

    chain = _chain(name)
    merged: dict[str, Any] = {"settings": {}, "rules": {}, "layout": {}, "match": {}, "grammar": {},
                              "vocabulary": []}
    for _path, data in chain:
        for key in ("settings", "rules", "layout", "match", "grammar"):
            merged[key].update(data.get(key, {}))
        merged["vocabulary"] += data.get("vocabulary", [])
        for key in ("title", "organ", "body_line", "lexicon_tiers", "description"):
            if key in data:
                merged[key] = data[key]
    path = chain[-1][0]
    known = {r.code: r for r in all_rules()}
    for code, severity in merged["rules"].items():
        if code not in known:
            raise PackError(path, f"unknown rule code {code}")
        if severity not in SEVERITIES + (OFF,):
            raise PackError(path, f"rule {code}: severity must be error, warning, info or off, not {severity!r}")
    for key, allowed in _SETTINGS.items():
        if merged["settings"].get(key, allowed[0]) not in allowed:
            raise PackError(path, f"setting {key} must be one of {', '.join(allowed)}")
    enabled = {}
    for code, r in known.items():
        severity = merged["rules"].get(code, r.severity if r.default_on else OFF)
        if severity != OFF:
            enabled[code] = severity
    return Pack(name=name, title=merged.get("title", name), organ=merged.get("organ", ""),
                body_line=merged.get("body_line", ""), rules=enabled, settings=dict(merged["settings"]),
                vocabulary=tuple(merged["vocabulary"]), layout=dict(merged["layout"]),
                lexicon_tiers=tuple(merged.get("lexicon_tiers", ())),
                match={k: list(v) for k, v in merged["match"].items()},
                description=merged.get("description", ""), grammar=dict(merged["grammar"]))


def _chain(name: str) -> list[tuple[Path, dict]]:
    """The pack's file and those it extends, base first."""
    out: list[tuple[Path, dict]] = []
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


def pack_for(res: Resolution) -> Pack:
    """The user's pack for this document, else the one its masthead or body line points to."""
    chosen = res.meta.style
    if chosen and chosen in pack_names():
        return load_pack(chosen)
    return load_pack(guess_pack(res))


def guess_pack(res: Resolution) -> str:
    m = res.masthead
    symbol, organ = m.symbol.text.strip(), m.organ.text.strip()
    committee, place = m.committee.text.strip(), m.place_and_dates.text.strip()
    body = res.authoring_body.text.strip()
    source_line = res.submission.source_line or ""
    best, score = DEFAULT_PACK, 0
    for name in pack_names():
        match = load_pack(name).match
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
