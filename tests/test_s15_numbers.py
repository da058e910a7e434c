"""Session 15 families of quantity facts, on invented French sentences."""

from __future__ import annotations

from typing import Any

import pytest


def _quantities(extract_text: Any, text: str) -> list[tuple[float, str, str | None]]:
    return [
        (f["value"], f["unit"], f.get("bound"))
        for f in (fact.to_dict() for fact in extract_text(text))
        if f["type"] == "quantity"
    ]


@pytest.mark.parametrize(
    ("sentence", "value", "bound"),
    [
        ("La skieuse termine avec une avance de trois minutes vingt sur sa rivale.", 200, None),
        ("Le coureur a franchi la ligne à plus d'une minute dix du vainqueur.", 70, "lower"),
        ("Le peloton accuse un retard de 4 minutes 45 au sommet du col.", 285, None),
    ],
)
def test_a_bare_number_after_minutes_is_seconds(
    extract_text: Any, sentence: str, value: int, bound: str | None
) -> None:
    assert (value, "secondes", bound) in _quantities(extract_text, sentence)


def test_a_counted_noun_after_minutes_is_not_seconds(extract_text: Any) -> None:
    facts = _quantities(extract_text, "En dix minutes, trois coureurs ont abandonné la course.")
    assert (10, "minutes", None) in facts
    assert all(unit != "secondes" for _, unit, _ in facts)
