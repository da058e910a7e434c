"""One sentence, two facts, the same answer: one card (issue 15, the duplicates family); a sentence
shown with two different gaps keeps both. Budget rules on invented cards, then real articles."""

from __future__ import annotations

from typing import Any

import pytest

from generators.questions import explain_questions
from generators.questions.budget import keep_best, shows
from generators.records import Question, Selection

SENTENCE = "Léa Morel, maire de Vallon, a inauguré le pont du Moulin devant 300 habitants."


def card(prompt: str, answer: str, kind: str = "basic", fact: str = "f1", **more: Any) -> Question:
    """Return a card of the invented sentence (each fact its own id)."""
    return Question(
        id=f"{fact}-{kind}-{answer}",
        fact_id=fact,
        template="t",
        kind=kind,
        prompt=prompt,
        answer=answer,
        source=SENTENCE,
        fact_type=more.pop("fact_type", "action"),
        score=more.pop("score", 0.9),
        **more,
    )


CLOZE = card(
    "{{c1::Léa Morel}}, maire de Vallon, a inauguré le pont du Moulin devant 300 habitants.",
    "Léa Morel",
    "cloze",
    "f2",
    fact_type="person_role",
)
ASKED = card("Qui a inauguré le pont du Moulin ?", "Léa Morel", "basic", "f1")


def reasons(*questions: Question) -> dict[str, str]:
    kept, dropped = keep_best(list(questions))
    return {r.question.id: r.reason for r in dropped} | {q.id: "" for q in kept}


def test_a_shown_sentence_and_a_question_with_one_answer_collapse() -> None:
    why = reasons(ASKED, CLOZE)
    assert why[ASKED.id] == ""
    assert (
        why[CLOZE.id] == f"its sentence already asks « Léa Morel » ({ASKED.id}, another fact of it)"
    )


def test_the_best_card_of_the_two_stays() -> None:
    better = card(CLOZE.prompt, "Léa Morel", "cloze", "f2", fact_type="person_role", score=0.99)
    kept, _ = keep_best([better, ASKED])
    assert [q.prompt for q in kept] == [better.prompt]


def test_a_completion_counts_as_a_shown_sentence() -> None:
    completion = card(
        "Complétez : « … , maire de Vallon, a inauguré le pont du Moulin devant 300 habitants. »",
        "Léa Morel",
        "mcq",
        "f2",
    )
    assert "already asks" in reasons(ASKED, completion)[completion.id]


def test_a_true_false_counts_as_a_shown_sentence() -> None:
    statement = card(f"Vrai ou faux : {SENTENCE}", "Vrai", "truefalse", "f2")
    assert shows(statement)


def test_two_questions_with_another_answer_stay() -> None:  # must not fire
    other = card("Devant combien d’habitants le pont du Moulin a-t-il été inauguré ?", "300")
    other = card(other.prompt, "300", "mcq", "f3", fact_type="quantity")
    why = reasons(ASKED, other)
    assert why[ASKED.id] == "" and why[other.id] == ""


def test_a_cloze_on_another_answer_stays() -> None:  # must not fire
    cloze = card(
        "Léa Morel, maire de Vallon, a inauguré le pont du Moulin devant {{c1::300}} habitants.",
        "300",
        "cloze",
        "f3",
        fact_type="quantity",
    )
    assert reasons(ASKED, cloze)[cloze.id] == ""


def test_two_plain_questions_with_one_answer_are_not_this_rule() -> None:  # must not fire
    role = card("Qui est la maire de Vallon ?", "Léa Morel", "basic", "f2", fact_type="leads")
    assert "already asks" not in reasons(ASKED, role)[role.id]


def test_one_fact_asked_two_ways_is_not_this_rule() -> None:  # must not fire: same fact
    cloze = card(CLOZE.prompt, "Léa Morel", "cloze", "f1")
    assert "another fact" not in reasons(ASKED, cloze)[cloze.id]


@pytest.mark.parametrize(
    ("prompt", "kind", "shown"),
    [
        ("Complétez : « La course a eu lieu le … »", "basic", True),
        ("Complétez avec l’année : « Elle règne depuis … »", "basic", True),
        ("Qui a gagné la course ?", "basic", False),
        ("Qui a gagné la course ?", "mcq", False),
        ("La course a eu lieu le {{c1::3 mai}}.", "cloze", True),
    ],
)
def test_shows(prompt: str, kind: str, shown: bool) -> None:
    assert shows(card(prompt, "x", kind)) is shown


STORY = (
    "Cyclisme : le Tour de Vallon\n\n"
    "La coureuse Léa Morel a remporté le Tour de Vallon le 3 mai 2021 devant 8 000 spectateurs. "
    "Elle a parcouru les 120 kilomètres en 3 heures."
)


def test_an_article_asks_each_answer_of_a_sentence_once(extract_text: Any) -> None:
    facts = extract_text(STORY)
    header = {"slug": "t", "title": "Cyclisme : le Tour de Vallon", "date": "2021-05-04"}
    kept = explain_questions(facts, header, selection=Selection()).kept
    answers = [(q.source, q.answer.removeprefix("le ")) for q in kept]
    assert len(answers) == len(set(answers))
    assert any(q.answer in ("Léa Morel", "la coureuse Léa Morel") for q in kept)
