"""Fixtures for every test: Qt offscreen, the project on the import path, the network guard."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The property tests draw the same examples on every run, so that a clean clone's test run (CI) does
# not pass or fail by chance; RESOLUTE_HYPOTHESIS=explore draws new ones (run it now and then, as a
# campaign: a failure it finds becomes a test).
settings.register_profile("repeatable", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("RESOLUTE_HYPOTHESIS", "repeatable"))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.support.privacy import NetworkGuard  # noqa: E402


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[NetworkGuard]:
    """Refuse and record every attempt to reach anything but this computer."""
    yield NetworkGuard().install(monkeypatch)


@pytest.fixture(scope="session")
def official_subset(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with a fixed subset of the official PDFs (skipped, with the reason, without the corpus)."""
    from tests.support import library

    if library.official_folder() is None:
        pytest.skip("the official corpus (shared/corpus/official) is not available")
    return library.subset_folder(tmp_path_factory.mktemp("official") / "pdfs")


@pytest.fixture(scope="session")
def official_library(official_subset: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The path of a library built once a session from ``official_subset``; copy it before changing it."""
    from tests.support import library

    return library.build(tmp_path_factory.mktemp("library") / "library.sqlite3", official_subset)


# What makes a test slow, so that ``-m "not slow"`` (./dev.sh quick) runs in under a minute:
# driving Qt widgets, generating many examples (hypothesis), or an explicit ``@pytest.mark.slow``
# (LibreOffice, subprocesses, the whole corpus).
_QT_FIXTURES = {"qtbot", "qapp", "window"}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        fixtures = set(getattr(item, "fixturenames", ()))
        if fixtures & _QT_FIXTURES or getattr(getattr(item, "obj", None), "is_hypothesis_test", False):
            item.add_marker(pytest.mark.slow)
