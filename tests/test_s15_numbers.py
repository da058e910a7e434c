"""Session 15 families of quantity facts, on invented French sentences."""

from __future__ import annotations

from typing import Any

import pytest


def _quantities(extract_text: Any, text: str) -> list[tuple[float, str, str | None]]:
    return [
        (f["value"], f["unit"], f.get("bound"))
        for f in (fact.to_dict() for fact in extract_text(text))
        if f["type"] == "quantity"
    ]


@pytest.mark.parametrize(
    ("sentence", "value", "bound"),
    [
        ("La skieuse termine avec une avance de trois minutes vingt sur sa rivale.", 200, None),
        ("Le coureur a franchi la ligne à plus d'une minute dix du vainqueur.", 70, "lower"),
        ("Le peloton accuse un retard de 4 minutes 45 au sommet du col.", 285, None),
    ],
)
def test_a_bare_number_after_minutes_is_seconds(
    extract_text: Any, sentence: str, value: int, bound: str | None
) -> None:
    assert (value, "secondes", bound) in _quantities(extract_text, sentence)


def test_a_counted_noun_after_minutes_is_not_seconds(extract_text: Any) -> None:
    facts = _quantities(extract_text, "En dix minutes, trois coureurs ont abandonné la course.")
    assert (10, "minutes", None) in facts
    assert all(unit != "secondes" for _, unit, _ in facts)


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        (
            "Le parcours enchaîne 12 km de course à pied, 45 de vélo et enfin 6 de natation.",
            45,
            "km",
        ),
        (
            "Entre 2 000 et 3 000 personnes selon la police, 9 000 selon les syndicats.",
            9000,
            "personnes",
        ),
        (
            "Le taux baisse de 0,3 point pour les hommes, et augmente de 0,6 pour les femmes.",
            0.6,
            "point",
        ),
    ],
)
def test_a_bare_number_repeating_the_complement_takes_the_noun(
    extract_text: Any, sentence: str, value: float, unit: str
) -> None:
    assert (value, unit, None) in _quantities(extract_text, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Elle a couru 12 km de montée, puis 40 à plat.",
        "Elle a couru 12 km de montée, puis les 40 de la descente.",
    ],
)
def test_a_bare_number_with_another_complement_or_an_article_is_no_count(
    extract_text: Any, sentence: str
) -> None:
    assert [value for value, _, _ in _quantities(extract_text, sentence)] == [12]


def test_n_others_counts_the_noun_counted_before_in_the_sentence(extract_text: Any) -> None:
    sentence = "Une frappe tue 60 soldats et en blesse 110 autres sur la colline."
    assert (110, "soldats", None) in _quantities(extract_text, sentence)


def test_n_others_without_a_count_before_in_its_sentence_is_no_count(extract_text: Any) -> None:
    text = "Le club compte 30 joueurs. Hier, 45 autres sont arrivés au centre."
    assert [value for value, _, _ in _quantities(extract_text, text)] == [30]


def test_young_people_counted_with_no_noun_after(extract_text: Any) -> None:
    sentence = "Trois jeunes, soupçonnés d'avoir volé une moto, ont été interpellés mardi."
    assert (3, "jeunes", None) in _quantities(extract_text, sentence)


def test_young_before_a_noun_counts_the_noun(extract_text: Any) -> None:
    facts = _quantities(extract_text, "Trois jeunes joueurs ont signé au club de Brivel.")
    assert [(value, unit) for value, unit, _ in facts] == [(3, "joueurs")]


def test_a_number_after_an_article_and_a_capitalized_noun_is_part_of_a_name(
    extract_text: Any,
) -> None:
    text = "Hier, le Mouvement 3 couleurs a gagné des voix dans la vallée."
    assert [value for value, _, _ in _quantities(extract_text, text)] == []


def test_a_number_after_a_place_name_still_counts(extract_text: Any) -> None:
    facts = _quantities(extract_text, "Au Mali 3 soldats ont été tués lors d'une embuscade.")
    assert (3, "soldats", None) in facts


def test_a_bare_number_subject_of_etre_counts_the_earlier_noun(extract_text: Any) -> None:
    facts = _quantities(extract_text, "Sur 40 élèves inscrits, 12 sont absents ce matin.")
    assert (12, "élèves", None) in [(v, u.split()[0], b) for v, u, b in facts]


def test_a_bare_number_subject_of_etre_in_another_sentence_is_no_count(extract_text: Any) -> None:
    text = "Le club compte 30 joueurs. En juin, 12 étaient encore blessés."
    assert [value for value, _, _ in _quantities(extract_text, text)] == [30]
