"""Statistics sentences: comparison series, windows of measure, years that only date a figure.

- « 41 200, contre 43 950 unités en 2019 et 45 100 en 2018 »: every figure of the series is a
  quantity of the same noun, each dated one about its year; the years are no events;
- « sur les neuf premiers mois de l'année », « un mois de septembre »: windows, not counts;
- « Il faut remonter à 1998 pour retrouver … »: a reference of comparison, no event.
Invented sentences."""

from __future__ import annotations

from typing import Any

import pytest

_HEAD = "Brenneval : un titre\n\n3 juin 2021. –\n"


def _facts(extract_text: Any, sentence: str, fact_type: str) -> list[Any]:
    facts = extract_text(_HEAD + sentence + "\n")
    return [f for f in facts if f.type == fact_type and "3 juin 2021" not in str(f.get("date"))]


def _figures(extract_text: Any, sentence: str) -> list[tuple[float, str, str]]:
    return [
        (float(f.get("value")), str(f.get("unit")), str(f.get("subject")))
        for f in _facts(extract_text, sentence, "quantity")
    ]


def _years(extract_text: Any, sentence: str) -> list[str]:
    return [str(f.get("date_norm")) for f in _facts(extract_text, sentence, "event")]


# Family 1: comparison series.


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        (
            "Les ventes sont estimées à 41 200, contre 43 950 unités en 2019 et 45 100 en 2018 "
            "sur la même période.",
            [
                (41200.0, "unités", "ventes"),
                (43950.0, "unités", "unités en 2019"),
                (45100.0, "unités", "unités en 2018"),
            ],
        ),
        (
            "En avril 2021, la fédération estime le nombre de licenciés à 12 800, contre 13 450 "
            "en 2020 et 14 020 en 2019 pour le même mois.",
            [
                (12800.0, "licenciés", "nombre de licenciés"),
                (13450.0, "licenciés", "licenciés en 2020"),
                (14020.0, "licenciés", "licenciés en 2019"),
            ],
        ),
        (
            "Le port a accueilli 820 navires, contre 790 en 2019, 760 en 2018 et 700 en 2017.",
            [
                (820.0, "navires", "navires"),
                (790.0, "navires", "navires en 2019"),
                (760.0, "navires", "navires en 2018"),
                (700.0, "navires", "navires en 2017"),
            ],
        ),
        (
            "La production a atteint 5 200 tonnes, contre 4 800 tonnes en 2018 et 4 100 tonnes "
            "en 2017.",
            [
                (5200.0, "tonnes", "production"),
                (4800.0, "tonnes", "production en 2018"),
                (4100.0, "tonnes", "tonnes en 2017"),
            ],
        ),
        (
            "Le chiffre d'affaires atteint 12 millions d'euros, contre 10 millions en 2019 et "
            "9 millions en 2018.",
            [
                (12e6, "euros", "chiffre d'affaires"),
                (10e6, "euros", "chiffre d'affaires en 2019"),
                (9e6, "euros", "euros en 2018"),
            ],
        ),
        (
            "À Brenneval, les naissances sont estimées à 3 140, contre 3 321 nouveaux-nés en 2019 "
            "et 3 487 en 2018 sur la même période.",
            [
                (3140.0, "nouveaux-nés", "naissances"),
                (3321.0, "nouveaux-nés", "nouveaux-nés en 2019"),
                (3487.0, "nouveaux-nés", "nouveaux-nés en 2018"),
            ],
        ),
        (
            "Le taux de chômage atteint 7,5 % en 2021, contre 8,1 % en 2020 et 8,4 % en 2019.",
            [
                (7.5, "%", "taux de chômage en 2021"),
                (8.1, "%", "taux de chômage en 2020"),
                (8.4, "%", "taux de chômage en 2019"),
            ],
        ),
        (
            "Le candidat a obtenu 52, contre 48 voix pour son rival de Valmont.",
            [(52.0, "voix", "candidat"), (48.0, "voix", "voix")],
        ),
    ],
)
def test_each_figure_of_a_comparison_series_is_a_quantity(
    extract_text: Any, sentence: str, figures: list[tuple[float, str, str]]
) -> None:
    assert _figures(extract_text, sentence) == figures


@pytest.mark.parametrize(
    "sentence",
    [
        "Les ventes sont estimées à 41 200, contre 43 950 unités en 2019 et 45 100 en 2018.",
        "À Brenneval, les naissances sont estimées à 3 140, contre 3 321 nouveaux-nés en 2019 "
        "et 3 487 en 2018 sur la même période.",
        "Le port a accueilli 820 navires, contre 790 en 2019, 760 en 2018 et 700 en 2017.",
        "Le taux de chômage atteint 7,5 % en 2021, contre 8,1 % en 2020 et 8,4 % en 2019.",
    ],
)
def test_the_years_of_a_series_are_no_events(extract_text: Any, sentence: str) -> None:
    assert _years(extract_text, sentence) == []


def test_a_hyphenated_noun_after_an_adjective_is_the_unit(extract_text: Any) -> None:
    sentence = "Elle laisse deux petits-enfants et trois arrière-petits-enfants."
    assert _figures(extract_text, sentence) == [
        (2.0, "petits-enfants", "petits-enfants"),
        (3.0, "arrière-petits-enfants", "arrière-petits-enfants"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Les lignes 4 et 12 du tramway de Brenneval sont fermées.",
        "Le score final est de 41 200, contre toute attente.",
        "Le festival de Castelmont a eu lieu en 2018 et 2019.",
    ],
)
def test_no_series_no_figure(extract_text: Any, sentence: str) -> None:
    assert _figures(extract_text, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("Le pont de Valmont a été inauguré en 2012, contre l'avis des riverains.", "2012"),
        ("En 2019, la production de la coopérative a atteint 5 200 tonnes.", "2019"),
    ],
)
def test_a_year_outside_a_series_stays_an_event(
    extract_text: Any, sentence: str, year: str
) -> None:
    assert _years(extract_text, sentence) == [year]


# Family 2: windows of measure are no counts.


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        (
            "Sur les neuf premiers mois de l'année, la vente de vélos a progressé de 4 %.",
            [(4.0, "%", "vente")],
        ),
        ("Les trois premiers trimestres de l'année ont été difficiles à Valmont.", []),
        (
            "Au cours des deux dernières semaines, 300 habitants ont été évacués.",
            [(300.0, "habitants", "habitants")],
        ),
        ("Les dix derniers jours de la campagne ont été tendus.", []),
        ("Il faut remonter à 1998 pour retrouver un mois de juillet aussi pluvieux.", []),
        ("La ville a connu une semaine de mai très chaude.", []),
    ],
)
def test_a_window_of_measure_is_no_count(
    extract_text: Any, sentence: str, figures: list[tuple[float, str, str]]
) -> None:
    assert _figures(extract_text, sentence) == figures


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        (
            "Il a été détenu pendant neuf mois dans une prison de Valmont.",
            [(9.0, "mois", "mois")],
        ),
        (
            "Il a été condamné à trois mois de prison avec sursis.",
            [(3.0, "mois", "prison avec sursis")],
        ),
        (
            "En six mois, 2 000 emplois ont été créés dans la région de Brévilliers.",
            [(6.0, "mois", "emplois"), (2000.0, "emplois", "emplois")],
        ),
        (
            "Le club a recruté ses deux premiers joueurs étrangers.",
            [(2.0, "joueurs étrangers", "joueurs étrangers")],
        ),
        ("La grève a duré deux semaines en mars.", [(2.0, "semaines", "semaines")]),
        ("Le chantier de Castelmont durera un mois de plus.", [(1.0, "mois", "chantier")]),
        (
            "Dans les cinq prochaines années, la ville investira 20 millions d'euros.",
            [(5.0, "années", "ville"), (20e6, "euros", "ville")],
        ),
    ],
)
def test_a_duration_stays_a_count(
    extract_text: Any, sentence: str, figures: list[tuple[float, str, str]]
) -> None:
    assert _figures(extract_text, sentence) == figures


def test_a_kind_of_month_is_no_date(extract_text: Any) -> None:
    sentence = "Il faut remonter à 1998 pour retrouver un mois de juillet aussi pluvieux."
    assert _years(extract_text, sentence) == []


def test_the_month_of_an_event_stays_its_date(extract_text: Any) -> None:
    assert _years(extract_text, "Le musée de Valmont a fermé ses portes au mois de juillet.") == [
        "2021-07"
    ]


# Family 3: years that only frame a figure or a comparison are no events.


@pytest.mark.parametrize(
    "sentence",
    [
        "Il faut remonter à 1998 pour trouver une affluence aussi faible au musée de Valmont.",
        "Il faut remonter en 1987 pour retrouver une telle sécheresse dans la région.",
        "Il faut remonter jusqu'en 1975 pour observer un hiver aussi doux à Brenneval.",
        "Il fallait revenir en 1990 pour voir une telle crue de la Brenne.",
        "Sur les huit premiers mois de l'année 2020, les ventes sont estimées à 31 400.",
        "Sur les six premiers mois de 2019, la coopérative de Valmont a perdu 2 millions d'euros.",
        "La capacité éolienne a progressé de 130 GW en 2016, contre seulement 9 GW pour le charbon.",
        "Le port a traité 41 000 conteneurs en 2019, contre 38 000 un an plus tôt.",
    ],
)
def test_a_reference_or_a_window_year_is_no_event(extract_text: Any, sentence: str) -> None:
    assert _years(extract_text, sentence) == []


def test_a_later_year_whose_clause_is_lost_is_no_event(extract_text: Any) -> None:
    sentence = "En 2019, le taux d'inflation était tombé à 1,4 % et devrait encore baisser en 2022."
    assert _years(extract_text, sentence) == ["2019"]


@pytest.mark.parametrize(
    ("sentence", "years"),
    [
        ("Le club de Valmont est remonté en 2015 en première division.", ["2015"]),
        ("La dernière fois que la Brenne a débordé remonte au 9 mai 2009.", ["2009-05-09"]),
        (
            "Il aura fallu attendre octobre 2017 pour que le pont de Valmont soit rouvert.",
            ["2017-10"],
        ),
        (
            "Au premier semestre 2019, la coopérative de Valmont a perdu 2 millions d'euros.",
            ["2019"],
        ),
        ("En 2019, le maire de Valmont a été élu et il a démissionné en 2021.", ["2019", "2021"]),
        (
            "Sur les six premiers mois de l'année 2019, seul un navire a été construit à Valmont.",
            ["2019"],
        ),
    ],
)
def test_a_dated_event_stays(extract_text: Any, sentence: str, years: list[str]) -> None:
    assert _years(extract_text, sentence) == years


# Family 4: a figure repeated after « ces » is no new fact.


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        (
            "La ville comptait près de 4 500 chômeurs en 2019. Ces 4 500 chômeurs représentent "
            "9 % des actifs.",
            [(4500.0, "chômeurs", "chômeurs"), (9.0, "%", "actifs")],
        ),
        (
            "Le virus touche 128 pays selon l'agence de Valmont. Dans 100 de ces 128 pays, la "
            "maladie est ancienne.",
            [(128.0, "pays", "pays")],
        ),
        (
            "La ville comptait 14 500 habitants en 2019. Ces 4 500 chômeurs représentent 9 % des "
            "actifs.",
            [
                (14500.0, "habitants", "habitants"),
                (4500.0, "chômeurs", "chômeurs"),
                (9.0, "%", "actifs"),
            ],
        ),
        (
            "Ces 300 salariés de Valmont ont été licenciés en mai.",
            [(300.0, "salariés", "salariés de Valmont")],
        ),
        (
            "La préfecture a compté 2 000 manifestants à Valmont. Ces 2 000 manifestants ont "
            "défilé dans le calme.",
            [(2000.0, "manifestants", "manifestants")],
        ),
        (
            "Le stade de Valmont compte 12 500 places. Ces 500 places seront rénovées en 2022.",
            [(12500.0, "places", "places"), (500.0, "places", "places")],
        ),
        (
            "La coopérative de Valmont emploie 300 salariés. Ses 300 salariés seront formés.",
            [(300.0, "salariés", "salariés"), (300.0, "salariés", "salariés")],
        ),
    ],
)
def test_a_figure_repeated_after_ces_is_no_new_fact(
    extract_text: Any, text: str, figures: list[tuple[float, str, str]]
) -> None:
    assert _figures(extract_text, text) == figures


@pytest.mark.parametrize(
    ("sentence", "what"),
    [
        (
            "En avril 2021, la fédération estime le nombre de licenciés à 12 800, contre 13 450 "
            "en 2020.",
            "la fédération estime le nombre de licenciés à 12 800",
        ),
        (
            "Le 3 mai 2019, le club de Valmont a recruté 12 joueurs.",
            "le club de Valmont a recruté 12 joueurs",
        ),
    ],
)
def test_an_event_keeps_its_numbers_whole(extract_text: Any, sentence: str, what: str) -> None:
    assert [str(f.get("what")) for f in _facts(extract_text, sentence, "event")] == [what]
