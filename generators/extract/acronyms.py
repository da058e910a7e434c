"""Extract acronyms facts (placeholder until its extractor lands)."""

from __future__ import annotations

from typing import Any

from generators.extract.context import Context
from generators.facts import Fact


def extract(doc: Any, offset: int, ctx: Context) -> list[Fact]:
    """Return the acronyms facts of `doc`."""
    return []
