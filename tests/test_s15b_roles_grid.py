"""The person_role grid (tests/grids/person_roles.py): a sample of the title lexicon in eleven news
shapes keeps its recall floor, and relation or event-led sentences give no role."""

from __future__ import annotations

from typing import Any

import pytest

from tests.grids import person_roles

SAMPLE = 20  # about 21 titles (every 30th) × 11 shapes + must-not-fire rows
FLOOR = 0.98


def test_person_role_grid_recall_and_must_not_fire(extract_text: Any) -> None:
    grid = person_roles.rows(sample=SAMPLE)
    result = person_roles.run(extract_text, grid)
    hits = sum(result["hits"].values())
    total = sum(result["totals"].values())
    assert total >= 200
    assert hits / total >= FLOOR, dict(result["misses"])
    assert result["wrongs"] == []


# One invented sentence per cause fixed with the grid.
@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "L'adjoint au maire Paul Quérel a inauguré le gymnase.",
            ("Paul Quérel", "adjoint au maire"),
        ),
        (
            "Le chef d'orchestre italien Paul Quérel a dirigé la symphonie.",
            ("Paul Quérel", "chef d'orchestre italien"),
        ),
        ("L'ancien associé Paul Quérel a publié un livre.", ("Paul Quérel", "ancien associé")),
        (
            "Valérie Lansac, avocate de la Fondation Ardelis, a parlé jeudi.",
            ("Valérie Lansac", "avocate de la Fondation Ardelis"),
        ),
        (
            "L'ancien consul Armand Morvieux a publié un livre.",
            ("Armand Morvieux", "ancien consul"),
        ),
        (
            "Le maire a rencontré mardi Yvette Marchetti, sénatrice de la Fondation Ardelis.",
            ("Yvette Marchetti", "sénatrice de la Fondation Ardelis"),
        ),
        (
            "Paul Vernoux est conseiller de la Société Valmorel depuis 2019.",
            ("Paul Vernoux", "conseiller de la Société Valmorel"),
        ),
    ],
)
def test_grid_causes(extract_text: Any, text: str, role: tuple[str, str]) -> None:
    assert role in person_roles.roles_of(extract_text("Titre\n\n" + text))


def test_passive_after_copula_is_no_title(extract_text: Any) -> None:
    roles = person_roles.roles_of(extract_text("Titre\n\nPaul Vernoux est associé à ce projet."))
    assert not roles
