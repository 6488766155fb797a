"""The user's settings: default style pack, author, autosave interval, recent files, LanguageTool.

Stored as JSON in the user's config folder (``platformdirs``; ``RESOLUTE_CONFIG_DIR``
overrides it, so that tests never touch the real home) and written atomically.  A damaged
or half-written file never stops the app: what cannot be read falls back to its default
and ``load`` says so in a warning.  Keys this version does not know are kept, so that a
newer version's settings survive a save by an older one.
"""

from __future__ import annotations

import dataclasses
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs

from .files import write_atomic

APP_NAME = "Resolute"
FILE_NAME = "settings.json"
MAX_RECENT = 10
AUTOSAVE_RANGE = (5, 3600)  # seconds


@dataclass
class Settings:
    style_pack: str = ""  # "" = the pack that fits the document's organ
    author: str = ""  # written into revisions and comments
    autosave_seconds: int = 30
    recent_files: list[str] = field(default_factory=list)
    languagetool: str = ""  # a LanguageTool server URL or local installation; "" = not used
    zoom: int = 100  # the editor's zoom in per cent
    window: str = ""  # the main window's geometry and pane layout, as the GUI saved it
    disabled_rules: list[str] = field(default_factory=list)  # rule codes switched off everywhere
    rule_severities: dict[str, str] = field(default_factory=dict)  # code → "error" | "warning" | "info" | "off"
    show_hints: bool = False  # info findings (hints) in the editor; off: only on request (drafting.rules.shown)
    extra: dict[str, Any] = field(default_factory=dict)  # keys of newer versions, kept as read


def config_dir() -> Path:
    override = os.environ.get("RESOLUTE_CONFIG_DIR")
    return Path(override) if override else platformdirs.user_config_path(APP_NAME, appauthor=False)


def data_dir() -> Path:
    override = os.environ.get("RESOLUTE_DATA_DIR")
    return Path(override) if override else platformdirs.user_data_path(APP_NAME, appauthor=False)


def settings_path() -> Path:
    return config_dir() / FILE_NAME


def load(path: str | Path | None = None) -> tuple[Settings, str | None]:
    """The settings and a warning when some or all of them could not be read (then defaults)."""
    path = Path(path) if path is not None else settings_path()
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return Settings(), None
    except OSError as exc:
        return Settings(), f"{path}: cannot read the settings ({exc.strerror or exc}); using the defaults"
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return Settings(), f"{path}: the settings file is damaged; using the defaults"
    if not isinstance(data, dict):
        return Settings(), f"{path}: the settings file is damaged; using the defaults"
    settings, bad = _from_dict(data)
    warning = None
    if bad:
        warning = f"{path}: unreadable setting{'s' if len(bad) > 1 else ''} {', '.join(bad)}; using the default"
    return settings, warning


def save(settings: Settings, path: str | Path | None = None) -> None:
    path = Path(path) if path is not None else settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    data = dict(settings.extra)
    data.update({f.name: getattr(settings, f.name) for f in dataclasses.fields(settings) if f.name != "extra"})
    write_atomic(path, json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))


def add_recent(settings: Settings, path: str | Path) -> None:
    """Put ``path`` first in the recent files, once, keeping at most MAX_RECENT."""
    entry = str(Path(path).resolve())
    settings.recent_files = [entry] + [p for p in settings.recent_files if p != entry][:MAX_RECENT - 1]


def _from_dict(data: dict) -> tuple[Settings, list[str]]:
    settings, bad = Settings(), []
    known = {f.name for f in dataclasses.fields(Settings)} - {"extra"}
    for name in known & data.keys():
        value = _checked(name, data[name])
        if value is None:
            bad.append(name)
        else:
            setattr(settings, name, value)
    settings.extra = {k: v for k, v in data.items() if k not in known}
    return settings, bad


_SEVERITY_LEVELS = ("error", "warning", "info", "off")


def _checked(name: str, value: Any) -> Any:
    """The value if it has the setting's type (and range), else None."""
    if name == "disabled_rules":
        return value if isinstance(value, list) and all(isinstance(v, str) for v in value) else None
    if name == "rule_severities":
        ok = isinstance(value, dict) and all(isinstance(k, str) and v in _SEVERITY_LEVELS for k, v in value.items())
        return value if ok else None
    if name == "recent_files":
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            return value[:MAX_RECENT]
        return None
    if name == "autosave_seconds":
        if isinstance(value, int) and not isinstance(value, bool):
            return min(max(value, AUTOSAVE_RANGE[0]), AUTOSAVE_RANGE[1])
        return None
    if name == "show_hints":
        return value if isinstance(value, bool) else None
    if name == "zoom":
        if isinstance(value, int) and not isinstance(value, bool) and 25 <= value <= 400:
            return value
        return None
    return value if isinstance(value, str) else None
