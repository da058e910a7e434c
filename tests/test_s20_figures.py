"""A signed change is a quantity with its sign (« (+0,4 point) » → 0.4, « (-0,3 point) » → -0.3,
« (-12 000 voitures) » → -12000); a score, a season or a model name with a hyphen is none.
Invented sentences."""

from __future__ import annotations

from typing import Any

import pytest


def _figures(extract_text: Any, sentence: str) -> list[tuple[float, str]]:
    facts = extract_text("Brenneval : un titre\n\n3 juin 2018. –\n" + sentence + "\n")
    return [(float(f.get("value")), str(f.get("text"))) for f in facts if f.type == "quantity"]


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        (
            "Le chômage des jeunes progresse sur le trimestre (+0,4 point, à 8,9 %).",
            (0.4, "+0,4 point"),
        ),
        ("Sur un an, le chômage recule encore (-0,3 point).", (-0.3, "-0,3 point")),
        (
            "Les ventes de Valdorie ont reculé en mai (-12 000 voitures).",
            (-12000.0, "-12 000 voitures"),
        ),
        ("Le trafic du port de Brenneval progresse (+12 %) en un an.", (12.0, "+12 %")),
        ("La fréquentation du musée de Castelmont baisse (−2 %) cette année.", (-2.0, "−2 %")),
    ],
)
def test_a_signed_change_keeps_its_sign(
    extract_text: Any, sentence: str, figure: tuple[float, str]
) -> None:
    assert figure in _figures(extract_text, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Le club de Brenneval a gagné 3-2 contre Valdorie.",
        "La saison 2015-2016 du club de Brenneval a été difficile.",
        "La compagnie de Valdorie a commandé des A-320 pour ses lignes.",
        "Le maire a cité la guerre de 14-18 dans son discours.",
        "Les élèves de CM1-CM2 de Castelmont ont visité le port.",
    ],
)
def test_a_hyphen_inside_a_name_or_score_is_no_sign(extract_text: Any, sentence: str) -> None:
    assert not [f for f in _figures(extract_text, sentence) if f[0] < 0]
