"""Session 19 precision families: dates, numbers and acronyms read from unseen news, tested on
invented sentences (names, places and numbers made up); every family has cases that must not fire.
"""

from __future__ import annotations

from typing import Any

import pytest


def _facts(extract_text: Any, text: str, fact_type: str) -> list[dict[str, Any]]:
    return [f.to_dict() for f in extract_text(text) if f.type == fact_type]


def _event_dates(extract_text: Any, text: str) -> list[str]:
    return [str(f["date_norm"]) for f in _facts(extract_text, text, "event")]


def _quantities(extract_text: Any, text: str) -> list[tuple[float, bool, str]]:
    return [
        (float(f["value"]), bool(f["approx"]), str(f["unit"]))
        for f in _facts(extract_text, text, "quantity")
    ]


# --- « les Jeux olympiques d'hiver de 2030 »: a year closing a capitalised name labels its edition
@pytest.mark.parametrize(
    "text",
    [
        "La ville de Castelmont a retiré sa candidature pour les Jeux olympiques d'hiver de 2030.",
        "Lucie Marchal et son équipe ont présenté le programme du Festival de Brenneval de 2019.",
        "Le comité de Valdorie a dévoilé l'affiche de la Coupe du monde de 2026.",
        "Les organisateurs ont ouvert la billetterie du Salon de Montbrenac de 2021.",
        "Le maire a vanté le bilan de la Biennale de Castelmont de 2017.",
        "La fédération a publié le règlement du Tour de Valdorie de 2022.",
    ],
)
def test_a_year_naming_an_edition_dates_no_event(extract_text: Any, text: str) -> None:
    assert _event_dates(extract_text, text) == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("La loi de 2015 a été abrogée par le Parlement de Valdorie.", "2015"),
        ("Ils confirment une décision du tribunal de Brenneval datant de 2015.", "2015"),
        ("La ville de Castelmont a été fondée en 1815.", "1815"),
        ("Le Festival de Brenneval a réuni 3 000 spectateurs en 2019.", "2019"),
        ("Les élections de 2017 ont été remportées par Lucie Marchal.", "2017"),
    ],
)
def test_a_year_of_the_clause_stays_an_event(extract_text: Any, text: str, date: str) -> None:
    assert _event_dates(extract_text, text) == [date]


# --- « peut-être 7000 entrées »: « peut-être » before a number makes it approximate
@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Durant l'hiver, nous accueillons peut-être 5000 visiteurs par jour.", 5000, "visiteurs"),
        ("Peut-être 300 personnes ont assisté au concert de Lucie Marchal.", 300, "personnes"),
        ("La digue de Brenneval a coûté peut-être 12 millions d'euros.", 12_000_000, "euros"),
        ("Le club de Castelmont compte peut-être 80 adhérents.", 80, "adhérents"),
        ("La foire de Montbrenac a attiré peut-être 40 000 curieux.", 40_000, "curieux"),
    ],
)
def test_peut_etre_before_a_number_is_a_hedge(
    extract_text: Any, text: str, value: float, unit: str
) -> None:
    found = _quantities(extract_text, text)
    assert any(v == value and approx and unit in u for v, approx, u in found), found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Il viendra peut-être avec 3 amis de Brenneval.", 3),
        ("La foire de Montbrenac a attiré 40 000 curieux, peut-être plus.", 40_000),
        ("Le club de Castelmont compte 80 adhérents.", 80),
        ("Peut-être le maire de Valdorie a-t-il reçu 25 lettres.", 25),
        ("La digue de Brenneval a coûté 12 millions d'euros, dit-on, peut-être.", 12_000_000),
    ],
)
def test_a_number_without_peut_etre_before_it_stays_exact(
    extract_text: Any, text: str, value: float
) -> None:
    found = _quantities(extract_text, text)
    assert any(v == value and not approx for v, approx, _ in found), found


# --- « une heure dans une semaine », « dans un mois »: « un » + a unit of time after « dans »
@pytest.mark.parametrize(
    "text",
    [
        "La règle exclut toute personne ayant travaillé au moins une heure dans une semaine.",
        "Le chantier de Brenneval reprendra dans un mois.",
        "Le verdict du tribunal de Castelmont tombera dans une semaine.",
        "La ligne de Montbrenac rouvrira dans un an.",
        "Le maire de Valdorie répondra dans un jour ou deux.",
    ],
)
def test_one_unit_of_time_after_dans_is_a_window(extract_text: Any, text: str) -> None:
    found = _quantities(extract_text, text)
    assert all(
        not (v == 1 and u.startswith(("semaine", "mois", "an", "jour"))) for v, _, u in found
    )


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("La règle exclut toute personne ayant travaillé au moins une heure.", 1, "heure"),
        ("Le chantier de Brenneval durera une semaine.", 1, "semaine"),
        ("Les travaux dureront deux semaines dans le quartier de Castelmont.", 2, "semaines"),
        ("Le chantier de Brenneval reprendra dans deux mois.", 2, "mois"),
        ("La ligne de Montbrenac a fermé pendant un an.", 1, "an"),
    ],
)
def test_a_duration_outside_dans_un_stays(
    extract_text: Any, text: str, value: float, unit: str
) -> None:
    found = _quantities(extract_text, text)
    assert any(v == value and u == unit for v, _, u in found), found


# --- « la cérémonie, qui a eu lieu le 2 avril »: the noun a relative clause is about says what
@pytest.mark.parametrize(
    ("text", "what"),
    [
        (
            "La cérémonie, qui a eu lieu le 2 avril 2017, a réuni 300 personnes.",
            "La cérémonie a eu lieu",
        ),
        (
            "Lucie Marchal, qui a été élue maire de Brenneval en 2014, a démissionné.",
            "Lucie Marchal a été élue maire de Brenneval",
        ),
        (
            "Le congrès, qui s'est tenu le 3 mars 2016, a désigné un bureau.",
            "Le congrès s'est tenu",
        ),
        ("La foire, qui se tiendra le 12 juin 2018, attend 40 exposants.", "La foire se tiendra"),
        ("Le pont, qui a été inauguré en 1998, sera rénové.", "Le pont a été inauguré"),
    ],
)
def test_a_relative_clause_event_names_its_noun(extract_text: Any, text: str, what: str) -> None:
    assert [f["what"] for f in _facts(extract_text, text, "event")] == [what]


@pytest.mark.parametrize(
    ("text", "what"),
    [
        ("Le sommet de Brenneval aura lieu le 12 juin 2017.", "Le sommet de Brenneval aura lieu"),
        ("La réunion s'est tenue le 20 avril 2016 à Montbrenac.", "La réunion s'est tenue"),
        ("Le 3 mars 2016, le congrès a désigné un bureau.", "le congrès a désigné un bureau"),
        (
            "En 1998, la mairie a inauguré le pont de Castelmont.",
            "la mairie a inauguré le pont de Castelmont",
        ),
        (
            "L'élection présidentielle se tiendra en 2018 en Valdorie.",
            "L'élection présidentielle se tiendra",
        ),
    ],
)
def test_a_main_clause_event_keeps_its_subject(extract_text: Any, text: str, what: str) -> None:
    assert [f["what"] for f in _facts(extract_text, text, "event")] == [what]


# --- an acronym nobody spells out is less sure than one given with its expansion
@pytest.mark.parametrize(
    ("text", "acronym", "confidence"),
    [
        ("L'Union des artisans de Brenneval (UAB) a manifesté lundi.", "UAB", 0.9),
        ("Le Syndicat des eaux de Castelmont (SEC) a voté le budget.", "SEC", 0.9),
        ("La Compagnie fluviale de Valdorie (CFV) recrute.", "CFV", 0.9),
        ("Le Centre national des arts de Montbrenac (CNAM) rouvre.", "CNAM", 0.9),
        ("La Fédération valdorienne de pétanque (FVP) a élu Lucie Marchal.", "FVP", 0.9),
        ("Le groupe QRZ a racheté la fonderie de Brenneval.", "QRZ", 0.8),
        ("La chaîne VTQ diffusera le match de Castelmont.", "VTQ", 0.8),
        ("Le laboratoire KLM-Vald a publié ses résultats.", "KLM-Vald", 0.8),
        ("Selon la BPV, le taux de Valdorie a baissé.", "BPV", 0.8),
        ("Les élus du MRV ont quitté la salle de Montbrenac.", "MRV", 0.8),
    ],
)
def test_an_acronym_without_expansion_is_less_sure(
    extract_text: Any, text: str, acronym: str, confidence: float
) -> None:
    found = {f["acronym"]: f["confidence"] for f in _facts(extract_text, text, "acronym")}
    assert found.get(acronym) == confidence, found
