"""YAML reading with libyaml when PyYAML has it; errors always as pure-Python PyYAML words them.

Bounded: a shared file cannot make the reader (or whoever walks the data after it) hang. Aliases
that expand to more than MAX_NODES nodes (a « billion laughs » bomb) and nesting deeper than
Python's stack are refused with a `yaml.YAMLError` that names the problem.
"""

from __future__ import annotations

from typing import Any

import yaml

_FAST: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
MAX_NODES = 200_000  # nodes of a document with its aliases expanded; a recipe has tens


class TooBigError(yaml.YAMLError):
    """A YAML document too large once its aliases are expanded, or nested too deeply."""

    def __init__(self, problem: str) -> None:
        super().__init__(problem)
        self.problem = problem  # read as PyYAML's marked errors are


def compose_and_load(text: str) -> tuple[Any, Any]:
    """Return the composed node of a one-document YAML text and its safe-loaded data."""
    try:
        return _compose_and_load(text, _FAST)
    except TooBigError:
        raise
    except yaml.YAMLError:
        if _FAST is yaml.SafeLoader:
            raise
    return _compose_and_load(text, yaml.SafeLoader)  # the same error, in PyYAML's own words


def load_or_explain(text: str, where: object, error: type[Exception]) -> tuple[Any, Any]:
    """Return `compose_and_load(text)`, or raise `error("WHERE:LINE: problem; fix the YAML syntax")`."""
    try:
        return compose_and_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else 1
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise error(f"{where}:{line}: {problem}; fix the YAML syntax") from None


def safe_load(text: str) -> Any:
    """Return `yaml.safe_load(text)`, parsed by libyaml when available."""
    return compose_and_load(text)[1]


def _compose_and_load(text: str, loader_class: Any) -> tuple[Any, Any]:
    loader = loader_class(text)
    try:
        node = loader.get_single_node()
        if node is not None:
            _check_size(node)
        return node, (loader.construct_document(node) if node is not None else None)
    except RecursionError:
        raise TooBigError("nested too deeply") from None
    finally:
        loader.dispose()


def _check_size(root: yaml.Node) -> None:
    """Refuse a document whose nodes, counting each alias use again, exceed MAX_NODES."""
    seen = 0
    stack: list[yaml.Node] = [root]
    while stack:
        node = stack.pop()
        seen += 1
        if seen > MAX_NODES:
            raise TooBigError(
                f"over {MAX_NODES} values once its aliases are expanded (a YAML bomb?)"
            )
        if isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
        elif isinstance(node, yaml.MappingNode):
            stack.extend(item for pair in node.value for item in pair)
