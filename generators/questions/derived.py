"""A figure the card's own sentence gives by arithmetic: « une chute de 900 millions, de 22,5 à
21,6 milliards » asks none of its three figures, each the difference (or the sum) of the others.

`derived_figure` tells a quantity card whose value is the difference of two other figures of its
sentence, or one of two figures whose difference another one states: whatever the card gaps, the
reader computes it from what it shows. A coincidence (« 10 soldats, 7 blessés, 3 véhicules ») costs
a card, never a wrong one.
"""

from __future__ import annotations

from itertools import combinations

from generators.questions.index import ArticleIndex
from generators.records import Question

CLOSE = 0.005  # relative difference under which two figures are the same


def derived_figure(question: Question, index: ArticleIndex) -> str:
    """Return why a quantity card's figure follows from two others of its sentence, or ''."""
    if question.fact_type != "quantity":
        return ""
    fact = next((f for f in index.facts if f.id == question.fact_id), None)
    value = _value(fact.get("value")) if fact is not None else None
    if fact is None or value is None:
        return ""
    others = [
        v
        for f in index.facts
        if f.type == "quantity" and f.id != fact.id and f.sentence == fact.sentence
        for v in [_value(f.get("value"))]
        if v is not None and not _close(v, value)
    ]
    for one, two in combinations(dict.fromkeys(others), 2):
        if any(
            _close(a, abs(b - c))
            for a, b, c in ((value, one, two), (one, value, two), (two, value, one))
        ):
            return "the figure follows from two others of its sentence (a difference)"
    return ""


def _value(raw: object) -> float | None:
    try:
        number = float(raw)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return number if number > 0 else None


def _close(one: float, two: float) -> bool:
    return two > 0 and abs(one - two) <= CLOSE * max(one, two)
