"""Style packs for the rules engine: each chooses rules, severities and settings (spec §8).

The files are read and a document's pack is picked by ``drafting/stylepacks.py``; here a
pack's rule choices are checked against the registry and made a ``Pack``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any

from ..model import Resolution
from ..stylepacks import BASE, DEFAULT_PACK, PackError, chain, check_name, chosen_pack, guess_pack, pack_names
from .base import SEVERITIES

__all__ = ["BASE", "DEFAULT_PACK", "OFF", "Pack", "PackError", "guess_pack", "load_pack", "pack_for", "pack_names"]

OFF = "off"
_SETTINGS = {"repeat_scope": ("adjacent", "whole_part"), "spelling": ("un", "us")}


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


def load_pack(name: str) -> Pack:
    check_name(name)
    return _load(name)


@cache
def _load(name: str) -> Pack:
    from .registry import all_rules

    files = chain(name)
    merged: dict[str, Any] = {"settings": {}, "rules": {}, "layout": {}, "match": {}, "grammar": {},
                              "vocabulary": []}
    for _path, data in files:
        for key in ("settings", "rules", "layout", "match", "grammar"):
            merged[key].update(data.get(key, {}))
        merged["vocabulary"] += data.get("vocabulary", [])
        for key in ("title", "organ", "body_line", "lexicon_tiers", "description"):
            if key in data:
                merged[key] = data[key]
    path = files[-1][0]
    known = {r.code: r for r in all_rules()}
    for code, severity in merged["rules"].items():
        if code not in known:
            raise PackError(path, f"unknown rule code {code}")
        if severity not in SEVERITIES + (OFF,):
            raise PackError(path, f"rule {code}: severity must be error, warning, info or off, not {severity!r}")
    summarize = merged["settings"].get("summarize", [])
    if not isinstance(summarize, list) or any(code not in known for code in summarize):
        raise PackError(path, "setting summarize must be a list of rule codes")
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


def pack_for(res: Resolution) -> Pack:
    """The user's pack for this document, else the one its masthead or body line points to."""
    return load_pack(chosen_pack(res))
