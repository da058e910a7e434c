"""Session 23's card families, on invented cards: a small count whose parenthesis lists what it
counts is given away; a role of the same head noun as the true one (« scientifique de l'agence »
beside « scientifique péruvien ») is no wrong choice and no false statement: it may be true too."""

from __future__ import annotations

import pytest

from generators.questions.giveaway import enumerated_count
from generators.questions.truths import same_head
from generators.records import Question


def gap_card(prompt: str, answer: str, kind: str = "cloze") -> Question:
    return Question(
        id="q",
        fact_id="f",
        template="quantity-cloze",
        kind=kind,
        prompt=prompt,
        answer=answer,
        source="",
        fact_type="quantity",
    )


@pytest.mark.parametrize(
    ("prompt", "answer", "kind"),
    [
        (
            "Il y a eu {{c1::trois}} blessés (un passant, un gardien et le conducteur) à Vossberg.",
            "trois",
            "cloze",
        ),
        (
            "Complétez : « Il y a eu … blessés (un passant, un gardien et le conducteur). »",
            "3",
            "mcq",
        ),
        ("Le jury compte {{c1::deux}} membres (Paul Lenoir et Léa Marchand).", "deux", "cloze"),
        (
            "Les {{c1::4}} finalistes (Brovanie, Valmontie, Lormes et Vernay) sont connus.",
            "4",
            "cloze",
        ),
        (
            "Vrai ou faux : Il y a eu trois blessés (un passant, un gardien et le conducteur).",
            "Vrai",
            "truefalse",
        ),
        (
            "Le club aligne {{c1::deux}} gardiens (une titulaire et une remplaçante).",
            "deux",
            "cloze",
        ),
    ],
)
def test_a_count_listed_in_parentheses_is_given_away(prompt: str, answer: str, kind: str) -> None:
    assert enumerated_count(gap_card(prompt, answer, kind))


@pytest.mark.parametrize(
    ("prompt", "answer", "kind"),
    [
        (
            "Il y a eu {{c1::trois}} blessés (un passant et le conducteur) à Vossberg.",
            "trois",
            "cloze",
        ),
        ("Il y a eu {{c1::trois}} blessés (selon la police) à Vossberg.", "trois", "cloze"),
        ("Le jury compte {{c1::deux}} membres (dont Paul Lenoir) cette année.", "deux", "cloze"),
        ("Le festival dure {{c1::3}} jours (du 4 au 6 mai).", "3", "cloze"),
        (
            "La ville compte {{c1::deux}} écoles (trois lycées et un collège aussi).",
            "deux",
            "cloze",
        ),
        (
            "Il y a eu {{c1::12}} blessés (six passants, quatre gardiens et deux conducteurs).",
            "12",
            "cloze",
        ),
    ],
)
def test_a_count_not_listed_in_parentheses_stays(prompt: str, answer: str, kind: str) -> None:
    assert enumerated_count(gap_card(prompt, answer, kind)) == ""


@pytest.mark.parametrize(
    ("role", "other", "same"),
    [
        ("chercheuse au CNRS", "chercheuse française", True),
        ("scientifique de la NASA", "scientifique péruvien associé au projet", True),
        ("président de la Commission européenne", "président français", True),
        ("Premier ministre", "premier ministre de la Valmontie", True),
        ("le candidat de la droite", "candidat malheureux", True),
        # other heads: a wrong choice, a false statement
        ("ministre de la Santé", "président de la Valmontie", False),
        ("maire de Vossberg", "député de Vossberg", False),
        ("entraîneur du club", "attaquant du club", False),
        # the same role is no other choice at all
        ("maire de Vossberg", "maire de Vossberg", False),
        ("", "maire de Vossberg", False),
    ],
)
def test_roles_of_one_head_may_both_be_true(role: str, other: str, same: bool) -> None:
    assert same_head(role, other) is same
