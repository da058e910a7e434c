"""YAML reading with libyaml when PyYAML has it; errors always as pure-Python PyYAML words them."""

from __future__ import annotations

from typing import Any

import yaml

_FAST: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def compose_and_load(text: str) -> tuple[Any, Any]:
    """Return the composed node of a one-document YAML text and its safe-loaded data."""
    try:
        return _compose_and_load(text, _FAST)
    except yaml.YAMLError:
        if _FAST is yaml.SafeLoader:
            raise
    return _compose_and_load(text, yaml.SafeLoader)  # the same error, in PyYAML's own words


def safe_load(text: str) -> Any:
    """Return `yaml.safe_load(text)`, parsed by libyaml when available."""
    return compose_and_load(text)[1]


def _compose_and_load(text: str, loader_class: Any) -> tuple[Any, Any]:
    loader = loader_class(text)
    try:
        node = loader.get_single_node()
        return node, (loader.construct_document(node) if node is not None else None)
    finally:
        loader.dispose()
