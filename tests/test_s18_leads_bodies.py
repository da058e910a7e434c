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


# Family 2: « de » + a place's or a body's name, then the head's name, no comma
# (« le sélectionneur de l'équipe de Marlande Richard Quenton a … »)
PLACE_THEN_HEAD = [
    (
        "Le chef d'état-major de l'armée de Marlande Bruno Vasseral a présenté le budget lundi.",
        "Bruno Vasseral",
        "armée de Marlande",
    ),
    (
        "Le sélectionneur de l'équipe de Marlande Richard Quenton a présenté la liste lundi.",
        "Richard Quenton",
        "équipe de Marlande",
    ),
    (
        "La rédactrice en chef de la Gazette de Vanville Audrey Quenton a quitté le journal.",
        "Audrey Quenton",
        "Gazette de Vanville",
    ),
    (
        "La première ministre de la Marlande Marion Morvillier a reçu les syndicats.",
        "Marion Morvillier",
        "Marlande",
    ),
    (
        "Le commandant de la base aérienne de Vanville Fabien Morvillier a présenté le budget.",
        "Fabien Morvillier",
        "base aérienne de Vanville",
    ),
    (
        "Le directeur de l'hôpital de Vanville Paul Dubrac a démissionné.",
        "Paul Dubrac",
        "hôpital de Vanville",
    ),
    (
        "Le maire de la commune de Vanville Paul Dubrac a démissionné.",
        "Paul Dubrac",
        "commune de Vanville",
    ),
]


@pytest.mark.parametrize(("text", "leader", "entity"), PLACE_THEN_HEAD)
def test_place_then_head(extract_text: Any, text: str, leader: str, entity: str) -> None:
    assert _leads(extract_text, text) == {(leader, entity)}


# must not fire: a person after « de » (the model read one name), no head title
PLACE_NO_LEADS = [
    "La fille de Kwame Paul Mensah a témoigné lundi.",
    "Le conseiller de Kwamena Pierre Asante a démissionné.",
    "Le porte-parole du parti de Kwame Paul Mensah a démenti.",
    "Une rue de Vanville porte le nom de Paul Dubrac.",
    "La mairie de Vanville a reçu Paul Dubrac lundi.",
    "L'équipe de Vanville Paul Dubrac a gagné.",
]


@pytest.mark.parametrize("text", PLACE_NO_LEADS)
def test_place_no_leads(extract_text: Any, text: str) -> None:
    assert _leads(extract_text, text) == set()


def test_person_after_de_kept_whole(extract_text: Any) -> None:
    """« le parti de Kwame Paul Mensah »: a first name the lexicon lacks, read as one person."""
    text = "Le porte-parole du parti de Kwame Paul Mensah a démenti."
    people = {p for p, _ in _facts(extract_text, text, "person_role", ("person", "role"))}
    assert "Paul Mensah" not in people


# Family 3: a foreign club's or firm's name after « de » the model tags as a verb
# (« le manager de Vanchester United, A »): a capitalised word inside the sentence is a name
NAME_TAGGED_VERB = [
    ("Le président de Vanchester United, José Morinval, a parlé.", "José Morinval"),
    ("Le manager de Brunchester City, Paul Dubrac, a été limogé lundi.", "Paul Dubrac"),
    ("L'entraîneur de Portiser Rovers, Marc Quenton, a prolongé son contrat.", "Marc Quenton"),
    ("La présidente de Vantrer Athletic, Claire Ombrelat, a démissionné.", "Claire Ombrelat"),
    (
        "Le directeur général de Valcourir Industries, Hugo Varnel, a annoncé des licenciements.",
        "Hugo Varnel",
    ),
    ("Le manager du Farnchester Athletic, Julien Brivel, a parlé aux supporters.", "Julien Brivel"),
    ("Le patron de Tallinder Motors, Thomas Brivel, a vendu ses parts.", "Thomas Brivel"),
    ("La directrice de Verlinger Group, Anne Morel, a présenté les comptes.", "Anne Morel"),
    ("Le président de Cramponner Town, Luc Verdier, a démissionné.", "Luc Verdier"),
    ("Selon Paul Dubrac, manager de Glenchester United, le club gagnera.", "Paul Dubrac"),
]


@pytest.mark.parametrize(("text", "leader"), NAME_TAGGED_VERB)
def test_name_tagged_verb(extract_text: Any, text: str, leader: str) -> None:
    """The entity is the whole two-word name written after « de » / « du »."""
    words = text.replace(",", " ").split()
    at = next(k for k, w in enumerate(words) if w in ("de", "du"))
    assert _leads(extract_text, text) == {(leader, " ".join(words[at + 1 : at + 3]))}


# must not fire: no head title before the name
NAME_TAGGED_VERB_NONE = [
    "Le supporter de Vanchester United, José Morinval, a parlé.",
    "Le fils de Brunchester, Paul Dubrac, a parlé.",
]


@pytest.mark.parametrize("text", NAME_TAGGED_VERB_NONE)
def test_name_tagged_verb_none(extract_text: Any, text: str) -> None:
    assert _leads(extract_text, text) == set()


# Family 4: a nationality between the title and its complement (« le président algérien du club
# de Vanville, A »): the complement is still the body led
NATIONALITY_THEN_BODY = [
    (
        "Le président qatarien du VFC, Karim Belhadj, a déclaré que le club gagnera.",
        "Karim Belhadj",
        "VFC",
    ),
    (
        "Le président algérien du club de Vanville, Karim Belhadj, a démissionné.",
        "Karim Belhadj",
        "club de Vanville",
    ),
    (
        "La présidente marocaine de la Fédération des Tanneurs, Leïla Bennani, a été réélue.",
        "Leïla Bennani",
        "Fédération des Tanneurs",
    ),
    (
        "Le directeur général italien de Norvatel, Marco Ferrandi, a annoncé des licenciements.",
        "Marco Ferrandi",
        "Norvatel",
    ),
    (
        "L'entraîneur portugais du Racing Club de Pellac, Rui Carvalho, a été limogé.",
        "Rui Carvalho",
        "Racing Club de Pellac",
    ),
    (
        "Le patron allemand du groupe Dorvane, Klaus Brenner, a vendu ses parts.",
        "Klaus Brenner",
        "groupe Dorvane",
    ),
    (
        "Selon Karim Belhadj, président tunisien de l'Union des Vanniers, le budget sera voté.",
        "Karim Belhadj",
        "Union des Vanniers",
    ),
    (
        "Le sélectionneur suisse de l'équipe de Marlande, Luc Verhaegel, a présenté sa liste.",
        "Luc Verhaegel",
        "équipe de Marlande",
    ),
]


@pytest.mark.parametrize(("text", "leader", "entity"), NATIONALITY_THEN_BODY)
def test_nationality_then_body(extract_text: Any, text: str, leader: str, entity: str) -> None:
    assert _leads(extract_text, text) == {(leader, entity)}


# must not fire: a time after « de », no head title, a year span
NATIONALITY_NONE = [
    "Le président américain de l'époque, Paul Dubrac, avait signé le traité.",
    "Le ministre algérien de la Santé, Karim Belhadj, a parlé.",
    "Le joueur algérien du club de Vanville, Karim Belhadj, a marqué.",
    "Le président français de 2007 à 2012, Paul Dubrac, a parlé.",
]


@pytest.mark.parametrize("text", NATIONALITY_NONE)
def test_nationality_none(extract_text: Any, text: str) -> None:
    assert _leads(extract_text, text) == set()


def test_state_title_unchanged(extract_text: Any) -> None:
    """« le président brésilien A »: no complement, the country the nationality names."""
    found = _leads(extract_text, "Le président brésilien Paulo Ferreira a reçu les syndicats.")
    assert found == {("Paulo Ferreira", "Brésil")}


# Family 5: the body's initials in brackets between its name and its head's (« le président de
# la Fédération des Tanneurs (FDT), A »): text, leader, entity
INITIALS_THEN_HEAD = [
    (
        "Le dirigeant de l'Autorité des transports de Marlande (ATM), Sven Oskarsen, exige le "
        "retrait de l'article.",
        "Sven Oskarsen",
        "Autorité des transports de Marlande",
    ),
    (
        "Le président de la Fédération des Tanneurs (FDT), Paul Dubrac, a parlé.",
        "Paul Dubrac",
        "Fédération des Tanneurs",
    ),
    (
        "Le directeur de l'Agence spatiale marlandaise (ASM), Hugo Varnel, a présenté le budget.",
        "Hugo Varnel",
        "Agence spatiale marlandaise",
    ),
    (
        "La présidente de l'Union des Vanniers (UDV), Claire Ombrelat, a été réélue.",
        "Claire Ombrelat",
        "Union des Vanniers",
    ),
    (
        "Le secrétaire général de la Confédération des Tanneurs (CDT), Marc Quenton, appelle à la "
        "grève.",
        "Marc Quenton",
        "Confédération des Tanneurs",
    ),
    (
        "Selon le directeur de l'Office des forêts (ODF), Julien Brivel, les coupes vont cesser.",
        "Julien Brivel",
        "Office des forêts",
    ),
    (
        "La directrice générale de la Société des eaux de Vanville (SEV), Anne Morel, a démissionné.",
        "Anne Morel",
        "Société des eaux de Vanville",
    ),
    (
        "Le patron du Syndicat des pilotes (SDP), Thomas Brivel, a annoncé une grève.",
        "Thomas Brivel",
        "Syndicat des pilotes",
    ),
    (
        "Le président de la Fédération des Tanneurs (FDT) Paul Dubrac a parlé lundi.",
        "Paul Dubrac",
        "Fédération des Tanneurs",
    ),
]


@pytest.mark.parametrize(("text", "leader", "entity"), INITIALS_THEN_HEAD)
def test_initials_then_head(extract_text: Any, text: str, leader: str, entity: str) -> None:
    assert _leads(extract_text, text) == {(leader, entity)}


# must not fire: no head title, the name is the speaker or inside a relative clause
INITIALS_NONE = [
    "Un porte-parole de la Fédération des Tanneurs (FDT), Paul Dubrac, a parlé.",
    "Le budget de la Fédération des Tanneurs (FDT), a dit Paul Dubrac, sera voté.",
    "Un membre de l'Union des Vanniers (UDV), Claire Ombrelat, a témoigné.",
    "Le président de la Fédération des Tanneurs (FDT), qui a reçu Paul Dubrac, a parlé.",
]


@pytest.mark.parametrize("text", INITIALS_NONE)
def test_initials_none(extract_text: Any, text: str) -> None:
    assert _leads(extract_text, text) == set()


# Family 6: « à la tête de X » far from its subject, hanging on an adverbial (« A a été réélu dès le
# premier tour à la tête de X »): the subject of the verb it completes leads X
HEAD_OF_VERB_SUBJECT = [
    (
        "Paul Dorvane a été réélu dès le premier tour à la tête de la Fédération des Tanneurs.",
        "Paul Dorvane",
        "Fédération des Tanneurs",
    ),
    (
        "Paul Dorvane, 54 ans, ancien ministre de la Santé, a été élu lundi à la tête de la "
        "Fédération des Tanneurs.",
        "Paul Dorvane",
        "Fédération des Tanneurs",
    ),
    (
        "Claire Ombrelat a été reconduite pour un troisième mandat à la tête de l'Union des "
        "Vanniers.",
        "Claire Ombrelat",
        "Union des Vanniers",
    ),
    (
        "Marc Quenton a été nommé en mars à la tête du groupe Dorvane.",
        "Marc Quenton",
        "groupe Dorvane",
    ),
    (
        "Anne Morel, qui a été réélue dès le premier tour à la tête de la Ligue des Vanniers, a "
        "remercié ses soutiens.",
        "Anne Morel",
        "Ligue des Vanniers",
    ),
    (
        "Thomas Brivel restera jusqu'en 2025 à la tête du club de Vanville.",
        "Thomas Brivel",
        "club de Vanville",
    ),
]


@pytest.mark.parametrize(("text", "leader", "entity"), HEAD_OF_VERB_SUBJECT)
def test_head_of_verb_subject(extract_text: Any, text: str, leader: str, entity: str) -> None:
    assert _leads(extract_text, text) == {(leader, entity)}


# must not fire: the one at the head is the object, or a procession, or another person
HEAD_OF_NONE = [
    "Le président a reçu Paul Dorvane à la tête d'une délégation de la Fédération des Tanneurs.",
    "Paul Dorvane a défilé dimanche à la tête du cortège.",
    "Paul Dorvane a rencontré lundi le nouveau président à la tête de la Fédération des Tanneurs.",
    "Paul Dorvane a été battu dès le premier tour par le candidat à la tête de la liste.",
]


@pytest.mark.parametrize("text", HEAD_OF_NONE)
def test_head_of_none(extract_text: Any, text: str) -> None:
    assert not {
        (leader, entity)
        for leader, entity in _leads(extract_text, text)
        if leader == "Paul Dorvane"
    }


def test_succession_keeps_its_successor(extract_text: Any) -> None:
    text = "Hugo Varnel a succédé lundi à Paul Dorvane à la tête de la Fédération des Tanneurs."
    assert _leads(extract_text, text) == {("Hugo Varnel", "Fédération des Tanneurs")}
