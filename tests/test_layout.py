"""The tests keep their house rules: helpers come from tests/support, fixtures from conftest.py files,
and a missing project module fails instead of skipping."""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parent
PROJECT = ("drafting", "ui", "main", "tests")


def modules() -> list[Path]:
    return sorted(p for p in TESTS.rglob("*.py") if "corpus" not in p.parts and "reference" not in p.parts)


def imported(tree: ast.AST) -> list[str]:
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names += [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
        elif isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
    return names


def test_no_test_module_or_conftest_is_imported():
    bare = {path.stem for path in modules()}  # a helper imported by its file name, not as tests.support.…
    wrong = {str(path.relative_to(TESTS)): name for path in modules()
             for name in imported(ast.parse(path.read_text(encoding="utf-8")))
             if any(part.startswith("test_") or part == "conftest" for part in name.split("."))
             or name.split(".")[0] in bare}
    assert wrong == {}, "shared helpers belong in tests/support, fixtures in conftest.py"


def test_the_project_is_imported_not_skipped():
    skipped = {str(path.relative_to(TESTS)): node.args[0].value for path in modules()
               for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
               if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "importorskip"
               and node.args and isinstance(node.args[0], ast.Constant)}
    assert {path: name for path, name in skipped.items() if str(name).split(".")[0] in PROJECT} == {}


def test_the_folders_mirror_the_packages():
    root = TESTS.parent
    for folder in [p for p in TESTS.rglob("*") if p.is_dir() and any(p.glob("test_*.py"))]:
        relative = folder.relative_to(TESTS)
        if relative.parts:
            assert (root / relative).is_dir(), f"tests/{relative} mirrors no package"
