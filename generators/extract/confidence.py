"""How sure extraction is of a fact: one table, generators/lexicon/extract_confidence.txt.

Each rule names its evidence (`quote.pronoun`, `leads.title`, …); `value(fact_type, evidence)`
reads the table. A rule with no finer evidence gets its type's `default`. An evidence the table
lacks is a bug: it fails loudly.
"""

from __future__ import annotations

import functools

from generators import lexicon


@functools.cache
def table() -> dict[str, float]:
    """Return the confidence table: `<fact type>.<evidence>` → value in [0, 1]."""
    rows: dict[str, float] = {}
    for entry in lexicon.words("extract_confidence"):
        key, number = entry.split()
        rows[key] = float(number)
    return rows


def value(fact_type: str, evidence: str | None = None) -> float:
    """Return the confidence of a `fact_type` fact found with `evidence` (default: the type's)."""
    rows = table()
    key = f"{fact_type}.{evidence or 'default'}"
    if key not in rows:
        raise KeyError(f"no confidence for {key} in lexicon/extract_confidence.txt")
    return rows[key]


@functools.cache
def rated_types() -> frozenset[str]:
    """Return the fact types the table rates."""
    return frozenset(key.split(".", 1)[0] for key in table())
