"""Hand-made facts for question tests: an invented sentence and the fields a card needs."""

from __future__ import annotations

from typing import Any

from generators.records import Fact


def fact(type_: str, sentence: str, n: int = 0, **fields: Any) -> Fact:
    """Return a fact of `type_` spanning the whole `sentence`, with a stable test id."""
    return Fact(type_, sentence, 0, len(sentence), dict(fields), id=f"t:{type_}:{n}")


def quantity(sentence: str, text: str, value: float, unit: str, n: int = 0) -> Fact:
    """Return a quantity fact whose subject is its unit (masculine plural, confident)."""
    return fact(
        "quantity",
        sentence,
        n,
        value=value,
        unit=unit,
        text=text,
        subject=unit,
        unit_gender="m",
        unit_number="p",
        confidence=0.95,
    )
