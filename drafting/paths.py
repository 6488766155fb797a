"""Where the app finds the data it ships (lexicons, style packs, templates), also when frozen."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent.parent))


def resource(*parts: str) -> Path:
    return ROOT.joinpath("resources", *parts)


def styles_dir() -> Path:
    return ROOT / "styles"


def templates_dir() -> Path:
    return ROOT / "templates"
