"""Cards judged useless or wrong on articles of session 19 (families, invented sentences): a
caption run into the dateline, a figure of a paired list (« respectivement »), a feast's date."""

from __future__ import annotations

import pytest

from generators.questions.index import ArticleIndex
from generators.questions.standalone import standalone_problem
from generators.records import CLOZE, Question

INDEX = ArticleIndex.build([], {"title": "Deux salles rouvrent à Vérac", "date": "2021-06-03"})


def card(source: str, fact_type: str, prompt: str = "", kind: str = CLOZE) -> Question:
    return Question(
        id="x",
        fact_id="f",
        template="t",
        kind=kind,
        prompt=prompt or source,
        answer="2",
        source=source,
        fact_type=fact_type,
    )


@pytest.mark.parametrize(
    "source",
    [
        "Vue du port de Vérac en mai 2015. 3 juin 2021. – La ville rouvre ses salles.",
        "Le pont de Brivelles sous la neige, en janvier 2020. 12 février 2021 . – Le conseil vote.",
        "Manifestants devant la mairie en {{c1::mars 2019}}. 1er avril 2021. – Le maire démissionne.",
        "Le stade en travaux. 30 septembre 2020. — Le club annonce son départ.",
        "Photo d'archives, 2018. 5 août 2021. - Un incendie touche la forêt de Landrec.",
    ],
)
def test_a_caption_run_into_the_dateline_gives_no_card(source: str) -> None:
    assert "dateline" in standalone_problem(card(source, "event"), INDEX)


@pytest.mark.parametrize(
    "source",
    [
        "Le 3 juin 2021, la ville de Vérac a rouvert deux salles.",
        "La loi du 3 juin 2021 entre en vigueur.",
        "Le conseil a voté le 12 février 2021 – à l'unanimité – le budget.",
        "Le match du 30 septembre 2020 a été reporté.",
        "En 2021, 5 août est resté le jour le plus chaud.",
    ],
)
def test_a_date_in_the_text_is_no_dateline(source: str) -> None:
    assert standalone_problem(card(source, "event"), INDEX) == ""


@pytest.mark.parametrize(
    "source",
    [
        "Deux salles de respectivement 40 et 60 places rouvrent à Vérac.",
        "Les deux immeubles, de respectivement trois et quatre étages, ont été évacués.",
        "Paul Garnier et Léa Morin ont obtenu respectivement 52 % et 48 % des voix.",
        "Les deux ponts mesurent respectivement 120 et 300 mètres.",
        "Trois équipes, respectivement de Vérac, de Landrec et de Brivelles, sont qualifiées.",
    ],
)
def test_a_figure_of_a_paired_list_gives_no_card(source: str) -> None:
    assert "paired list" in standalone_problem(card(source, "quantity"), INDEX)


@pytest.mark.parametrize(
    ("source", "fact_type"),
    [
        ("Deux salles de 40 places rouvrent à Vérac.", "quantity"),
        ("Paul Garnier a obtenu 52 % des voix.", "quantity"),
        ("Les deux ponts mesurent 120 et 300 mètres.", "quantity"),
        # only figures: a date or a role of such a sentence is still asked
        ("Les salles ont rouvert respectivement le 3 et le 4 juin 2021.", "event"),
        ("Paul Garnier et Léa Morin, respectivement maire et adjointe, ont voté.", "person_role"),
    ],
)
def test_a_figure_without_a_paired_list_is_kept(source: str, fact_type: str) -> None:
    assert standalone_problem(card(source, fact_type), INDEX) == ""


@pytest.mark.parametrize(
    "source",
    [
        "Le consul a conclu son discours du {{c1::14 juillet}} par une citation.",
        "Comme chaque année, la fête du 14 juillet est célébrée à Vérac.",
        "Le défilé du 1er mai a réuni les syndicats de Landrec.",
        "La cérémonie du 11 novembre s'est tenue devant le monument de Brivelles.",
        "Le réveillon du 31 décembre a été annulé à Vérac.",
    ],
)
def test_a_feast_date_gives_no_date_card(source: str) -> None:
    assert "feast" in standalone_problem(card(source, "event"), INDEX)


@pytest.mark.parametrize(
    ("source", "fact_type"),
    [
        ("Le 14 juillet 2021, Paul Garnier a été élu maire de Vérac.", "event"),
        ("Le stade a rouvert le 1er mai.", "event"),
        ("La réunion du 12 mai a été reportée.", "event"),
        ("Le conseil du 3 juin a voté le budget.", "event"),
        ("La fête du 14 juillet a réuni 3 000 personnes.", "quantity"),
    ],
)
def test_a_date_that_is_no_feast_is_asked(source: str, fact_type: str) -> None:
    assert standalone_problem(card(source, fact_type), INDEX) == ""
