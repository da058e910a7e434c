"""A period phrase that is its clause's subject is named as a noun (« Cette année n'a pas connu … »
→ « L’année 2017 n’a pas connu … », never « En 2017 n’a pas connu »); an action whose actor is a
pronoun is asked only when its person is certain: a name inside a preposed clause's complement
(« Après avoir critiqué le projet de A, il … ») is no certain referent. Invented sentences."""

from __future__ import annotations

from typing import Any

import pytest

from generators.questions import explain_questions
from generators.records import Selection

HEADER = {"slug": "t", "title": "Brenneval : un titre", "date": "2017-06-04"}


def _prompts(extract_text: Any, text: str) -> list[str]:
    facts = extract_text("Brenneval : un titre\n\n4 juin 2017. –\n" + text + "\n")
    made = explain_questions(facts, HEADER, selection=Selection(per_fact=0))
    return [q.prompt for q in made.kept]


@pytest.mark.parametrize(
    ("sentence", "opening"),
    [
        (
            "Cette année n'a pourtant pas connu de hausse des prix à Brenneval, la dernière "
            "remontant à janvier 2014.",
            "L’année 2017 n’a pourtant pas connu",
        ),
        (
            "L'an dernier a été marqué par 300 fermetures d'usines à Brenneval.",
            "L’an 2016 a été marqué",
        ),
        ("Le mois dernier a vu 300 fermetures d'usines à Brenneval.", "Le mois de mai 2017 a vu"),
        # not a subject: the period stays a complement of time
        (
            "Cette année, le prix du ticket à Brenneval a augmenté de 12 % en mars 2017.",
            "En 2017, le prix du ticket",
        ),
        (
            "Le prix du ticket à Brenneval a augmenté de 12 % cette année, après une baisse en mars 2016.",
            "Le prix du ticket à Brenneval a augmenté de",
        ),
    ],
)
def test_a_period_that_is_the_subject_is_named_as_a_noun(
    extract_text: Any, sentence: str, opening: str
) -> None:
    prompts = _prompts(extract_text, sentence)
    assert prompts and any(p.startswith(opening) for p in prompts), prompts
    assert not any(p.startswith("En 2017 n") or p.startswith("En 2016 a") for p in prompts)


def _actions(extract_text: Any, text: str) -> list[tuple[str, str]]:
    facts = extract_text("Brenneval : un titre\n\n4 juin 2017. –\n" + text + "\n")
    return [(str(f.get("actor")), str(f.get("actor_source"))) for f in facts if f.type == "action"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Léa Morel renonce à la mairie. Après avoir critiqué le projet du maire Paul Girard, "
            "elle annonce sa candidature au conseil régional.",
            "pronoun_guess",
        ),
        (
            "Léa Morel renonce à la mairie. Après avoir rencontré Paul Girard, il annonce sa "
            "candidature au conseil régional.",
            "pronoun_guess",
        ),
        (
            "Paul Girard est arrivé mardi à Brenneval, et il a annoncé sa candidature au conseil "
            "régional.",
            "pronoun",
        ),
    ],
)
def test_a_pronoun_actor_is_certain_only_after_a_subject(
    extract_text: Any, text: str, source: str
) -> None:
    assert [s for _, s in _actions(extract_text, text)][-1:] == [source]
