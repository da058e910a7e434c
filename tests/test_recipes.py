"""Deck recipes: the bundled one loads; bad recipes give one-line errors naming file and line."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SEED_RECIPE

from generators.errors import InputError
from generators.source.recipes import bundled_recipes, load_recipe


def test_bundled_recipe_loads() -> None:
    recipe = load_recipe(SEED_RECIPE)
    assert recipe.slug == "otan-irak-2020-02"
    assert recipe.article.name == "otan-irak-2020-02.txt"
    assert recipe.language == "fr"
    assert "::" in recipe.name
    assert SEED_RECIPE.resolve() in [p.resolve() for p in bundled_recipes()]


def _write(folder: Path, body: str) -> Path:
    (folder / "a.txt").write_text("Le maire a inauguré l'école le 3 mars 2001.\n", encoding="utf-8")
    path = folder / "deck.yaml"
    path.write_text(body, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (
            "name: D\narticle: a.txt\nlanguage: fr\ncolour: red\n",
            "deck.yaml:4: unknown recipe key 'colour'",
        ),
        (
            "name: D\narticle: a.txt\nlanguage: fr\nlimit: many\n",
            "deck.yaml:4: recipe key 'limit' must be a whole number",
        ),
        (
            "name: D\narticle: a.txt\nlanguage: fr\ntags: x\n",
            "deck.yaml:4: recipe key 'tags' must be a list",
        ),
        (
            "name: D\narticle: ../a.txt\nlanguage: fr\n",
            "deck.yaml:2: '../a.txt' points outside the recipe's folder",
        ),
        (
            "name: D\narticle: b.txt\nlanguage: fr\n",
            "deck.yaml:2: no such file 'b.txt' beside the recipe",
        ),
        ("name: D\nlanguage: fr\n", "deck.yaml:1: recipe lacks 'article'"),
        ("name: [D\n", "deck.yaml:2:"),
        ("- a\n- b\n", "deck.yaml:1: a recipe is a mapping"),
        (
            "name: D\narticle: a.txt\nlanguage: fr\nlimit: 0\n",
            "deck.yaml:4: recipe key 'limit' must be at least 1",
        ),
    ],
)
def test_bad_recipe_errors(tmp_path: Path, body: str, message: str) -> None:
    path = _write(tmp_path, body)
    with pytest.raises(InputError) as info:
        load_recipe(path)
    assert message in str(info.value)
    assert "\n" not in str(info.value)


def test_missing_recipe(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such recipe"):
        load_recipe(tmp_path / "nope.yaml")
