"""Tables printed by `--format table`: every word kept, wrapped to the terminal's width."""

from __future__ import annotations

import pytest

from generators.cli.output import render_table

LONG = (
    "Une phrase assez longue pour dépasser soixante caractères et montrer "
    "que rien n'est coupé en route, jusqu'au dernier mot."
)


@pytest.mark.parametrize("width", [60, 80, 120])
def test_table_wraps_to_the_width_and_keeps_every_word(width: int) -> None:
    text = render_table([("cloze", LONG, "réponse")], ("kind", "prompt", "answer"), width)
    assert all(len(line) < width for line in text.splitlines())
    assert "…" not in text
    assert " ".join(text.split()).count("dernier mot.") == 1
    assert set(LONG.split()) <= set(text.split())


def test_table_defaults_to_the_terminal_width(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "150")
    text = render_table([("cloze", LONG, "réponse")], ("kind", "prompt", "answer"))
    assert len(text.splitlines()) == 3  # header, rule, one row on one line
    monkeypatch.setenv("COLUMNS", "50")
    assert max(len(line) for line in render_table([("a", LONG)], ("k", "p")).splitlines()) < 50


def test_short_table_is_unchanged() -> None:
    assert render_table([("1", "deux")], ("a", "b"), 80) == "a  b\n-  ----\n1  deux"
