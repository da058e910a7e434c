"""Leads (session 18, third pass): a head title after a possessive that points back to a body
(« La société X a annoncé … Son PDG, A, … », « …, par la voix de son président A »), and a head
title whose body is a generic noun pointing back (« le chef de l'organisation, A »)."""

from __future__ import annotations

from typing import Any

import pytest


def _leads(extract_text: Any, text: str) -> set[tuple[str, str]]:
    return {
        (f.to_dict()["leader"], f.to_dict()["entity"])
        for f in extract_text(text)
        if f.type == "leads"
    }


# Family 1: a possessive head title after a sentence (or clause) whose subject is a body.
POSSESSIVE = [
    (
        "La société Vantix a annoncé des pertes. Son PDG, Marc Lebel, a démissionné lundi.",
        "Marc Lebel",
        "Vantix",
    ),
    (
        "La fédération Norvia a publié un communiqué, par la voix de son président Paul Terrac.",
        "Paul Terrac",
        "fédération Norvia",
    ),
    (
        "Le groupe Brimont a répondu par l'intermédiaire de son directeur général, Jean Castel.",
        "Jean Castel",
        "groupe Brimont",
    ),
    (
        "Le club Olbia a perdu son match. Son entraîneur, Paul Terrac, a été limogé.",
        "Paul Terrac",
        "club Olbia",
    ),
    (
        "Le syndicat Arvel a appelé à la grève. Son secrétaire général, Luc Dambrine, a été reçu.",
        "Luc Dambrine",
        "syndicat Arvel",
    ),
]

POSSESSIVE_NOT = [
    # the previous subject is a person: « son » is his
    "Marc Lebel a quitté la société Vantix. Son PDG, Paul Terrac, a démissionné lundi.",
    # two bodies: whose head is unsure
    "La société Vantix et le groupe Brimont ont signé un accord. Son PDG, Paul Terrac, a salué "
    "l'accord.",
    # a pronoun subject: no body named
    "Elle a répondu, par la voix de son président Paul Terrac.",
    # a person speaks through his lawyer: no head title
    "Paul Terrac a répondu, par la voix de son avocat Jean Castel.",
    # « leur »: plural, not one body
    "Les sociétés Vantix ont annoncé des pertes. Leur PDG, Marc Lebel, a démissionné.",
]


@pytest.mark.parametrize(("text", "leader", "entity"), POSSESSIVE)
def test_possessive_head_of_body(extract_text: Any, text: str, leader: str, entity: str) -> None:
    assert (leader, entity) in _leads(extract_text, text)


@pytest.mark.parametrize("text", POSSESSIVE_NOT)
def test_possessive_head_unsure(extract_text: Any, text: str) -> None:
    assert _leads(extract_text, text) == set()


# Family 2: a head title whose body is a generic noun pointing back (« le chef du groupe, A »).
POINTING = [
    (
        "Le groupe Velka a revendiqué l'attaque. Omar Belkadi, le chef du groupe, a promis une "
        "riposte.",
        "Omar Belkadi",
        "Velka",
    ),
    (
        "Le syndicat Arvel a appelé à la grève. Le secrétaire général du syndicat, Luc Dambrine, "
        "a été reçu.",
        "Luc Dambrine",
        "syndicat Arvel",
    ),
    (
        "Le club Olbia a gagné. L'entraîneur du club, Paul Terrac, est ravi.",
        "Paul Terrac",
        "club Olbia",
    ),
    (
        "Le groupe Velka a revendiqué l'attaque. Le chef de l'organisation, Omar Belkadi, a promis "
        "une riposte.",
        "Omar Belkadi",
        "Velka",
    ),
    (
        "Le groupe Velka a perdu du terrain. L'ancien chef du groupe, Omar Belkadi, a réagi.",
        "Omar Belkadi",
        "Velka",
    ),
    (
        "Pour ce qui est du Parti vert, le chef intérimaire du parti, Jean Castel, a nommé Anne "
        "Morel.",
        "Jean Castel",
        "Parti vert",
    ),
]

POINTING_NOT = [
    # two bodies of that kind: which one is unsure
    "Le club Olbia a battu le club Varsel. L'entraîneur du club, Paul Terrac, est ravi.",
    "Le groupe Velka et le groupe Norsat ont signé. Le chef de l'organisation, Omar Belkadi, a "
    "salué l'accord.",
    # no body named before
    "Il pleut à Vanville. Le chef de l'organisation, Omar Belkadi, a réagi.",
    # the body named before is of another kind
    "La société Vantix a annoncé des pertes. Le président du groupe, Paul Terrac, a démissionné.",
    # no body named at all
    "Il pleut à Vanville. Le chef du mouvement, Omar Belkadi, a réagi.",
]


@pytest.mark.parametrize(("text", "leader", "entity"), POINTING)
def test_pointing_head_of_body(extract_text: Any, text: str, leader: str, entity: str) -> None:
    assert (leader, entity) in _leads(extract_text, text)


@pytest.mark.parametrize("text", POINTING_NOT)
def test_pointing_head_unsure(extract_text: Any, text: str) -> None:
    # at most the bare generic noun the title says (« parti », as before); never a named body
    assert all(entity.islower() and " " not in entity for _, entity in _leads(extract_text, text))
