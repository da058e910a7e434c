"""Succession facts: who came after whom, from verbs, expressions and nouns."""

from __future__ import annotations

from typing import Any

import pytest


def _successions(extract_text: Any, text: str) -> list[dict[str, Any]]:
    return [f.to_dict() for f in extract_text(text) if f.type == "succession"]


# text, successor, predecessor
CASES = [
    (
        "Gabriel Attal a succédé à Élisabeth Borne au poste de Premier ministre en janvier 2024.",
        "Gabriel Attal",
        "Élisabeth Borne",
    ),
    (
        "Le nouveau directeur, Paul Martin, remplace Jean Durand, parti à la retraite.",
        "Paul Martin",
        "Jean Durand",
    ),
    (
        "Sophie Garnier a pris la suite de Bertrand Lavigne à la mairie de Rennes.",
        "Sophie Garnier",
        "Bertrand Lavigne",
    ),
    (
        "L'entraîneur Christophe Galtier, remplacé par Luis Enrique, a quitté le club.",
        "Luis Enrique",
        "Christophe Galtier",
    ),
    (
        "Marie Dupuis, qui a succédé à Jacques Morel, dirige l'association depuis mars.",
        "Marie Dupuis",
        "Jacques Morel",
    ),
    (
        "La sénatrice Claire Lenoir succède au général Henri Vautrin à la tête de la commission.",
        "Claire Lenoir",
        "Henri Vautrin",
    ),
    (
        "Le roi Louis XVI monta sur le trône pour remplacer son grand-père Louis XV en 1774.",
        "Louis XVI",
        "Louis XV",
    ),
]


@pytest.mark.parametrize(("text", "successor", "predecessor"), CASES)
def test_succession(extract_text: Any, text: str, successor: str, predecessor: str) -> None:
    facts = _successions(extract_text, text)
    assert [(f["successor"], f["predecessor"]) for f in facts] == [(successor, predecessor)]


def test_titles_genders_date_and_role(extract_text: Any) -> None:
    text = "La sénatrice Claire Lenoir succède au général Henri Vautrin à la tête de la commission en 2021."
    fact = _successions(extract_text, text)[0]
    assert fact["successor_gender"] == "f"
    assert fact["predecessor_gender"] == "m"
    assert fact["predecessor_title"] == "général"
    assert fact["successor_title"] == "sénatrice"
    assert fact["date"] == "2021"
    assert "commission" in fact["role"]


@pytest.mark.parametrize(
    "text",
    [
        "Le club a remplacé la pelouse du stade pendant l'été.",
        "La nuit succède au jour, disait le poète.",
        "Jean Valjean a volé du pain pour nourrir les enfants de sa sœur.",
    ],
)
def test_no_succession(extract_text: Any, text: str) -> None:
    assert _successions(extract_text, text) == []


def test_role_from_what_the_successor_leads(extract_text: Any) -> None:
    text = "L'usine dirigée par Hélène Marchal, qui a succédé à Paul Ferrand, emploie 300 salariés."
    fact = _successions(extract_text, text)[0]
    assert (fact["successor"], fact["predecessor"]) == ("Hélène Marchal", "Paul Ferrand")
    assert fact["role"] == "direction de l'usine"


def _leads(extract_text: Any, text: str) -> list[tuple[str, str, str]]:
    return [
        (f.get("leader"), f.get("entity"), f.get("via"))
        for f in extract_text(text)
        if f.type == "leads"
    ]


@pytest.mark.parametrize(
    ("text", "leader", "entity"),
    [
        (
            "Mathilde Carrel, qui a succédé le 2 mars à Jean Pujol à la direction générale de la "
            "Fnac, table sur une hausse des ventes.",
            "Mathilde Carrel",
            "Fnac",
        ),
        (
            "La sénatrice Claire Lenoir succède au général Henri Vautrin à la tête de la commission "
            "en 2021.",
            "Claire Lenoir",
            "commission",
        ),
        (
            "Le banquier Luc Ferrer a succédé en 2019 à Paul Dumas, fils du fondateur, à la tête du "
            "directoire.",
            "Luc Ferrer",
            "directoire",
        ),
        (
            "Sophie Lemaire succède à Marc Vidal à la présidence du Cercle nautique de Brest.",
            "Sophie Lemaire",
            "Cercle nautique de Brest",
        ),
    ],
)
def test_succeeding_at_the_head_of_something_leads_it(
    extract_text: Any, text: str, leader: str, entity: str
) -> None:
    assert _leads(extract_text, text) == [(leader, entity, "title")]
    assert len(_successions(extract_text, text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Louis Marin succède à Paul Viard au poste de directeur sportif du club.",
        "Le maire Jean Costa pourrait succéder à Paul Dumas à la tête du syndicat.",
        "Hélène Roussel ne succède pas à Marc Vidal à la présidence du club.",
        "Anne Roche succède à Marc Vidal à la direction générale adjointe de la banque.",
    ],
)
def test_succession_without_a_head_post_leads_nothing(extract_text: Any, text: str) -> None:
    assert _leads(extract_text, text) == []


def test_negated_succession_is_no_succession(extract_text: Any) -> None:
    text = "Hélène Roussel ne succède pas à Marc Vidal à la présidence du club."
    assert _successions(extract_text, text) == []


def test_role_after_a_general_direction(extract_text: Any) -> None:
    text = "Mathilde Carrel a succédé à Jean Pujol à la direction générale de la Fnac."
    assert _successions(extract_text, text)[0]["role"] == "à la direction générale de la Fnac"


@pytest.mark.parametrize(
    "text",
    [
        "Le maire Jean Costa pourrait succéder à Paul Dumas à la tête du syndicat.",
        "Jean Costa ne veut pas succéder à Paul Dumas.",
    ],
)
def test_hypothetical_or_refused_succession_is_none(extract_text: Any, text: str) -> None:
    assert _successions(extract_text, text) == []


def test_a_stated_succession_is_one(extract_text: Any) -> None:
    text = "Le maire Jean Costa a succédé à Paul Dumas à la tête du syndicat."
    assert [(f["successor"], f["predecessor"]) for f in _successions(extract_text, text)] == [
        ("Jean Costa", "Paul Dumas")
    ]


def test_head_post_inside_the_predecessor_s_apposition_leads_nothing(extract_text: Any) -> None:
    text = (
        "Bruno Lefèvre succède à Nathalie Berthier, partie à la retraite après huit ans à la "
        "direction du port."
    )
    assert _leads(extract_text, text) == []


def test_successor_heads_the_post_even_when_the_predecessor_is_a_pronoun(extract_text: Any) -> None:
    text = (
        "Odile Marchetti fonde le laboratoire en 1950. Elle reçoit un prix en 1975. "
        "Son élève Louis Perrin lui succède à la direction du laboratoire en 1980."
    )
    assert ("Louis Perrin", "laboratoire", "title") in _leads(extract_text, text)


def _pairs(extract_text: Any, text: str) -> set[tuple[str, str]]:
    return {(f["predecessor"], f["successor"]) for f in _successions(extract_text, text)}


# Issue 14: chains, designations, pronoun predecessors and direction. Invented sentences;
# each case is (text, the (predecessor, successor) pairs expected, exactly).
FAMILY = [
    (
        "Le directeur Paul Roux a été remplacé par Marc Petit, puis par Luc Blanc.",
        {("Paul Roux", "Marc Petit"), ("Marc Petit", "Luc Blanc")},
    ),
    (
        "La capitaine Anne Morel a été remplacée par Julie Mercier, ensuite par Hélène Roy.",
        {("Anne Morel", "Julie Mercier"), ("Julie Mercier", "Hélène Roy")},
    ),
    (
        "La présidente du club, Anne Morel, a démissionné. Son successeur, Hugo Ferrand, a été élu lundi.",
        {("Anne Morel", "Hugo Ferrand")},
    ),
    (
        "Le nom du remplaçant de Paul Roux à la tête de l'orchestre est connu : ce sera Marc Petit.",
        {("Paul Roux", "Marc Petit")},
    ),
    (
        "La ministre Claire Vidal quitte le gouvernement. Elle sera remplacée par Hélène Roy.",
        {("Claire Vidal", "Hélène Roy")},
    ),
    (
        "Marc Petit remplace Paul Roux à ce poste. Paul Roux dirigeait le musée de la Marine depuis 2010.",
        {("Paul Roux", "Marc Petit")},
    ),
    (
        "Marc Petit a été nommé directeur du musée. Le nouveau directeur a critiqué son prédécesseur, Paul Roux.",
        {("Paul Roux", "Marc Petit")},
    ),
    (
        "Le maire Paul Roux a rencontré son prédécesseur, Luc Blanc, et son successeur, Marc Petit.",
        {("Luc Blanc", "Paul Roux"), ("Paul Roux", "Marc Petit")},
    ),
    (
        "Luc Blanc, le successeur désigné de Paul Roux, prendra ses fonctions lundi.",
        {("Paul Roux", "Luc Blanc")},
    ),
    (
        "L'entraîneur Luc Blanc a été limogé. Il est remplacé par Paul Roux.",
        {("Luc Blanc", "Paul Roux")},
    ),
    ("Le nouveau directeur a critiqué son prédécesseur, Paul Roux.", set()),
    ("Paul Roux pourrait remplacer Luc Blanc à la tête du club.", set()),
]


@pytest.mark.parametrize(("text", "pairs"), FAMILY)
def test_succession_chains_designations_and_direction(
    extract_text: Any, text: str, pairs: set[tuple[str, str]]
) -> None:
    assert _pairs(extract_text, text) == pairs


def test_the_replacement_heads_what_the_replaced_led(extract_text: Any) -> None:
    text = "Marc Petit remplace Paul Roux à ce poste. Paul Roux dirigeait le musée de la Marine depuis 2010."
    leads = {(f.get("leader"), f.get("entity")) for f in extract_text(text) if f.type == "leads"}
    assert ("Marc Petit", "musée de la Marine") in leads
    elsewhere = (
        "Marc Petit remplace Paul Roux au conseil. Paul Roux dirigeait le musée de la Marine."
    )
    leads = {
        (f.get("leader"), f.get("entity")) for f in extract_text(elsewhere) if f.type == "leads"
    }
    assert ("Marc Petit", "musée de la Marine") not in leads


def test_a_pronoun_predecessor_is_less_sure(extract_text: Any) -> None:
    (named,) = _successions(extract_text, "Claire Vidal sera remplacée par Hélène Roy.")
    (pronoun,) = _successions(
        extract_text,
        "La ministre Claire Vidal quitte le gouvernement. Elle sera remplacée par Hélène Roy.",
    )
    assert pronoun["confidence"] < named["confidence"]


# Relations between two people are not a person's function.
@pytest.mark.parametrize(
    "text",
    [
        "Son successeur, Hugo Ferrand, a été élu lundi.",
        "Le bras droit du ministre, Paul Roux, a démissionné.",
        "Marc Petit, un proche du président, a été nommé.",
        "Luc Blanc, le successeur désigné de Paul Roux, prendra ses fonctions lundi.",
        "Son prédécesseur, Anne Morel, est partie en mars.",
        "La remplaçante de Julie Mercier, Hélène Roy, arrive demain.",
        "Paul Roux, l'ancien bras droit de Luc Blanc, se présente.",
        "Hugo Ferrand, proche de la ministre, a été reçu.",
        "Le dauphin du patron, Marc Petit, attend son heure.",
        "Claire Vidal, l'héritière du fondateur, a pris la parole.",
    ],
)
def test_relations_are_not_roles(extract_text: Any, text: str) -> None:
    roles = [f.get("role") for f in extract_text(text) if f.type == "person_role"]
    relations = (
        "successeur",
        "prédécesseur",
        "remplaçante",
        "bras droit",
        "proche",
        "dauphin",
        "héritière",
    )
    assert not any(r and any(w in r for w in relations) for r in roles), roles
