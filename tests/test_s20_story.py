"""A win over an opponent (« battre », « vaincre »: lexicon action_opponent_verbs) asks who won,
never « Qu'a battu le club ? »; a prize won (« remporter la coupe ») is asked both ways. Invented
sentences, real extraction and templates."""

from __future__ import annotations

from typing import Any

import pytest

from generators.questions import explain_questions
from generators.records import Selection

HEADER = {"slug": "t", "title": "Brenneval : un titre", "date": "2018-06-03"}


def _action_cards(extract_text: Any, sentence: str) -> list[tuple[str, str]]:
    facts = extract_text("Brenneval : un titre\n\n3 juin 2018. –\n" + sentence + "\n")
    made = explain_questions(facts, HEADER, selection=Selection(per_fact=0))
    return [(q.prompt, q.answer) for q in made.kept if q.fact_type == "action"]


@pytest.mark.parametrize(
    ("sentence", "cards"),
    [
        (
            "Le club de Brenneval a vaincu l'équipe de Valdorie en finale de la coupe régionale.",
            [
                (
                    "Qui a vaincu l’équipe de Valdorie en finale de la coupe régionale en juin 2018 ?",
                    "le club de Brenneval",
                )
            ],
        ),
        (
            "Le club de Brenneval a battu l'équipe de Valdorie en finale de la coupe régionale.",
            [
                (
                    "Qui a battu l’équipe de Valdorie en finale de la coupe régionale en juin 2018 ?",
                    "le club de Brenneval",
                )
            ],
        ),
        (
            "L'équipe de Valdorie a été battue par le club de Brenneval en finale de la coupe régionale.",
            [
                (
                    "Qui a battu l’équipe de Valdorie en juin 2018 ?",
                    "le club de Brenneval",
                )
            ],
        ),
        (
            "Le club de Brenneval a remporté la coupe régionale de football le 3 mai 2018.",
            [
                (
                    "Qui a remporté la coupe régionale de football le 3 mai 2018 ?",
                    "le club de Brenneval",
                ),
                (
                    "Qu’a remporté le club de Brenneval le 3 mai 2018 ?",
                    "la coupe régionale de football",
                ),
            ],
        ),
    ],
)
def test_a_win_asks_the_winner_and_only_a_prize_with_que(
    extract_text: Any, sentence: str, cards: list[tuple[str, str]]
) -> None:
    assert _action_cards(extract_text, sentence) == cards


@pytest.mark.parametrize(
    "sentence",
    [
        "Le club de Brenneval n'a pas battu l'équipe de Valdorie en finale de la coupe régionale.",
        "Le club de Brenneval pourrait battre l'équipe de Valdorie en finale de la coupe régionale.",
        "Le club de Brenneval battra l'équipe de Valdorie en finale de la coupe régionale.",
        "« Nous avons battu l'équipe de Valdorie en finale de la coupe régionale », dit Léa Morel.",
    ],
)
def test_a_win_not_told_as_done_gives_no_card(extract_text: Any, sentence: str) -> None:
    assert not [c for c in _action_cards(extract_text, sentence) if "battu" in c[0]]


@pytest.mark.parametrize(
    "sentence",
    [
        "La municipalité de Brenneval a décidé de son côté.",
        "Le conseil de Valdorie a décidé à son tour.",
        "Le comité de Castelmont a voté pour sa part.",
    ],
)
def test_a_stance_phrase_is_no_complement(extract_text: Any, sentence: str) -> None:
    assert _action_cards(extract_text, sentence) == []


def test_a_stance_phrase_leaves_the_object_asked(extract_text: Any) -> None:
    cards = _action_cards(
        extract_text, "Le club de Valdorie a annoncé pour sa part la fermeture du stade municipal."
    )
    assert (
        "Qui a annoncé la fermeture du stade municipal en juin 2018 ?",
        "le club de Valdorie",
    ) in cards


def _actors(extract_text: Any, sentence: str) -> list[str]:
    facts = extract_text("Brenneval : un titre\n\n3 juin 2018. –\n" + sentence + "\n")
    return [str(f.get("actor")) for f in facts if f.type == "action"]


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        # a name opening on capitals the parser hangs elsewhere keeps them
        (
            "Le jeune studio de développement ZEPHYR Art Lab a annoncé la fin de sa campagne de dons.",
            "ZEPHYR Art Lab",
        ),
        (
            "Le studio de jeux vidéo NOVA Pixel Works a annoncé la fin de sa campagne de dons.",
            "NOVA Pixel Works",
        ),
        # must not move: a phrase already whole, or nothing capitalised before it
        (
            "Le groupe Valdor Industries a annoncé mardi la fermeture de son usine de Brenneval.",
            "Le groupe Valdor Industries",
        ),
        (
            "La société Castelmont Énergie a annoncé la fermeture de la centrale de Brenneval.",
            "Castelmont Énergie",
        ),
        (
            "À Brenneval, la mairie a annoncé la fermeture de la piscine municipale.",
            "la mairie",
        ),
    ],
)
def test_an_actor_name_keeps_its_capitalised_start(
    extract_text: Any, sentence: str, actor: str
) -> None:
    assert _actors(extract_text, sentence) == [actor]
