"""Name resolution across an article (placeholder until the people extractor lands)."""

from __future__ import annotations

from typing import Any

from generators.extract.context import Context


def index(docs: list[tuple[int, Any]], ctx: Context) -> Any:
    """Return the article's index of person names."""
    return None
