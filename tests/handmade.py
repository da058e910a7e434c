"""Hand-made facts for question tests: an invented sentence and the fields a card needs."""

from __future__ import annotations

from typing import Any

from generators.records import Fact, Question, Selection

DATED_HEAD = "Vossberg : un titre\n\n3 juin 2018. –\n"  # an invented article dated 3 June 2018


def fact(type_: str, sentence: str, n: int = 0, **fields: Any) -> Fact:
    """Return a fact of `type_` spanning the whole `sentence`, with a stable test id."""
    return Fact(type_, sentence, 0, len(sentence), dict(fields), id=f"t:{type_}:{n}")


def quantity(sentence: str, text: str, value: float, unit: str, n: int = 0) -> Fact:
    """Return a quantity fact whose subject is its unit (masculine plural, confident)."""
    return fact(
        "quantity",
        sentence,
        n,
        value=value,
        unit=unit,
        text=text,
        subject=unit,
        unit_gender="m",
        unit_number="p",
        confidence=0.95,
    )


def dated_facts(extract_text: Any, text: str, kind: str) -> list[Any]:
    """Return the facts of `kind` extracted from `text` under a title and a dateline."""
    return [f for f in extract_text(DATED_HEAD + text + "\n") if f.type == kind]


def dated_amounts(extract_text: Any, text: str) -> set[tuple[Any, Any]]:
    """Return the (value, unit) pairs of the quantities of `text` under a title and a dateline."""
    return {(f.get("value"), f.get("unit")) for f in dated_facts(extract_text, text, "quantity")}


def dated_roles(extract_text: Any, text: str) -> set[tuple[Any, Any]]:
    """Return the (person, role) pairs of `text` under a title and a dateline."""
    return {
        (f.get("person"), f.get("role")) for f in dated_facts(extract_text, text, "person_role")
    }


def dated_deck(extract_text: Any, body: str, title: str, every: bool = False) -> list[Question]:
    """Return the deck (every question with `every`) of `body` under `title`, dated 3 June 2018."""
    from generators.questions import explain_questions

    text = f"{title}\n\n3 juin 2018. – {body}\n"
    header = {"title": title, "date": "2018-06-03", "text": text}
    selection = Selection(per_fact=0) if every else Selection()
    return list(explain_questions(extract_text(text), header, selection=selection).kept)
