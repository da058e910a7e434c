"""Leads, successions and names on invented news sentences (issue 14, session 13): a successor or
predecessor named right after « son successeur », « B lui a succédé » after a clause of A's, heads
of government of a named body, heads of state by their nationality adjective, a body's name after
its noun, and « de » before a first name."""

from __future__ import annotations

from typing import Any

import pytest


def _facts(extract_text: Any, text: str, kind: str) -> list[dict[str, Any]]:
    return [f.to_dict() for f in extract_text("Titre\n\n" + text) if f.type == kind]


def _successions(extract_text: Any, text: str) -> set[tuple[str, str]]:
    return {(f["successor"], f["predecessor"]) for f in _facts(extract_text, text, "succession")}


def _leads(extract_text: Any, text: str) -> set[tuple[str, str]]:
    return {(f["leader"], f["entity"]) for f in _facts(extract_text, text, "leads")}


def _people(extract_text: Any, text: str) -> set[str]:
    return {f["person"] for f in _facts(extract_text, text, "person_role")}


# « son successeur X » / « son prédécesseur X » with no comma: the parse may hang X on the noun
# as if it were its complement; the possessor is the clause's subject or the person named before.
SUCCESSION_NOUNS = [
    (
        "Le directeur Jean Valmont a été poussé à la démission en 2019 et son successeur "
        "Marc Ostier a lui aussi changé de cap.",
        {("Marc Ostier", "Jean Valmont")},
    ),
    (
        "La présidente Odile Farnier a quitté le club en mai et son successeur Hugo Lanvin "
        "a aussitôt recruté.",
        {("Hugo Lanvin", "Odile Farnier")},
    ),
    (
        "Le maire Paul Brissac a présenté son budget. Il a annulé des travaux lancés par son "
        "prédécesseur Luc Demarne.",
        {("Paul Brissac", "Luc Demarne")},
    ),
    (
        "La nouvelle directrice Claire Ombrel a critiqué son prédécesseur Marc Ostier.",
        {("Claire Ombrel", "Marc Ostier")},
    ),
    (
        "Le successeur de Jean Valmont, Marc Ostier, a pris ses fonctions lundi.",
        {("Marc Ostier", "Jean Valmont")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), SUCCESSION_NOUNS)
def test_succession_noun_with_the_name_beside_it(
    extract_text: Any, text: str, expected: set[tuple[str, str]]
) -> None:
    assert _successions(extract_text, text) == expected


# « A … et B lui a succédé »: B is the subject the parse lost, the name before the pronoun; A the
# one the pronoun stands for.
CLITIC_SUBJECTS = [
    (
        "Jean Valmont a démissionné mardi à la suite de cette affaire et Marc Ostier lui a "
        "succédé ce mercredi.",
        {("Marc Ostier", "Jean Valmont")},
    ),
    (
        "Odile Farnier a quitté la présidence du club en mai et Hugo Lanvin lui a succédé.",
        {("Hugo Lanvin", "Odile Farnier")},
    ),
    (
        "Claire Ombrel est partie en juin. Luc Demarne lui succède.",
        {("Luc Demarne", "Claire Ombrel")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CLITIC_SUBJECTS)
def test_successor_named_before_the_pronoun(
    extract_text: Any, text: str, expected: set[tuple[str, str]]
) -> None:
    assert _successions(extract_text, text) == expected


NO_SUCCESSION = [
    "Odile Farnier a démissionné mais Hugo Lanvin ne lui a pas succédé.",
    "Jean Valmont a rencontré son ami Marc Ostier à Lyon.",
    "Le message de Jean Valmont à Marc Ostier est resté sans réponse.",
]


@pytest.mark.parametrize("text", NO_SUCCESSION)
def test_no_succession(extract_text: Any, text: str) -> None:
    assert _successions(extract_text, text) == set()


# A head of government of a named body (« premier ministre de X »), also when the source sets the
# elided « d' » apart (« d' X »); not when the body is a common noun.
PREMIERS = [
    (
        "Seul le premier ministre d'Ostrelie-du-Nord, Paul Brissac, n'a pas signé la déclaration.",
        {("Paul Brissac", "Ostrelie-du-Nord")},
    ),
    (
        "Seul le premier ministre d' Ostrelie-du-Nord, Paul Brissac, n'a pas signé la déclaration.",
        {("Paul Brissac", "Ostrelie-du-Nord")},
    ),
    (
        "La première ministre de l'Ostrelie, Claire Ombrel, a annoncé jeudi un accord.",
        {("Claire Ombrel", "Ostrelie")},
    ),
    (
        "Selon le Premier ministre du Valdor, Luc Demarne, la réforme attendra.",
        {("Luc Demarne", "Valdor")},
    ),
    ("Le Premier ministre, Luc Demarne, a activé la cellule de crise.", set()),
    ("Le premier ministre de la région, Luc Demarne, a parlé.", set()),
]


@pytest.mark.parametrize(("text", "expected"), PREMIERS)
def test_premier_of_a_named_body(
    extract_text: Any, text: str, expected: set[tuple[str, str]]
) -> None:
    assert _leads(extract_text, text) == expected


def test_spaced_elision_keeps_the_role(extract_text: Any) -> None:
    text = "Le maire d' Arvillon, Paul Brissac, a inauguré la piscine."
    roles = {f["role"] for f in _facts(extract_text, text, "person_role")}
    assert any(role.endswith("Arvillon") for role in roles)
    assert _leads(extract_text, text) == {("Paul Brissac", "Arvillon")}


# « le président brésilien X »: a head of state and a nationality adjective name the country.
STATES = [
    ("Le président brésilien Paulo Rezende a reçu la délégation.", {("Paulo Rezende", "Brésil")}),
    (
        "La présidente chilienne Marta Olivares a annoncé un référendum.",
        {("Marta Olivares", "Chili")},
    ),
    (
        "Cette décision a été prise par le président français Brissac lors d'une rencontre.",
        {("Brissac", "France")},
    ),
    ("Le ministre français Paul Brissac a parlé.", set()),
    (  # the complement is the body led, not the country (as without the nationality)
        "Le président américain de la fondation, Paul Brissac, a parlé.",
        {("Paul Brissac", "fondation")},
    ),
    (
        "Le président du club brésilien, Paulo Rezende, a parlé.",
        {("Paulo Rezende", "club brésilien")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), STATES)
def test_head_of_state_by_nationality(
    extract_text: Any, text: str, expected: set[tuple[str, str]]
) -> None:
    assert _leads(extract_text, text) == expected


def test_former_head_of_state_is_past(extract_text: Any) -> None:
    text = "L'ancienne présidente chilienne Marta Olivares a publié ses mémoires."
    facts = _facts(extract_text, text, "leads")
    assert [(f["leader"], f["entity"], f.get("past")) for f in facts] == [
        ("Marta Olivares", "Chili", True)
    ]


# A name right after a body's noun is the body's (« chef du parti X »), not a person; « de »
# before a known first name is no particle of a name.
BODY_NAMES = [
    (
        "Odile Farnier, chef du parti politique Arc Vert, a déclaré qu'elle voterait contre.",
        {"Odile Farnier"},
    ),
    (
        "Marc Ostier, rédacteur en chef du quotidien Le Matin Clair, a démissionné.",
        {"Marc Ostier"},
    ),
    ("Le fondateur du groupe Paul Brissac a parlé.", {"Paul Brissac"}),
    (
        "Hugo Lanvin, beau-père de la chanteuse Julie Ombrel, qui a été le manager de Julie, a "
        "ouvert une cagnotte.",
        {"Hugo Lanvin", "Julie Ombrel"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), BODY_NAMES)
def test_body_names_are_no_people(extract_text: Any, text: str, expected: set[str]) -> None:
    assert _people(extract_text, text) == expected


def test_party_leader_leads_the_named_party(extract_text: Any) -> None:
    text = "Odile Farnier, chef du parti politique Arc Vert, a déclaré qu'elle voterait contre."
    leads = _leads(extract_text, text)
    assert len(leads) == 1
    leader, entity = next(iter(leads))
    assert leader == "Odile Farnier" and entity.endswith("Arc Vert")


# « Z a un nouveau chef. Y remplace X à ce poste »: Y heads Z, X headed it (past).
NEW_HEADS = [
    (
        "L'agence spatiale a un nouveau directeur. Paul Brissac remplace Luc Demarne à ce poste.",
        {("Paul Brissac", "agence spatiale", False), ("Luc Demarne", "agence spatiale", True)},
    ),
    (
        "Depuis lundi, la fédération a une nouvelle présidente. Odile Farnier remplace Marc "
        "Ostier à ce poste.",
        {("Odile Farnier", "fédération", False), ("Marc Ostier", "fédération", True)},
    ),
    (
        "Le club a un nouvel entraîneur. Hugo Lanvin remplace Luc Demarne à ce poste.",
        {("Hugo Lanvin", "club", False), ("Luc Demarne", "club", True)},
    ),
    # a person's new boss, a new thing, no « à ce poste », no new head: nothing led
    ("Paul Brissac a un nouveau directeur. Marc Ostier remplace Luc Demarne à ce poste.", set()),
    ("Le club a un nouveau stade. Marc Ostier remplace Luc Demarne à ce poste.", set()),
    ("Le club a un nouvel entraîneur. Marc Ostier remplace Luc Demarne en attaque.", set()),
    ("Le club a gagné dimanche. Marc Ostier remplace Luc Demarne à ce poste.", set()),
]


@pytest.mark.parametrize(("text", "expected"), NEW_HEADS)
def test_new_head_then_replacement_at_this_post(
    extract_text: Any, text: str, expected: set[tuple[str, str, bool]]
) -> None:
    facts = _facts(extract_text, text, "leads")
    assert {(f["leader"], f["entity"], bool(f.get("past"))) for f in facts} == expected


def test_new_head_keeps_the_succession(extract_text: Any) -> None:
    text = "Le club a un nouvel entraîneur. Hugo Lanvin remplace Luc Demarne à ce poste."
    assert _successions(extract_text, text) == {("Hugo Lanvin", "Luc Demarne")}


# A title, its complement, then the name with no comma: the name is a person even when its first
# name is unknown; never a body's own name, an organisation, or a name cut from a longer one.
TITLE_COMPLEMENT_NAMES = [
    ("La ministre de la santé Ana Brelovic a dit non.", {"Ana Brelovic"}),
    (
        "Le ministre de l'agriculture durable Tomas Kervic a déclaré que la décision était prise.",
        {"Tomas Kervic"},
    ),
    (
        "Plusieurs députés ont signé, dont le président de la Valdorie Tomas Kervic, qui a "
        "précisé sa position.",
        {"Tomas Kervic"},
    ),
    ("La directrice des ressources humaines Ilse Korvan a démissionné.", {"Ilse Korvan"}),
    ("Le directeur de la Banque Centrale Européenne a parlé.", set()),
    ("Le président de la commission Europe Écologie a parlé.", set()),
    ("La cheffe du parti écologiste Arc Vert a parlé.", set()),
    ("Le ministre de la santé a parlé avec les médecins.", set()),
]


@pytest.mark.parametrize(("text", "expected"), TITLE_COMPLEMENT_NAMES)
def test_name_after_a_title_complement(extract_text: Any, text: str, expected: set[str]) -> None:
    assert _people(extract_text, text) == expected


def test_name_after_a_place_leads_it(extract_text: Any) -> None:
    text = (
        "Plusieurs députés ont signé, dont le président de la Valdorie Tomas Kervic, qui a "
        "précisé sa position."
    )
    assert _leads(extract_text, text) == {("Tomas Kervic", "Valdorie")}
    roles = {f["role"] for f in _facts(extract_text, text, "person_role")}
    assert roles == {"président de la Valdorie"}


# « de » before a first name, or before the first word of a name the article gives in full, is no
# particle: « le manager de Kristen » is Kristen's manager, not a « de Kristen ».
PARTICLES = [
    (
        "Kristen Vallory, chanteuse, est morte. Paul Ferrand, qui a été le manager de Kristen, "
        "a ouvert une cagnotte.",
        {"Kristen Vallory", "Paul Ferrand"},
    ),
    (
        "Odile Farnier, chanteuse, est en tournée. Marc Ostier, qui a été l'agent de Odile, "
        "a démenti.",
        {"Odile Farnier"},
    ),
    ("Le ministre Paul de Valcourt a présenté son budget.", {"Paul de Valcourt"}),
    ("La directrice Odile de Marsan, nommée en mai, a présenté son budget.", {"Odile de Marsan"}),
    (
        "Le message de Lionel Durban à Marc Ostier, directeur du port, est resté sans réponse.",
        {"Marc Ostier"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), PARTICLES)
def test_de_before_a_first_name_is_no_particle(
    extract_text: Any, text: str, expected: set[str]
) -> None:
    assert _people(extract_text, text) == expected


NEW_HEAD_ROLES = [
    (
        "Depuis lundi, l'armée a un nouveau chef. Le général Paul Brissac remplace Luc Demarne "
        "à ce poste.",
        {
            ("Paul Brissac", "chef de l'armée", False),
            ("Luc Demarne", "ancien chef de l'armée", True),
        },
    ),
    (
        "La fédération a une nouvelle présidente. Odile Farnier remplace Claire Ombrel à ce poste.",
        {
            ("Odile Farnier", "présidente de la fédération", False),
            ("Claire Ombrel", "ancienne présidente de la fédération", True),
        },
    ),
    # a man before a woman: his title is another word, none is made up for him
    (
        "La fédération a une nouvelle présidente. Odile Farnier remplace Marc Ostier à ce poste.",
        {("Odile Farnier", "présidente de la fédération", False)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), NEW_HEAD_ROLES)
def test_new_head_titles(
    extract_text: Any, text: str, expected: set[tuple[str, str, bool]]
) -> None:
    facts = _facts(extract_text, text, "person_role")
    found = {(f["person"], f["role"], bool(f.get("past"))) for f in facts}
    assert {f for f in found if f[1] != "général"} == expected


# A nationality inside a title (« l'ambassadeur russe à l'ONU ») keeps the role going, whatever the
# model tags it; the role stops where it did before for anything else.
NATIONAL_ROLES = [
    (
        "L'ambassadeur russe à l'ONU, Igor Valenko, a déclaré que le texte était inacceptable.",
        ("Igor Valenko", "ambassadeur russe à l'ONU"),
    ),
    (
        "Mais l'ambassadeur russe à l'ONU, Igor Valenko a déclaré que le texte était inacceptable.",
        ("Igor Valenko", "ambassadeur russe à l'ONU"),
    ),
    (
        "Le ministre belge des Finances, Paul Brissac, a parlé.",
        ("Paul Brissac", "ministre belge des Finances"),
    ),
    (
        "La consule française à Porto, Odile Farnier, a reçu les familles.",
        ("Odile Farnier", "consule française à Porto"),
    ),
    ("Le ministre de la santé, Paul Brissac, a parlé.", ("Paul Brissac", "ministre de la santé")),
    (
        "L'entraîneur brésilien du club, Paulo Rezende, a parlé.",
        ("Paulo Rezende", "entraîneur brésilien du club"),
    ),
    (
        "L'ambassadrice allemande en Ostrelie, Ilse Korvan, a parlé.",
        ("Ilse Korvan", "ambassadrice allemande en Ostrelie"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), NATIONAL_ROLES)
def test_nationality_inside_a_role(extract_text: Any, text: str, expected: tuple[str, str]) -> None:
    facts = _facts(extract_text, text, "person_role")
    assert expected in {(f["person"], f["role"]) for f in facts}


NATIONAL_NO_ROLE = [
    "L'ambassadeur russe a quitté la salle avant le vote.",
    "Le ministre belge a parlé avec les médecins.",
    "La délégation russe à l'ONU a quitté la salle.",
    "Les supporters russes à Lyon ont chanté.",
]


@pytest.mark.parametrize("text", NATIONAL_NO_ROLE)
def test_nationality_without_a_name_gives_no_role(extract_text: Any, text: str) -> None:
    assert _facts(extract_text, text, "person_role") == []
