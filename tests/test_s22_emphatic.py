"""A stressed pronoun that only underlines its sentence's own subject (« Les maires, eux, ont
refusé », « Le parti réalise lui son meilleur score ») does not make the card « unresolved »;
one that stands for someone else (« selon lui », « pour eux », « Les élus lui ont répondu ») still
does. Invented sentences."""

from __future__ import annotations

import pytest

from generators.questions import explain_questions
from generators.questions.emphatic import stresses_subject
from generators.records import Fact, Selection


@pytest.mark.parametrize(
    ("statement", "pronoun"),
    [
        ("Les écologistes réalisent eux leur meilleur score depuis 1990.", "eux"),
        ("Les maires, eux, ont refusé la réforme.", "eux"),
        ("Paul Lenoir, lui, a refusé le poste.", "lui"),
        ("Le parti réalise lui son meilleur score.", "lui"),
        ("La ministre, elle, a démissionné en mai.", "elle"),
        ("Les électrices, elles, ont voté à 60 %.", "elles"),
        ("Les électeurs, eux aussi, ont voté.", "eux"),
        ("Les électeurs ont eux aussi voté en nombre.", "eux"),
        ("Les rebelles quant à eux ont rendu 12 armes.", "eux"),
        ("Son adversaire obtient, quant à lui, 41 % des voix.", "lui"),
        ("Le déficit devrait lui légèrement baisser en 2031.", "lui"),
        ("Les cas graves sont eux réduits de 90 %.", "eux"),
        ("Paul Lenoir, maire de Vossberg, annonce lui, le 3 mai, son départ.", "lui"),
    ],
)
def test_a_pronoun_stressing_the_subject_names_nobody_new(statement: str, pronoun: str) -> None:
    assert stresses_subject(statement, pronoun)


@pytest.mark.parametrize(
    ("statement", "pronoun"),
    [
        ("Selon lui, le club va mal.", "lui"),  # governed: someone named elsewhere
        ("Les maires ont voté pour eux.", "eux"),
        ("Les élus lui ont répondu en mai.", "lui"),  # an object before its verb
        ("Le maire lui a remis la médaille.", "lui"),
        ("Le maire lui donne la médaille.", "lui"),
        ("La ministre a démissionné et elle part.", "elle"),  # a subject pronoun
        ("Il a dit que lui viendrait.", "lui"),  # the sentence opens on a pronoun
        ("Les élus, elle, les a reçus.", "elle"),  # does not agree with the subject
        ("Lui, il a refusé.", "lui"),  # no subject before it
        ("Deux médecins lui ont donné les premiers soins.", "lui"),
        ("Les soldats ont fui, deux d'entre eux sont blessés.", "eux"),
        ("Il ne lui faut que quatre jours.", "lui"),
        ("Paul Lenoir a été retrouvé chez lui à Vossberg.", "lui"),
    ],
)
def test_a_pronoun_for_someone_else_is_still_one(statement: str, pronoun: str) -> None:
    assert not stresses_subject(statement, pronoun)


HEADER = {"slug": "t", "title": "Vossberg : les élections", "date": "2031-03-10"}


def _cards(sentence: str, text: str, value: int) -> list[str]:
    fact = Fact(
        "quantity",
        sentence,
        0,
        len(sentence),
        {"value": value, "approx": False, "unit": "%", "text": text, "confidence": 0.95},
        id="t:quantity:0",
    )
    return [q.kind for q in explain_questions([fact], HEADER, selection=Selection(per_fact=0)).kept]


def test_the_stressed_subject_keeps_its_card() -> None:
    assert "cloze" in _cards(
        "Les écologistes de Vossberg réalisent eux leur meilleur score, avec 14 % des voix.",
        "14 %",
        14,
    )


def test_a_pronoun_for_someone_else_still_drops_the_card() -> None:
    assert _cards("Selon lui, les écologistes ont obtenu 14 % des voix.", "14 %", 14) == []
