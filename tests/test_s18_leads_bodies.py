"""Leads (session 18): a body's name run into the name of its head with no comma between them
(« le directeur de l'Institut Carvel Marc Quenton a … »): the capitalised words after the body's
noun belong to the body, the person starts at the first name (extract/body_then_person.py)."""

from __future__ import annotations

from typing import Any

import pytest


def _facts(extract_text: Any, text: str, kind: str, keys: tuple[str, str]) -> set[tuple[str, str]]:
    return {
        (f.to_dict()[keys[0]], f.to_dict()[keys[1]]) for f in extract_text(text) if f.type == kind
    }


def _leads(extract_text: Any, text: str) -> set[tuple[str, str]]:
    return _facts(extract_text, text, "leads", ("leader", "entity"))


# text, leader, entity (the body keeps its own name)
BODY_THEN_HEAD = [
    (
        "Le directeur de l'Institut Carvel Marc Quenton a présenté le budget lundi.",
        "Marc Quenton",
        "Institut Carvel",
    ),
    (
        "Le directeur de l'Observatoire Morvillier Julien Brivel a annoncé la découverte.",
        "Julien Brivel",
        "Observatoire Morvillier",
    ),
    ("Le directeur du Centre Dubrac Nicolas Ferrand a parlé.", "Nicolas Ferrand", "Centre Dubrac"),
    (
        "La secrétaire générale de la Confédération Vasseral Martine Aurel a parlé.",
        "Martine Aurel",
        "Confédération Vasseral",
    ),
    (
        "Le président du groupe Dorvane Léa Morvillier a présenté le budget.",
        "Léa Morvillier",
        "groupe Dorvane",
    ),
    (
        "La présidente de la Fondation Lestrange Claire Ombrelat a présenté le rapport.",
        "Claire Ombrelat",
        "Fondation Lestrange",
    ),
    (
        "Le patron de la société Vantelor Thomas Brivel a démissionné lundi.",
        "Thomas Brivel",
        "société Vantelor",
    ),
    (
        "Le président de la Ligue Armandine Pascal Dorvane a dénoncé les violences.",
        "Pascal Dorvane",
        "Ligue Armandine",
    ),
]


@pytest.mark.parametrize(("text", "leader", "entity"), BODY_THEN_HEAD)
def test_body_then_head(extract_text: Any, text: str, leader: str, entity: str) -> None:
    assert _leads(extract_text, text) == {(leader, entity)}


def test_person_role_holder_is_the_person(extract_text: Any) -> None:
    text = "Le directeur du Centre Dubrac Nicolas Ferrand a parlé."
    people = {p for p, _ in _facts(extract_text, text, "person_role", ("person", "role"))}
    assert people == {"Nicolas Ferrand"}


# must not fire: no head title, or the body alone is named
NO_LEADS = [
    "L'Institut Carvel Marc Quenton a ouvert ses portes lundi.",
    "La Fondation Carvel a remis un prix à Marc Quenton lundi.",
    "Le fondateur du groupe Dorvane Léa Morvillier a présenté le budget.",
    "Le porte-parole de l'Institut Carvel Marc Quenton a démenti l'information.",
    "Le musée Marc Chagall a ouvert une nouvelle salle.",
]


@pytest.mark.parametrize("text", NO_LEADS)
def test_no_leads(extract_text: Any, text: str) -> None:
    assert _leads(extract_text, text) == set()


def test_name_opening_on_first_name_is_whole(extract_text: Any) -> None:
    """« le gouvernement Anne Morel »: a first name opens the name, nothing is the body's."""
    found = _leads(extract_text, "Le gouvernement Anne Morel a présenté le budget lundi.")
    assert found == {("Anne Morel", "gouvernement")}


def test_spokesman_is_the_split_person(extract_text: Any) -> None:
    text = "Le porte-parole de l'Institut Carvel Marc Quenton a démenti l'information."
    people = {p for p, _ in _facts(extract_text, text, "person_role", ("person", "role"))}
    assert "Carvel Marc Quenton" not in people
