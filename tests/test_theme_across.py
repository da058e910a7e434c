"""Questions across a theme's articles, on hand-made facts of invented articles."""

from __future__ import annotations

from typing import Any

import pytest

from generators.questions.across import (
    ArticleFacts,
    article_date,
    first_published,
    most,
    questions_across,
    roles_by_year,
    years,
)
from generators.records import BASIC, MCQ, Fact, Question, make_fact


def dateline(slug: str, iso: str, surface: str) -> Fact:
    return make_fact(
        slug, "event", f"{surface}.", 0, len(surface) + 1, date=surface, date_norm=iso, what=""
    )


def article(
    slug: str, date: str | None, *facts: Fact, questions: tuple[Question, ...] = ()
) -> ArticleFacts:
    return ArticleFacts(slug, f"Titre de {slug}", date, facts, questions)


def count(slug: str, value: float, unit: str, **more: Any) -> Fact:
    sentence = f"On compte {value:g} {unit} selon la préfecture."
    return make_fact(
        slug,
        "quantity",
        sentence,
        0,
        len(sentence),
        value=value,
        unit=unit,
        subject=unit,
        text=f"{value:g} {unit}",
        **more,
    )


def role(slug: str, person: str, title: str, gender: str = "f") -> Fact:
    sentence = f"{person}, {title}, a pris la parole."
    return make_fact(
        slug, "person_role", sentence, 0, len(sentence), person=person, role=title, gender=gender
    )


DAYS = [
    "2024-01-05",
    "2024-02-11",
    "2024-03-02",
    "2024-04-20",
    "2024-05-09",
    "2024-06-30",
    "2024-07-14",
    "2024-09-01",
]


def test_article_date_from_header_else_dateline_only() -> None:
    line = dateline("a", "2024-03-02", "2 mars 2024")
    assert article_date("2024-05", [line]) == "2024-05"
    assert article_date(None, [line]) == "2024-03-02"
    long = make_fact(
        "a",
        "event",
        "Le 2 mars 2024, le conseil municipal a voté la création d'une ligne de tramway.",
        0,
        80,
        date="Le 2 mars 2024",
        date_norm="2024-03-02",
        what="le conseil a voté",
    )
    assert article_date(None, [long]) is None


def test_first_published_spreads_four_articles_and_answers_the_earliest() -> None:
    articles = [article(f"art-{i}", day) for i, day in enumerate(reversed(DAYS))]
    asked = first_published(articles, "theme")
    assert len(asked) == 2
    for question in asked:
        assert question.prompt == "Lequel de ces articles a été publié en premier ?"
        assert question.kind == MCQ and len(question.choices) == 4
        assert question.answer in question.choices and list(question.choices) == sorted(
            question.choices
        )
    assert asked[0].answer == "Titre de art-7"  # the earliest day
    assert "5 janvier 2024 : Titre de art-7" in asked[0].extra


def test_first_published_refuses_dates_that_overlap() -> None:
    articles = [
        article("a", "2024-03"),
        article("b", "2024-03-15"),
        article("c", "2024-05-01"),
        article("d", "2024-06-01"),
    ]
    assert first_published(articles, "theme") == []
    assert first_published([article("a", None), *articles[2:]], "theme") == []


def bridge_and_dikes(what: str, dike: str) -> tuple[Fact, Question, list[ArticleFacts]]:
    """Return a 2019 inauguration, its « Quand » question, and four articles of other years."""
    event = make_fact(
        "a",
        "event",
        "Le pont a été inauguré en 2019.",
        0,
        31,
        date="en 2019",
        date_norm="2019",
        what=what,
    )
    asked = Question(
        "q", event.id, "event-quand", BASIC, "Quand le pont a-t-il été inauguré ?", "en 2019"
    )
    others = [
        article(
            f"o{i}",
            None,
            make_fact(
                f"o{i}",
                "event",
                f"En {y}, la digue a cédé.",
                0,
                22,
                date=f"En {y}",
                date_norm=y,
                what=dike,
            ),
        )
        for i, y in enumerate(["2014", "2017", "2018", "2023"])
    ]
    return event, asked, others


def test_year_question_takes_its_distractors_from_the_other_articles() -> None:
    event, asked, others = bridge_and_dikes("le pont a été inauguré", "la digue a cédé")
    first = ArticleFacts("a", "Titre de a", None, [event], (asked,), "Thème::Titre de a")
    (question,) = years([first, *others], "theme")
    assert question.deck == "Thème::Titre de a"  # beside the article's own questions
    assert question.prompt == "En quelle année le pont a-t-il été inauguré ?"
    assert question.answer == "2019"
    assert question.choices == ("2017", "2018", "2019", "2023")  # the nearest years, in order


def test_year_question_needs_three_other_years() -> None:
    event = make_fact(
        "a",
        "event",
        "Le pont a été inauguré en 2019.",
        0,
        31,
        date="en 2019",
        date_norm="2019",
        what="x",
    )
    asked = Question(
        "q", event.id, "event-quand", BASIC, "Quand le pont a-t-il été inauguré ?", "en 2019"
    )
    assert years([article("a", None, event, questions=(asked,))], "theme") == []


def test_role_by_year_for_a_person_met_in_two_years() -> None:
    first = article("a", "2022-05", role("a", "Léa Marchand", "adjointe au maire"))
    second = article("b", "2024-02", role("b", "Léa Marchand", "maire de Montbrenac"))
    asked = {q.prompt: q for q in roles_by_year([first, second], "theme")}
    question = asked["Quelle fonction Léa Marchand occupait-elle en 2022 ?"]
    assert question.answer == "adjointe au maire"
    assert "En 2024 : maire de Montbrenac." in question.extra
    assert (
        asked["Quelle fonction Léa Marchand occupait-elle en 2024 ?"].answer
        == "maire de Montbrenac"
    )


@pytest.mark.parametrize(
    "second",
    [
        role("b", "Léa Marchand", "adjointe au maire"),  # the same role: the year decides nothing
        role("b", "Paul Ferrand", "maire de Montbrenac"),  # another person
    ],
)
def test_no_role_by_year_without_one_person_and_two_roles(second: Fact) -> None:
    first = article("a", "2022-05", role("a", "Léa Marchand", "adjointe au maire"))
    assert roles_by_year([first, article("b", "2024-02", second)], "theme") == []


def test_most_compares_one_figure_per_article_of_a_comparable_unit() -> None:
    articles = [
        article("a", None, count("a", 12, "blessés")),
        article("b", None, count("b", 40, "blessés")),
        article("c", None, count("c", 3, "blessés")),
    ]
    (question,) = most(articles, "theme")
    assert question.prompt == "Lequel de ces articles fait état du plus grand nombre de blessés ?"
    assert question.answer == "Titre de b"
    assert set(question.choices) == {"Titre de a", "Titre de b", "Titre de c"}
    assert "Titre de b : 40 blessés" in question.extra


@pytest.mark.parametrize(
    "articles",
    [
        [
            article("a", None, count("a", 12, "euros")),
            article("b", None, count("b", 40, "euros")),
        ],  # not comparable
        [
            article("a", None, count("a", 30, "blessés", approx=True)),
            article("b", None, count("b", 25, "blessés")),
        ],  # hedged, close
        [
            article("a", None, count("a", 12, "blessés"), count("a", 2, "blessés")),
            article("b", None, count("b", 4, "blessés")),
        ],  # two figures
    ],
)
def test_most_only_with_one_sure_answer(articles: list[ArticleFacts]) -> None:
    assert most(articles, "theme") == []


def test_ids_are_stable_and_distinct() -> None:
    articles = [
        article(f"art-{i}", day, role(f"art-{i}", "Léa Marchand", f"fonction {i}"))
        for i, day in enumerate(DAYS)
    ]
    once, again = questions_across(articles, "theme"), questions_across(articles, "theme")
    assert [q.id for q in once] == [q.id for q in again]
    assert len({q.id for q in once}) == len(once) > 0
    assert all(q.fact_type == "across" and "factdeck::across" in q.tags for q in once)


def test_no_year_question_on_the_article_s_own_year() -> None:
    event, asked, others = bridge_and_dikes("x", "x")
    assert years([article("a", "2019-06-01", event, questions=(asked,)), *others], "theme") == []
