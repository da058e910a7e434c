"""Cards a teacher accepts: a role asked only as a post or a trade, a lead only of a body by its
head, no question cut after its verb, no gap on a frame (a period, the article's own year, hours
of the day), quotes word for word, a range's date in the range's year, one figure asked once.
Invented articles through the questions pipeline with real spaCy; each rule beside a partner
sentence that must still give its card."""

from __future__ import annotations

from typing import Any

import pytest

from generators.questions import Explanation, explain_questions
from generators.questions.shapes import _cut_verb
from generators.records import Question, Selection


def cards(extract_text: Any, text: str, selection: Selection | None = None) -> Explanation:
    facts = extract_text(text)
    header = {"slug": "t", "title": text.split("\n", 1)[0], "date": "2021-05-08"}
    return explain_questions(facts, header, selection=selection or Selection(per_fact=0))


def asked(explanation: Explanation) -> dict[str, Question]:
    return {q.prompt: q for q in explanation.kept}


def answer_to(extract_text: Any, text: str, prompt: str) -> str | None:
    question = asked(cards(extract_text, text)).get(prompt)
    return question.answer if question else None


def prompts_with(extract_text: Any, text: str, words: str) -> list[str]:
    return [p for p in asked(cards(extract_text, text)) if words in p]


def titled(body: str) -> str:
    return "Vallon : une journée au festival\n\n" + body


# 1. Roles: a post or a trade, not the person's part in the story nor an epithet.


@pytest.mark.parametrize(
    ("body", "prompt", "answer"),
    [
        (
            "Louis Dumas, un cycliste français présent sur la ligne d'arrivée, avait tenté de "
            "prévenir les coureurs.",
            "Quel est le métier de Louis Dumas ?",
            "cycliste",  # the trade, not the nationality (session 25)
        ),
        (
            "« Nous avons perdu la roue avant », a raconté Marc Lebon, le pilote à l'origine de "
            "la chute.",
            "Quel est le métier de Marc Lebon ?",
            "pilote",
        ),
        (  # the partner: a role with nothing of the story after it is asked whole
            "Le concert a été salué par Claire Fabre, la directrice du festival de Vallon.",
            "Quelle fonction Claire Fabre occupait-elle en mai 2021 ?",
            "directrice du festival de Vallon",
        ),
    ],
)
def test_a_role_is_asked_without_the_story_after_it(
    extract_text: Any, body: str, prompt: str, answer: str
) -> None:
    assert answer_to(extract_text, titled(body), prompt) == answer


@pytest.mark.parametrize(
    "body",
    [
        "Le projet porte le nom d'un défenseur de la musique libre, Paul Rivet.",
        "« Le public était là », explique Paul Rivet, co-auteur de l'étude.",
    ],
)
def test_an_epithet_or_a_part_in_the_story_is_no_function(extract_text: Any, body: str) -> None:
    assert prompts_with(extract_text, titled(body), "Paul Rivet occupe") == []
    assert prompts_with(extract_text, titled(body), "fonction de Paul Rivet") == []


def test_the_partner_post_is_still_asked(extract_text: Any) -> None:
    body = "Le projet porte le nom d'un ancien maire de Vallon, Paul Rivet, mort en 1990."
    partner = "« Le public était là », explique Paul Rivet, directeur de l'étude."
    assert (
        prompts_with(extract_text, titled(body), "Paul Rivet occupe") == []
    )  # former: « Qui est »
    assert answer_to(
        extract_text, titled(partner), "Quelle fonction Paul Rivet occupait-il en mai 2021 ?"
    ) == ("directeur de l’étude")


def test_an_accepted_role_is_a_post_not_a_status(extract_text: Any) -> None:
    text = titled("L'actuel maire socialiste Henri Blanc, élu en mars, a salué les organisateurs.")
    question = asked(cards(extract_text, text))[
        "Quelle fonction Henri Blanc occupait-il en mai 2021 ?"
    ]
    assert question.answer == "maire socialiste"  # « actuel » is no part of the post
    assert "élu" not in question.accept


def test_a_trade_still_accepts_another_trade(extract_text: Any) -> None:
    text = titled(
        "« Le public était là », explique le professeur Luc Garnier, co-auteur de l'étude."
    )
    question = asked(cards(extract_text, text))["Quel est le métier de Luc Garnier ?"]
    assert (question.answer, question.accept) == ("professeur", ())


# 2. Leads: a body, led by its head.


def test_a_deputy_does_not_lead(extract_text: Any) -> None:
    deputy = titled(
        "Marc Roy a prêté serment et est devenu officiellement vice-président de la Vallonie."
    )
    head = titled("Marc Roy a prêté serment et est devenu officiellement président de la Vallonie.")
    assert prompts_with(extract_text, deputy, "dirigeait la Vallonie") == []
    assert answer_to(extract_text, head, "Qui dirigeait la Vallonie en mai 2021 ?") == "Marc Roy"


def test_a_date_is_no_body_and_an_earlier_lead_is_asked_in_the_past(extract_text: Any) -> None:
    dated = titled(
        "En mai 2003, sous le commandement de Jean Petit, Paul Morin est le pilote du navire."
    )
    body = titled(
        "Du 3 juin au 9 août 2004, Paul Morin est le commandant du deuxième équipage de la "
        "station Orion."
    )
    assert prompts_with(extract_text, dated, "mai 2003 ?") == []
    prompt = "Qui dirigeait le deuxième équipage de la station Orion en 2004 ?"
    assert answer_to(extract_text, body, prompt) == "Paul Morin"


# 3. No question cut after its verb.


def test_a_copula_without_its_complement_is_no_question(extract_text: Any) -> None:
    opening = "Ce vendredi 7 mai 2021, Julie Carré est devenue officiellement la "
    cut = titled(opening + "12 e présidente du conseil national, succédant à Marc Roy.")
    whole = titled(opening + "première présidente de la Vallonie, succédant à Marc Roy.")
    made = [p for p in prompts_with(extract_text, cut, "À quelle date") if p.endswith("devenue ?")]
    assert made == []
    prompt = "À quelle date Julie Carré est-elle devenue la première présidente de la Vallonie ?"
    assert answer_to(extract_text, whole, prompt) == "le 7 mai 2021"


def test_a_period_that_frames_a_figure_is_not_asked(extract_text: Any) -> None:
    text = titled(
        "Au cours des deux années qui viennent, ce sont 12 000 nouveaux marins qui devraient arriver "
        "à Brest."
    )
    kept = asked(cards(extract_text, text))
    assert not [p for p in kept if "années" in p and "combien" in p]
    assert not [q for q in kept.values() if q.answer in ("deux", "2")]
    assert "D’après l’article, combien de marins devraient arriver à Brest ?" in kept  # its partner


# 4. Quotes word for word; a range's date in its range's year.


def test_a_quote_keeps_its_words_when_the_country_is_completed(extract_text: Any) -> None:
    text = (
        "Norvège : la présidente parle\n\n"
        "Julie Carré a déclaré : « Nous allons rendre la fierté à tout le monde, partout dans le "
        "pays ». Les manifestations ont secoué le pays pendant trois semaines."
    )
    kept = asked(cards(extract_text, text))
    quoted = "partout dans le pays » ?"
    assert [p for p in kept if p.endswith(quoted)]
    assert not [p for p in kept if "partout en Norvège" in p or "partout la Norvège" in p]
    assert [p for p in kept if "ont secoué la Norvège pendant" in p]  # outside quotes: completed


def test_a_range_date_is_accepted_in_the_range_year(extract_text: Any) -> None:
    text = titled(
        "En 2003, Paul Morin rejoint la station. Du 3 juin au 9 août 2004, Paul Morin est le "
        "commandant du deuxième équipage de la station Orion."
    )
    gap = [q for q in cards(extract_text, text).kept if "{{c1::3 juin" in q.prompt]
    assert gap and "3 juin 2003" not in gap[0].accept
    assert gap[0].accept and all(a.endswith("2004") for a in gap[0].accept)


# 5. Gaps on the fact, not on a frame nobody can recover.


def test_a_gap_after_il_s_agit_needs_its_antecedent(extract_text: Any) -> None:
    cut = titled("Un marin est mort samedi. Il s'agit d'un marin breton âgé de 42 ans.")
    whole = titled("Un marin est mort samedi. La victime est un marin breton âgé de 42 ans.")
    assert not [p for p in asked(cards(extract_text, cut)) if p.startswith("Il s’agit")]
    assert "La victime est un marin breton âgé de {{c1::42}} ans." in asked(
        cards(extract_text, whole)
    )


def test_an_attempt_of_nothing_is_no_gap(extract_text: Any) -> None:
    cut = titled(
        "Le prochain festival était prévu pour 2019, et la mairie avait fait une tentative ratée "
        "en 2020."
    )
    whole = titled("La mairie avait fait une tentative de festival en 2020.")
    assert not [p for p in asked(cards(extract_text, cut)) if "tentative ratée" in p]
    assert [p for p in asked(cards(extract_text, whole)) if "{{c1::2020}}" in p]


def test_the_article_year_and_the_period_are_no_gaps(extract_text: Any) -> None:
    framed = titled(
        "Sur les six premiers mois de l'année 2021, seul un navire a été construit, à Brest."
    )
    other = titled(
        "Sur les six premiers mois de l'année 2019, seul un navire a été construit, à Brest."
    )
    assert not [p for p in asked(cards(extract_text, framed)) if "…" in p or "{{c1::" in p]
    assert [p for p in asked(cards(extract_text, other)) if "{{c1::2019}}" in p]


def test_a_gap_on_the_article_un_is_no_count_but_a_written_figure_is(extract_text: Any) -> None:
    made = cards(extract_text, titled("Cette année, seul un navire a quitté le port de Brest."))
    assert not [p for p in asked(made) if "{{c1::un}}" in p or "combien de navire" in p.lower()]
    assert any("a count of one said « un »" in r.reason for r in made.rejected)
    figure = titled("Le 3 mars 2021, seuls 14 navires ont quitté le port de Brest.")
    assert [p for p in asked(cards(extract_text, figure)) if "{{c1::14}}" in p]


def test_hours_of_the_day_are_no_figure(extract_text: Any) -> None:
    hours = titled("La course s'est déroulée de 14 à 16 heures devant 3 000 spectateurs.")
    kept = asked(cards(extract_text, hours)).values()
    assert not [q for q in kept if q.answer == "14 à 16"]
    assert [q for q in kept if q.answer == "3 000"]


# 6. One figure, asked once.


def test_a_figure_with_and_without_decimals_is_asked_once(extract_text: Any) -> None:
    text = titled(
        "Les premiers chiffres montrent une population de 5,4 millions d'habitants. Le rapport "
        "indique que la population s'élève à 5 millions d'habitants, une hausse de 8 %."
    )
    kept = cards(extract_text, text, Selection()).kept
    assert len([q for q in kept if "million" in q.answer]) == 1
    assert [q for q in kept if q.answer.startswith("8")]


@pytest.mark.parametrize(
    ("head", "asked_as"),
    [
        ("Le président italien Marco Verdi", "Qui dirigeait l’Italie en mai 2021 ?"),
        ("Le président péruvien Juan Rojas", "Qui dirigeait le Pérou en mai 2021 ?"),
        ("Le président de Malte, Paul Borg,", "Qui dirigeait Malte en mai 2021 ?"),
        ("Le directeur de Renault, Paul Borg,", "Qui dirigeait Renault en mai 2021 ?"),
    ],
)
def test_a_country_led_is_asked_with_its_article(
    extract_text: Any, head: str, asked_as: str
) -> None:
    made = asked(cards(extract_text, titled(f"{head} a ouvert la séance le 3 mars 2021.")))
    assert asked_as in made


@pytest.mark.parametrize(
    ("prompt", "cut"),
    [
        ("En quelle année le maire avait-il utilisé ?", True),
        ("À quelle date la ministre avait-elle indiqué ?", True),
        ("À quelle date les deux clubs ont-ils confirmé ?", True),
        ("En quelle année le maire avait-il utilisé ce pont ?", False),
        ("À quelle date la ministre a-t-elle démissionné ?", False),
        ("À quelle date la ministre a-t-elle été nommée ?", False),
    ],
)
def test_a_question_ending_on_a_transitive_participle_is_cut(prompt: str, cut: bool) -> None:
    question = Question(
        id="q",
        fact_id="f",
        template="event-quand",
        kind="basic",
        prompt=prompt,
        answer="3 mars 2021",
        fact_type="event",
    )
    assert bool(_cut_verb(question, None, None)) is cut  # type: ignore[arg-type]
