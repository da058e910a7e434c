"""Cards of session 17: time words dated by the article, « Qui » in the singular, a post held
« depuis » asked at the article's month, a clause dated by its own date. Invented sentences,
through the real question builder (spaCy) and through the retouching helpers."""

from __future__ import annotations

from typing import Any

import pytest

from generators.questions import Explanation, explain_questions
from generators.questions.agreement import agree_who, contract
from generators.questions.retouch import retime
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


# --- family 3: a post held « depuis » is asked at the article's month -------------------------

DATED = "8 avril 2021. – "


@pytest.mark.parametrize(
    ("body", "prompt"),
    [
        (
            "Paul Rivet, maire de Vallon depuis 2012, a inauguré le festival de la ville.",
            "Quelle fonction Paul Rivet occupait-il en avril 2021 ?",
        ),
        (
            "Claire Fabre, directrice de l'hôpital de Vallon depuis mars 2019, a présenté les comptes.",
            "Quelle fonction Claire Fabre occupait-elle en avril 2021 ?",
        ),
        (
            "Marc Dulac, préfet de la Crête depuis le 3 mai 2018, a visité la vallée.",
            "Quelle fonction Marc Dulac occupait-il en avril 2021 ?",
        ),
    ],
)
def test_a_post_held_since_a_year_is_asked_at_the_article_s_month(
    extract_text: Any, body: str, prompt: str
) -> None:
    made = prompts(cards(extract_text, DATED + body))
    assert prompt in made, made
    assert not any("occupe-t-" in p for p in made)


@pytest.mark.parametrize(
    ("role", "sentence", "expected"),
    [
        ("maire de Vallon", "Paul Rivet, maire de Vallon depuis 2012, a parlé.", "en avril 2021"),
        ("préfet", "Le préfet depuis l'année 2015, Marc Dulac, a parlé.", "en avril 2021"),
        ("maire", "Le maire depuis fin 2016, Paul Rivet, a parlé.", "en avril 2021"),
        ("maire", "Le maire à partir de 2019, Paul Rivet, a parlé.", "en avril 2021"),
        ("maire", "Paul Rivet, maire de Vallon en 2012, a parlé.", ""),  # an earlier time
        ("maire", "Paul Rivet, maire de 2001 à 2012, a parlé.", ""),
        ("maire", "Paul Rivet a été élu maire en 2015 et l'est depuis 2016.", ""),
    ],
)
def test_role_time_reads_past_since(role: str, sentence: str, expected: str) -> None:
    from generators.questions.roles import role_time

    assert role_time(role, sentence, "2021-04-08") == expected


def test_a_false_role_keeps_the_person_s_gender(extract_text: Any) -> None:
    body = DATED + (
        "Paul Rivet, maire de Vallon, a inauguré le festival. Claire Fabre, directrice de "
        "l'hôpital de Vallon, a présenté les comptes."
    )
    made = prompts(cards(extract_text, body))
    assert not any(p.startswith("Vrai ou faux : Paul Rivet") and "directrice" in p for p in made)
    assert not any(p.startswith("Vrai ou faux : Claire Fabre") and "directeur" in p for p in made)


@pytest.mark.parametrize(
    ("role", "gender", "agrees"),
    [
        ("directrice de l'hôpital", "m", False),
        ("directeur de l'hôpital", "f", False),
        ("présidente du club", "m", False),
        ("président du club", "f", False),
        ("ministre de la Santé", "m", True),
        ("ministre de la Santé", "f", True),
        ("maire de Vallon", "f", True),
        ("directrice de l'hôpital", "f", True),
        ("directrice de l'hôpital", "", True),
    ],
)
def test_role_gender_agreement(role: str, gender: str, agrees: bool) -> None:
    from generators.questions.distractors import _agrees

    assert _agrees(role, gender) is agrees


# --- family 4: a clause is dated by its own date; guessed years ---------------------------------


@pytest.mark.parametrize(
    ("sentence", "anchor", "date", "other"),
    [
        (
            "Marc Dulac a publié une lettre annulant le sommet, qui était prévu pour le 12 juin.",
            "a publié une lettre",
            "le 12 juin 2021",
            True,
        ),
        (
            "Marc Dulac a dévoilé un projet nommé Vallonia dont l'ouverture se fera le 22 mai.",
            "a dévoilé un projet",
            "le 22 mai 2021",
            True,
        ),
        (
            "Le Vallonais a lancé une campagne qui se révèle un succès, pour un lancement en janvier 2022.",
            "a lancé une campagne",
            "en janvier 2022",
            True,
        ),
        (
            "Paul Rivet a annoncé que la course aura lieu le 5 mai.",
            "a annoncé",
            "le 5 mai 2021",
            True,
        ),
        (
            "Le sommet, qui était prévu le 12 juin, a été annulé par Marc Dulac.",
            "a été annulé",
            "le 12 juin 2021",
            True,
        ),
        (
            "Le 3 avril 2021, Paul Rivet a remporté la course de Vallon.",
            "a remporté la course de Vallon",
            "le 3 avril 2021",
            False,
        ),
        (
            "Paul Rivet a annoncé le 3 avril 2021 que la course aura lieu le 5 mai.",
            "a annoncé",
            "le 3 avril 2021",
            False,
        ),
        (
            "Paul Rivet a remporté la course de Vallon le 3 avril.",
            "a remporté la course de Vallon",
            "le 3 avril 2021",
            False,
        ),
        (
            "Paul Rivet, qui est maire, a été élu président le 3 avril.",
            "a été élu",
            "le 3 avril 2021",
            False,
        ),
        ("Paul Rivet a gagné en 2019 et en 2020.", "a gagné", "en 2019", False),  # no clause
    ],
)
def test_a_date_of_another_clause(sentence: str, anchor: str, date: str, other: bool) -> None:
    from generators.questions.clause_dates import other_clause_date

    assert other_clause_date(sentence, anchor, date) is other


def test_an_action_is_not_dated_by_a_later_clause(extract_text: Any) -> None:
    body = (
        DATED
        + "Marc Dulac a dévoilé un nouveau projet nommé Vallonia dont l'ouverture se fera le 22 mai à Lyon."
    )
    made = prompts(cards(extract_text, body))
    assert not any("22 mai" in p for p in made if not p.startswith(("Complétez", "Marc Dulac")))


def test_an_event_is_not_asked_with_the_date_of_its_plan(extract_text: Any) -> None:
    body = DATED + (
        "Le journal Le Vallonais a lancé une campagne de financement qui se révèle un succès, "
        "avec 10 000 euros collectés, pour un lancement en janvier 2022."
    )
    made = prompts(cards(extract_text, body))
    assert not any(p.startswith(("Quand ", "En quelle année ", "À quelle date ")) for p in made), (
        made
    )


def test_a_guessed_year_is_never_asked_as_a_year(extract_text: Any) -> None:
    body = DATED + "Le musée de Vallon a rouvert le 2 mars après deux ans de travaux."
    made = explain_questions(
        extract_text(f"{HEADER['title']}\n\n{body}"), HEADER, selection=Selection(per_fact=0)
    )
    assert not any(
        q.prompt.startswith("En quelle année") or q.template == "event-annee" for q in made.kept
    )


# --- family 5: a gap for a dated day is « le … », not « ce … » --------------------------------


@pytest.mark.parametrize(
    ("prompt", "answer", "expected"),
    [
        (
            "Complétez : « Le club connaît un rebondissement ce … »",
            "9 juin 2021",
            "Complétez : « Le club connaît un rebondissement le … »",
        ),
        (
            "Complétez : « Claire Fabre a été élue ce … maire de Vallon. »",
            "1er avril 2021",
            "Complétez : « Claire Fabre a été élue le … maire de Vallon. »",
        ),
        (
            "Complétez : « Le club a gagné ce … »",
            "week-end",
            "Complétez : « Le club a gagné ce … »",
        ),
        (
            "Complétez : « Cette … le club a gagné. »",
            "9 juin 2021",
            "Complétez : « Cette … le club a gagné. »",
        ),
    ],
)
def test_a_dated_gap_takes_le(prompt: str, answer: str, expected: str) -> None:
    from dataclasses import replace

    from generators.questions.retouch import retouched
    from generators.records import Question

    question = Question(id="q", fact_id="f", template="t", kind="mcq", prompt=prompt, answer=answer)
    assert retouched(replace(question), "").prompt == expected
