"""Cards of session 15b: a post asked at the article's month, a country's head left to `--all`,
no « Qui … ? » on a pronoun whose person is a guess. Invented articles through the questions
pipeline with real spaCy."""

from __future__ import annotations

from typing import Any

import pytest

from generators.questions import Explanation, explain_questions
from generators.records import Selection

HEADER = {"slug": "t", "title": "Vallon : une journée au festival", "date": "2021-04-08"}


def cards(extract_text: Any, body: str, selection: Selection | None = None) -> Explanation:
    facts = extract_text(f"{HEADER['title']}\n\n{body}")
    return explain_questions(facts, HEADER, selection=selection or Selection())


def prompts(explanation: Explanation) -> list[str]:
    return [q.prompt for q in explanation.kept]


@pytest.mark.parametrize(
    ("body", "prompt"),
    [
        (
            "La ministre de la Culture, Claire Fabre, a inauguré le festival de Vallon.",
            "Quelle fonction Claire Fabre occupait-elle en avril 2021 ?",
        ),
        (
            "Le maire de Vallon, Paul Rivet, a inauguré le festival samedi.",
            "Quelle fonction Paul Rivet occupait-il en avril 2021 ?",
        ),
    ],
)
def test_a_post_is_asked_at_the_article_s_month(extract_text: Any, body: str, prompt: str) -> None:
    made = prompts(cards(extract_text, body, Selection(per_fact=0)))
    assert prompt in made
    assert not any("occupe-t-" in p for p in made)


def test_a_head_is_asked_at_the_article_s_month(extract_text: Any) -> None:
    body = "Le directeur d’Air Vallon, Marc Dulac, a présenté les comptes de la compagnie."
    made = prompts(cards(extract_text, body, Selection(per_fact=0)))
    assert "Qui dirigeait Air Vallon en avril 2021 ?" in made


@pytest.mark.parametrize(
    "head", ["Le président italien Marco Verdi", "Le président de Malte, Paul Borg,"]
)
def test_a_country_s_head_is_left_to_all(extract_text: Any, head: str) -> None:
    body = f"{head} a ouvert la séance le 3 mars 2021."
    default = cards(extract_text, body)
    assert not any(p.startswith("Qui dirige") for p in prompts(default))
    why = [r.reason for r in default.rejected if r.question.template == "leads-qui-dirige"]
    assert why and all("known leader" in r for r in why)
    assert any(
        p.startswith("Qui dirigeait")
        for p in prompts(cards(extract_text, body, Selection(per_fact=0)))
    )


def test_a_pronoun_s_guessed_person_is_not_asked_who(extract_text: Any) -> None:
    body = (
        "Luc Perrin a été devancé par Hugo Marchal lors de la première manche à Vallon. "
        "Il a remporté la médaille d’or du slalom géant le 3 avril 2021."
    )
    made = cards(extract_text, body)
    assert not any(p.startswith("Qui a remporté") for p in prompts(made))
    asked_what = [r.reason for r in made.rejected if r.question.template == "action-quoi"]
    assert asked_what and all("guessed actor" in r for r in asked_what)  # nor « Qu'a … ? »
    wide = cards(extract_text, body, Selection(per_fact=0))
    dropped = [r.reason for r in made.rejected if r.question.template == "action-qui"]
    assert any(p.startswith("Qui a remporté") for p in prompts(wide))
    assert dropped and all("guessed actor" in r for r in dropped), dropped


def test_a_pronoun_with_one_person_before_is_asked_who(extract_text: Any) -> None:
    body = (
        "Hugo Marchal a pris le départ de la première manche à Vallon. "
        "Il a remporté la médaille d’or du slalom géant le 3 avril 2021."
    )
    made = prompts(cards(extract_text, body))
    assert any(p.startswith("Qui a remporté") for p in made), made
