"""Clauses, opening anchors and party answers (review findings 6, 7, 10); invented sentences."""

from __future__ import annotations

from typing import Any

import pytest

from generators.french.grammar import without_article
from generators.questions import generate
from generators.questions.phrasing import opening_anchor
from generators.questions.speech import is_clause, reported_clause
from generators.questions.templates import load_templates
from generators.records import Question, make_fact

HEADER = {"slug": "t", "title": "Un titre", "date": "2021-03-14"}


def deck(sentence: str, **fields: Any) -> list[Question]:
    made = make_fact("t", "person_role", sentence, 0, len(sentence), **fields)
    return generate([made], load_templates().values(), header=HEADER, per_fact=0).kept


# --- finding 6: a quotation opens on an imperative only when it is one ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "Restons unis",
        "Soyez prudents sur les routes du col",
        "Aidez-nous à reconstruire le vieux moulin",
        "Ne les oubliez pas",
        "N'y allez pas seuls",
        "Laissez-moi finir ma phrase",
        "Votez pour la nouvelle piscine",
        "Protégeons les haies du bocage",
        "Donnez-leur une seconde chance",
    ],
)
def test_an_imperative_opens_a_clause(text: str) -> None:
    assert is_clause(text)


@pytest.mark.parametrize(
    "text",
    [
        "maisons détruites par la crue du torrent",
        "raisons de santé évoquées par le coureur",
        "assez de moyens pour les trois écoles",
        "Les maisons détruites par la crue",
        "Saisons sèches et pluvieuses du plateau",
        "Chansons anciennes de la vallée",
        "nez rouge et bonnet vert",
        "Liaisons ferroviaires vers la côte",
    ],
)
def test_a_word_ending_like_an_imperative_is_no_clause(text: str) -> None:
    assert not is_clause(text)


def test_a_subject_clause_still_counts_and_a_relative_verb_does_not() -> None:
    assert is_clause("Nous avons planté quatre cents arbres")
    assert not is_clause("les bénévoles qui plantent des arbres")
    assert is_clause("les bénévoles qui plantent des arbres reviennent demain")
    assert reported_clause("Il faut rouvrir le refuge") == "qu'il faut rouvrir le refuge"


# --- finding 7: an opening place needs a place preposition, a time a month or a year ---------


@pytest.mark.parametrize(
    ("sentence", "anchor"),
    [
        ("À Montvert, quarante maisons ont été évacuées.", "À Montvert"),
        (
            "Dans la vallée de la Brune, la crue a atteint deux mètres.",
            "Dans la vallée de la Brune",
        ),
        ("Près de Sainte-Lune, un pont a cédé.", "Près de Sainte-Lune"),
        ("Au Parlement, le texte a obtenu 312 voix.", "Au Parlement"),
        ("Le 10 mars, les équipes ont dégagé la route.", "Le 10 mars"),
        ("En 2019, le club comptait 800 membres.", "En 2019"),
        ("En juin dernier, le prix du pain a doublé.", "En juin dernier"),
    ],
)
def test_an_opening_time_or_place_is_kept(sentence: str, anchor: str) -> None:
    assert opening_anchor(sentence) == anchor


@pytest.mark.parametrize(
    "sentence",
    [
        "La Fédération des guides, qui compte 300 membres, a voté la grève.",
        "Le Premier adjoint, en visite au marché, a promis 12 bancs.",
        "Les Verts, de leur côté, ont obtenu 14 sièges.",
        "L'Association des pêcheurs, inquiète, a compté 40 bateaux.",
        "Le directeur de la Régie, Marc Dulac, a annoncé 30 postes.",
        "Lundi, le Conseil a voté le budget.",
        "Dans la matinée, les secours ont sauvé 9 randonneurs.",
    ],
)
def test_an_opening_name_or_title_is_no_anchor(sentence: str) -> None:
    assert opening_anchor(sentence) == ""


# --- finding 10: a party answer is accepted without its leading article only ----------------


@pytest.mark.parametrize(
    ("party", "bare"),
    [
        ("le Parti vert", "Parti vert"),
        ("La Voix des champs", "Voix des champs"),
        ("les Bleus", "Bleus"),
        ("l'Alliance", "Alliance"),
        ("l’Union locale", "Union locale"),
        ("Renouveau local", "Renouveau local"),
        ("Parti de la relance", "Parti de la relance"),
        ("Avenir le peuple", "Avenir le peuple"),
        ("Lesage Avenir", "Lesage Avenir"),
        ("Ensemble pour la ville", "Ensemble pour la ville"),
    ],
)
def test_without_article_strips_only_a_leading_article(party: str, bare: str) -> None:
    assert without_article(party) == bare


def test_the_party_question_accepts_the_bare_name() -> None:
    sentence = "Paul Marchal, candidat du Parti de la relance, a ouvert sa campagne à Bréville."
    made = deck(sentence, person="Paul Marchal", role="candidat du Parti de la relance", gender="m")
    asked = next(q for q in made if "étiquette" in q.prompt)
    assert asked.answer == "le Parti de la relance"
    assert "Parti de la relance" in asked.accept
    assert "Parti de relance" not in asked.accept
