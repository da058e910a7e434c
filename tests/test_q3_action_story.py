"""The article's main story on invented sentences: elections, orders and deadlines, postponements,
outcomes not achieved, closures, and the weight of a clause that echoes the title."""

from __future__ import annotations

from typing import Any

import pytest

from generators.extract import indexing
from generators.extract import pipeline as nlp_module
from generators.extract.context import Context
from generators.extract.types import action
from generators.extract.types.action_story import echoes_title
from generators.extract.types.action_time import deadline, new_date, old_date
from generators.source.article import parse_bytes


def actions(nlp: Any, body: str, title: str = "Un titre inventé") -> list[dict[str, Any]]:
    """Return the fields of the action facts of an invented article (the real model parses it)."""
    header = f"{title}\ndate 2021-03-04\n\n"
    article = parse_bytes((header + body).encode(), source="t.txt", slug="t")
    docs = nlp_module.parse(article.clean)
    ctx = Context(article)
    ctx.names = indexing.index(docs, ctx)
    found = [fact for offset, doc in docs for fact in action.extract(doc, offset, ctx)]
    for fact in found:
        assert article.text[fact.start : fact.end] == fact.sentence
    return [dict(fact.fields) for fact in found]


def one(nlp: Any, body: str, verb: str) -> dict[str, Any]:
    """Return the one action fact of `verb` in `body`."""
    (fact,) = [f for f in actions(nlp, body) if f["verb"] == verb]
    return fact


# --- elections and contests -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "verb", "expected"),
    [
        (
            "Paul Diop a été élu président du Sénégal.",
            "élire",
            {"actor": "Paul Diop", "predicate": "a été élu", "complement": "président du Sénégal"},
        ),
        (
            "Sophie Girard a été élue maire de Dijon en 2020.",
            "élire",
            {"actor": "Sophie Girard", "complement": "maire de Dijon", "date": "en 2020"},
        ),
        (
            "La candidate Marie Lenoir l'emporte face à Jean Dupont.",
            "emporter",
            {"actor": "Marie Lenoir", "predicate": "l'a emporté", "opponent": "Jean Dupont"},
        ),
        (
            "Marie Lenoir remporte l'élection présidentielle.",
            "remporter",
            {"actor": "Marie Lenoir", "object": "l'élection présidentielle", "kind": "win"},
        ),
        (
            "Au second tour, Jean Dupont affrontera Marie Lenoir.",
            "affronter",
            {
                "actor": "Jean Dupont",
                "object": "Marie Lenoir",
                "predicate": "affrontera",
                "round": "au second tour",
            },
        ),
        (
            "La coureuse Anne Leroy a remporté la course devant Julie Morel.",
            "remporter",
            {"actor": "Anne Leroy", "opponent": "Julie Morel"},
        ),
        (
            "Le boxeur Luc Martin a battu le record du monde.",
            "battre",
            {"actor": "Luc Martin", "object": "le record du monde"},
        ),
    ],
)
def test_who_won_who_was_elected_who_faces_whom(
    nlp: Any, sentence: str, verb: str, expected: dict[str, Any]
) -> None:
    fact = one(nlp, sentence, verb)
    assert {key: fact.get(key) for key in expected} == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Marie Lenoir ne l'emporte pas face à Jean Dupont.",  # negated
        "Si Marie Lenoir l'emporte face à Jean Dupont, elle formera un gouvernement.",  # condition
        "Jean Dupont aurait affronté Marie Lenoir.",  # hypothetical
        "Jean Dupont affrontait souvent Marie Lenoir.",  # imperfect: a habit, not the news
        "Jean Dupont affrontera Marie Lenoir.",  # a future with no date and no round
        "Jean Dupont n'a pas été élu président du Sénégal.",  # a person not elected: no fact
        "« Marie Lenoir l'emporte face à Jean Dupont », affirme un témoin.",  # inside quotes
    ],
)
def test_no_contest_from_negation_condition_or_habit(nlp: Any, sentence: str) -> None:
    assert [
        f for f in actions(nlp, sentence) if f["kind"] in ("win", "contest", "appointment")
    ] == []


# --- decisions and orders with their deadline ---------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "verb", "expected"),
    [
        (
            "Le Conseil d'État a ordonné au ministère de publier le décret dans un délai de six mois.",
            "ordonner",
            {
                "actor": "Le Conseil d'État",
                "complement": "au ministère de publier le décret",
                "deadline": "dans un délai de six mois",
                "deadline_value": "six mois",
            },
        ),
        (
            "Le gouvernement a décidé de fermer les écoles d'ici la fin du mois.",
            "décider",
            {"complement": "de fermer les écoles", "deadline": "d'ici la fin du mois"},
        ),
        (
            "Le tribunal a ordonné la fermeture du site avant le 30 juin.",
            "ordonner",
            {"object": "la fermeture du site", "deadline_value": "le 30 juin"},
        ),
        (
            "Le Parlement a adopté la loi sur l'eau.",
            "adopter",
            {"actor": "Le Parlement", "object": "la loi sur l'eau", "deadline": None},
        ),
        (
            "La cour a ordonné au maire de rouvrir le parc dans les plus brefs délais.",
            "ordonner",
            {"complement": "au maire de rouvrir le parc", "deadline": "dans les plus brefs délais"},
        ),
        (
            "Le Sénat a rejeté le texte du gouvernement.",
            "rejeter",
            {"kind": "decision", "object": "le texte du gouvernement"},
        ),
    ],
)
def test_a_decision_or_an_order_with_its_deadline(
    nlp: Any, sentence: str, verb: str, expected: dict[str, Any]
) -> None:
    fact = one(nlp, sentence, verb)
    assert {key: fact.get(key) for key in expected} == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Le Parlement n'a pas adopté la loi sur l'eau.",  # negated, active
        "Le Parlement adoptera la loi sur l'eau.",  # future decision
        "Selon lui, le gouvernement aurait décidé de fermer les écoles.",  # hypothetical
        "« Le tribunal a ordonné la fermeture du site », dit-il.",  # inside quotes
    ],
)
def test_no_decision_from_negation_future_or_quotes(nlp: Any, sentence: str) -> None:
    assert [f for f in actions(nlp, sentence) if f["kind"] in ("decision", "order")] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("dans un délai de six mois.", ("dans un délai de six mois", "six mois")),
        ("d'ici 2030, a-t-il dit", ("d'ici 2030", "2030")),
        ("au plus tard le 1er mars 2022.", ("au plus tard le 1er mars 2022", "le 1er mars 2022")),
        ("dans les rues de la ville.", None),
        ("sous la pression des syndicats.", None),
        ("avant le match de dimanche.", None),
    ],
)
def test_deadline_phrases(text: str, expected: tuple[str, str] | None) -> None:
    assert deadline(text) == expected


# --- postponements: the new date is the answer ---------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Le lancement de la sonde, prévu en 2019, est reporté à mai 2020.",
            {"actor": "Le lancement de la sonde", "new_date": "mai 2020", "old_date": "2019"},
        ),
        (
            "La NASA a reporté le lancement de la sonde à mai 2020.",
            {"actor": "La NASA", "object": "le lancement de la sonde", "new_date": "mai 2020"},
        ),
        (
            "Le procès de l'ancien maire a été repoussé au 3 mars 2022.",
            {"new_date": "3 mars 2022", "voice": "passive"},
        ),
        ("Le concert est reporté à l'automne 2022.", {"new_date": "l'automne 2022"}),
        (
            "Le sommet, initialement prévu le 12 mai, est décalé au 20 juin.",
            {"new_date": "20 juin", "date": "en mars 2021"},
        ),
    ],
)
def test_a_postponement_keeps_its_new_date(
    nlp: Any, sentence: str, expected: dict[str, Any]
) -> None:
    (fact,) = [f for f in actions(nlp, sentence) if f["kind"] == "postponement"]
    assert {key: fact.get(key) for key in expected} == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Le journal a reporté les propos du ministre.",  # « to report »: no new date
        "Les soldats ont repoussé l'assaut des rebelles.",
        "Le lancement pourrait être reporté à mai 2020.",  # hypothetical
        "Le lancement ne sera pas reporté à mai 2020.",  # negated future
        "Le match a été reporté à une date ultérieure.",  # no date named
    ],
)
def test_no_postponement_without_a_new_date(nlp: Any, sentence: str) -> None:
    assert [f for f in actions(nlp, sentence) if f["kind"] == "postponement"] == []


def test_new_and_old_date_phrases() -> None:
    assert new_date("le concert à l'automne 2022.") == "l'automne 2022"
    assert new_date("les propos du ministre.") is None
    assert old_date("Le vol, prévu pour le 3 mars, est reporté.") == "3 mars"
    assert old_date("Le vol est reporté.") is None


# --- outcomes not achieved and things given up -------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Le village de Valbrune n'a toujours pas été repris par les rebelles.",
            {
                "actor": "Le village de Valbrune",
                "kind": "unachieved",
                "negated": True,
                "predicate": "n'a toujours pas été repris",
            },
        ),
        (
            "Le corps du randonneur n'a pas encore été retrouvé.",
            {"kind": "unachieved", "predicate": "n'a pas encore été retrouvé"},
        ),
        (
            "Le coupable de l'incendie n'a toujours pas été identifié.",
            {"kind": "unachieved", "negated": True},
        ),
        (
            "Le projet de tunnel a été abandonné en 2015.",
            {"actor": "Le projet de tunnel", "kind": "failure", "predicate": "a été abandonné"},
        ),
    ],
)
def test_what_failed_or_was_not_achieved(nlp: Any, sentence: str, expected: dict[str, Any]) -> None:
    (fact,) = actions(nlp, sentence)
    assert {key: fact.get(key) for key in expected} == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "La ville n'aurait pas été reprise par l'armée.",  # hypothetical
        "La ville ne sera pas reprise avant l'hiver.",  # future
        "Elle n'a toujours pas été reprise.",  # a pronoun: what was not achieved is unnamed
        "La ville n'a pas été visitée par le ministre.",  # not an outcome verb
        "Le projet n'a pas été abandonné.",  # a failure denied is no failure
        "Le randonneur Paul Martin n'a pas été retrouvé.",  # a person: left to other types
    ],
)
def test_no_outcome_from_hypotheses_pronouns_or_other_verbs(nlp: Any, sentence: str) -> None:
    assert actions(nlp, sentence) == []


# --- deaths, closures, recent past and the title's weight ----------------------------------------


def test_a_death_keeps_its_age_and_place(nlp: Any) -> None:
    fact = one(nlp, "L'acteur Jean Roux est mort dimanche à Paris à 84 ans.", "mourir")
    assert (fact["actor"], fact["age"], fact["place"]) == ("Jean Roux", "84 ans", "à Paris")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Le quotidien régional Le Matin cessera de paraître le 26 mars.",
            {"kind": "closure", "predicate": "cessera", "date": "le 26 mars 2021"},
        ),
        (
            "La garnison vient de briser le blocus du port.",
            {"kind": "outcome", "predicate": "a brisé", "object": "le blocus du port"},
        ),
    ],
)
def test_a_closure_with_its_date_and_a_recent_past(
    nlp: Any, sentence: str, expected: dict[str, Any]
) -> None:
    (fact,) = actions(nlp, sentence)
    assert {key: fact.get(key) for key in expected} == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Le quotidien Le Matin cessera peut-être de paraître.",  # a future with no date
        "Le quotidien Le Matin cesserait de paraître le 26 mars.",  # hypothetical
        "La garnison ne vient pas de briser le blocus du port.",  # negated
    ],
)
def test_no_closure_or_recent_past_without_date_or_when_negated(nlp: Any, sentence: str) -> None:
    assert actions(nlp, sentence) == []


def test_a_clause_echoing_the_title_gets_the_top_weight(nlp: Any) -> None:
    body = (
        "La garnison vient de briser le blocus du port de Salvane.\n\n"
        "Plus tard, le maire Henri Vidal a inauguré la piscine municipale."
    )
    found = actions(nlp, body, title="La garnison brise le blocus de Salvane")
    weights = {f["verb"]: f["weight"] for f in found}
    assert weights["briser"] == 1.0
    assert weights["inaugurer"] < 0.7


def test_a_lead_clause_without_echo_weighs_less_than_the_top(nlp: Any) -> None:
    found = actions(
        nlp,
        "La garnison vient de briser le blocus du port de Salvane.",
        title="Un titre sans rapport",
    )
    assert 0.5 < found[0]["weight"] < 1.0


def test_a_later_clause_that_echoes_the_title_and_its_words_weighs_most(nlp: Any) -> None:
    body = (
        "Le maire Henri Vidal a inauguré la piscine municipale.\n\n"
        "Marie Lenoir a remporté l'élection présidentielle face à Jean Dupont."
    )
    found = actions(nlp, body, title="Marie Lenoir remporte l'élection présidentielle")
    weights = {f["verb"]: f["weight"] for f in found}
    assert weights["remporter"] == 1.0 and weights["inaugurer"] < 1.0


def test_losing_ones_life_is_a_death_not_a_failure(nlp: Any) -> None:
    (fact,) = actions(nlp, "Le pilote Marc Roux a perdu la vie dans l'accident.")
    assert (fact["kind"], fact["verb"], fact["predicate"]) == ("death", "mourir", "est mort")


def test_a_person_inside_the_subjects_aside_is_not_the_actor(nlp: Any) -> None:
    found = actions(
        nlp,
        "Le syndicat et ses relais (comités d'usine) coordonnés par la militante Anne Morel "
        "ont remporté le vote.",
    )
    assert found and all(f["actor"] != "Anne Morel" for f in found)


def test_a_thing_passive_needs_its_own_subject(nlp: Any) -> None:
    found = actions(nlp, "Rappelons que la demi-finale face à l'équipe de Lorient a été perdue.")
    assert [f["actor"] for f in found if not f["actor"].lower().startswith("la demi-finale")] == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Le conseil régional a approuvé de façon provisoire une taxe sur les camions.",
            "une taxe sur les camions",
        ),
        (
            "Le conseil municipal a approuvé de manière provisoire un règlement limitant le bruit.",
            "un règlement limitant le bruit",
        ),
        ("Le conseil a voté de manière unanime le budget de la ville.", "le budget de la ville"),
    ],
)
def test_an_object_after_a_manner_adverbial(nlp: Any, sentence: str, expected: str) -> None:
    (fact,) = actions(nlp, sentence)
    assert fact["object"] == expected


def test_a_bare_object_keeps_its_participle_description(nlp: Any) -> None:
    fact = one(nlp, "Le Sénat a adopté une loi protégeant les forêts du littoral.", "adopter")
    assert fact["object"] == "une loi protégeant les forêts du littoral"
    # session 18: « la loi » alone asks nothing (« Qu'a adopté le Sénat ? » → « la loi »)
    fact = one(nlp, "Le Sénat a adopté la loi protégeant les forêts du littoral.", "adopter")
    assert fact["object"] == "la loi protégeant les forêts du littoral"


@pytest.mark.parametrize(
    "sentence",
    [
        "Pour Paul Garnier, conseiller du maire, le collectif a abandonné son projet de marché.",
        "Selon Marie Lenoir, la trésorière de l'association, le comité a annulé la fête du quartier.",
    ],
)
def test_the_person_an_opinion_is_attributed_to_is_not_the_actor(nlp: Any, sentence: str) -> None:
    found = actions(nlp, sentence)
    assert found and all(not f["actor_is_person"] for f in found)


# --- the verb of the title, in the lead, is the story even outside the lexicon -------------------

TITLE = "Des riverains réclament la fermeture du chantier naval"


def test_the_titles_verb_in_the_lead_makes_a_fact(nlp: Any) -> None:
    body = "Les riverains du port de Salvane réclament la fermeture du chantier naval."
    (fact,) = actions(nlp, body, title=TITLE)
    assert (fact["verb"], fact["kind"], fact["predicate"]) == ("réclamer", "title", "ont réclamé")
    assert fact["weight"] == 1.0


@pytest.mark.parametrize(
    ("body", "title"),
    [
        (  # not in the lead
            "Le chantier naval ouvre une enquête.\n\n"
            "Les riverains du port de Salvane réclament la fermeture du chantier naval.",
            TITLE,
        ),
        (  # the title says something else
            "Les riverains du port de Salvane réclament la fermeture du chantier naval.",
            "Un titre sans rapport",
        ),
        (  # a verb that tells no story
            "Les riverains du port de Salvane font une pétition contre le chantier.",
            "Les riverains font une pétition contre le chantier",
        ),
    ],
)
def test_no_title_fact_outside_the_lead_or_without_echo(nlp: Any, body: str, title: str) -> None:
    assert [f for f in actions(nlp, body, title=title) if f["kind"] == "title"] == []


# --- the circumstances of a death ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "cause"),
    [
        ("L'acteur Jean Roux est mort dimanche des suites d'un cancer.", "des suites d'un cancer"),
        (
            "La chanteuse Lise Vidal est morte à 84 ans d'une crise cardiaque.",
            "d'une crise cardiaque",
        ),
        (
            "Le pilote Marc Roux est mort dans un accident de la route à Lyon.",
            "dans un accident de la route à Lyon",
        ),
        (
            "Le navigateur Paul Garnier est décédé lors d'une tempête au large du cap.",
            "lors d'une tempête au large du cap",
        ),
        ("Le peintre Louis Garnier est mort à Nantes.", None),
        ("Le poète Henri Vidal est décédé le 3 mars 2021 à 90 ans.", None),
    ],
)
def test_a_death_keeps_its_circumstances(nlp: Any, sentence: str, cause: str | None) -> None:
    (fact,) = [f for f in actions(nlp, sentence) if f["kind"] == "death"]
    assert fact.get("cause") == cause


def test_no_cause_on_other_kinds(nlp: Any) -> None:
    fact = one(nlp, "Le Parlement a adopté la loi lors d'une séance de nuit.", "adopter")
    assert "cause" not in fact


def test_a_bare_participle_stays_in_the_object(nlp: Any) -> None:
    fact = one(nlp, "Le Sénat a adopté la loi sur les forêts protégées.", "adopter")
    assert fact["object"] == "la loi sur les forêts protégées"
    fact = one(nlp, "Le Sénat a adopté la loi votée par les députés en mai.", "adopter")
    assert fact["object"] == "la loi"


@pytest.mark.parametrize(
    ("lemma", "written", "title", "expected"),
    [
        ("briser", "brisé", "La garnison a brisé le blocus de Salvane", True),
        ("remporter", "remporté", "Marie Lenoir remporte l'élection", True),
        ("élire", "élue", "Sophie Girard est élue maire de Dijon", True),
        ("reporter", "reporté", "Le lancement de la sonde reporté à mai", True),
        ("adopter", "adopté", "Le Sénat vote la loi sur l'eau", False),
        ("perdre", "perdu", "Le club de Valbrune change d'entraîneur", False),
        ("mourir", "mort", "Disparition du comédien Jean Roux", False),
    ],
)
def test_a_verb_echoes_the_title(lemma: str, written: str, title: str, expected: bool) -> None:
    assert echoes_title(lemma, written, title) is expected
