"""Session 29, families Z19's card judges found awkward, on invented sentences.

1. A relative day with its part of the day (« demain matin », « hier soir ») is dated whole:
   « le 9 avril 2021 au matin », never « le 9 avril 2021 matin ».
2. A judgement before a title (« célèbre journaliste ») is no part of the answer of a role card.
3. A nationality noun the model put in a name (« la Japonaise Mika Sato ») is no part of the
   answer of « Qui a remporté … ? ».
"""

from __future__ import annotations

from typing import Any

import pytest

from generators.questions.retouch import retime
from tests.handmade import dated_deck

THURSDAY = "2021-04-08"


@pytest.mark.parametrize(
    ("text", "expected", "never"),
    [
        (
            "Les prochaines épreuves auront lieu demain matin au lycée.",
            "le 9 avril 2021 au matin au lycée",
            "2021 matin",
        ),
        ("Le maire a démissionné hier soir.", "le 7 avril 2021 au soir.", "2021 soir"),
        (
            "La finale se jouera demain après-midi à Vallon.",
            "le 9 avril 2021 dans l'après-midi à Vallon",
            "2021 après-midi",
        ),
        (
            "Le conseil a voté ce matin le budget.",
            "le 8 avril 2021 au matin le budget",
            "2021 matin",
        ),
        ("Le club jouera demain à Vallon.", "le 9 avril 2021 à Vallon", "au matin"),
    ],
)
def test_part_of_the_day_after_a_relative_day(text: str, expected: str, never: str) -> None:
    retimed = retime(text, THURSDAY)
    assert expected in retimed
    assert never not in retimed


def test_judgement_adjective_is_no_part_of_a_role_answer(extract_text: Any) -> None:
    deck = dated_deck(
        extract_text,
        "Parmi les victimes figure Jean Morin, célèbre journaliste politique de la radio "
        "locale, qui rentrait d'un reportage à Vallon.",
        "Un avion s'écrase à Vallon",
        every=True,
    )
    answers = [q.answer for q in deck if "Jean Morin" in q.prompt]
    assert answers, [q.prompt for q in deck]
    assert not any("célèbre" in a for a in answers)


def test_nationality_noun_is_no_part_of_a_winner(extract_text: Any) -> None:
    deck = dated_deck(
        extract_text,
        "La Japonaise Mika Sato a remporté la compétition pour les dames dimanche à Vallon, "
        "devant l'Américaine Ann Kay.",
        "Patinage : Mika Sato s'impose à Vallon",
        every=True,
    )
    winners = [q.answer for q in deck if q.prompt.startswith("Qui a remporté")]
    assert winners and set(winners) == {"Mika Sato"}, winners


def test_no_month_when_the_object_holds_the_year(extract_text: Any) -> None:
    deck = dated_deck(
        extract_text,
        "Marie Lin, candidate favorable à l'autonomie de l'île, a remporté l'élection "
        "présidentielle de 2018 en récoltant 56 % des suffrages exprimés.",
        "Marie Lin élue à la tête de l'île",
        every=True,
    )
    won = [q.prompt for q in deck if q.prompt.startswith("Qui a remporté")]
    assert won == ["Qui a remporté l’élection présidentielle de 2018 ?"], won
    assert not any("élu " in q.prompt for q in deck)  # « élue »: a candidate is a woman


@pytest.mark.parametrize(
    ("body", "prompt", "never"),
    [
        (
            "Les rebelles ne sont entrés en politique qu'en 2007, après dix ans de guerre.",
            "En quelle année les rebelles sont-ils entrés en politique ?",
            " ne sont",
        ),
        (
            "Le pont de Vallon n'a rouvert à la circulation qu'en 2019.",
            "En quelle année le pont de Vallon a-t-il rouvert à la circulation ?",
            "n’a",
        ),
    ],
)
def test_a_restrictive_negation_is_asked_plainly(
    extract_text: Any, body: str, prompt: str, never: str
) -> None:
    deck = dated_deck(extract_text, body, "Un titre de Vallon", every=True)
    prompts = [q.prompt for q in deck]
    assert prompt in prompts, prompts
    assert not any(p.startswith("En quelle année") and never in p for p in prompts)


def test_a_participle_with_avoir_is_asked_unagreed(extract_text: Any) -> None:
    deck = dated_deck(
        extract_text,
        "L'équipe de Vallon a obtenue dimanche la médaille d'or du concours complet à Sarnac.",
        "Vallon en or",
        every=True,
    )
    asked = [q.prompt for q in deck if "{{c" not in q.prompt]  # a cloze keeps the source's words
    assert any(p.startswith("Qui a obtenu la médaille") for p in asked), asked
    assert not any("obtenue" in p for p in asked if p.startswith(("Qui", "Qu’"))), asked
