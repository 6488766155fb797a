"""Fixtures for every test: Qt offscreen, the project on the import path, the network guard."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.support.privacy import NetworkGuard  # noqa: E402


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[NetworkGuard]:
    """Refuse and record every attempt to reach anything but this computer."""
    yield NetworkGuard().install(monkeypatch)
