"""Acronym facts: sigles, known acronym-words, expansions only when the text links them."""

from __future__ import annotations

from typing import Any

import pytest


def _acronyms(extract_text: Any, text: str) -> dict[str, str | None]:
    return {f.get("acronym"): f.get("expansion") for f in extract_text(text) if f.type == "acronym"}


# text, acronym, expansion (None: the text gives none)
CASES = [
    (
        "Le Centre national de la recherche scientifique (CNRS) emploie 33 000 personnes.",
        "CNRS",
        "Centre national de la recherche scientifique",
    ),
    (
        "L'Organisation mondiale de la santé (OMS) a déclaré la pandémie.",
        "OMS",
        "Organisation mondiale de la santé",
    ),
    ("La Banque centrale européenne (BCE) a relevé ses taux.", "BCE", "Banque centrale européenne"),
    (
        "Le siège du Comité international olympique (CIO) est à Lausanne.",
        "CIO",
        "Comité international olympique",
    ),
    ('On pouvait lire "VLM" pour "Va à la messe" sur les fiches.', "VLM", "Va à la messe"),
    ("La SNCF a annoncé la suppression de postes.", "SNCF", None),
    ("Le PSG affronte l'OM dimanche au Parc des Princes.", "PSG", None),
    ("Selon l'Insee, l'inflation a atteint 5,2 % en un an.", "Insee", None),
    ("L'Unesco a inscrit le site au patrimoine mondial.", "Unesco", None),
    ("Le député a interpellé le gouvernement sur la TVA.", "TVA", None),
    ("Une note de la DST a été rendue publique.", "DST", None),
    ("La direction du G.O. fait passer une circulaire.", "G.O.", None),
]


@pytest.mark.parametrize(("text", "acronym", "expansion"), CASES)
def test_acronym(extract_text: Any, text: str, acronym: str, expansion: str | None) -> None:
    found = _acronyms(extract_text, text)
    assert acronym in found, found
    assert found[acronym] == expansion


def test_expansion_with_unmatched_initials_is_not_given(extract_text: Any) -> None:
    found = _acronyms(extract_text, "Il fut administrateur national du diamant (CND) à Bangui.")
    assert found == {"CND": None}


def test_one_fact_per_acronym_with_the_expansion_when_given_later(extract_text: Any) -> None:
    text = "Le RPR gagne les élections. Plus tard, le Rassemblement pour la République (RPR) se divise."
    facts = [f for f in extract_text(text) if f.type == "acronym"]
    assert len(facts) == 1
    assert facts[0].get("expansion") == "Rassemblement pour la République"


def test_dotted_and_plain_forms_are_one_acronym(extract_text: Any) -> None:
    assert list(
        _acronyms(
            extract_text, "Le siège du G.O. est rue Cadet. Le GO compte des milliers de membres."
        )
    ) == ["G.O."]


NOT_ACRONYMS = [
    "Louis XIV a régné pendant 72 ans sur la France.",
    "Le prix est de 10 000 US $ ou 9 000 EUR.",
    "La mission de l'opération IMPACT se poursuit, comme l'opération Impact l'avait prévu.",
    "F.L. Copperman était consul honoraire à Bangui.",
    "MM. Farinet et Verneau étaient présents.",
]


@pytest.mark.parametrize("text", NOT_ACRONYMS)
def test_not_an_acronym(extract_text: Any, text: str) -> None:
    assert _acronyms(extract_text, text) == {}


def test_heading_in_capitals_is_skipped(extract_text: Any) -> None:
    text = (
        "RAPPORT PUBLIC D'EVALUATION\n\nLe comité des médicaments (CHMP) a rendu un avis favorable."
    )
    assert list(_acronyms(extract_text, text)) == ["CHMP"]
