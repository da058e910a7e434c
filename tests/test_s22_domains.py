"""A bishop heads the diocese of the town his title names (« l'évêque d'Orlan » leads « diocèse
d'Orlan », never « Orlan »: a judged-wrong « Qui dirige Orlan ? »); other head titles lead the
place they name, as before. Invented sentences, real model."""

from __future__ import annotations

from typing import Any

import pytest

HEAD = "Vossberg : un titre\n\n3 juin 2018. –\n"


def _leads(extract_text: Any, sentence: str) -> set[tuple[Any, Any]]:
    facts = extract_text(HEAD + sentence + "\n")
    return {(f.get("leader"), f.get("entity")) for f in facts if f.type == "leads"}


@pytest.mark.parametrize(
    ("sentence", "lead"),
    [
        (
            "L'évêque d'Orlan, Marc Olier, a célébré la messe.",
            ("Marc Olier", "diocèse d'Orlan"),
        ),
        (
            "L'archevêque de Vossberg, Paul Lenoir, a célébré la messe.",
            ("Paul Lenoir", "archidiocèse de Vossberg"),
        ),
        (
            "Paul Lenoir, archevêque de Vossberg, a reçu les fidèles.",
            ("Paul Lenoir", "archidiocèse de Vossberg"),
        ),
        (
            "L'évêque d'Ambrun, Luc Martin, a béni la cathédrale.",
            ("Luc Martin", "diocèse d'Ambrun"),
        ),
        # the diocese already named: as written
        (
            "L'évêque du diocèse de Vossberg, Luc Martin, a parlé.",
            ("Luc Martin", "diocèse de Vossberg"),
        ),
        # other head titles lead the place itself
        ("Le maire d'Orlan, Hugo Blanc, a parlé.", ("Hugo Blanc", "Orlan")),
        ("Le maire de Vossberg, Hugo Blanc, a inauguré le pont.", ("Hugo Blanc", "Vossberg")),
        (
            "Le président du club de Vossberg, Hugo Blanc, a démissionné.",
            ("Hugo Blanc", "club de Vossberg"),
        ),
    ],
)
def test_a_bishop_leads_the_diocese(
    extract_text: Any, sentence: str, lead: tuple[str, str]
) -> None:
    assert lead in _leads(extract_text, sentence)


@pytest.mark.parametrize(
    ("sentence", "town"),
    [
        ("L'évêque d'Orlan, Marc Olier, a célébré la messe.", "Orlan"),
        ("L'archevêque de Vossberg, Paul Lenoir, a célébré la messe.", "Vossberg"),
    ],
)
def test_a_bishop_never_leads_the_town(extract_text: Any, sentence: str, town: str) -> None:
    assert all(entity != town for _, entity in _leads(extract_text, sentence))
