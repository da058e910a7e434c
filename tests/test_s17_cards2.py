"""Cards of session 17 (second round): a role asked only of a person the article is about and
only when it is not general knowledge, fragments without their referent, answers given away,
a dead person's trade asked in the past. Invented sentences, through the real question builder."""

from __future__ import annotations

from typing import Any

import pytest

from generators.questions import Explanation, explain_questions
from generators.records import Selection

HEADER = {"slug": "t", "title": "Vallon : une semaine agitée", "date": "2021-04-08"}


def cards(extract_text: Any, body: str, title: str = HEADER["title"]) -> Explanation:
    header = {**HEADER, "title": title}
    facts = extract_text(f"{title}\n\n{body}")
    header["text"] = body
    return explain_questions(facts, header, selection=Selection(per_fact=0))


def role_prompts(explanation: Explanation, name: str) -> list[str]:
    return [q.prompt for q in explanation.kept if name in q.prompt or name in q.answer]


# --- family 1: role cards on side figures and general knowledge ------------------------------

SIDE = [
    # a complement of another noun
    (
        "L'armée du président Karel Vondrak avance vers la ville de Brisac. "
        "Les combats ont fait 40 morts selon la préfecture de Brisac.",
        "Karel Vondrak",
    ),
    # a comparison
    (
        "Le nageur Luc Ferrand a battu le record, comme le champion olympique Tomas Berthel. "
        "Luc Ferrand a nagé en 52 secondes. Luc Ferrand visera le titre en juin.",
        "Tomas Berthel",
    ),
    (
        "Les coureurs se placent dans le sillage du double champion d'Europe Piotr Malecki. "
        "La course a réuni 80 coureurs à Vallon.",
        "Piotr Malecki",
    ),
    (
        "Le club de l'entraîneur Marco Pellin a perdu 3 matchs. Le stade de Vallon est vide.",
        "Marco Pellin",
    ),
    # the head of state of a big country
    (
        "Le président des États-Unis, Jonas Whitfield, a salué l'accord signé à Vallon. "
        "Le maire Paul Drimont a signé l'accord avec 14 communes.",
        "Jonas Whitfield",
    ),
    (
        "Le président français, Hugo Marlet, a envoyé un message aux habitants de Vallon. "
        "La crue a détruit 12 maisons.",
        "Hugo Marlet",
    ),
]


@pytest.mark.parametrize(("body", "name"), SIDE)
def test_no_role_card_on_a_side_figure(extract_text: Any, body: str, name: str) -> None:
    explanation = cards(extract_text, body)
    kept = [q.prompt for q in explanation.kept if q.fact_type == "person_role" and name in q.prompt]
    assert kept == []
    reasons = [r.reason for r in explanation.rejected if name in r.question.prompt]
    assert any("side figure" in r or "general knowledge" in r for r in reasons), reasons


KEPT = [
    # the subject of the sentence
    (
        "Le directeur de l'hôpital de Vallon, Marc Delorme, a annoncé la fermeture de 3 services.",
        "Marc Delorme",
    ),
    # named in the title
    (
        "La ministre de la Culture Inès Varenne a inauguré le musée de Vallon.",
        "Inès Varenne",
    ),
    # named twice
    (
        "La trésorière de l'association, Julie Marchal, a démissionné. "
        "Julie Marchal dénonce des comptes truqués.",
        "Julie Marchal",
    ),
    # the head of a small country, or a prime minister
    (
        "Le président du Vanuatu, Tom Kalsakau, a salué l'accord signé à Vallon.",
        "Tom Kalsakau",
    ),
    (
        "Le maire de Vallon, Paul Drimont, a salué l'accord.",
        "Paul Drimont",
    ),
]


@pytest.mark.parametrize(("body", "name"), KEPT)
def test_a_role_card_on_the_article_s_people(extract_text: Any, body: str, name: str) -> None:
    title = "Vallon : Inès Varenne inaugure le musée" if "Varenne" in body else HEADER["title"]
    explanation = cards(extract_text, body, title)
    kept = [q.prompt for q in explanation.kept if q.fact_type == "person_role" and name in q.prompt]
    assert kept, [(r.question.prompt, r.reason) for r in explanation.rejected]
