"""The main story is asked first and in natural French (who won, who died at what age, what was
adopted); a main-story card whose actor is a date or whose clause was cut is dropped; a weekday
alone is no answer. Invented articles through the questions pipeline with real spaCy."""

from __future__ import annotations

from typing import Any

import pytest

from generators.questions import Explanation, explain_questions
from generators.questions.outcomes import action_problem
from generators.records import Question, Selection


def cards(extract_text: Any, text: str, selection: Selection | None = None) -> Explanation:
    facts = extract_text(text)
    header = {"slug": "t", "title": text.split("\n", 1)[0], "date": "2021-05-08"}
    return explain_questions(facts, header, selection=selection or Selection(per_fact=0))


def asked(explanation: Explanation) -> set[tuple[str, str]]:
    return {(q.prompt, q.answer) for q in explanation.kept}


WIN = (
    "Cyclisme : Léa Morel remporte le Tour de Vallon\n\n"
    "La Française Léa Morel a remporté dimanche 2 mai 2021 le Tour de Vallon, devant l'Italienne "
    "Giulia Ferri."
)
DEATH = (
    "Culture : mort du peintre Paul Vernier\n\n"
    "Le peintre Paul Vernier est mort mardi 4 mai 2021 à Lyon à l'âge de 87 ans."
)
VOTE = (
    "Vallon : le conseil municipal adopte le budget\n\n"
    "Le conseil municipal de Vallon a adopté le 6 mai 2021 un budget de 12 millions d'euros pour la "
    "rénovation des écoles."
)
CUT = (
    "Course : la fête de Vallon\n\n"
    "Samedi, la fête du village de Vallon a attiré un nombre record de visiteurs. "
    "Le coureur Marc Delorme a remporté sa troisième victoire et conforte sa place en tête."
)


def test_the_winner_is_asked(extract_text: Any) -> None:
    assert ("Qui a remporté le Tour de Vallon le 2 mai 2021 ?", "Léa Morel") in asked(
        cards(extract_text, WIN)
    )


def test_what_was_won_is_asked(extract_text: Any) -> None:
    assert ("Qu’a remporté Léa Morel le 2 mai 2021 ?", "le Tour de Vallon") in asked(
        cards(extract_text, WIN)
    )


def test_the_age_at_death_is_asked(extract_text: Any) -> None:
    assert ("À quel âge Paul Vernier est-il mort ?", "à 87 ans") in asked(
        cards(extract_text, DEATH)
    )


def test_what_was_adopted_is_asked(extract_text: Any) -> None:
    assert (
        "Qu’a adopté le conseil municipal de Vallon le 6 mai 2021 ?",
        "un budget de 12 millions d’euros pour la rénovation des écoles",
    ) in asked(cards(extract_text, VOTE))


@pytest.mark.parametrize("text", [WIN, DEATH, VOTE])
def test_the_default_deck_opens_on_the_main_story(extract_text: Any, text: str) -> None:
    kept = cards(extract_text, text, Selection()).kept
    assert kept and kept[0].fact_type in ("action", "event")
    assert any(q.fact_type == "action" for q in kept)


def test_a_cut_coordination_drops_the_winner_card(extract_text: Any) -> None:
    made = cards(extract_text, CUT)
    assert not any("conforte" in p or "conforte" in a for p, a in asked(made))
    assert any("cut after « et conforte »" in r.reason for r in made.rejected)


def test_a_weekday_is_no_answer(extract_text: Any) -> None:
    made = cards(extract_text, CUT)
    assert not any(a.lower() == "samedi" for _, a in asked(made))


def card(prompt: str, answer: str, fact_type: str = "action") -> Question:
    return Question(
        id="q",
        fact_id="f",
        template="action-qui",
        kind="basic",
        prompt=prompt,
        answer=answer,
        fact_type=fact_type,
    )


@pytest.mark.parametrize(
    ("prompt", "answer", "fires"),
    [
        ("Qui a attiré la foule en mai 2021 ?", "Samedi", "is a date"),
        ("Qui a ouvert la séance ?", "mars", "is a date"),
        ("Qui a remporté sa victoire et conforte ?", "Léa Morel", "cut after « et conforte »"),
        ("Qu’a remporté Léa Morel ?", "sa victoire et conforte", "cut after « et conforte »"),
        # must not fire: a name after « et », a whole object, another fact type
        ("Qui a battu Paul et Marie ?", "Léa Morel", ""),
        ("Qui a vendu le pain et le vin ?", "Léa Morel", ""),
        ("Qui a remporté le Tour de Vallon ?", "Léa Morel", ""),
    ],
)
def test_action_problem(prompt: str, answer: str, fires: str) -> None:
    reason = action_problem(card(prompt, answer))
    assert (fires in reason) if fires else reason == ""


def test_action_problem_leaves_other_fact_types() -> None:
    assert action_problem(card("Qui a battu le record et gagne ?", "Léa Morel", "quote")) == ""
