"""Person roles on invented news sentences (session 19): a title after a compound past of
« être » (« A avait été ministre ») is a post held before, a negated attribute (« A n'était pas
ministre », « n'a pas été nommée ministre ») gives no role, with the partner cases that must not
fire or must stay present."""

from __future__ import annotations

from typing import Any

import pytest


def _facts(extract_text: Any, text: str) -> list[dict[str, Any]]:
    return [f.to_dict() for f in extract_text("Titre\n\n" + text) if f.type == "person_role"]


def _roles(extract_text: Any, text: str) -> set[tuple[str, str, bool]]:
    return {(f["person"], f["role"], bool(f.get("past"))) for f in _facts(extract_text, text)}


# A compound past of « être » before the title: the post was held before.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Léa Morin avait précédemment été ministre de la Santé.",
            {("Léa Morin", "ministre de la Santé", True)},
        ),
        (
            "Léa Morin avait déjà été ministre de la Santé.",
            {("Léa Morin", "ministre de la Santé", True)},
        ),
        (
            "Paul Verdier avait auparavant été directeur de la banque Ferlan.",
            {("Paul Verdier", "directeur de la banque Ferlan", True)},
        ),
        (
            "Nadia Colin a été présidente du club de Rennes.",
            {("Nadia Colin", "présidente du club de Rennes", True)},
        ),
        (
            "Nadia Colin, qui a été présidente du club de Rennes, est morte.",
            {("Nadia Colin", "présidente du club de Rennes", True)},
        ),
        (
            "Hugo Barre a été maire de Vannes pendant dix ans.",
            {("Hugo Barre", "maire de Vannes", True)},
        ),
        # must stay present: a present copula, a naming verb, a future
        (
            "Paul Verdier est ministre de la Santé.",
            {("Paul Verdier", "ministre de la Santé", False)},
        ),
        (
            "Paul Verdier a été nommé ministre de la Santé.",
            {("Paul Verdier", "ministre de la Santé", False)},
        ),
        (
            # Session 26: a post not held yet is no role (blind gold: « qui deviendra ministre »)
            "Nadia Colin sera présidente du club de Rennes.",
            set(),
        ),
        (
            "Paul Verdier était ministre de la Santé.",
            {("Paul Verdier", "ministre de la Santé", False)},
        ),
    ],
)
def test_post_held_before_by_a_compound_past(
    extract_text: Any, text: str, expected: set[tuple[str, str, bool]]
) -> None:
    assert _roles(extract_text, text) == expected


# A negated or hedged attribute: no role at all.
@pytest.mark.parametrize(
    "text",
    [
        "Léa Morin n'était pas ministre de la Santé.",
        "Léa Morin n'a jamais été ministre de la Santé.",
        "Paul Verdier n'a pas été nommé ministre de la Santé.",
        "Paul Verdier n'est plus maire de Vannes depuis longtemps.",
        "Paul Verdier aurait été ministre de la Santé.",
        "Nadia Colin n'a pas été élue présidente du club de Rennes.",
        "Nadia Colin a été déléguée par le maire à la réunion.",
        "Hugo Barre ne sera pas directeur de la banque Ferlan.",
        "Inès Caron n'était pas présidente du club de Rennes en 2010.",
        "Inès Caron n'a jamais été directrice de la banque Ferlan.",
    ],
)
def test_negated_attribute_gives_no_role(extract_text: Any, text: str) -> None:
    assert _roles(extract_text, text) == set()


# A relation noun whose complement is a title, then a comma and a name: the name is the relative,
# the friend or the rival, not the title's holder.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le fils du maire, Paul Verdier, a été arrêté.",
            {("Paul Verdier", "fils du maire", False)},
        ),
        (
            "La fille de la chanteuse, Léa Morin, a témoigné.",
            {("Léa Morin", "fille de la chanteuse", False)},
        ),
        (
            "La veuve du chanteur, Léa Morin, a témoigné.",
            {("Léa Morin", "veuve du chanteur", False)},
        ),
        (
            "Un ami du maire, Paul Verdier, a témoigné.",
            {("Paul Verdier", "ami du maire", False)},
        ),
        (
            "Le rival du maire, Paul Verdier, a démissionné.",
            {("Paul Verdier", "rival du maire", False)},
        ),
        (
            "Le garde du corps du président, Paul Verdier, a été blessé.",
            {("Paul Verdier", "garde du corps du président", False)},
        ),
        # relation words are never roles: no fact at all
        ("Le successeur du ministre, Paul Verdier, a pris ses fonctions.", set()),
        ("Le bras droit du ministre, Paul Verdier, a démissionné.", set()),
        # must keep firing: a title before the title, a thing before the title
        (
            "L'avocat du maire, Paul Verdier, a fait appel.",
            {("Paul Verdier", "avocat du maire", False)},
        ),
        (
            "Les propos du ministre, Paul Verdier, ont choqué.",
            {("Paul Verdier", "ministre", False)},
        ),
        (
            "La porte-parole du président, Léa Morin, a démenti.",
            {("Léa Morin", "porte-parole du président", False)},
        ),
    ],
)
def test_title_complement_of_a_relation_noun(
    extract_text: Any, text: str, expected: set[tuple[str, str, bool]]
) -> None:
    assert _roles(extract_text, text) == expected


# A nationality after a title, which the model may tag as a verb, stays in the title before a name.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "L'ex-agent double russe Pablo Ruiz a été empoisonné.",
            {("Pablo Ruiz", "ex-agent double russe", True)},
        ),
        (
            "L'ancien agent double russe Pablo Ruiz a été empoisonné.",
            {("Pablo Ruiz", "ancien agent double russe", True)},
        ),
        (
            "Le journaliste belge Tom Wauters a été libéré.",
            {("Tom Wauters", "journaliste belge", False)},
        ),
        (
            "L'ex-président bolivien Pablo Ruiz a été arrêté.",
            {("Pablo Ruiz", "ex-président bolivien", True)},
        ),
        (
            "L'ex-agent secret Pablo Ruiz a été arrêté.",
            {("Pablo Ruiz", "ex-agent secret", True)},
        ),
        (
            "L'ex-agent double Pablo Ruiz a été empoisonné.",
            {("Pablo Ruiz", "ex-agent double", True)},
        ),
        # must not fire: a plural noun that is no title, a family, a verb
        ("Les frères russes Pablo et Diego Ruiz ont été arrêtés.", set()),
        ("Le gouvernement russe Pablo Ruiz a été critiqué.", set()),
        ("Un agent double russe a été arrêté à Paris.", set()),
        ("Pablo Ruiz a été arrêté par la police russe.", set()),
    ],
)
def test_nationality_after_a_title(
    extract_text: Any, text: str, expected: set[tuple[str, str, bool]]
) -> None:
    assert _roles(extract_text, text) == expected


# An attribute coordinated with « et » to a first verb shares that verb's subject.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "En 2003, Inès Caron est devenue la première femme à rejoindre le gouvernement et a"
            " été ministre de l'Education.",
            {("Inès Caron", "ministre de l'Education", True)},
        ),
        (
            "Inès Caron a quitté la politique en 2010 et est aujourd'hui directrice de la banque"
            " Ferlan.",
            {("Inès Caron", "directrice de la banque Ferlan", False)},
        ),
        (
            "Nadia Colin a quitté la politique en 2010 et a été directrice de la banque Ferlan.",
            {("Nadia Colin", "directrice de la banque Ferlan", True)},
        ),
        (
            "Nadia Colin a été élue en 2008 et est maire de Vannes.",
            {("Nadia Colin", "maire de Vannes", False)},
        ),
        (
            "Paul Verdier a salué Léa Morin, et Hugo Barre était ministre de la Santé.",
            {("Hugo Barre", "ministre de la Santé", False)},
        ),
        (
            "Paul Verdier a rejoint Léa Morin et Hugo Barre est devenu ministre.",
            {("Hugo Barre", "ministre", False)},
        ),
        # must not fire: the object of the first verb, a body as subject, a negation
        ("Le club a recruté Paul Verdier et est devenu leader du championnat.", set()),
        ("Les enquêteurs ont interrogé Paul Verdier et sont restés discrets.", set()),
        ("Paul Verdier a perdu son procès et n'est plus maire de Brest.", set()),
        ("Paul Verdier a rencontré Léa Morin et était alors ministre de la Santé.", set()),
    ],
)
def test_attribute_sharing_the_first_verbs_subject(
    extract_text: Any, text: str, expected: set[tuple[str, str, bool]]
) -> None:
    assert _roles(extract_text, text) == expected


# A party's initials after a title belong to the role, whatever the model's tag (« LR » read as
# a number).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le candidat LR à la présidentielle, Marc Delorme, a tenu un meeting.",
            {("Marc Delorme", "candidat LR à la présidentielle", False)},
        ),
        ("Le député LFI Paul Roux a voté contre.", {("Paul Roux", "député LFI", False)}),
        (
            "Le maire UDI de Vannes, Paul Roux, a voté contre.",
            {("Paul Roux", "maire UDI de Vannes", False)},
        ),
        (
            "La sénatrice EELV Léa Morin a déposé un amendement.",
            {("Léa Morin", "sénatrice EELV", False)},
        ),
        (
            "Paul Roux, député LR de la Somme, a voté contre.",
            {("Paul Roux", "député LR de la Somme", False)},
        ),
        ("La police a arrêté le maire UMP Paul Roux.", {("Paul Roux", "maire UMP", False)}),
        (
            "Le candidat du PS Paul Roux a gagné.",
            {("Paul Roux", "candidat du PS", False)},
        ),
        # must not fire: initials that are no party of a person named after a title
        ("Le siège de l'ONU a été évacué.", set()),
        ("Le président a salué les pays de l'OTAN.", set()),
        ("Selon le ministre, ONU et OTAN ont réagi.", set()),
    ],
)
def test_party_initials_after_a_title(
    extract_text: Any, text: str, expected: set[tuple[str, str, bool]]
) -> None:
    assert _roles(extract_text, text) == expected
