"""SOURCE resolution: recipes with curated facts and exclusions, saved facts files."""

from __future__ import annotations

import json
from pathlib import Path

import yaml

from generators.build.compose import load as load_source
from generators.records import facts_document, make_fact


def _facts(slug: str) -> list:  # type: ignore[type-arg]
    text = "La SNCF a embauché 300 agents."
    return [
        make_fact(slug, "acronym", text, 0, len(text), acronym="SNCF", expansion=None),
        make_fact(
            slug,
            "quantity",
            text,
            0,
            len(text),
            value=300,
            unit="agents",
            subject="agents embauchés",
            text="300 agents",
            approx=False,
        ),
    ]


def test_recipe_uses_curated_facts_and_exclude(tmp_path: Path) -> None:
    facts = _facts("deck")
    (tmp_path / "a.txt").write_text("La SNCF a embauché 300 agents.\n", encoding="utf-8")
    (tmp_path / "deck.facts.json").write_text(
        json.dumps(facts_document({"slug": "deck"}, facts)), encoding="utf-8"
    )
    recipe = {
        "name": "G::Deck",
        "article": "a.txt",
        "language": "fr",
        "facts": "deck.facts.json",
        "exclude": [facts[0].id],
    }
    (tmp_path / "deck.yaml").write_text(yaml.safe_dump(recipe), encoding="utf-8")
    source = load_source(tmp_path / "deck.yaml")
    assert [f.id for f in source.facts] == [facts[1].id]
    assert source.recipe is not None and source.recipe.slug == "deck"
    assert source.header["title"] == "Deck"


def test_saved_yaml_facts_file_is_not_a_recipe(tmp_path: Path) -> None:
    facts = _facts("saved")
    path = tmp_path / "saved.yaml"
    path.write_text(
        yaml.safe_dump(facts_document({"slug": "saved"}, facts), allow_unicode=True),
        encoding="utf-8",
    )
    source = load_source(path)
    assert source.facts == facts
    assert source.recipe is None and source.article is None
