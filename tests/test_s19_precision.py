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


# --- the clause a date belongs to, whatever word the parse hangs it on
def _date_span(nlp: Any, text: str) -> Any:
    from spacy.tokens import Span
    from spacy.util import filter_spans

    from generators.extract.date_patterns import date_matches

    doc = nlp(text)
    spans = filter_spans([Span(doc, s, e, label=m) for m, s, e in date_matches(doc)])
    return doc, spans[0]


def _word(doc: Any, text: str) -> Any:
    return next(t for t in doc if t.text == text)


QUOTED = [
    "Le syndicat explique avoir « appris la venue de Lucie Marchal à partir du 19 octobre ».",
    "La direction affirme « avoir fermé l'usine de Brenneval le 3 mars 2015 ».",
    "Le collectif dénonce « la fermeture du site de Castelmont depuis le 4 mai ».",
    "Le maire assure « avoir reçu les plans de Montbrenac le 12 juin 2016 ».",
    "Lucie Marchal raconte « avoir quitté Valdorie le 2 février 2014 ».",
]


@pytest.mark.parametrize(
    ("text", "outside"),
    [
        (QUOTED[0], "explique"),
        (QUOTED[1], "affirme"),
        (QUOTED[2], "dénonce"),
        (QUOTED[3], "assure"),
        (QUOTED[4], "raconte"),
    ],
)
def test_a_quoted_date_is_not_the_verb_outside_the_quote(nlp: Any, text: str, outside: str) -> None:
    from generators.extract import date_frames

    doc, span = _date_span(nlp, text)
    assert date_frames.quoted_apart(doc, span, _word(doc, outside))


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        (QUOTED[0], "appris"),
        (QUOTED[1], "fermé"),
        (QUOTED[3], "reçu"),
        (QUOTED[4], "quitté"),
        ("« Nous avons signé l'accord le 3 mai 2016 », a déclaré Lucie Marchal.", "signé"),
        ("Le maire a déclaré le 3 mai 2016 : « Nous avons signé l'accord ».", "déclaré"),
    ],
)
def test_a_date_and_its_verb_on_one_side_of_the_quote_marks(
    nlp: Any, text: str, inside: str
) -> None:
    from generators.extract import date_frames

    doc, span = _date_span(nlp, text)
    assert not date_frames.quoted_apart(doc, span, _word(doc, inside))


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Le maire a annoncé que la piscine de Brenneval rouvrira le 3 mai 2017.", "rouvrira"),
        ("Le ministre a confirmé que le pont de Castelmont sera inauguré en 2019.", "inauguré"),
        ("Lucie Marchal a expliqué que la digue avait cédé le 12 mars 2016.", "cédé"),
        ("Le syndicat a rappelé que la grève avait commencé le 4 février 2018.", "commencé"),
        (
            "L'agence a annoncé que le concours se déroulera à Castelmont le 8 mai 2018.",
            "déroulera",
        ),
    ],
)
def test_a_date_after_que_belongs_to_the_que_clause(nlp: Any, text: str, verb: str) -> None:
    from generators.extract.types import event

    doc, span = _date_span(nlp, text)
    main = next(t for t in doc if t.lemma_ in ("annoncer", "confirmer", "expliquer", "rappeler"))
    found = event._subordinate_verb(span, main)
    assert found is not None and found.text == verb


@pytest.mark.parametrize(
    "text",
    [
        "Le maire a annoncé le 2 mai 2017 que la piscine de Brenneval rouvrira.",
        "Le ministre a confirmé le 3 juin 2018 que le pont de Castelmont sera inauguré.",
        "Lucie Marchal a expliqué le 12 mars 2016 que la digue avait cédé.",
        "Le syndicat a rappelé le 4 février 2018 que la grève continuait.",
        "L'agence a annoncé le 8 mai 2018 que le concours aura lieu à Castelmont.",
    ],
)
def test_a_date_before_que_stays_with_the_main_verb(nlp: Any, text: str) -> None:
    from generators.extract.types import event

    doc, span = _date_span(nlp, text)
    main = next(t for t in doc if t.lemma_ in ("annoncer", "confirmer", "expliquer", "rappeler"))
    assert event._subordinate_verb(span, main) is None


# --- « se regrouper en un seul parti »: what several things become, not a count of one
@pytest.mark.parametrize(
    "text",
    [
        "Les pressions en faveur d'un regroupement en un seul parti se sont intensifiées à Brenneval.",
        "Les trois communes de Valdorie ont fusionné en une seule commune.",
        "Les deux clubs de Castelmont se sont réunis en un seul club.",
        "Les syndicats de Montbrenac veulent s'unir en une seule fédération.",
        "Le ministère a rassemblé les agences de Valdorie en une seule agence.",
    ],
)
def test_en_un_seul_is_what_things_become(extract_text: Any, text: str) -> None:
    assert [v for v, _, _ in _quantities(extract_text, text) if v == 1] == []


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Le club de Castelmont n'a marqué qu'un seul but en 2016.", "but"),
        ("Une seule perfusion a suffi au patient de Montbrenac.", "perfusion"),
        ("Le maire a reçu un seul courrier de Lucie Marchal.", "courrier"),
        ("Un seul candidat s'est présenté à Brenneval.", "candidat"),
        ("La commune de Valdorie ne compte qu'une seule école.", "école"),
    ],
)
def test_un_seul_elsewhere_counts_one(extract_text: Any, text: str, unit: str) -> None:
    assert (1.0, False, unit) in _quantities(extract_text, text)
