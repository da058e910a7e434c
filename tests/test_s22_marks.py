"""Extraction families of session 22 seen on unseen articles (issue 14): a
word in capitals that is part of a multi-word name (« Vallon SC », « Groupe TVR ») is no acronym
of its own; a person elected or appointed to an office holds it (« est élu sénateur »), and an
office's place named again in apposition is the name (« maire de la capitale, Corvel »).
Invented names and sentences, through the real model."""

from __future__ import annotations

from typing import Any

import pytest

HEAD = "Vanlandie : un titre\n\n3 juin 2031. –\n"


def _facts(extract_text: Any, sentence: str, kind: str) -> list[Any]:
    return [f for f in extract_text(HEAD + sentence + "\n") if f.type == kind]


# --- family 2: a word in capitals closing a club's or company's name is no acronym ---------------


def _acronyms(extract_text: Any, sentence: str) -> dict[str, Any]:
    return {f.get("acronym"): f.get("expansion") for f in _facts(extract_text, sentence, "acronym")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Samedi, lors du match opposant Vallon SC et le Racing, deux supporteurs ont été blessés.",
        "L'Olympique FC a battu l'équipe de Brenneval samedi.",
        "Le Corvel SG a remporté le championnat de Vanlandie.",
        "Le Groupe TVR a racheté la société Valtrex.",
        "La société Morlanges SA a annoncé 300 licenciements.",
        "Le chef du Stade Corvelois FC Handball a démissionné.",
        "Cet homme était recherché par la police de Vanlandie et par Mercosur.",
        "Les agents de Frontex ont été déployés à Corvel.",
    ],
)
def test_a_name_part_is_no_acronym(extract_text: Any, sentence: str) -> None:
    assert _acronyms(extract_text, sentence) == {}


@pytest.mark.parametrize(
    ("sentence", "acronyms"),
    [
        (
            "La société Valtrex SA (Société anonyme) a annoncé 300 licenciements.",
            {"SA": "Société anonyme"},
        ),
        (
            "Le syndicat CGTV a appelé à la grève avec la Fédération nationale des transports (FNT).",
            {"CGTV": None, "FNT": "Fédération nationale des transports"},
        ),
        ("La ministre Anne Roy a rencontré les dirigeants de l'OTV.", {"OTV": None}),
        (
            "Les agents de l'agence Vigie européenne (Frontex) ont été déployés.",
            {"Frontex": "Vigie européenne"},
        ),
        (
            "Le Flood Alert Center Nordique (NFAC) a lancé une alerte dans le nord.",
            {"NFAC": "Flood Alert Center Nordique"},
        ),
        ("Selon le groupe TVR, les ventes ont baissé.", {"TVR": None}),
        ("Selon Jean Paul Marc Roy (RMPJ), tout va bien.", {"RMPJ": None}),
    ],
)
def test_true_acronyms_stay(extract_text: Any, sentence: str, acronyms: dict[str, Any]) -> None:
    assert _acronyms(extract_text, sentence) == acronyms


# --- family 3: a person elected or appointed holds the office; a place renamed in apposition -----


def _roles(extract_text: Any, sentence: str) -> list[tuple[Any, Any, Any]]:
    facts = _facts(extract_text, sentence, "person_role")
    return [(f.get("person"), f.get("role"), f.get("past", False)) for f in facts]


@pytest.mark.parametrize(
    ("sentence", "roles"),
    [
        (
            "En 2014, Paul Roy est élu sénateur pour un mandat.",
            [("Paul Roy", "sénateur", True)],
        ),
        (
            "Marie Dubois a été nommée ministre de la Santé en 2015.",
            [("Marie Dubois", "ministre de la Santé", True)],
        ),
        (
            "En 2019, Claire Morel a été élue présidente du conseil régional.",
            [("Claire Morel", "présidente du conseil régional", True)],
        ),
        (
            "En 2031, Anne Lenoir a été élue présidente du conseil régional.",
            [("Anne Lenoir", "présidente du conseil régional", False)],
        ),
        (
            "Anne Lenoir est nommée directrice de l'hôpital de Morlanges.",
            [("Anne Lenoir", "directrice de l'hôpital de Morlanges", False)],
        ),
        (
            "Anne Lenoir a été élue présidente du conseil régional en 2012, puis réélue en 2018.",
            [("Anne Lenoir", "présidente du conseil régional", False)],
        ),
        (
            "Marc Petit avait été maire de la capitale vanlandaise, Corvel.",
            [("Marc Petit", "maire de Corvel", True)],
        ),
        (
            "Marc Petit, maire de la ville voisine, Saint-Orlan, a démissionné.",
            [("Marc Petit", "maire de Saint-Orlan", False)],
        ),
        (
            "Marc Petit, élu maire de la ville, Brenneval, a démissionné.",
            [("Marc Petit", "maire de Brenneval", False)],
        ),
        (
            "Le maire de la ville, Paul Roy, a démissionné.",
            [("Paul Roy", "maire de la ville", False)],
        ),
        (
            "Marc Petit a été élu maire de la commune, qui compte 300 habitants.",
            [("Marc Petit", "maire de la commune", False)],
        ),
    ],
)
def test_roles_from_naming_verbs_and_renamed_places(
    extract_text: Any, sentence: str, roles: list[tuple[Any, Any, Any]]
) -> None:
    assert _roles(extract_text, sentence) == roles


@pytest.mark.parametrize(
    "sentence",
    [
        "Paul Roy sera élu président si le parti gagne.",
        "Paul Roy pourrait être nommé ministre de la Santé.",
        "Paul Roy n'a pas été élu sénateur en 2014.",
        "Paul Roy a été élu avec 55 % des voix.",
    ],
)
def test_no_role_from_a_naming_not_done(extract_text: Any, sentence: str) -> None:
    assert _roles(extract_text, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "roles"),
    [
        (
            "Paul Roy, né en 1960, a été élu maire de Corvel.",
            [("Paul Roy", "maire de Corvel", False)],
        ),
        (
            "Paul Roy, ministre de la Ville, Corvel, a démissionné.",
            [("Paul Roy", "ministre de la Ville", False)],
        ),
    ],
)
def test_no_past_from_another_year_nor_renamed_ministry(
    extract_text: Any, sentence: str, roles: list[tuple[Any, Any, Any]]
) -> None:
    assert _roles(extract_text, sentence) == roles


@pytest.mark.parametrize(
    ("sentence", "roles"),
    [
        (
            "Le candidat de l'opposition, Marc Petit, avait déjà été maire de la capitale "
            "vanlandaise, Corvel.",
            [
                ("Marc Petit", "candidat de l'opposition", False),
                ("Marc Petit", "maire de Corvel", True),
            ],
        ),
        (
            "Le candidat, Marc Petit, n'avait jamais été maire de Corvel.",
            [("Marc Petit", "candidat", False)],
        ),
    ],
)
def test_a_name_between_commas_is_the_attribute_subject(
    extract_text: Any, sentence: str, roles: list[tuple[Any, Any, Any]]
) -> None:
    assert _roles(extract_text, sentence) == roles
