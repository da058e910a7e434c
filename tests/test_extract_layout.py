"""The extraction stage reads as a pipeline: one extractor per fact type, no cycles, small modules."""

from __future__ import annotations

import ast
import importlib
import shutil
from pathlib import Path

import pytest

from generators.records import TYPES

EXTRACT = Path(__file__).resolve().parents[1] / "generators" / "extract"
PREFIX = "generators.extract"


def graph(root: Path) -> dict[str, set[str]]:
    """Return the imports between the modules under `root` (dotted names), read with ast."""
    modules = {
        ".".join((PREFIX, *p.relative_to(root).with_suffix("").parts)).removesuffix(".__init__"): p
        for p in root.rglob("*.py")
    }
    edges: dict[str, set[str]] = {}
    for name, path in modules.items():
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.add(node.module)
                found.update(f"{node.module}.{alias.name}" for alias in node.names)
        edges[name] = {t for t in found if t in modules and t != name}
    return edges


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Return the import cycles of `edges` (importing a submodule runs its package: an edge)."""
    found: list[list[str]] = []
    state: dict[str, int] = {}

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(edges.get(node, ())):
            if state.get(nxt) == 1:
                found.append([*trail[trail.index(nxt) :], nxt])
            elif nxt not in state:
                visit(nxt, [*trail, nxt])
        state[node] = 2

    for node in sorted(edges):
        if node not in state:
            visit(node, [node])
    return found


def test_extract_has_no_import_cycles() -> None:
    assert cycles(graph(EXTRACT)) == []


def test_a_planted_cycle_is_caught(tmp_path: Path) -> None:
    copy = tmp_path / "extract"
    shutil.copytree(EXTRACT, copy, ignore=shutil.ignore_patterns("__pycache__"))
    tokens = copy / "tokens.py"
    tokens.write_text(
        tokens.read_text(encoding="utf-8") + "\nfrom generators.extract import names\n"
    )
    assert any("generators.extract.tokens" in c for c in cycles(graph(copy)))


@pytest.mark.parametrize("fact_type", list(TYPES))
def test_every_fact_type_has_an_extractor_named_as_the_type(fact_type: str) -> None:
    module = importlib.import_module(f"{PREFIX}.types.{fact_type}")
    assert callable(module.extract)


def test_a_fact_type_without_an_extractor_fails_loudly() -> None:
    from generators.extract import extractor

    with pytest.raises(ModuleNotFoundError):
        extractor("no_such_type")


def test_derived_passes_follow_a_known_type() -> None:
    from generators.extract import derive

    assert set(derive.AFTER) <= set(TYPES)
    assert list(TYPES).index("succession") < list(TYPES).index("leads")


@pytest.mark.parametrize(
    "path", sorted(EXTRACT.parent.rglob("*.py")), ids=lambda p: f"{p.parent.name}/{p.name}"
)
def test_every_module_is_under_500_lines(path: Path) -> None:
    assert len(path.read_text(encoding="utf-8").splitlines()) < 500
