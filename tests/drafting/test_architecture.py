"""The core's shape: drafting/ runs without Qt and the editor, and its parts import each other one way only.

The parts are drafting's packages (drafting.rules, drafting.importers …) and its top-level
modules (drafting.model, drafting.native …).  An import between two parts, at the top of a
module or inside a function, is an edge; the edges must form no cycle.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from collections import defaultdict
from functools import cache
from pathlib import Path

from tests.support.paths import ROOT

DRAFTING = ROOT / "drafting"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@cache
def imports(path: Path) -> list[str]:
    """Every module ``path`` imports, relative imports resolved."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = package.split(".")[:len(package.split(".")) - node.level + 1] if node.level else []
            module = ".".join(base + ([node.module] if node.module else []))
            out.append(module)
            out += [f"{module}.{alias.name}" for alias in node.names]
    return out


def part_of(module: str) -> str | None:
    """drafting.rules.engine → drafting.rules; drafting.model → drafting.model; other modules → None."""
    parts = module.split(".")
    if parts[0] != "drafting" or len(parts) < 2:
        return None
    return ".".join(parts[:2])


def part_graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = defaultdict(set)
    parts = {part_of(module_name(p)) for p in DRAFTING.rglob("*.py")} - {None}
    for path in DRAFTING.rglob("*.py"):
        here = part_of(module_name(path))
        if here is None:
            continue
        for target in imports(path):
            there = part_of(target)
            if there in parts and there != here:
                graph[here].add(there)
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one part (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    out: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for nxt in graph.get(node, ()):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                item = stack.pop()
                component.append(item)
                if item == node:
                    break
            if len(component) > 1:
                out.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return out


def test_drafting_imports_neither_qt_nor_the_editor():
    wrong = {str(path.relative_to(ROOT)): name for path in DRAFTING.rglob("*.py") for name in imports(path)
             if name.split(".")[0] in ("PySide6", "shiboken6", "ui")}
    assert wrong == {}


def test_drafting_loads_without_qt():
    code = ("import sys, main; import drafting.cli.commands, drafting.rules, drafting.grammar, drafting.revisions; "
            "import drafting.exporters.docx, drafting.importers.docx, drafting.importers.pdf, drafting.blocks; "
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_the_parts_of_drafting_import_each_other_one_way():
    assert cycles(part_graph()) == []


def test_the_cycle_finder_finds_a_cycle():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_modules_are_named_by_import_not_by_string():
    users = [str(path.relative_to(ROOT)) for path in DRAFTING.rglob("*.py")
             if "importlib" in imports(path) or "importlib.import_module" in imports(path)]
    assert users == []
