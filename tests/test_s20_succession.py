"""Successions told by handing a post over (« X cède la présidence du club à Y ») or by a
replacement phrase (« nommé directeur de l'agence en remplacement de X »), and roles that stop
before that phrase. Invented sentences; each family has cases that must not fire."""

from __future__ import annotations

from typing import Any

import pytest


def _of(extract_text: Any, sentence: str, fact_type: str, *keys: str) -> list[tuple[Any, ...]]:
    text = "Brenneval : un titre\n\n3 juin 2018. –\n" + sentence + "\n"
    return [tuple(f.get(k) for k in keys) for f in extract_text(text) if f.type == fact_type]


def _pairs(extract_text: Any, sentence: str) -> list[tuple[Any, ...]]:
    return _of(extract_text, sentence, "succession", "predecessor", "successor")


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        ("Paul Girard laisse la présidence du club à Yves Caron.", ("Paul Girard", "Yves Caron")),
        ("Paul Girard a cédé la direction de l'agence à Léa Morel.", ("Paul Girard", "Léa Morel")),
        ("Ana Ruiz transmet la présidence du conseil à Marc Lenoir.", ("Ana Ruiz", "Marc Lenoir")),
        ("Paul Girard cède son poste à Yves Caron.", ("Paul Girard", "Yves Caron")),
        (
            "Ana Ruiz a transmis le commandement du régiment à Marc Lenoir.",
            ("Ana Ruiz", "Marc Lenoir"),
        ),
        ("Paul Girard a laissé sa place à Léa Morel.", ("Paul Girard", "Léa Morel")),
        (
            "Yves Caron devient président du conseil en remplacement d'Ana Ruiz, décédée.",
            ("Ana Ruiz", "Yves Caron"),
        ),
        (
            "Léa Morel a été nommée directrice de l'hôpital en lieu et place de Paul Girard.",
            ("Paul Girard", "Léa Morel"),
        ),
        (
            "Léa Morel a été élue présidente du club à la place d'Yves Caron.",
            ("Yves Caron", "Léa Morel"),
        ),
    ],
)
def test_a_post_handed_over_is_a_succession(
    extract_text: Any, sentence: str, pair: tuple[str, str]
) -> None:
    assert _pairs(extract_text, sentence) == [pair]


@pytest.mark.parametrize(
    "sentence",
    [
        "Paul Girard a laissé un message à Yves Caron.",
        "Ana Ruiz cède la parole à Marc Lenoir.",
        "Paul Girard a remis sa démission au président Yves Caron.",
        "Paul Girard a confié la direction du chantier à Léa Morel.",
        "La mairie a cédé la place du marché à la société de Léa Morel.",
        "Paul Girard laisse la présidence du club, selon Yves Caron.",
    ],
)
def test_handing_over_no_post_is_no_succession(extract_text: Any, sentence: str) -> None:
    assert _pairs(extract_text, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        (
            "Marc Lenoir a été nommé directeur de l'agence en remplacement de Paul Girard.",
            ("Marc Lenoir", "directeur de l'agence"),
        ),
        (
            "Léa Morel a été élue présidente du club à la place de Paul Girard.",
            ("Léa Morel", "présidente du club"),
        ),
        (
            "Léa Morel a été nommée directrice de l'hôpital en lieu et place de Paul Girard.",
            ("Léa Morel", "directrice de l'hôpital"),
        ),
        (
            "Yves Caron devient président du conseil en remplacement d'Ana Ruiz, décédée.",
            ("Yves Caron", "président du conseil"),
        ),
        # must not cut: « place » and « remplacement » inside the post's own name
        (
            "Léa Morel, directrice de la place financière de Brenneval, a démissionné.",
            ("Léa Morel", "directrice de la place financière de Brenneval"),
        ),
        (
            "Marc Lenoir, chef du service de remplacement des cadres, est arrivé.",
            ("Marc Lenoir", "chef du service de remplacement des cadres"),
        ),
    ],
)
def test_a_role_stops_before_whom_it_replaces(
    extract_text: Any, sentence: str, role: tuple[str, str]
) -> None:
    assert _of(extract_text, sentence, "person_role", "person", "role") == [role]


@pytest.mark.parametrize(
    "sentence",
    [
        "Des manifestants ont défilé, demandant à ce que Paul Girard parte en laissant la place à son rival Yves Caron.",
        "Les élus exigent que Paul Girard cède son poste à Léa Morel.",
        "Paul Girard ne cédera pas la présidence du club à Yves Caron.",
        "Paul Girard refuse de laisser la direction de l'agence à Léa Morel.",
    ],
)
def test_a_handover_asked_for_or_refused_is_no_succession(extract_text: Any, sentence: str) -> None:
    assert _pairs(extract_text, sentence) == []


def _leads(extract_text: Any, sentence: str) -> list[tuple[Any, ...]]:
    return _of(extract_text, sentence, "leads", "leader", "entity", "past")


@pytest.mark.parametrize(
    ("sentence", "lead"),
    [
        # present lead verbs: a surname the parser hangs on the verb as an auxiliary is no tense
        (
            "Marc Lenoir préside depuis mars le conseil régional.",
            ("Marc Lenoir", "conseil régional", None),
        ),
        ("Marc Lenoir préside le conseil régional.", ("Marc Lenoir", "conseil régional", None)),
        (
            "Marc Lenoir dirige la fédération française de voile depuis 2012.",
            ("Marc Lenoir", "fédération française de voile", None),
        ),
        # past lead verbs stay past
        (
            "Léa Morel dirigeait alors le service des urgences de l'hôpital.",
            ("Léa Morel", "service des urgences de l'hôpital", True),
        ),
        (
            "Marc Lenoir a présidé le conseil régional de 2004 à 2010.",
            ("Marc Lenoir", "conseil régional", True),
        ),
        (
            "Le conseil régional était présidé par Marc Lenoir.",
            ("Marc Lenoir", "conseil régional", True),
        ),
    ],
)
def test_a_lead_verb_is_past_only_by_its_tense(
    extract_text: Any, sentence: str, lead: tuple[Any, ...]
) -> None:
    assert _leads(extract_text, sentence) == [lead]
