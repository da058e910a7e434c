"""Cards of session 17: time words dated by the article, « Qui » in the singular, a post held
« depuis » asked at the article's month, a clause dated by its own date. Invented sentences,
through the real question builder (spaCy) and through the retouching helpers."""

from __future__ import annotations

from typing import Any

import pytest

from generators.questions import Explanation, explain_questions
from generators.questions.retouch import agree_who, contract, retime
from generators.records import Selection

# 2021-04-08 is a Thursday
HEADER = {"slug": "t", "title": "Vallon : une semaine agitée", "date": "2021-04-08"}
THURSDAY = "2021-04-08"
MONDAY = "2021-04-12"


def cards(extract_text: Any, body: str, header: dict[str, str] | None = None) -> Explanation:
    header = header or HEADER
    facts = extract_text(f"{header['title']}\n\n{body}")
    return explain_questions(facts, header, selection=Selection(per_fact=0))


def prompts(explanation: Explanation) -> list[str]:
    return [q.prompt for q in explanation.kept]


# --- family 1: time words dated by the article ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Douze maisons ont été détruites, a affirmé la préfecture lundi.",
            "préfecture le 5 avril 2021.",
        ),
        ("Mardi, le conseil a voté 14 délibérations.", "Le 6 avril 2021, le conseil a voté"),
        ("La foire ouvrira samedi à Vallon.", "ouvrira le 10 avril 2021 à Vallon."),
        ("Le maire a démissionné hier soir.", "démissionné le 7 avril 2021 au soir."),
        ("Le club a été racheté en novembre dernier.", "racheté en novembre 2020."),
        ("Le pont a été fermé le 3 février dernier.", "fermé le 3 février 2021."),
        ("Les chiffres du mois dernier sont mauvais.", "Les chiffres de mars 2021 sont"),
        ("Il a été élu la semaine dernière.", "élu la semaine du 29 mars 2021."),
        ("La salle a accueilli 300 visiteurs l'an dernier.", "visiteurs en 2020."),
        ("Cette année, la course a attiré 80 coureurs.", "En 2021, la course"),
        ("Le musée a ouvert jeudi dernier.", "ouvert le 1er avril 2021."),
        ("La mairie a publié aujourd'hui son budget.", "publié le 8 avril 2021 son budget."),
    ],
)
def test_time_words_are_dated_from_the_article(text: str, expected: str) -> None:
    assert expected in retime(text, THURSDAY)


def test_a_weekend_is_named_by_its_days() -> None:
    assert "le week-end des 10 et 11 avril 2021" in retime(
        "Les habitants ont voté ce week-end à Vallon.", MONDAY
    )


@pytest.mark.parametrize(
    "text",
    [
        "Il a dit : « je pars lundi » à ses amis.",  # a quotation keeps its words
        "Le marché a lieu chaque mardi sur la place.",  # a habit
        "Le musée ouvre du lundi au vendredi.",  # a span of days
        "Les jeunes d'aujourd'hui lisent moins.",  # nowadays
        "Le taux est passé de 4 en 2000 à 3 aujourd'hui.",  # nowadays, against a year
        "Le musée a ouvert le lundi 5 avril.",  # a weekday with its date
        "Le club a gagné ce week-end.",  # a Thursday: which weekend?
        "Le lundi de Pâques, le musée a fermé.",  # a holiday
        "La course a lieu {{c1::mardi}} à Vallon.",  # a cloze gap is the answer
        "Aujourd'hui, on lit moins de journaux.",  # nowadays, opening a present clause
    ],
)
def test_time_words_that_stay(text: str) -> None:
    assert retime(text, THURSDAY) == text


def test_no_article_date_changes_nothing() -> None:
    text = "Douze maisons ont été détruites, a affirmé la préfecture lundi."
    assert retime(text, "") == text
    assert retime(text, "2021-04") == text


def test_a_cloze_card_says_the_date_not_the_weekday(extract_text: Any) -> None:
    body = (
        "Au moins 14 maisons ont été détruites par la tempête à Vallon, a affirmé la préfecture "
        "lundi. Le maire, Paul Rivet, a visité les quartiers touchés."
    )
    made = prompts(cards(extract_text, body))
    with_figure = [p for p in made if "14" in p or "{{c1::14}}" in p]
    assert with_figure, made
    assert all("lundi" not in p for p in made)
    assert any("le 5 avril 2021" in p for p in with_figure)


def test_a_card_opening_on_a_weekday(extract_text: Any) -> None:
    body = "Mardi, le conseil municipal de Vallon a voté 23 délibérations sur le budget."
    made = prompts(cards(extract_text, body))
    assert any(p.startswith("Le 6 avril 2021, le conseil") for p in made), made
    assert all("Mardi" not in p for p in made)


# --- family 2: « Qui » takes the singular; contractions ---------------------------------------


@pytest.mark.parametrize(
    ("prompt", "expected"),
    [
        (
            "Qui ont lancé une offensive le 3 mai 2021 ?",
            "Qui a lancé une offensive le 3 mai 2021 ?",
        ),
        ("Qui sont arrivés en tête à Vallon ?", "Qui est arrivé en tête à Vallon ?"),
        ("Qui ont été élus au conseil ?", "Qui a été élu au conseil ?"),
        ("Qui ont été pris en otage ?", "Qui a été pris en otage ?"),
        ("Qui se sont rendus à Vallon ?", "Qui s'est rendu à Vallon ?"),
        ("Qui dirigeaient la ville en 2020 ?", "Qui dirigeait la ville en 2020 ?"),
        ("Qui avaient remporté la coupe ?", "Qui avait remporté la coupe ?"),
        ("Qui ne sont pas venues ?", "Qui n'est pas venue ?"),
    ],
)
def test_who_takes_the_singular(prompt: str, expected: str) -> None:
    assert agree_who(prompt) == expected


@pytest.mark.parametrize(
    "prompt",
    [
        "Qui sont les candidats de Vallon ?",  # who they are: plural attribute
        "Qui étaient les maires de Vallon ?",
        "Qui a remporté la coupe ?",
        "Quelle fonction Paul Rivet occupait-il en avril 2021 ?",
    ],
)
def test_who_that_stays(prompt: str) -> None:
    assert agree_who(prompt) == prompt


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("la fin de le match", "la fin du match"),
        ("le retour de les joueurs", "le retour des joueurs"),
        ("il pense à les élections", "il pense aux élections"),
        ("l'arrivée de un ami", "l'arrivée d’un ami"),
        ("il a décidé de le faire", "il a décidé de le faire"),  # « le » a pronoun
        ("« la fin de le monde »", "« la fin de le monde »"),  # a quotation keeps its words
    ],
)
def test_contractions(text: str, expected: str) -> None:
    assert contract(text) == expected


def test_an_action_card_on_a_plural_actor_asks_qui_in_the_singular(extract_text: Any) -> None:
    body = (
        "Le 3 avril 2021, les pompiers de Vallon ont sauvé douze randonneurs dans le massif de "
        "la Crête."
    )
    made = prompts(cards(extract_text, body))
    assert not any(p.startswith(("Qui ont ", "Qui sont ")) for p in made), made
