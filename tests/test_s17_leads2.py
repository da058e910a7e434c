"""Leads (session 17, second pass): head titles the lexicons lacked (sport, city, company), a town
named by its kind only (« le maire de la ville, A »), a place named by a periphrasis."""

from __future__ import annotations

from typing import Any

import pytest


def _leads(extract_text: Any, text: str) -> set[tuple[str, str]]:
    return {
        (f.to_dict()["leader"], f.to_dict()["entity"])
        for f in extract_text(text)
        if f.type == "leads"
    }


# Family 1: titles by family, in apposition before the name. text, leader, entity
TITLES = [
    (
        "Le manager de l'Olympique de Vanville, Paul Durandet, a quitté le club.",
        "Paul Durandet",
        "Olympique de Vanville",
    ),
    (
        "La manager du Stade de Morbec, Anne Peyrac, a prolongé son contrat.",
        "Anne Peyrac",
        "Stade de Morbec",
    ),
    (
        "L'entraîneur principal du Racing Club de Pellac, Jules Carrassin, a été limogé.",
        "Jules Carrassin",
        "Racing Club de Pellac",
    ),
    (
        "Le bourgmestre de Brelles, Henri Vandamoot, a inauguré le pont.",
        "Henri Vandamoot",
        "Brelles",
    ),
    (
        "Le bourgmestre d'Ostelbeek, Luc Verhaegel, a fermé les écoles.",
        "Luc Verhaegel",
        "Ostelbeek",
    ),
    (
        "Le directeur exécutif de Norvatel, Marc Peyrolles, a annoncé des licenciements.",
        "Marc Peyrolles",
        "Norvatel",
    ),
    (
        "La directrice exécutive de Bravacom, Léa Fontanier, a présenté les comptes.",
        "Léa Fontanier",
        "Bravacom",
    ),
    (
        "Selon Henri Vandamoot, bourgmestre de Brelles, le pont sera rouvert.",
        "Henri Vandamoot",
        "Brelles",
    ),
]
# must not fire: no body named, or no head title
TITLES_NONE = [
    "Paul Durandet, manager de projet chez un sous-traitant, a témoigné.",
    "La manager de la communication, Anne Peyrac, a démenti.",
    "Le conseiller du bourgmestre, Luc Verhaegel, a démenti.",
]


@pytest.mark.parametrize(("text", "leader", "entity"), TITLES)
def test_head_titles(extract_text: Any, text: str, leader: str, entity: str) -> None:
    assert (leader, entity) in _leads(extract_text, text)


@pytest.mark.parametrize("text", TITLES_NONE)
def test_head_titles_none(extract_text: Any, text: str) -> None:
    found = _leads(extract_text, text)
    assert not any(e in ("projet", "communication", "Brelles") for _, e in found), found


# Family 2: « le maire de la ville, A »: the town from the headline or an earlier sentence, never
# « ville », « commune », « pays » alone.
TOWN = [
    (
        "Incendie à Castelbrune\n\nLe maire de la ville, Alain Boussicot, a demandé de l'aide.",
        "Alain Boussicot",
        "Castelbrune",
    ),
    (
        "Inondations à Vermoncel\n\nLa maire de la commune, Irène Labastide, a ouvert un gymnase.",
        "Irène Labastide",
        "Vermoncel",
    ),
    (
        "Fête à Pontarny\n\nLe bourgmestre de la ville, Luc Verhaegel, a coupé le ruban.",
        "Luc Verhaegel",
        "Pontarny",
    ),
    (
        "Une usine a brûlé dans la ville de Morlanges. Le maire de la ville, Alain Boussicot, a parlé.",
        "Alain Boussicot",
        "Morlanges",
    ),
]
BARE = [
    "Une tempête a frappé le pays. Le maire de la ville, Alain Boussicot, a demandé de l'aide.",
    "La maire de la commune, Irène Labastide, a ouvert un gymnase.",
    "Le président du pays, Hugo Varnel, a parlé.",
    "Le maire de la municipalité, Alain Boussicot, a démissionné.",
    "Crise à Paris et à Lyon\n\nLe maire de la ville, Alain Boussicot, a parlé.",
    "Crise au Pérou\n\nLe maire de la ville, Alain Boussicot, a parlé.",
]


@pytest.mark.parametrize(("text", "leader", "entity"), TOWN)
def test_town_from_headline_or_before(
    extract_text: Any, text: str, leader: str, entity: str
) -> None:
    assert (leader, entity) in _leads(extract_text, text)


@pytest.mark.parametrize("text", BARE)
def test_no_bare_place_kind(extract_text: Any, text: str) -> None:
    found = _leads(extract_text, text)
    kinds = {"ville", "commune", "pays", "municipalité", "Paris", "Lyon", "Pérou"}
    assert not any(e.split()[-1] in kinds or e in kinds for _, e in found), found


# Family 3: a periphrasis stands for a place only when the article names that place.
PERIPHRASIS = [
    (
        "Le bourgmestre de la capitale belge, Luc Verhaegel, a parlé. Bruxelles fermera ses tunnels.",
        "Luc Verhaegel",
        "Bruxelles",
    ),
    (
        "Visite à Marseille. Le maire de la cité phocéenne, Alain Boussicot, a inauguré un quai.",
        "Alain Boussicot",
        "Marseille",
    ),
    (
        "Toulouse accueille le salon. Le maire de la ville rose, Irène Labastide, l'a ouvert.",
        "Irène Labastide",
        "Toulouse",
    ),
    (
        "Le maire de la capitale des Gaules, Hugo Varnel, a parlé. Lyon prépare la fête.",
        "Hugo Varnel",
        "Lyon",
    ),
]
PERIPHRASIS_NONE = [
    "Le bourgmestre de la capitale belge, Luc Verhaegel, a inauguré le pont.",
    "Le maire de la cité phocéenne, Alain Boussicot, a inauguré un quai.",
    "Le maire de la ville rose, Irène Labastide, a ouvert le salon.",
    "Le maire de la capitale régionale, Hugo Varnel, a parlé.",
]


@pytest.mark.parametrize(("text", "leader", "entity"), PERIPHRASIS)
def test_periphrasis(extract_text: Any, text: str, leader: str, entity: str) -> None:
    assert (leader, entity) in _leads(extract_text, text)


@pytest.mark.parametrize("text", PERIPHRASIS_NONE)
def test_periphrasis_none(extract_text: Any, text: str) -> None:
    found = _leads(extract_text, text)
    assert not any(e.split()[0] in ("capitale", "cité", "ville") for _, e in found), found
    assert not any(e in ("Bruxelles", "Marseille", "Toulouse") for _, e in found), found
