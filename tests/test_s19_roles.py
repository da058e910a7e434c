"""Person roles on invented news sentences (session 19): a title after a compound past of
« être » (« A avait été ministre ») is a post held before, a negated attribute (« A n'était pas
ministre », « n'a pas été nommée ministre ») gives no role, with the partner cases that must not
fire or must stay present."""

from __future__ import annotations

from typing import Any

import pytest


def _facts(extract_text: Any, text: str) -> list[dict[str, Any]]:
    return [f.to_dict() for f in extract_text("Titre\n\n" + text) if f.type == "person_role"]


def _roles(extract_text: Any, text: str) -> set[tuple[str, str, bool]]:
    return {(f["person"], f["role"], bool(f.get("past"))) for f in _facts(extract_text, text)}


# A compound past of « être » before the title: the post was held before.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Léa Morin avait précédemment été ministre de la Santé.",
            {("Léa Morin", "ministre de la Santé", True)},
        ),
        (
            "Léa Morin avait déjà été ministre de la Santé.",
            {("Léa Morin", "ministre de la Santé", True)},
        ),
        (
            "Paul Verdier avait auparavant été directeur de la banque Ferlan.",
            {("Paul Verdier", "directeur de la banque Ferlan", True)},
        ),
        (
            "Nadia Colin a été présidente du club de Rennes.",
            {("Nadia Colin", "présidente du club de Rennes", True)},
        ),
        (
            "Nadia Colin, qui a été présidente du club de Rennes, est morte.",
            {("Nadia Colin", "présidente du club de Rennes", True)},
        ),
        (
            "Hugo Barre a été maire de Vannes pendant dix ans.",
            {("Hugo Barre", "maire de Vannes", True)},
        ),
        # must stay present: a present copula, a naming verb, a future
        (
            "Paul Verdier est ministre de la Santé.",
            {("Paul Verdier", "ministre de la Santé", False)},
        ),
        (
            "Paul Verdier a été nommé ministre de la Santé.",
            {("Paul Verdier", "ministre de la Santé", False)},
        ),
        (
            "Nadia Colin sera présidente du club de Rennes.",
            {("Nadia Colin", "présidente du club de Rennes", False)},
        ),
        (
            "Paul Verdier était ministre de la Santé.",
            {("Paul Verdier", "ministre de la Santé", False)},
        ),
    ],
)
def test_post_held_before_by_a_compound_past(
    extract_text: Any, text: str, expected: set[tuple[str, str, bool]]
) -> None:
    assert _roles(extract_text, text) == expected


# A negated or hedged attribute: no role at all.
@pytest.mark.parametrize(
    "text",
    [
        "Léa Morin n'était pas ministre de la Santé.",
        "Léa Morin n'a jamais été ministre de la Santé.",
        "Paul Verdier n'a pas été nommé ministre de la Santé.",
        "Paul Verdier n'est plus maire de Vannes depuis longtemps.",
        "Paul Verdier aurait été ministre de la Santé.",
        "Nadia Colin n'a pas été élue présidente du club de Rennes.",
        "Nadia Colin a été déléguée par le maire à la réunion.",
        "Hugo Barre ne sera pas directeur de la banque Ferlan.",
        "Inès Caron n'était pas présidente du club de Rennes en 2010.",
        "Inès Caron n'a jamais été directrice de la banque Ferlan.",
    ],
)
def test_negated_attribute_gives_no_role(extract_text: Any, text: str) -> None:
    assert _roles(extract_text, text) == set()
