"""Leads on news phrasing (issue 14): offices by election or appointment, titles, nearby offices.

Each family has sentences that must give a fact (person, role or entity words) and sentences
where the rule must not fire.
"""

from __future__ import annotations

from typing import Any

import pytest


def _facts(extract_text: Any, text: str, kind: str) -> list[dict[str, Any]]:
    return [f.to_dict() for f in extract_text(text) if f.type == kind]


def _has_role(facts: list[dict[str, Any]], person: str, role: str) -> bool:
    return any(f["person"] == person and f["role"] == role for f in facts)


# Heads by election or appointment: text, leader, entity, role given to the leader (or None).
OFFICES = [
    (
        "Samedi soir, Bastien Kerlan a été élu à la tête du mouvement Horizon vert, fondé voici six ans.",
        "Bastien Kerlan",
        "Horizon vert",
        "chef du mouvement Horizon vert",
    ),
    (
        "Les manifestants contestent la réélection de Paul Diop à la présidence du Sénégal.",
        "Paul Diop",
        "Sénégal",
        "président du Sénégal",
    ),
    (
        "Après la réélection d'Ali Traoré à la présidence du Mali, des violences ont éclaté.",
        "Ali Traoré",
        "Mali",
        "président du Mali",
    ),
    (
        "Jean Caron a été nommé directeur de la Banque régionale en 2019.",
        "Jean Caron",
        "Banque régionale",
        "directeur de la Banque régionale",
    ),
    (
        "Sophie Marchal prend la tête de la fédération de rugby.",
        "Sophie Marchal",
        "fédération de rugby",
        "chef de la fédération de rugby",
    ),
    (
        "Jean Caron a pris la direction de l'Institut national du sport en 2019.",
        "Jean Caron",
        "Institut national du sport",
        "directeur de l'Institut national du sport",
    ),
    (
        "Marie Lenoir a été élue présidente du parti Avenir commun dimanche.",
        "Marie Lenoir",
        "Avenir commun",
        "présidente du parti Avenir commun",
    ),
    (
        "Le conseil a élu Lucie Marais à la présidence de l'association Port Vivant.",
        "Lucie Marais",
        "Port Vivant",
        "présidente de l'association Port Vivant",
    ),
    (
        "Paul Vernet a été porté à la présidence du club Olympique Nord en 2012.",
        "Paul Vernet",
        "Olympique Nord",
        "président du club Olympique Nord",
    ),
    (
        "Le conseil a reçu Pierre Aubin, élu maire de Vanville en 2014, pour une réunion.",
        "Pierre Aubin",
        "Vanville",
        None,
    ),
]


@pytest.mark.parametrize(("text", "leader", "entity", "role"), OFFICES)
def test_heads_by_election_or_appointment(
    extract_text: Any, text: str, leader: str, entity: str, role: str | None
) -> None:
    leads = _facts(extract_text, text, "leads")
    assert [f for f in leads if f["leader"] == leader and entity in f["entity"]], leads
    if role is not None:
        roles = _facts(extract_text, text, "person_role")
        assert _has_role(roles, leader, role), roles


OFFICES_NOT = [
    "Luc Faure a pris la tête de la course au dixième kilomètre.",
    "Jean Moulin a pris la tête du cortège jusqu'à la place.",
    "Anne Petit a dirigé une cérémonie à la mémoire des victimes.",
    "Jeanne Mercier a mené la réunion avec les syndicats.",
    "Pierre Dumas a mené les débats pendant trois heures.",
    "Claire Roy sera candidate à la présidence de la fédération en mai.",
    "Claire Roy a perdu l'élection à la présidence du club Olympique Nord.",
    "Le préfet Paul Garnier a dirigé une minute de silence.",
]


@pytest.mark.parametrize("text", OFFICES_NOT)
def test_events_and_candidacies_are_not_led(extract_text: Any, text: str) -> None:
    assert not _facts(extract_text, text, "leads")


def test_electing_body_gives_no_bare_elected_role(extract_text: Any) -> None:
    text = "Le conseil a élu Lucie Marais à la présidence de l'association Port Vivant."
    roles = _facts(extract_text, text, "person_role")
    assert not [f for f in roles if f["role"] in ("élu", "élue")], roles
    assert [f["role"] for f in roles] == ["présidente de l'association Port Vivant"]


def test_candidate_is_not_head(extract_text: Any) -> None:
    text = "Claire Roy sera candidate à la présidence de la fédération en mai."
    roles = _facts(extract_text, text, "person_role")
    assert not [f for f in roles if f["role"].startswith("présidente")], roles


def test_elected_candidate_is_head(extract_text: Any) -> None:
    text = "Claire Roy a été élue à la présidence de la fédération en mai."
    roles = _facts(extract_text, text, "person_role")
    assert [(f["person"], f["role"]) for f in roles] == [
        ("Claire Roy", "présidente de la fédération")
    ]


# Leads from titles in apposition and parentheses: text, leader, entity words, past.
TITLE_LEADS = [
    (
        "Le directeur sortant de l'agence spatiale, John Smith, a salué le lancement.",
        "John Smith",
        "agence spatiale",
        False,
    ),
    (
        "Présidente de la commission des finances, Marie Dupont est intervenue mardi.",
        "Marie Dupont",
        "commission des finances",
        False,
    ),
    (
        "Le texte a été défendu par Anne Vasseur (présidente du groupe Écologie).",
        "Anne Vasseur",
        "groupe Écologie",
        False,
    ),
    (
        "Les enquêteurs ont contacté le responsable du Comité national d'éthique, Pierre Valois, mardi.",
        "Pierre Valois",
        "Comité national d'éthique",
        False,
    ),
    (
        "« Nous continuerons », a déclaré Hélène Brun, directrice principale des programmes sociaux Solidaire.",
        "Hélène Brun",
        "programmes sociaux Solidaire",
        False,
    ),
    (
        "Le projet avait été lancé par Henri Massot, alors directeur de l'Office des forêts, en 1962.",
        "Henri Massot",
        "Office des forêts",
        True,
    ),
    (
        "« Le dialogue reprend », a dit Nora Haddad, responsable de l'UNR et cheffe du service juridique.",
        "Nora Haddad",
        "UNR",
        False,
    ),
]


@pytest.mark.parametrize(("text", "leader", "entity", "past"), TITLE_LEADS)
def test_leads_from_titles(
    extract_text: Any, text: str, leader: str, entity: str, past: bool
) -> None:
    leads = _facts(extract_text, text, "leads")
    found = [f for f in leads if f["leader"] == leader and entity in f["entity"]]
    assert found, leads
    assert bool(found[0].get("past")) == past


TITLE_LEADS_NOT = [
    "Karim Bensaïd, responsable de la communication, a refusé de commenter.",
    "Le nouveau directeur, Paul Lévy, a salué son prédécesseur, Marc Aubry.",
    "Julie Bonnet, chef adjointe au service des urgences, a témoigné.",
]


@pytest.mark.parametrize("text", TITLE_LEADS_NOT)
def test_no_lead_without_a_named_body(extract_text: Any, text: str) -> None:
    assert not _facts(extract_text, text, "leads")


# A bare head title and its office named in the same sentence: text, leader, entity or None.
OFFICE_NEARBY = [
    (
        "En mars, l'avocat Yann Le Goff tentera de conquérir la mairie de Lussac contre le maire sortant Gérard Pichon.",
        "Gérard Pichon",
        "Lussac",
    ),
    (
        "Il vise la présidence de la Fédération française de judo face au président sortant, Marc Aubry.",
        "Marc Aubry",
        "Fédération française de judo",
    ),
    ("Le maire sortant Paul Bosc a été battu dimanche.", "Paul Bosc", None),
    ("L'ancien maire Paul Bosc a visité la mairie de Vanville.", "Paul Bosc", None),
    (
        "La mairie de Vanville et la présidence de la région ont salué le maire Paul Bosc.",
        "Paul Bosc",
        None,
    ),
    (
        "Le président Paul Girard a reçu la candidate à la présidence du Brésil.",
        "Paul Girard",
        None,
    ),
    ("Le maire Henri Vasseur a croisé le candidat à la mairie de Lorcy.", "Henri Vasseur", None),
    ("Le chef sortant Luc Morel brigue la présidence de Talmont.", "Luc Morel", None),
    (
        "Face à la maire actuelle, Anne Pujol, trois listes visent la mairie de Bréval.",
        "Anne Pujol",
        "Bréval",
    ),
]


@pytest.mark.parametrize(("text", "leader", "entity"), OFFICE_NEARBY)
def test_bare_title_leads_the_office_named_nearby(
    extract_text: Any, text: str, leader: str, entity: str | None
) -> None:
    leads = [f for f in _facts(extract_text, text, "leads") if f["leader"] == leader]
    if entity is None:
        assert not leads
    else:
        assert [f["entity"] for f in leads] == [entity] and leads[0]["confidence"] < 0.8


# Party initials in parentheses; relative « qui dirige »; a demonstrative body is not named.
PARTY_AND_RELATIVE = [
    ("Jean Leroy (LR), député de la Somme, a voté contre.", "person_role", "député de la Somme"),
    (
        "Stéphane Morin, maire (PS) de Vanville, a réagi.",
        "leads",
        "Vanville",
    ),
    (
        "Claire Dubois, qui dirige l'Agence régionale de santé depuis 2015, a démenti.",
        "leads",
        "Agence régionale de santé",
    ),
    (
        "Claire Dubois, qui préside le Conseil des sages, a démenti.",
        "leads",
        "Conseil des sages",
    ),
]


@pytest.mark.parametrize(("text", "kind", "value"), PARTY_AND_RELATIVE)
def test_party_initials_and_relative_heads(
    extract_text: Any, text: str, kind: str, value: str
) -> None:
    facts = _facts(extract_text, text, kind)
    key = "role" if kind == "person_role" else "entity"
    assert value in [f[key] for f in facts], facts


def test_a_demonstrative_body_is_not_led(extract_text: Any) -> None:
    text = "Stéphane Morin, maire (PS) de cette commune de l'Essonne, a réagi."
    assert not _facts(extract_text, text, "leads")
    roles = _facts(extract_text, text, "person_role")
    assert [f["role"] for f in roles] == ["maire"], roles


def test_a_party_after_a_titled_name_is_no_role(extract_text: Any) -> None:
    text = "Le député Jean Leroy (LR) a voté contre le texte."
    roles = _facts(extract_text, text, "person_role")
    assert [f["role"] for f in roles] == ["député"], roles


OFFICES_NOT_MORE = [
    "Paul Roy a porté plainte à la direction de l'école des Tilleuls.",
    "Après la fête, Paul Roy a pris la direction de Lyon en voiture.",
    "Paul Roy a été élu dimanche au conseil municipal de Vanville.",
]


@pytest.mark.parametrize("text", OFFICES_NOT_MORE)
def test_objects_and_ways_are_no_office(extract_text: Any, text: str) -> None:
    facts = _facts(extract_text, text, "person_role") + _facts(extract_text, text, "leads")
    assert not [f for f in facts if "directeur" in f.get("role", "") or f.get("entity")], facts


def test_taking_the_direction_of_a_body_is_an_office(extract_text: Any) -> None:
    text = "Paul Roy a pris la direction de l'école des Tilleuls."
    roles = _facts(extract_text, text, "person_role")
    leads = _facts(extract_text, text, "leads")
    assert [f["role"] for f in roles] == ["directeur de l'école des Tilleuls"]
    assert [(f["leader"], f["entity"]) for f in leads] == [("Paul Roy", "école des Tilleuls")]
