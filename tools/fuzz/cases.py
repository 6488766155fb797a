"""Regression inputs: files in ``tests/fuzz_cases/`` (``name.ext`` or ``name.ext.gz``), replayed as real files."""

from __future__ import annotations

import gzip
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .worker import PROJECT, Outcome

CASES = PROJECT / "tests" / "fuzz_cases"


def case_files(folder: Path = CASES) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))


def real_suffix(path: Path) -> str:
    name = path.name[:-3] if path.name.endswith(".gz") else path.name
    return Path(name).suffix.lower()


@contextmanager
def materialized(path: Path) -> Iterator[Path]:
    """The case as a file with its real extension (decompressed if it is stored as .gz)."""
    with tempfile.TemporaryDirectory(prefix="resolute-case-") as tmp:
        target = Path(tmp) / ("case" + real_suffix(path))
        if path.name.endswith(".gz"):
            with gzip.open(path, "rb") as src, open(target, "wb") as dst:
                shutil.copyfileobj(src, dst)
        else:
            shutil.copyfile(path, target)
        yield target


def preload() -> None:
    """Import what every case needs and load the dictionary once, before forking workers."""
    from drafting.cli import check, compare, export, parse  # noqa: F401
    from drafting.compare import tracked_docx  # noqa: F401
    from drafting.exporters import docx, text  # noqa: F401
    from drafting.importers import docx as docx_importer  # noqa: F401
    from drafting.model import Resolution
    from drafting.rules import check as run_check
    from drafting.rules import pack_for
    from drafting.spelling.checker import SpellChecker

    SpellChecker.default().prepare_suggestions()
    run_check(Resolution(), pack_for(Resolution()))


def replay(files: list[Path], timeout: float = 10.0) -> list[tuple[Path, Outcome]]:
    from .stages import run_stages
    from .worker import run_isolated

    preload()
    out = []
    for path in files:
        with materialized(path) as real:
            out.append((path, run_isolated(run_stages, (real,), timeout=timeout)))
    return out


if __name__ == "__main__":  # pragma: no cover
    import sys

    args = [Path(a) for a in sys.argv[1:]] or case_files()
    bad = 0
    for path, outcome in replay(args):
        status = outcome.kind if outcome.kind != "ok" else "ok"
        if outcome.kind != "ok":
            bad += 1
        print(f"{status:5} {outcome.seconds:5.1f}s {path.name[:90]}  {outcome.site} {outcome.message[:150]!r}"
              if outcome.kind != "ok" else f"ok    {outcome.seconds:5.1f}s {path.name[:90]}", flush=True)
    print(f"{bad} of {len(args)} failed")
