"""Builders shared by the card-phrasing tests (test_q2_*): invented facts and the deck they give."""

from __future__ import annotations

from typing import Any

from generators.questions import explain_questions, generate
from generators.questions.templates import load_templates
from generators.records import Fact, Question, Selection, make_fact

HEADER = {"slug": "t", "title": "Un titre", "date": "2021-03-14"}


def fact(fact_type: str, sentence: str, **fields: Any) -> Fact:
    """A fact of article « t » spanning the whole sentence."""
    return make_fact("t", fact_type, sentence, 0, len(sentence), **fields)


def deck(*facts: Fact, header: dict[str, Any] | None = None) -> list[Question]:
    """The questions the default templates keep for these facts (no per-fact budget)."""
    chosen = load_templates().values()
    return generate(list(facts), chosen, header=header or HEADER, per_fact=0).kept


def prompts(*facts: Fact, header: dict[str, Any] | None = None) -> dict[str, str]:
    """Prompt → answer of the kept questions."""
    return {q.prompt: q.answer for q in deck(*facts, header=header)}


def role(person: str, title: str, gender: str, sentence: str = "") -> Fact:
    """A person_role fact, in a neutral sentence unless one is given."""
    sentence = sentence or f"{person}, {title}, a pris la parole devant la presse locale."
    return fact("person_role", sentence, person=person, role=title, gender=gender)


def gap_card(
    prompt: str, answer: str, kind: str = "cloze", fact_type: str = "quantity"
) -> Question:
    """A card of one template of `fact_type` (« quantity-cloze », « event-cloze »), no source."""
    return Question(
        id="q",
        fact_id="f",
        template=f"{fact_type}-cloze",
        kind=kind,
        prompt=prompt,
        answer=answer,
        source="",
        fact_type=fact_type,
    )


def plain_card(prompt: str, answer: str, kind: str = "cloze") -> Question:
    """A card of no template and no fact, from a long enough invented source (quality checks)."""
    return Question(
        id="q",
        fact_id="f",
        template="t",
        kind=kind,
        prompt=prompt,
        answer=answer,
        source="Une phrase inventée assez longue pour la règle du filtre.",
    )


def made_from(extract_text: Any, sentence: str, *types: str) -> tuple[list[str], list[str]]:
    """The prompts kept and the reasons of the questions dropped (no per-fact budget) from the
    facts of `types` of one invented sentence, under a dated title."""
    facts = [
        f
        for f in extract_text("Brenneval : un vote\n\n3 juin 2018. –\n" + sentence + "\n")
        if f.type in types
    ]
    header = {"slug": "t", "title": "Brenneval : un vote", "date": "2018-06-03"}
    made = explain_questions(facts, header, selection=Selection(per_fact=0))
    return [q.prompt for q in made.kept], [r.reason for r in made.rejected]
