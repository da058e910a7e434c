"""A card shows the article's words without its spacing slips (« Lyon , » « l' usine »); invented
articles through the questions pipeline with real spaCy, and the typesetting rule itself."""

from __future__ import annotations

from typing import Any

import pytest

from generators.french.grammar import typeset
from generators.questions import explain_questions
from generators.records import Question, Selection


def kept(extract_text: Any, text: str) -> list[Question]:
    facts = extract_text(text)
    header = {"slug": "t", "title": text.split("\n", 1)[0], "date": "2021-03-14"}
    return explain_questions(facts, header, selection=Selection(per_fact=0)).kept


SLIPS = (
    "Industrie : une usine rouvre\n\n"
    "Marc Delorme , directeur de l' usine de Vallon, a annoncé l' embauche de 120 ouvriers  en mai 2021 . "
    "La ministre de l' Industrie , Sophie Arnal , a salué la décision."
)


def test_the_source_shown_is_typeset(extract_text: Any) -> None:
    questions = kept(extract_text, SLIPS)
    assert questions
    for question in questions:
        assert " ," not in question.source and "l' " not in question.source
        assert "  " not in question.source and " ." not in question.source


def test_the_source_keeps_its_words(extract_text: Any) -> None:
    sources = {q.source for q in kept(extract_text, SLIPS)}
    assert (
        "Marc Delorme, directeur de l'usine de Vallon, a annoncé l'embauche de 120 ouvriers "
        "en mai 2021." in sources
    )


def test_prompts_and_answers_are_typeset(extract_text: Any) -> None:
    questions = kept(extract_text, SLIPS)
    for question in questions:
        for text in (question.prompt, question.answer, *question.accept, *question.choices):
            assert " ," not in text and "’ " not in text and "' " not in text and "  " not in text


def test_the_story_question_reads_clean(extract_text: Any) -> None:
    asked = {(q.prompt, q.answer) for q in kept(extract_text, SLIPS)}
    assert ("Qui a annoncé l’embauche de 120 ouvriers en mai 2021 ?", "Marc Delorme") in asked
    assert ("Qu’a annoncé Marc Delorme en mai 2021 ?", "l’embauche de 120 ouvriers") in asked


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("à Vallon , en mai", "à Vallon, en mai"),
        ("il est parti .", "il est parti."),
        ("près de l' aéroport", "près de l'aéroport"),
        ("jusqu’ à Vallon", "jusqu’à Vallon"),
        ("deux  espaces", "deux espaces"),
        ("( voir plus bas )", "(voir plus bas)"),
        ("qu’ elle", "qu’elle"),
        # must not fire: French spacing, an ellipsis, a number, a word after an apostrophe
        ("Pourquoi ? Parce que : voilà !", "Pourquoi ? Parce que : voilà !"),
        ("il a dit . . . rien", "il a dit . . . rien"),
        ("et le 28 avril …", "et le 28 avril …"),
        ("l’ 2021 record", "l’ 2021 record"),
        ("de Ondalia", "de Ondalia"),  # words unchanged: no elision added
        ("12 000 euros, 3,5 %", "12 000 euros, 3,5 %"),
    ],
)
def test_typeset(text: str, expected: str) -> None:
    assert typeset(text) == expected
