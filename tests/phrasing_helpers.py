"""Builders shared by the card-phrasing tests (test_q2_*): invented facts and the deck they give."""

from __future__ import annotations

from typing import Any

from generators.questions import generate
from generators.questions.templates import load_templates
from generators.records import Fact, Question, make_fact

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
