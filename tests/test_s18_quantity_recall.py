"""Session 18 quantity recall families: ranges written apart, amounts whose noun is implied,
« deux d'entre eux », tolls. Every sentence is invented; each family has cases that must not fire.
"""

from __future__ import annotations

from typing import Any

import pytest


def _facts(extract_text: Any, text: str, fact_type: str) -> list[dict[str, Any]]:
    return [f.to_dict() for f in extract_text(text) if f.type == fact_type]


def _counts(extract_text: Any, text: str) -> list[tuple[float, str]]:
    return [(f["value"], str(f["unit"])) for f in _facts(extract_text, text, "quantity")]


def _ranges(extract_text: Any, text: str) -> list[tuple[float, float | None]]:
    return [(f["value"], f.get("value_max")) for f in _facts(extract_text, text, "quantity")]


# A range's two ends written apart: « 10 à 20 000 » shares the thousands of its second end; both
# ends repeating the unit make one range, not two amounts.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Le groupe compterait 10 à 20 000 combattants.", [(10_000, 20_000)]),
        ("Entre 15 et 20 000 manifestants ont défilé à Valmont.", [(15_000, 20_000)]),
        ("La foule comptait 30 à 40 000 personnes.", [(30_000, 40_000)]),
        ("Ils s'exposent à une amende de 2500 $ à 25 000 $.", [(2500, 25_000)]),
        ("Le billet coûte de 20 euros à 45 euros selon la place.", [(20, 45)]),
        (
            "Le chantier a coûté entre 2 millions d'euros et 3 millions d'euros.",
            [(2_000_000, 3_000_000)],
        ),
    ],
)
def test_a_range_written_apart_is_one_range(
    extract_text: Any, sentence: str, expected: list[tuple[float, float]]
) -> None:
    assert _ranges(extract_text, sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Le prix va de 1 à 20 000 euros selon les modèles.", [(1, 20_000)]),
        ("Les places coûtent de 150 à 2 000 euros.", [(150, 2000)]),
        ("Le loyer passe de 600 euros à 650 euros.", [(600, None), (650, None)]),
        ("Le club compte 12 joueurs et 3 000 supporters.", [(12, None), (3000, None)]),
        ("Le village compte de 200 à 300 habitants l'hiver.", [(200, 300)]),
    ],
)
def test_ranges_that_share_nothing_stay_as_written(
    extract_text: Any, sentence: str, expected: list[tuple[float, float | None]]
) -> None:
    assert _ranges(extract_text, sentence) == expected


def _amounts(extract_text: Any, text: str) -> list[tuple[float, str | None, str]]:
    return [
        (f["value"], f["unit"], str(f["subject"]).split(" (")[0])
        for f in _facts(extract_text, text, "quantity")
    ]


# A scale word makes an amount even when the article leaves its noun implied (« la dette atteint 26
# milliards »): no unit, what it is about is the subject of its clause.
@pytest.mark.parametrize(
    ("sentence", "value", "subject"),
    [
        ("La dette de Brenne devrait atteindre 41 milliards en 2019.", 41e9, "dette"),
        ("Le déficit devrait baisser à 4,2 milliards l'an prochain.", 4.2e9, "déficit"),
        ("Le jeu rapporterait 10 millions par jour à son éditeur.", 1e7, "jeu"),
        ("Le budget de Valmont dépasse désormais 2 milliards.", 2e9, "budget"),
        ("Les recettes du festival ont atteint 3,5 millions cette année.", 3.5e6, "recettes"),
        ("La fortune du fondateur est évaluée à 12 milliards.", 1.2e10, "fortune"),
    ],
)
def test_a_scaled_amount_without_its_noun_is_kept(
    extract_text: Any, sentence: str, value: float, subject: str
) -> None:
    found = _amounts(extract_text, sentence)
    assert any(v == pytest.approx(value) and u is None and s == subject for v, u, s in found), found


@pytest.mark.parametrize(
    "sentence",
    [
        "Il en a vendu 3 millions.",
        "Paris 2 millions, Lyon 1 million : le classement des villes.",
        "Des millions de personnes regardent le match.",
        "Quelques millions suffiront.",
    ],
)
def test_a_scaled_number_without_a_subject_is_dropped(extract_text: Any, sentence: str) -> None:
    assert [a for a in _amounts(extract_text, sentence) if a[1] is None and a[0] >= 1e6] == []


def test_a_scaled_amount_with_its_noun_keeps_it(extract_text: Any) -> None:
    found = _amounts(extract_text, "La dette de Brenne atteint 41 milliards d'euros en 2019.")
    assert [(v, u) for v, u, _ in found] == [(41e9, "euros")]


# « deux d'entre eux »: the number counts the plural noun heading its phrase before it.
@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("Quant aux gendarmes, deux d'entre eux ont été légèrement blessés.", 2, "gendarmes"),
        ("Ces contrats posent question, du moins pour trois d'entre eux.", 3, "contrats"),
        ("Parmi les blessés de l'accident des cars, quatre d'entre eux sont graves.", 4, "blessés"),
        ("Les infirmières ont manifesté et cinq d'entre elles ont été reçues.", 5, "infirmières"),
        (
            "Les députés ont voté ; parmi les absents, six d'entre eux étaient malades.",
            6,
            "absents",
        ),
    ],
)
def test_a_number_of_them_counts_the_group_named_before(
    extract_text: Any, sentence: str, value: float, unit: str
) -> None:
    assert (value, unit) in _counts(extract_text, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Sept d'entre eux ont signé la déclaration.",
        "Paul Morel et Ida Berg sont venus, mais deux d'entre eux sont repartis.",
        "L'un d'entre eux a été arrêté à Valmont.",
        "Le comité de la région a parlé : deux d'entre eux ont démissionné.",
        "Deux d'entre elles ont quitté le parti.",
    ],
)
def test_a_number_of_them_without_a_group_is_no_count(extract_text: Any, sentence: str) -> None:
    assert _counts(extract_text, sentence) == []


# A toll noun with a plural complement gives its noun to the list of numbers after its colon.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Le dernier bilan des morts devient ainsi : six à Brenne, trois à Valmont, deux à Lorvennes.",
            [(6, "morts"), (3, "morts"), (2, "morts")],
        ),
        ("Le bilan des victimes s'élève à 12 selon la préfecture.", [(12, "victimes")]),
        ("Le bilan provisoire des blessés : 14 selon les pompiers.", [(14, "blessés")]),
        ("Le bilan des interpellations atteint désormais 37.", [(37, "interpellations")]),
    ],
)
def test_a_toll_gives_its_noun_to_its_numbers(
    extract_text: Any, sentence: str, expected: list[tuple[float, str]]
) -> None:
    assert _counts(extract_text, sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Le bilan de l'entreprise : 12 millions.",
        "Le bilan de la saison est bon : 12 victoires.",
        "Le bilan est lourd. Six maisons ont brûlé.",
        "Le bilan du maire, réélu en 2014 pour 6 ans, divise.",
    ],
)
def test_a_toll_without_a_plural_complement_gives_nothing(extract_text: Any, sentence: str) -> None:
    assert not any(
        u in ("entreprise", "saison", "maire") for _, u in _counts(extract_text, sentence)
    )


# A bare number that gives the whole of a count just said (« sur les 465 », « parmi les 276 »), or a
# part of it after a restrictive word (« et seuls 26 »), counts the same noun.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Son parti décroche 311 sièges sur les 465 que compte l'assemblée.",
            [(311, "sièges"), (465, "sièges")],
        ),
        (
            "Le groupe retient environ 200 otages parmi les 276 qu'il a capturés.",
            [(200, "otages"), (276, "otages")],
        ),
        (
            "Cette année, 43 pays participaient et seuls 26 se sont qualifiés.",
            [(43, "pays"), (26, "pays")],
        ),
        (
            "Le club a remporté 12 rencontres sur les 20 de la saison.",
            [(12, "rencontres"), (20, "rencontres")],
        ),
        (
            "Sur 80 candidats, seulement 12 ont été retenus.",
            [(80, "candidats"), (12, "candidats")],
        ),
    ],
)
def test_a_bare_whole_or_part_counts_the_noun_before(
    extract_text: Any, sentence: str, expected: list[tuple[float, str]]
) -> None:
    assert _counts(extract_text, sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Il a marqué 12 buts sur les 3 derniers matchs.", [(12, "buts"), (3, "matchs")]),
        (
            "Le parti décroche 311 sièges sur les 46 circonscriptions.",
            [(311, "sièges"), (46, "circonscriptions")],
        ),
        ("Le club compte 30 joueurs sur les 2 terrains.", [(30, "joueurs")]),
        ("Il a obtenu 311 voix, sur les 12 bureaux de vote.", [(311, "voix"), (12, "bureaux")]),
        ("La ville compte 40 écoles et seuls 3 ans de travaux.", [(40, "écoles"), (3, "ans")]),
    ],
)
def test_a_smaller_whole_or_a_number_with_its_noun_keeps_its_own(
    extract_text: Any, sentence: str, expected: list[tuple[float, str]]
) -> None:
    assert _counts(extract_text, sentence) == expected
