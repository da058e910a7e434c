"""The action extractor on invented sentences: who did what, to whom, when, where, at what age."""

from __future__ import annotations

from typing import Any

import pytest

from generators.extract import indexing
from generators.extract import pipeline as nlp_module
from generators.extract.context import Context
from generators.extract.types import action
from generators.source.article import parse_bytes

HEADER = "Un titre inventé\ndate 2021-03-04\n\n"


def actions(nlp: Any, body: str) -> list[dict[str, Any]]:
    """Return the fields of the action facts of an invented article (the real model parses it)."""
    article = parse_bytes((HEADER + body).encode(), source="t.txt", slug="t")
    docs = nlp_module.parse(article.clean)
    ctx = Context(article)
    ctx.names = indexing.index(docs, ctx)
    found = [fact for offset, doc in docs for fact in action.extract(doc, offset, ctx)]
    for fact in found:
        assert article.text[fact.start : fact.end] == fact.sentence
    return [dict(fact.fields) for fact in found]


def test_a_death_with_its_age_and_place(nlp: Any) -> None:
    (fact,) = actions(nlp, "La chanteuse Marie Durand est morte mardi à Lyon à 78 ans.")
    assert fact["actor"] == "Marie Durand" and fact["actor_is_person"]
    assert fact["kind"] == "death" and fact["predicate"] == "est morte"
    assert fact["age"] == "78 ans" and fact["place"] == "à Lyon"


def test_the_age_of_a_death_may_come_in_the_next_sentence(nlp: Any) -> None:
    found = actions(nlp, "Le peintre Louis Garnier est décédé à Nantes. Il avait 91 ans.")
    assert found[0]["age"] == "91 ans" and found[0]["predicate"] == "est décédé"


def test_a_decision_keeps_its_object_without_the_date(nlp: Any) -> None:
    (fact,) = actions(nlp, "Le Parlement a adopté la loi sur l'eau le 3 mars 2021.")
    assert fact["actor"] == "Le Parlement" and not fact["actor_is_person"]
    assert fact["object"] == "la loi sur l'eau"
    assert fact["date"] == "le 3 mars 2021" and fact["date_inferred"] is False


def test_a_present_tense_is_asked_in_the_past(nlp: Any) -> None:
    (fact,) = actions(nlp, "Le cycliste Paul Lenoir remporte la course de Nice.")
    assert fact["predicate"] == "a remporté" and fact["object"] == "la course de Nice"


def test_a_figure_needs_a_number(nlp: Any) -> None:
    found = actions(
        nlp,
        "Le jeu a rapporté 45 millions d'euros en une semaine. "
        "Les journaux ont rapporté les propos du maire de Brest.",
    )
    assert [f["object"] for f in found] == ["45 millions d'euros"]


def test_a_pronoun_is_named(nlp: Any) -> None:
    found = actions(
        nlp, "Le juge Paul Martin est arrivé en 1990. Il a été nommé directeur du musée en 1999."
    )
    (fact,) = [f for f in found if f["verb"] == "nommer"]
    assert fact["actor"] == "Paul Martin" and fact["voice"] == "passive"
    assert fact["predicate"] == "a été nommé" and fact["date"] == "en 1999"


@pytest.mark.parametrize(
    "sentence",
    [
        "« Jean Petit a remporté la coupe de la ville », a déclaré un témoin.",  # inside quotes
        "Jean Petit ne remportera pas la coupe de la ville.",  # future, negated
        "Jean Petit n'a jamais remporté la coupe de la ville.",  # negated
        "Il a remporté la coupe de la ville.",  # nobody named before
        "Jean Petit aurait remporté la coupe de la ville.",  # hypothetical
        "Jean Petit remporte la coupe",  # a heading: no closing punctuation
        "S'il gagne dimanche, Jean Petit battra le record de la ville.",  # under a condition
        "Si la pluie cesse, Jean Petit remporte la coupe de la ville.",  # under a condition
        "Douze ont voté contre : la ville, le canton et la région.",  # a count is no actor
    ],
)
def test_no_fact_from_quotes_negation_future_or_furniture(nlp: Any, sentence: str) -> None:
    assert actions(nlp, sentence) == []


def test_a_future_the_tagger_reads_as_a_past_is_a_future(nlp: Any) -> None:
    # « battra », « rendront »: the infinitive and a future ending, whatever the tagger says
    assert actions(nlp, "Jean Petit battra le record de la ville.") == []
    found = actions(nlp, "Jean Petit a battu le record de la ville le 2 mars 2021.")
    assert [f["predicate"] for f in found] == ["a battu"]


def test_a_demonstrative_object_takes_its_earlier_fuller_phrase(nlp: Any) -> None:
    found = actions(
        nlp,
        "La troisième étape du tour de Bretagne se courait samedi. "
        "La cycliste Anne Leroy remporte cette étape devant sa sœur.",
    )
    (fact,) = [f for f in found if f["verb"] == "remporter"]
    assert fact["object"] == "la troisième étape du tour de Bretagne"
    assert fact["actor"] == "Anne Leroy"


def test_the_lead_weighs_more_than_a_later_paragraph(nlp: Any) -> None:
    found = actions(
        nlp,
        "La ministre Claire Fabre a signé le décret sur les forêts.\n\n"
        "Un peu plus tard, le maire Henri Vidal a inauguré la piscine municipale.",
    )
    weights = {f["actor"]: f["weight"] for f in found}
    assert weights["Claire Fabre"] > weights["Henri Vidal"]
    assert all(0 <= f["confidence"] <= 1 for f in found)


def test_an_appointment_by_an_event_is_asked_of_the_person(nlp: Any) -> None:
    found = actions(
        nlp,
        "La finale de Rennes s'est jouée samedi et a sacré championne d'Europe "
        "la Lyonnaise Julie Morel.",
    )
    (fact,) = [f for f in found if f["verb"] == "sacrer"]
    assert fact["actor"] == "Julie Morel" and fact["voice"] == "passive"
    assert fact["predicate"] == "a été sacrée" and fact["complement"].startswith("championne")
