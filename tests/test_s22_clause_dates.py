"""An action is dated by its own clause: a date inside a clause its words embed (a relative, an
adverbial or a complement clause, a verb joined by « et ») dates something else, so « Qui a
annoncé … le 12 juin ? » is never asked of a summit planned for 12 June. Invented sentences,
through the real model."""

from __future__ import annotations

from typing import Any

import pytest

HEAD = "Vossberg : un titre\n\n3 juin 2018. –\nUne phrase d'ouverture sans rien.\n"


def _dates(extract_text: Any, sentence: str, verb: str) -> list[Any]:
    facts = extract_text(HEAD + sentence + "\n")
    return [f.get("date") for f in facts if f.type == "action" and f.get("verb") == verb]


@pytest.mark.parametrize(
    ("sentence", "verb", "date"),
    [
        (
            "Paul Lenoir, qui avait été battu le 3 mai 2010, a remporté la course de Vossberg en 2016.",
            "remporter",
            "en 2016",
        ),
        (
            "Alors que le sommet était prévu le 12 juin, Paul Lenoir a annoncé son annulation le 24 mai.",
            "annoncer",
            "le 24 mai 2018",
        ),
        (
            "Paul Lenoir a annoncé le 24 mai l'annulation du sommet qui devait avoir lieu le 12 juin.",
            "annoncer",
            "le 24 mai 2018",
        ),
        (
            "Paul Lenoir a dévoilé le 2 mai un projet qui ouvrira le 22 mai.",
            "dévoiler",
            "le 2 mai 2018",
        ),
        (
            "Paul Lenoir a été élu maire de Vossberg le 3 mai et a pris ses fonctions le 10 juin.",
            "élire",
            "le 3 mai 2018",
        ),
        # the clause's own date, wherever it stands
        ("Le 4 mai, Paul Lenoir a remporté la course de Vossberg.", "remporter", "le 4 mai 2018"),
        ("Paul Lenoir a remporté la course de Vossberg en 2016.", "remporter", "en 2016"),
        (
            "Le 2 mai 2018, la municipalité de Vossberg a adopté le budget.",
            "adopter",
            "le 2 mai 2018",
        ),
    ],
)
def test_an_action_is_dated_by_its_own_clause(
    extract_text: Any, sentence: str, verb: str, date: str
) -> None:
    assert _dates(extract_text, sentence, verb) == [date]


@pytest.mark.parametrize(
    ("sentence", "verb", "other"),
    [
        (
            "Paul Lenoir, qui avait été battu le 3 mai 2010, a remporté la course de Vossberg.",
            "remporter",
            "le 3 mai 2010",
        ),
        (
            "Paul Lenoir a annoncé l'annulation du sommet qui devait avoir lieu le 12 juin.",
            "annoncer",
            "le 12 juin 2018",
        ),
        (
            "Après une visite qui a eu lieu le 2 mai 2017, Paul Lenoir a remporté la course.",
            "remporter",
            "le 2 mai 2017",
        ),
    ],
)
def test_a_date_of_an_embedded_clause_is_not_the_action_s(
    extract_text: Any, sentence: str, verb: str, other: str
) -> None:
    dates = _dates(extract_text, sentence, verb)
    assert dates and other not in dates
