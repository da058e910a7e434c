"""The tree keeps its shape: stages import only what lies to their left, no cycles, spaCy in extract/.

The imports are read from the source with `ast` (function-level imports included), so a lazy
backward import is caught as surely as a top-level one.
"""

from __future__ import annotations

import ast
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "generators"

# Modules every stage may use: records, errors, the terminal console, plumbing, French helpers and
# word lists.
SHARED = frozenset({"records", "errors", "console", "files", "french", "lexicon", "__init__"})
# The stages, each with the stages it may import besides itself and SHARED (left to right:
# source → extract → questions → curate → export | quiz → build → cli).
STAGES: dict[str, frozenset[str]] = {
    "source": frozenset(),
    "extract": frozenset({"source"}),
    "questions": frozenset(),
    "curate": frozenset(),
    "export": frozenset(),
    "quiz": frozenset(),
    "build": frozenset({"source", "extract", "questions", "curate", "export", "quiz"}),
    "cli": frozenset({"source", "extract", "questions", "curate", "export", "quiz", "build"}),
    "__main__": frozenset({"cli"}),  # `python -m generators`
}
HEAVY = ("spacy", "thinc", "fr_core_news_sm")


def modules(package: Path) -> Iterator[tuple[str, Path]]:
    """Yield (dotted name under the package, path) of every module of `package`."""
    for path in sorted(package.rglob("*.py")):
        parts = path.relative_to(package).with_suffix("").parts
        yield ".".join(parts), path


def imports_of(path: Path, *, runtime_only: bool = False) -> set[str]:
    """Return every module `path` imports (absolute names), at any depth of the code.

    `from pkg import name` counts as importing `pkg.name` when that is a module, else `pkg`;
    with `runtime_only`, imports under `if TYPE_CHECKING:` are left out.
    """
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped = _type_checking_nodes(tree) if runtime_only else set()
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                found.add(_module_or_package(node.module, alias.name, path))
    return found


def _module_or_package(module: str, name: str, path: Path) -> str:
    """Return `module.name` when it is a module of the package tree, else `module`."""
    candidate = _package_root(path).joinpath(*f"{module}.{name}".split("."))
    if candidate.with_suffix(".py").is_file() or (candidate / "__init__.py").is_file():
        return f"{module}.{name}"
    return module


def _package_root(path: Path) -> Path:
    """Return the folder above the top package that holds `path`."""
    folder = path.parent
    while (folder.parent / "__init__.py").is_file():
        folder = folder.parent
    return folder.parent


def _type_checking_nodes(tree: ast.AST) -> set[int]:
    """Return the ids of the nodes under `if TYPE_CHECKING:` blocks."""
    nodes: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for child in node.body:
                nodes.update(id(n) for n in ast.walk(child))
    return nodes


def stage_of(dotted: str) -> str:
    """Return the top-level entry of a dotted name under the package (its stage or shared module)."""
    return dotted.split(".")[0]


def violations(package: Path) -> list[str]:
    """Return every import that breaks the stage rules, as `module imports target` lines."""
    known = {stage_of(name) for name, _ in modules(package)}
    wrong: list[str] = []
    for name, path in modules(package):
        stage = stage_of(name)
        for target in sorted(imports_of(path)):
            top = target.split(".")[0]
            if top in HEAVY and stage != "extract":
                wrong.append(f"{name} imports {target} (spaCy belongs to extract/)")
            if top != "generators" or target == "generators":
                continue
            other = stage_of(target.removeprefix("generators."))
            if other not in known or other == stage or other in SHARED:
                continue
            if stage in SHARED or other not in STAGES.get(stage, frozenset()):
                wrong.append(f"{name} imports {target}")
    return wrong


def cycles(package: Path) -> list[list[str]]:
    """Return the import cycles between modules of `package` (each as a list of modules)."""
    names = {name for name, _ in modules(package)}
    graph: dict[str, set[str]] = {}
    for name, path in modules(package):
        targets = {t.removeprefix("generators.") for t in imports_of(path, runtime_only=True)}
        graph[name] = {t for t in targets if t in names}
        graph[name] |= {f"{t}.__init__" for t in targets if f"{t}.__init__" in names}
        graph[name].discard(name)
    found: list[list[str]] = []
    state: dict[str, int] = {}

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                found.append([*trail[trail.index(nxt) :], nxt])
            elif nxt not in state:
                visit(nxt, [*trail, nxt])
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node, [node])
    return found


def test_every_stage_imports_only_what_lies_to_its_left() -> None:
    assert violations(PACKAGE) == []


def test_every_top_level_entry_is_a_stage_or_shared() -> None:
    tops = {stage_of(name) for name, _ in modules(PACKAGE)}
    assert tops <= set(STAGES) | SHARED


def test_no_import_cycles() -> None:
    assert cycles(PACKAGE) == []


@pytest.mark.parametrize(
    ("module", "planted", "expected"),
    [
        ("export/__init__.py", "from generators.build import compose", "export.__init__ imports"),
        ("quiz/session.py", "from generators.source import resolve", "quiz.session imports"),
        ("questions/__init__.py", "import spacy", "spaCy belongs to extract/"),
        ("records.py", "from generators.quiz import store", "records imports"),
    ],
)
def test_a_planted_backward_import_is_caught(
    tmp_path: Path, module: str, planted: str, expected: str
) -> None:
    copy = tmp_path / "generators"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__", "*.txt"))
    target = copy / module
    target.write_text(target.read_text(encoding="utf-8") + f"\n{planted}\n", encoding="utf-8")
    assert any(expected in line for line in violations(copy))


def test_a_planted_cycle_is_caught(tmp_path: Path) -> None:
    copy = tmp_path / "generators"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__", "*.txt"))
    errors = copy / "errors.py"
    errors.write_text(errors.read_text(encoding="utf-8") + "\nimport generators.records\n")
    assert any("records" in cycle and "errors" in cycle for cycle in cycles(copy))
