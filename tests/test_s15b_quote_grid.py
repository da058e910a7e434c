"""Quote grid (session 15b): a sample of every speech verb, body noun and phrase verb of the
lexicons in the shapes of news quotes; a recall floor, and no wrong fact on any row."""

from __future__ import annotations

from typing import Any

from tests.grids.quote_grid import judge, sample

RECALL_FLOOR = 0.98  # 234/237 when set


def test_quote_grid_recall_and_no_wrong_facts(extract_text: Any) -> None:
    found = expected = 0
    wrong: list[str] = []
    for row in sample():
        facts = [
            (f.to_dict()["speaker"], f.to_dict()["text"])
            for f in extract_text("Titre\n\n" + row.text)
            if f.type == "quote"
        ]
        got, bad = judge(row, facts)
        found, expected = found + got, expected + len(row.expected)
        if bad:
            wrong.append(f"{row.text} -> {facts}")
    assert not wrong, wrong
    assert found / expected >= RECALL_FLOOR, (found, expected)
