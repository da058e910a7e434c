"""Quantity families seen on unseen news: compound durations, ranks, « un an » windows, known groups."""

from __future__ import annotations

from typing import Any

import pytest


def _quantities(extract_text: Any, text: str) -> list[dict[str, Any]]:
    return [f.to_dict() for f in extract_text(text) if f.type == "quantity"]


# sentence, value, unit, text, bound
COMPOUND_DURATIONS = [
    (
        "Il remporte en 2 heures, 7 minutes et 12 secondes son troisième titre régional.",
        7632,
        "secondes",
        "2 heures, 7 minutes et 12 secondes",
        None,
    ),
    (
        "Le cycliste a bouclé l'étape en 4 h 52 min 18 s.",
        17538,
        "secondes",
        "4 h 52 min 18 s",
        None,
    ),
    (
        "Le fuyard compte plus d'une minute et quarante secondes sur ses poursuivants.",
        100,
        "secondes",
        "plus d'une minute et quarante secondes",
        "lower",
    ),
    ("Le relais a bouclé le parcours en 3 heures et 15 minutes.", 195, "minutes", None, None),
    ("La réunion a duré deux jours et six heures.", 54, "heures", None, None),
    ("Elle boucle le marathon en 2 h 31 min 5 s, un record.", 9065, "secondes", None, None),
    ("Le vainqueur a mis une heure, huit minutes et dix secondes.", 4090, "secondes", None, None),
    ("Le pilote a roulé pendant 1 heure et 45 minutes.", 105, "minutes", None, None),
]


@pytest.mark.parametrize(("sentence", "value", "unit", "text", "bound"), COMPOUND_DURATIONS)
def test_compound_duration_is_one_quantity(
    extract_text: Any, sentence: str, value: int, unit: str, text: str | None, bound: str | None
) -> None:
    facts = _quantities(extract_text, sentence)
    assert len(facts) == 1, [(f["value"], f["text"]) for f in facts]
    assert facts[0]["value"] == value and facts[0]["unit"] == unit
    assert text is None or facts[0]["text"] == text
    assert facts[0].get("bound") == bound


@pytest.mark.parametrize(
    "sentence",
    [
        "Le train est arrivé à 10 h 30 min à la gare.",  # a time of day
        "Le magasin ouvre à 9 h 15 min chaque matin.",
    ],
)
def test_clock_time_in_parts_is_no_quantity(extract_text: Any, sentence: str) -> None:
    assert _quantities(extract_text, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        # parts that do not shrink, or are separated by other words, stay apart
        ("Elle a couru 2 heures, devant 300 concurrents, et 15 minutes de plus.", [2, 300, 15]),
        ("Il a attendu 10 minutes puis 2 heures.", [10, 2]),
    ],
)
def test_durations_that_are_not_one(extract_text: Any, sentence: str, values: list[int]) -> None:
    assert [f["value"] for f in _quantities(extract_text, sentence)] == values


@pytest.mark.parametrize(
    "sentence",
    [
        "Le 1 er tour de l'élection a lieu dimanche.",
        "Elle termine à la 2 e place du classement.",
        "Le 3 ème round a été décisif.",
        "La 7 e étape part de la côte.",
        "Le 2 nd tour se tiendra en juin.",
        "Il a fini 4 ème de la course.",
    ],
)
def test_rank_is_no_quantity(extract_text: Any, sentence: str) -> None:
    assert _quantities(extract_text, sentence) == []


def test_rank_next_to_a_count_keeps_the_count(extract_text: Any) -> None:
    facts = _quantities(extract_text, "L'équipe a marqué 2 essais en 1 re mi-temps.")
    assert [(f["value"], f["unit"]) for f in facts] == [(2, "essais")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Les abonnements progressent sur une année.",
        "Le chômage a reculé sur un an.",
        "Le magasin est fermé depuis un an.",
        "Il a quitté le club il y a un mois.",
        "Le prix a doublé en un an.",
        "Après une année de hausse, les prix se stabilisent.",
        "Le secteur sort d'un an de récession.",
    ],
)
def test_one_period_window_is_no_quantity(extract_text: Any, sentence: str) -> None:
    assert _quantities(extract_text, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("La gérante est condamnée à un an de prison avec sursis.", 1, "an"),
        ("Le joueur a signé un contrat d'un an.", 1, "an"),
        ("Les ventes ont baissé depuis deux ans.", 2, "ans"),
        ("Le prêt sera remboursé sur 25 ans.", 25, "ans"),
        ("La maison est restée fermée un an.", 1, "an"),
        ("Le stage dure une semaine.", 1, "semaine"),
    ],
)
def test_a_duration_of_one_stays(extract_text: Any, sentence: str, value: int, unit: str) -> None:
    facts = _quantities(extract_text, sentence)
    assert [(f["value"], f["unit"]) for f in facts] == [(value, unit)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Le nageur est suivi de près par les deux frères Paul et Marc Durand.",
        "La skieuse ne peut suivre le rythme des deux frères dans la descente.",
        "Le peloton renonce à rattraper les deux échappés seuls en tête.",
        "Ses trois filles assistaient à la cérémonie.",
        "Les deux sœurs ont ouvert une boulangerie.",
        "Le club a salué ses deux enfants présents dans les tribunes.",
    ],
)
def test_a_known_group_is_no_count(extract_text: Any, sentence: str) -> None:
    assert _quantities(extract_text, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("Les deux frères ont été arrêtés à la frontière.", 2, "frères"),
        ("Les trois enfants du couple ont été tués dans l'incendie.", 3, "enfants"),
        ("Il a eu deux fils avec sa première épouse.", 2, "fils"),
        ("Deux soldats ont été tués dans l'attaque.", 2, "soldats"),
        (
            "Le titre s'est décidé entre les deux Norvégiennes Ingrid Berg et Solveig Lund.",
            2,
            "Norvégiennes",
        ),
        ("Les deux suspects interpellés jeudi ont été libérés.", 2, "suspects"),
        ("Les quelque 180 pompiers restent mobilisés.", 180, "pompiers"),
    ],
)
def test_a_count_that_is_news_stays(
    extract_text: Any, sentence: str, value: int, unit: str
) -> None:
    facts = _quantities(extract_text, sentence)
    assert [(f["value"], f["unit"]) for f in facts] == [(value, unit)]


# sentence, (value, unit) of each quantity in order
CHANGES = [
    (
        "L'absentéisme a continué de grimper, passant de 6,1 à 6,8 % entre mars et novembre.",
        [(6.1, "%"), (6.8, "%")],
    ),
    ("Le taux est passé de 12 à 9 % cette année.", [(12, "%"), (9, "%")]),
    (
        "La ville est passée de 15 000 à 30 000 habitants.",
        [(15000, "habitants"), (30000, "habitants")],
    ),
    ("Le budget passera de 4,2 à 3,6 milliards d'euros.", [(4.2e9, "euros"), (3.6e9, "euros")]),
    ("L'âge légal sera porté de 62 à 64 ans.", [(62, "ans"), (64, "ans")]),
    ("Les effectifs ont évolué de 300 à 450 salariés.", [(300, "salariés"), (450, "salariés")]),
    ("La limite est ramenée de 90 à 80 kilomètres par heure.", [(90, "kilomètres")]),
]


@pytest.mark.parametrize(("sentence", "expected"), CHANGES)
def test_a_change_from_one_value_to_another_is_two_values(
    extract_text: Any, sentence: str, expected: list[tuple[float, str]]
) -> None:
    facts = _quantities(extract_text, sentence)
    got = [(f["value"], f["unit"]) for f in facts]
    for value, unit in expected:
        assert any(v == pytest.approx(value) and unit in str(u) for v, u in got), got
    assert all("value_max" not in f for f in facts)


def test_a_change_gives_both_values_what_changes(extract_text: Any) -> None:
    facts = _quantities(extract_text, "Le loyer moyen est passé de 600 à 650 euros.")
    assert [f["subject"].split(" (")[0] for f in facts] == ["loyer moyen", "loyer moyen"]


@pytest.mark.parametrize(
    ("sentence", "low", "high"),
    [
        (
            "Le marché devrait conserver un niveau de 3,2 à 3,8 % les trimestres suivants.",
            3.2,
            3.8,
        ),
        ("Le loyer a augmenté de 5 à 8 % selon les quartiers.", 5, 8),  # « de »: by, or from?
        ("Entre 600 et 800 personnes ont été interpellées.", 600, 800),
        ("La réparation coûte de 200 à 300 euros.", 200, 300),
    ],
)
def test_a_range_without_a_verb_of_change_stays_a_range(
    extract_text: Any, sentence: str, low: float, high: float
) -> None:
    facts = _quantities(extract_text, sentence)
    assert [(f["value"], f.get("value_max")) for f in facts] == [(low, high)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Estimé d'abord à 41, le décompte atteint 57 jeudi soir.",  # 41: no unit either
        "Deux réunions sont prévues lundi et deux autres mardi.",
        "Le score est de 3 samedi dernier.",
        "Seulement 9 concourront pour la médaille.",
        "Parmi eux, 3 viendraient de la région.",
        "Entre 6 heures et 6h45, la ligne de tram a été interrompue.",
        "Le magasin ferme entre 12 heures et 14 h.",
    ],
)
def test_a_weekday_a_verb_or_a_time_of_day_is_no_unit(extract_text: Any, sentence: str) -> None:
    facts = _quantities(extract_text, sentence)
    wrong = ("lundi", "mardi", "jeudi", "samedi", "heures")
    assert all(f["unit"] not in wrong for f in facts), facts
    assert all(not str(f["unit"]).endswith(("ront", "aient")) for f in facts), facts


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("Le bilan fait état de 300 morts lundi soir.", 300, "morts"),
        ("Le stade a accueilli 40 000 spectateurs samedi.", 40000, "spectateurs"),
        ("Les fouilles ont duré 12 heures.", 12, "heures"),
        ("Les 14 finalistes participeront au concours.", 14, "finalistes"),
    ],
)
def test_a_count_next_to_a_weekday_or_a_verb_stays(
    extract_text: Any, sentence: str, value: int, unit: str
) -> None:
    facts = _quantities(extract_text, sentence)
    assert [(f["value"], f["unit"]) for f in facts] == [(value, unit)]


def test_a_compound_duration_leaves_out_its_abbreviation_dot(extract_text: Any) -> None:
    facts = _quantities(extract_text, "Il gagne en 3 h 09 min 27 s. et prive son rival du titre.")
    assert facts[0]["text"] == "3 h 09 min 27 s" and facts[0]["value"] == 11367
