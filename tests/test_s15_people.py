"""Person roles on invented news sentences (session 15): a nationality noun between a title and a
name, a plural title agreeing with a woman of a list, and the partner cases that must not fire."""

from __future__ import annotations

from typing import Any

import pytest


def _roles(extract_text: Any, text: str) -> set[tuple[str, str]]:
    facts = [f.to_dict() for f in extract_text("Titre\n\n" + text) if f.type == "person_role"]
    return {(f["person"], f["role"]) for f in facts}


# A nationality noun in apposition (« l'Allemande ») stands between a title and the name it
# describes: the title is the named person's.
@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "La géologue, l'Allemande Karin Almqvist, avait pour mission de creuser le sol.",
            ("Karin Almqvist", "géologue"),
        ),
        (
            "Le capitaine de l'équipe, l'Italien Marco Bellini, a marqué deux buts.",
            ("Marco Bellini", "capitaine de l'équipe"),
        ),
    ],
)
def test_title_then_nationality_noun_then_name(
    extract_text: Any, text: str, role: tuple[str, str]
) -> None:
    assert role in _roles(extract_text, text)


@pytest.mark.parametrize(
    "text",
    [
        "Après la course, l'Allemande Karin Almqvist a parlé aux journalistes.",
        "Selon la météo, le Président Paul Vernet a annulé sa visite.",
    ],
)
def test_no_title_before_the_nationality_noun(extract_text: Any, text: str) -> None:
    assert not {r for r in _roles(extract_text, text) if r[1] in ("course", "météo")}


def test_plural_title_agrees_with_a_woman_of_the_list(extract_text: Any) -> None:
    roles = _roles(extract_text, "Les présidents Paul Vernet et Julie Marchand ont signé l'accord.")
    assert ("Julie Marchand", "présidente") in roles
    assert ("Paul Vernet", "président") in roles


# A body named right after a person, closed by punctuation, is a body the person belongs to.
@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Pour Julie Marchand du syndicat étudiant UNEX, la réforme arrive trop tard.",
            ("Julie Marchand", "membre du syndicat étudiant UNEX"),
        ),
        (
            "Plusieurs experts ont réagi, dont Paul Vernet, de l'Observatoire des forêts.",
            ("Paul Vernet", "membre de l'Observatoire des forêts"),
        ),
    ],
)
def test_body_after_a_name_is_a_membership(
    extract_text: Any, text: str, role: tuple[str, str]
) -> None:
    assert role in _roles(extract_text, text)


@pytest.mark.parametrize(
    "text",
    [
        "Le discours de Paul Vernet de la semaine dernière a surpris les élus.",
        "La liste est composée du Parti Bleu, le parti de Paul Vernet, de la Ligue Verte.",
        "La maison de Paul Vernet, de Lyon, a brûlé mardi.",
    ],
)
def test_no_membership_without_a_body_phrase(extract_text: Any, text: str) -> None:
    assert not {r for r in _roles(extract_text, text) if r[1].startswith("membre")}


# A title shaped like a participle (« député », « délégué ») in apposition right after a name is a
# noun, however the parser tags it; a participle with its agent, date or « à » complement is not.
@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Par ailleurs, Paul Vernet, eurodéputé de la Ligue verte, a déchiré le rapport.",
            ("Paul Vernet", "eurodéputé de la Ligue verte"),
        ),
        (
            "Lucie Garnier, déléguée du syndicat des cheminots, a quitté la salle.",
            ("Lucie Garnier", "déléguée du syndicat des cheminots"),
        ),
    ],
)
def test_participle_title_in_apposition_is_a_role(
    extract_text: Any, text: str, role: tuple[str, str]
) -> None:
    assert role in _roles(extract_text, text)


@pytest.mark.parametrize(
    "text",
    [
        "Paul Vernet, associé à ce projet depuis le début, a parlé.",
        "Paul Vernet, délégué par ses collègues, a parlé.",
    ],
)
def test_participle_in_apposition_with_its_complement_is_no_role(
    extract_text: Any, text: str
) -> None:
    assert _roles(extract_text, text) == set()
