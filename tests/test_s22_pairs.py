"""Two titles joined by « et » before two names joined by « et »: the second title is the second
name's (« La présidente et le trésorier du club, Anne Roy et Paul Lenoir » never makes Anne Roy
the treasurer). Invented sentences, real model."""

from __future__ import annotations

from typing import Any

import pytest

HEAD = "Vossberg : un titre\n\n3 juin 2018. –\n"


def _roles(extract_text: Any, sentence: str) -> set[tuple[Any, Any]]:
    facts = extract_text(HEAD + sentence + "\n")
    return {(f.get("person"), f.get("role")) for f in facts if f.type == "person_role"}


@pytest.mark.parametrize(
    ("sentence", "held", "not_held"),
    [
        (
            "Le ministre et le secrétaire d'État à l'Intérieur, Paul Lenoir et Marc Olier, ont"
            " visité la caserne.",
            ("Marc Olier", "secrétaire d'État à l'Intérieur"),
            ("Paul Lenoir", "secrétaire d'État à l'Intérieur"),
        ),
        (
            "La présidente et le trésorier du club, Anne Petit et Hugo Blanc, ont démissionné.",
            ("Hugo Blanc", "trésorier du club"),
            ("Anne Petit", "trésorier du club"),
        ),
        (
            "Le directeur et la secrétaire générale de l'usine, Marc Durand et Julie Roy, ont signé.",
            ("Julie Roy", "secrétaire générale de l'usine"),
            ("Marc Durand", "secrétaire générale de l'usine"),
        ),
        (
            "Le maire et le préfet de la région, Paul Lenoir et Luc Martin, ont visité la digue.",
            ("Luc Martin", "préfet de la région"),
            ("Paul Lenoir", "préfet de la région"),
        ),
    ],
)
def test_the_second_title_is_the_second_name_s(
    extract_text: Any, sentence: str, held: tuple[str, str], not_held: tuple[str, str]
) -> None:
    roles = _roles(extract_text, sentence)
    assert held in roles
    assert not_held not in roles


@pytest.mark.parametrize(
    ("sentence", "held"),
    [
        # one title, one name: as before
        ("Le directeur de l'usine, Marc Durand, a parlé.", ("Marc Durand", "directeur de l'usine")),
        (
            "Le maire de Vossberg, Paul Lenoir, et son adjoint, Marc Olier, ont visité la caserne.",
            ("Paul Lenoir", "maire de Vossberg"),
        ),
        # a title after « et » before one name: that name's
        (
            "L'affaire impliquait le ministre Paul Lenoir et le chef de l'État de Vanlandie, Marc"
            " Olier.",
            ("Marc Olier", "chef de l'État de Vanlandie"),
        ),
        (
            "Les travaux sont menés par le cabinet Dubreuil et son associé, M. Perrin.",
            ("Perrin", "associé du cabinet Dubreuil"),
        ),
        # one title before two names: the first name's, as before
        (
            "La présidente du club, Anne Petit, et Hugo Blanc ont démissionné.",
            ("Anne Petit", "présidente du club"),
        ),
        # two titles of one person (no determiner before the second)
        (
            "Le triple champion d'Europe et vice-champion du monde, Luc Martin, a gagné.",
            ("Luc Martin", "triple champion d'Europe"),
        ),
    ],
)
def test_single_titles_stay(extract_text: Any, sentence: str, held: tuple[str, str]) -> None:
    assert held in _roles(extract_text, sentence)
