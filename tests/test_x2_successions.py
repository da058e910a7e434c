"""Successions on invented news sentences (issue 14, session 12): chains, designations, pronoun
predecessors, the post taken over, direction, and what is no succession."""

from __future__ import annotations

from typing import Any

import pytest


def _facts(extract_text: Any, text: str) -> list[dict[str, Any]]:
    return [f.to_dict() for f in extract_text("Titre\n\n" + text)]


def _pairs(extract_text: Any, text: str) -> set[tuple[str, str]]:
    return {
        (f["successor"], f["predecessor"])
        for f in _facts(extract_text, text)
        if f["type"] == "succession"
    }


# text, {(successor, predecessor)}
FOUND = [
    # chains: one succession per link
    (
        "L'entraîneur Marc Petit a été remplacé par Luc Roy, puis par Hugo Blanc.",
        {("Luc Roy", "Marc Petit"), ("Hugo Blanc", "Luc Roy")},
    ),
    (
        "Le président Jean Durand a démissionné mardi. Il a été remplacé par Anne Roy, puis par Luc Petit en 2021.",
        {("Anne Roy", "Jean Durand"), ("Luc Petit", "Anne Roy")},
    ),
    (
        "Paul Martin succède à Jean Durand, lui-même successeur de Marc Petit.",
        {("Paul Martin", "Jean Durand"), ("Jean Durand", "Marc Petit")},
    ),
    # a successor named across sentences, or by designation
    (
        "Anne Roy a démissionné de la présidence du conseil. Son successeur, Paul Martin, sera élu lundi.",
        {("Paul Martin", "Anne Roy")},
    ),
    (
        "Le nom du remplaçant de Marc Petit est connu : ce sera Hugo Blanc.",
        {("Hugo Blanc", "Marc Petit")},
    ),
    (
        "La ministre Claire Vidal a présenté sa démission. Son remplaçant sera Hugo Blanc.",
        {("Hugo Blanc", "Claire Vidal")},
    ),
    (
        "Le remplaçant de Jean Durand, Paul Martin, a pris ses fonctions lundi.",
        {("Paul Martin", "Jean Durand")},
    ),
    # a pronoun predecessor: the person just named
    (
        "La directrice Claire Vidal quitte ses fonctions en juin. Elle sera remplacée par Sophie Marin.",
        {("Sophie Marin", "Claire Vidal")},
    ),
    (
        "Jean Durand a présidé la ligue pendant dix ans. Anne Roy lui a succédé en 2020.",
        {("Anne Roy", "Jean Durand")},
    ),
    (
        "La présidente Anne Roy a été remplacée vendredi. C'est Paul Martin qui lui succède.",
        {("Paul Martin", "Anne Roy")},
    ),
    (
        "Jean Durand quitte la direction du musée. Anne Roy a été choisie pour le remplacer.",
        {("Anne Roy", "Jean Durand")},
    ),
    # phrases, both directions
    (
        "Élue en mars, Anne Roy prend la place de Jean Durand à la mairie.",
        {("Anne Roy", "Jean Durand")},
    ),
    (
        "Le Sénat a élu Anne Roy à sa présidence, en remplacement de Jean Durand.",
        {("Anne Roy", "Jean Durand")},
    ),
    (
        "La biologiste Salomé Arnaud a été choisie par Hervé Lambin comme directrice du musée en remplacement de Gilles Mercadier, parti en juin.",
        {("Salomé Arnaud", "Gilles Mercadier")},
    ),
    (
        "Jean Durand a cédé sa place à Anne Roy à la tête de l'orchestre.",
        {("Anne Roy", "Jean Durand")},
    ),
    (
        "Après vingt ans, Marc Petit a passé le relais à Hugo Blanc.",
        {("Hugo Blanc", "Marc Petit")},
    ),
    # direction: « son prédécesseur » is the possessor's predecessor
    (
        "Le nouveau directeur, Paul Martin, a critiqué son prédécesseur, Jean Durand.",
        {("Paul Martin", "Jean Durand")},
    ),
    (
        "Paul Martin a été nommé directeur de l'usine. Le nouveau directeur a critiqué son prédécesseur, Jean Durand.",
        {("Paul Martin", "Jean Durand")},
    ),
    (
        "Jean Durand, prédécesseur de Paul Martin à la mairie, est mort mardi.",
        {("Paul Martin", "Jean Durand")},
    ),
    (
        "Jean Durand a félicité son successeur, Paul Martin, lors de la cérémonie.",
        {("Paul Martin", "Jean Durand")},
    ),
    (
        "Paul Martin a rendu hommage à son prédécesseur Jean Durand.",
        {("Paul Martin", "Jean Durand")},
    ),
]

# No succession: hoped, refused, hypothetical, things replaced, nobody named.
NONE = [
    "Paul Martin pourrait remplacer Jean Durand en septembre.",
    "Paul Martin souhaite succéder à Jean Durand à la tête du parti.",
    "Anne Roy veut remplacer Jean Durand à la présidence.",
    "Paul Martin n'a pas remplacé Jean Durand à la direction.",
    "Le gardien Marc Petit a remplacé le titulaire blessé.",
    "La mairie a remplacé la pelouse du stade cet été.",
    "Jean Durand, dont le successeur n'a pas encore été désigné, quitte le club.",
    "Le successeur de Jean Durand n'est pas encore connu.",
    "Le sélectionneur Paul Martin a annoncé sa retraite. Son successeur sera désigné en mai.",
    "La maire Anne Roy a été réélue. Son adversaire, Jean Durand, a reconnu sa défaite.",
    "Paul Martin a succédé à son père à la tête de l'entreprise familiale.",
]


@pytest.mark.parametrize(("text", "pairs"), FOUND)
def test_successions_found(extract_text: Any, text: str, pairs: set[tuple[str, str]]) -> None:
    assert _pairs(extract_text, text) == pairs


@pytest.mark.parametrize("text", NONE)
def test_no_succession(extract_text: Any, text: str) -> None:
    assert _pairs(extract_text, text) == set()


def test_the_replacement_leads_what_the_replaced_led(extract_text: Any) -> None:
    text = "Marc Petit dirigeait l'orchestre de Lyon depuis 2010. Luc Roy remplace Marc Petit à ce poste."
    leads = {(f["leader"], f["entity"]) for f in _facts(extract_text, text) if f["type"] == "leads"}
    assert ("Luc Roy", "orchestre de Lyon") in leads


def test_a_pronoun_predecessor_is_less_sure(extract_text: Any) -> None:
    named, pronoun = (
        next(f for f in _facts(extract_text, text) if f["type"] == "succession")["confidence"]
        for text in (
            "Anne Roy a succédé à Jean Durand en 2020.",
            "Jean Durand a présidé la ligue. Anne Roy lui a succédé en 2020.",
        )
    )
    assert named > pronoun
