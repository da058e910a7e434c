"""Session 24's card families, on invented cards and sentences.

A weekday apposed to its date (« ce lundi matin, 13 février, ») is said « le lundi matin », never
turned into a second date beside the first; a bounded figure (« plus de 19 », « sous la barre des
8 % ») makes no multiple choice and no true/false (« plus de 10 » would be true as well).
"""

from __future__ import annotations

from typing import Any

import pytest

from generators.questions import explain_questions
from generators.questions.index import ArticleIndex
from generators.questions.quality import problem
from generators.questions.retouch import retouched
from generators.records import Selection
from tests.phrasing_helpers import gap_card, plain_card


@pytest.mark.parametrize(
    ("prompt", "answer", "kind", "said"),
    [
        (
            "Ce lundi matin, {{c1::13 février}}, le conseil a voté le budget.",
            "13 février",
            "cloze",
            "Le lundi matin, {{c1::13 février}}, le conseil a voté le budget.",
        ),
        (
            "Le conseil a voté ce lundi, {{c1::13 février}}, le budget.",
            "13 février",
            "cloze",
            "Le conseil a voté le lundi, {{c1::13 février}}, le budget.",
        ),
        (
            "Le conseil a voté ce mardi soir, …, le budget.",
            "14 février",
            "cloze",
            "Le conseil a voté le mardi soir, …, le budget.",
        ),
        (
            "Complétez : « Le conseil a voté ce lundi, … »",
            "13 février",
            "mcq",
            "Complétez : « Le conseil a voté le lundi, … »",
        ),
        (
            "Ce lundi, 13 février, le conseil a voté le {{c1::budget}}.",
            "budget",
            "cloze",
            "Le lundi, 13 février, le conseil a voté le {{c1::budget}}.",
        ),
        (
            "Ce lundi, 1er mai, le conseil a voté le {{c1::budget}}.",
            "budget",
            "cloze",
            "Le lundi, 1er mai, le conseil a voté le {{c1::budget}}.",
        ),
        # no date beside it: the weekday is dated from the article's day
        (
            "Ce lundi, le conseil a voté le {{c1::budget}}.",
            "budget",
            "cloze",
            "Le 13 février 2017, le conseil a voté le {{c1::budget}}.",
        ),
        (
            "Ce lundi matin, le conseil a voté le {{c1::budget}}.",
            "budget",
            "cloze",
            "Le 13 février 2017 au matin, le conseil a voté le {{c1::budget}}.",
        ),
        # a count after the comma is no date: the weekday is dated as ever
        (
            "Ce mardi, {{c1::101}} stations-service sont en rupture de carburant.",
            "101",
            "cloze",
            "En février 2017, {{c1::101}} stations-service sont en rupture de carburant.",
        ),
        (
            "Ce mardi, 50 000 militants ont {{c1::protesté}} devant la mairie.",
            "protesté",
            "cloze",
            "En février 2017, 50 000 militants ont {{c1::protesté}} devant la mairie.",
        ),
        (
            "Complétez : « Ce mardi, … stations-service sont en rupture de carburant. »",
            "101",
            "mcq",
            "Complétez : « En février 2017, … stations-service sont en rupture de carburant. »",
        ),
        # a weekday without « ce » before its date stays as it is
        (
            "Lundi, 13 février, le conseil a voté le {{c1::budget}}.",
            "budget",
            "cloze",
            "Lundi, 13 février, le conseil a voté le {{c1::budget}}.",
        ),
        (
            "Chaque lundi, 12 conseillers votent le {{c1::budget}}.",
            "budget",
            "cloze",
            "Chaque lundi, 12 conseillers votent le {{c1::budget}}.",
        ),
    ],
)
def test_a_weekday_apposed_to_its_date_keeps_it(
    prompt: str, answer: str, kind: str, said: str
) -> None:
    assert retouched(gap_card(prompt, answer, kind, "event"), "2017-02-15").prompt == said


INDEX = ArticleIndex.build([], {"slug": "t", "title": "Un titre", "date": "2017-02"})


_card = plain_card


@pytest.mark.parametrize(
    ("prompt", "relative"),
    [
        ("Le lundi matin, 13 février, le conseil a voté le {{c1::budget}}.", False),
        ("Le lundi, 13 février, le conseil a voté le {{c1::budget}}.", False),
        ("Le samedi soir 6 octobre, le club a gagné le {{c1::derby}}.", False),
        ("Le samedi 6 octobre, le club a gagné le {{c1::derby}}.", False),
        ("Le lundi matin, le conseil a voté le {{c1::budget}}.", True),
        ("Samedi soir, le club a gagné le {{c1::derby}} à Vossberg.", True),
        ("Le club a gagné samedi le {{c1::derby}} à Vossberg.", True),
    ],
)
def test_a_weekday_with_its_date_after_a_comma_stands_alone(prompt: str, relative: bool) -> None:
    assert ("relative date" in problem(_card(prompt, "budget"), INDEX)) is relative


ARTICLE = "Vossberg : un titre\n\n3 juin 2018. –\n{}\n"


def _kinds(extract_text: Any, sentence: str) -> set[str]:
    text = ARTICLE.format(sentence)
    facts = extract_text(text)
    header = {"title": "Vossberg : un titre", "date": "2018-06-03", "text": text}
    kept = explain_questions(facts, header, selection=Selection(per_fact=0)).kept
    return {q.template for q in kept if q.fact_type == "quantity"}


@pytest.mark.parametrize(
    "sentence",
    [
        "L'incendie de l'entrepôt de Vossberg a fait plus de 19 blessés parmi les ouvriers.",
        "Le chômage est passé sous la barre des 8 % au premier trimestre à Vossberg.",
        "Le nouveau stade de Vossberg accueillera au maximum 30 000 spectateurs l'an prochain.",
        "La crue a touché moins de 40 maisons du quartier bas de Vossberg cette semaine.",
    ],
)
def test_a_bounded_figure_makes_no_choice_and_no_true_false(
    extract_text: Any, sentence: str
) -> None:
    kinds = _kinds(extract_text, sentence)
    assert "quantity-cloze" in kinds  # still asked,
    assert not kinds & {"quantity-qcm", "quantity-vrai-faux"}  # never with a wrong « plus de »


@pytest.mark.parametrize(
    "sentence",
    [
        "L'incendie de l'entrepôt de Vossberg a fait 19 blessés parmi les ouvriers du site.",
        "Le nouveau stade de Vossberg accueillera 30 000 spectateurs dès l'an prochain.",
    ],
)
def test_an_exact_figure_still_makes_choices(extract_text: Any, sentence: str) -> None:
    assert _kinds(extract_text, sentence) & {"quantity-qcm", "quantity-vrai-faux"}


@pytest.mark.parametrize(
    ("sentence", "bound"),
    [
        ("Le taux est tombé sous la barre des 10 % en mars à Vossberg.", "upper"),
        ("Les secours ont retrouvé deux corps sous 3 mètres de neige à Vossberg.", None),
        ("La ville vit sous 40 degrés depuis mardi à Vossberg.", None),
    ],
)
def test_only_a_threshold_is_an_upper_bound(
    extract_text: Any, sentence: str, bound: str | None
) -> None:
    facts = [f for f in extract_text(ARTICLE.format(sentence)) if f.type == "quantity"]
    bounds = {f.get("bound") for f in facts if f.get("value") not in (2, None)}
    assert bounds <= {bound}
