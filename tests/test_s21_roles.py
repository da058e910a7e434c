"""Being a victim is something that happened to a person, not a function (« X a été victime d'un
choc », « la victime, X, … »): it gives no person_role, while the person's real title beside it
still does. Invented sentences."""

from __future__ import annotations

from typing import Any

import pytest


def _roles(extract_text: Any, sentence: str) -> list[tuple[Any, ...]]:
    text = "Vossberg : un titre\n\n3 juin 2018. –\n" + sentence + "\n"
    return [(f.get("person"), f.get("role")) for f in extract_text(text) if f.type == "person_role"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Le cycliste Marc Petit avait été victime d'une chute dans la descente.",
        "La victime, Anne Roy, a été transportée à l'hôpital de Vossberg.",
        "Paul Lenoir, victime d'un malaise, a été hospitalisé lundi.",
        "Claire Morel a été victime d'un vol à son domicile.",
        "Selon la police, la victime Jean Collet était seule chez lui.",
    ],
)
def test_a_victim_has_no_role(extract_text: Any, sentence: str) -> None:
    assert not [r for r in _roles(extract_text, sentence) if "victime" in (r[1] or "")]


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        (
            "Le cycliste Marc Petit avait été victime d'une chute dans la descente.",
            ("Marc Petit", "cycliste"),
        ),
        (
            "Paul Lenoir, maire de Vossberg, a été victime d'un malaise lundi.",
            ("Paul Lenoir", "maire de Vossberg"),
        ),
        (
            "Le témoin, Anne Roy, a décrit la scène aux enquêteurs.",
            ("Anne Roy", "témoin"),
        ),
        (
            "Claire Morel, directrice de l'école, a porté plainte après le vol.",
            ("Claire Morel", "directrice de l'école"),
        ),
        (
            "L'otage français Jean Collet a été libéré mardi.",
            ("Jean Collet", "otage français"),
        ),
    ],
)
def test_the_real_title_beside_it_stays(
    extract_text: Any, sentence: str, role: tuple[str, str]
) -> None:
    assert role in _roles(extract_text, sentence)
