"""The person_role grid (tests/grids/person_roles.py): a sample of the title lexicon in nine news
shapes keeps its recall floor, and relation or event-led sentences give no role."""

from __future__ import annotations

from typing import Any

from tests.grids import person_roles

SAMPLE = 25  # every n-th title: ≈ 27 titles × 9 shapes + must-not-fire rows
FLOOR = 0.98


def test_person_role_grid_recall_and_must_not_fire(extract_text: Any) -> None:
    grid = person_roles.rows(sample=SAMPLE)
    result = person_roles.run(extract_text, grid)
    hits = sum(result["hits"].values())
    total = sum(result["totals"].values())
    assert total >= 200
    assert hits / total >= FLOOR, dict(result["misses"])
    assert result["wrongs"] == []
