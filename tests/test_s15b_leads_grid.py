"""The leads and succession grid (tests/grids/leads_grid.py): recall floors, no wrong output."""

from __future__ import annotations

from typing import Any

import pytest

from tests.grids.leads_grid import all_rows, found_in

# Reached in session 15b (576/599 on the full grid, 0 wrong); the sample is every second title row.
RECALL_FLOOR = 0.95


@pytest.fixture(scope="module")
def grid(extract_text: Any) -> list[tuple[Any, list[bool], list[dict[str, Any]]]]:
    rows = all_rows(full=False)
    return [(row, *found_in(row, extract_text(row.text))) for row in rows]


def test_grid_recall_floor(grid: list[tuple[Any, list[bool], list[dict[str, Any]]]]) -> None:
    hits = [hit for _row, row_hits, _wrong in grid for hit in row_hits]
    missed = [row.text for row, row_hits, _wrong in grid if not all(row_hits)]
    assert sum(hits) / len(hits) >= RECALL_FLOOR, missed


def test_grid_no_wrong_output(grid: list[tuple[Any, list[bool], list[dict[str, Any]]]]) -> None:
    assert [(row.text, wrong) for row, _hits, wrong in grid if wrong] == []


def test_successions_and_chains_all_found(
    grid: list[tuple[Any, list[bool], list[dict[str, Any]]]],
) -> None:
    assert [
        row.text
        for row, hits, _ in grid
        if row.expected[:1] and row.expected[0][0] == "succession" and not all(hits)
    ] == []
