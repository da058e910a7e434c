"""Cards that need the article: a cut object, a bare count, a quotation's caption."""

from __future__ import annotations

import pytest

from generators.questions.index import ArticleIndex
from generators.questions.quality import problem
from generators.questions.standalone import standalone_problem
from generators.records import Question

INDEX = ArticleIndex.build([], {"title": "Une crue touche la vallée", "date": "2021-03-04"})


def card(prompt: str, answer: str = "2019", kind: str = "basic", source: str = "") -> Question:
    return Question(
        id="x", fact_id="f", template="t", kind=kind, prompt=prompt, answer=answer, source=source
    )


@pytest.mark.parametrize(
    "prompt",
    [
        "En quelle année le maire de Tulle avait-il annoncé ?",
        "À quelle date la ministre Claire Dutour a-t-elle dévoilé ?",
        "Quand les syndicats de la SNCF ont-ils signé ?",
        "D’après l’article, combien de juges de la Cour d’appel ont confirmé ?",
    ],
)
def test_an_active_verb_without_its_object_is_dropped(prompt: str) -> None:
    assert "without its object" in standalone_problem(card(prompt), INDEX)


@pytest.mark.parametrize(
    "prompt",
    [
        "En quelle année la grève des dockers du Havre a-t-elle commencé ?",
        "À quelle date Paul Morin a-t-il démissionné ?",
        "En quelle année Léa Roux a-t-elle été nommée ?",
        "Qu’a annoncé le maire de Tulle ?",
        "À qui Anne Perret a-t-elle succédé ?",
    ],
)
def test_a_whole_question_keeps_its_verb(prompt: str) -> None:
    assert standalone_problem(card(prompt), INDEX) == ""


@pytest.mark.parametrize(
    "prompt",
    [
        "D’après l’article, combien de blessés ont été soignés ?",
        "D’après l’article, combien d’habitants ont été évacués dans la nuit ?",
        "À 10 % près, combien de tonnes ont été livrées ?",
    ],
)
def test_a_count_that_names_nothing_is_dropped(prompt: str) -> None:
    made = card(prompt, "120")
    assert "names no place" in standalone_problem(made, INDEX)
    assert problem(made, INDEX)


@pytest.mark.parametrize(
    "prompt",
    [
        "D’après l’article, combien de blessés ont été soignés à Rodez ?",
        "D’après l’article, combien de tonnes ont été livrées en 2020 ?",
        "D’après l’article, combien de salariés l’usine Vortex emploie-t-elle ?",
    ],
)
def test_a_count_with_its_place_date_or_name_is_kept(prompt: str) -> None:
    assert standalone_problem(card(prompt, "120"), INDEX) == ""


def test_a_gap_is_no_count_question() -> None:
    gap = card("{{c1::Trois}} blessés ont été soignés.", "Trois", kind="cloze")
    assert standalone_problem(gap, INDEX) == ""


@pytest.mark.parametrize("dash", ["—", "–", "-"])
def test_a_card_from_a_quotation_caption_is_dropped(dash: str) -> None:
    made = card(
        "Quelle est la fonction de Jeanne Martel ?",
        "maire de Tulle",
        source=f"{dash} Jeanne Martel, maire de Tulle",
    )
    assert "caption" in standalone_problem(made, INDEX)


def test_a_card_from_the_text_is_no_caption() -> None:
    made = card(
        "Quelle est la fonction de Jeanne Martel ?",
        "maire de Tulle",
        source="Jeanne Martel, maire de Tulle, a inauguré le pont - un ouvrage de 80 mètres.",
    )
    assert standalone_problem(made, INDEX) == ""
