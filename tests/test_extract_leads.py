"""Leads facts: who heads what, through verbs (« dirigée par ») and head-of titles."""

from __future__ import annotations

from typing import Any

import pytest


def _leads(extract_text: Any, text: str) -> list[dict[str, Any]]:
    return [f.to_dict() for f in extract_text(text) if f.type == "leads"]


# text, leader, a word of the entity, via
CASES = [
    (
        "L'équipe de France, entraînée par Didier Deschamps, affronte l'Italie samedi.",
        "Didier Deschamps",
        "équipe",
        "verb",
    ),
    (
        "La commission d'enquête présidée par la députée Aurore Bergé rendra son rapport.",
        "Aurore Bergé",
        "commission",
        "verb",
    ),
    (
        "Le groupe automobile que dirige Carlos Tavares a annoncé des bénéfices record.",
        "Carlos Tavares",
        "groupe",
        "verb",
    ),
    (
        "Satya Nadella, directeur général de Microsoft, a présenté les résultats.",
        "Satya Nadella",
        "Microsoft",
        "title",
    ),
    (
        "La maire de Nantes, Johanna Rolland, a inauguré le tramway.",
        "Johanna Rolland",
        "Nantes",
        "title",
    ),
    (
        "L'expédition, menée par le navigateur Jean Lefèvre, a atteint le pôle Sud.",
        "Jean Lefèvre",
        "expédition",
        "verb",
    ),
    (
        "La coalition menée par les États-Unis a frappé des positions rebelles.",
        "États-Unis",
        "coalition",
        "verb",
    ),
    ("Le jury sera présidé par l'actrice Juliette Binoche.", "Juliette Binoche", "jury", "verb"),
]


@pytest.mark.parametrize(("text", "leader", "entity", "via"), CASES)
def test_leads(extract_text: Any, text: str, leader: str, entity: str, via: str) -> None:
    facts = _leads(extract_text, text)
    found = [f for f in facts if f["leader"] == leader and entity in f["entity"]]
    assert found, facts
    assert found[0]["via"] == via


def test_entity_agreement_fields(extract_text: Any) -> None:
    fact = _leads(
        extract_text,
        "La commission d'enquête présidée par la députée Aurore Bergé rendra son rapport.",
    )[0]
    assert (fact["entity_gender"], fact["entity_number"], fact["leader_gender"]) == ("f", "s", "f")


def test_one_fact_for_a_repeated_lead(extract_text: Any) -> None:
    text = (
        "La mission dirigée par la générale Anne Morel quitte Gao. "
        "La mission, que dirige Anne Morel depuis un an, compte 300 soldats."
    )
    assert len(_leads(extract_text, text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Les recherches menées sur les comptes du maire ont été closes.",
        "Le président de la République, Julien Morvan, a reçu les syndicats.",
        "Le projet mené par la commune a coûté deux millions d'euros.",
    ],
)
def test_no_leads(extract_text: Any, text: str) -> None:
    assert _leads(extract_text, text) == []


def test_feminine_title_gives_the_leader_gender(extract_text: Any) -> None:
    fact = _leads(extract_text, "Le jury sera présidé par l'actrice Juliette Binoche.")[0]
    assert fact["leader_gender"] == "f"
    assert fact["entity_gender"] == "m"


# An activity or a work led by someone (« la conduite des travaux ») is not a body that one heads.
ACTIVITIES = [
    "Après deux ans d'études, la conduite du chantier est menée par le cabinet Moreau et associés.",
    "L'étude menée par le professeur Jean Durand montre une baisse des cas.",
    "La politique menée par le gouvernement Barnier est critiquée par l'opposition.",
    "Les négociations sont conduites par la ministre Anne Morel depuis janvier.",
    "La réalisation du film est dirigée par Agnès Varda.",
    "Les travaux de la commission sont dirigés par la sénatrice Claire Petit.",
    "La guerre menée par les États-Unis au Vietnam a duré vingt ans.",
]


@pytest.mark.parametrize("text", ACTIVITIES)
def test_activity_led_is_not_a_leads_fact(extract_text: Any, text: str) -> None:
    assert _leads(extract_text, text) == []


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("L'opération Barkhane est menée par le général Laurent Michon.", "opération Barkhane"),
        ("La délégation, conduite par le diplomate Paul Girard, est arrivée à Kiev.", "délégation"),
    ],
)
def test_operations_and_delegations_stay_led(extract_text: Any, text: str, entity: str) -> None:
    assert [f["entity"] for f in _leads(extract_text, text)] == [entity]


@pytest.mark.parametrize(
    ("text", "leader", "entity"),
    [
        ("Le chef d'État du Mali, Assimi Goïta, a reçu les syndicats.", "Assimi Goïta", "Mali"),
        (
            "Le président de la République tchèque, Petr Pavel, est arrivé à Paris.",
            "Petr Pavel",
            "République tchèque",
        ),
    ],
)
def test_head_of_a_named_state(extract_text: Any, text: str, leader: str, entity: str) -> None:
    facts = _leads(extract_text, text)
    assert [(f["leader"], f["entity"]) for f in facts] == [(leader, entity)]


def test_head_of_state_title_alone_leads_nothing(extract_text: Any) -> None:
    assert _leads(extract_text, "Le chef de l'État, Julien Morvan, a reçu les syndicats.") == []


@pytest.mark.parametrize(
    ("text", "leader"),
    [
        (
            "La coalition menée par les États-Unis en Syrie a frappé des dépôts d'armes.",
            "États-Unis",
        ),
        ("L'opération menée par la France au Mali a pris fin en 2022.", "France"),
    ],
)
def test_leader_name_leaves_out_the_place(extract_text: Any, text: str, leader: str) -> None:
    assert [f["leader"] for f in _leads(extract_text, text)] == [leader]


@pytest.mark.parametrize(
    ("text", "leader", "entity"),
    [
        (
            "Il critique le ton de Radio Azur, alors que le matin même son directeur, Hugo Ferrand, "
            "était venu le voir.",
            "Hugo Ferrand",
            "Radio Azur",
        ),
        (
            "Le ministre critique la SNCF, alors que sa présidente, Anne Martin, défend la réforme.",
            "Anne Martin",
            "SNCF",
        ),
        (
            "L'entreprise Total a perdu de l'argent. Son président, Patrick Pouyanné, s'explique.",
            "Patrick Pouyanné",
            "Total",
        ),
        (
            "La CGT appelle à la grève. Sa secrétaire générale, Sophie Binet, l'a annoncé.",
            "Sophie Binet",
            "CGT",
        ),
    ],
)
def test_possessive_title_leads_the_organisation(
    extract_text: Any, text: str, leader: str, entity: str
) -> None:
    facts = _leads(extract_text, text)
    assert [(f["leader"], f["entity"], f["via"]) for f in facts] == [(leader, entity, "title")]


@pytest.mark.parametrize(
    "text",
    [
        "Pierre Morel a quitté Renault avec son entraîneur, Jean Martin.",
        "Jean Dupont a rencontré Marie Durand. Son directeur, Paul Martin, était absent.",
    ],
)
def test_possessive_title_of_a_person_leads_nothing(extract_text: Any, text: str) -> None:
    assert _leads(extract_text, text) == []


# The participle closing a long noun phrase agrees with its top noun: a work there is directed, not led.
WORKS = [
    "Il soutient en mai 1952, à la faculté de Lyon, une thèse sur la fermentation du lait de "
    "chèvre, dirigée par le biologiste Paul Aubert.",
    "Elle rédige un mémoire sur la gestion des forêts, dirigé par l'ingénieur Hugo Lambert.",
    "On projette un documentaire sur la reconstruction du port, dirigé par Léa Fournier.",
]


@pytest.mark.parametrize("text", WORKS)
def test_noun_inside_a_work_is_not_led(extract_text: Any, text: str) -> None:
    assert _leads(extract_text, text) == []


def test_noun_that_agrees_inside_a_work_stays_led(extract_text: Any) -> None:
    text = "Il écrit un livre sur la mission humanitaire, dirigée par le docteur Paul Aubert."
    assert [(f["leader"], f["entity"]) for f in _leads(extract_text, text)] == [
        ("Paul Aubert", "mission humanitaire")
    ]


def test_head_post_after_a_succession_is_not_the_predecessor_s(extract_text: Any) -> None:
    text = "Le pasteur Yann Morel succède à Paul Gautier à la tête de la paroisse en 2010."
    assert [f["leader"] for f in _leads(extract_text, text)] == ["Yann Morel"]


def test_entity_stops_before_a_date(extract_text: Any) -> None:
    text = "Louise Caron a dirigé la Maison des jeunes de 1990 à 1995."
    assert [f["entity"] for f in _leads(extract_text, text)] == ["Maison des jeunes"]


@pytest.mark.parametrize(
    ("text", "leader", "entity"),
    [
        (
            "Le docteur Paul Roux a remplacé Anne Valette en mai. Ce dernier dirige désormais le "
            "service des urgences.",
            "Paul Roux",
            "service des urgences",
        ),
        (
            "Le docteur Paul Roux a remplacé Anne Valette en mai. Cette dernière dirige désormais "
            "le service des urgences.",
            "Anne Valette",
            "service des urgences",
        ),
        (
            "Le banquier Luc Ferrer a succédé à Paul Dumas à la tête du directoire ; ce dernier "
            "préside désormais le conseil de surveillance.",
            "Paul Dumas",
            "conseil de surveillance",
        ),
    ],
)
def test_the_latter_is_the_person_named_last(
    extract_text: Any, text: str, leader: str, entity: str
) -> None:
    assert (leader, entity) in [(f["leader"], f["entity"]) for f in _leads(extract_text, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Le conseil municipal a voté le budget. Ce dernier dirige désormais les dépenses.",
        "Le docteur Paul Roux a remplacé Anne Valette en mai. Le service a rouvert. La cantine a "
        "fermé. Ce dernier dirige désormais le pôle des urgences.",
    ],
)
def test_the_latter_without_a_person_named_just_before_leads_nothing(
    extract_text: Any, text: str
) -> None:
    assert [f["leader"] for f in _leads(extract_text, text)] == []


BIOGRAPHY = (
    "Odile Marchetti, née en 1921 à Nantes, est une chimiste française. En 1950, elle fonde le "
    "laboratoire de chimie des sols, qu'elle dirige jusqu'en 1980.\n\n"
    "Elle préside la Société chimique de Bretagne de 1965 à 1970."
)


def test_pronoun_subject_with_one_possible_referent(extract_text: Any) -> None:
    assert [(f["leader"], f["entity"]) for f in _leads(extract_text, BIOGRAPHY)] == [
        ("Odile Marchetti", "laboratoire de chimie des sols"),
        ("Odile Marchetti", "Société chimique de Bretagne"),
    ]


def test_relative_clause_with_the_subject_before_the_verb(extract_text: Any) -> None:
    text = "Le club que Paul Roux préside depuis 2016 a gagné samedi."
    assert [(f["leader"], f["entity"]) for f in _leads(extract_text, text)] == [
        ("Paul Roux", "club")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Paul Roux et Marc Viard se sont rencontrés. Il préside le club de Dinan.",
        "La juge Anne Morel a reçu Claire Vidal. Elle dirige le tribunal de Vannes.",
    ],
)
def test_pronoun_subject_with_two_possible_referents_leads_nothing(
    extract_text: Any, text: str
) -> None:
    assert _leads(extract_text, text) == []


def _leads(extract_text: Any, text: str) -> list[dict[str, Any]]:
    return [f.to_dict() for f in extract_text(text) if f.type == "leads"]


# Family tests (issue 14): a head-of title beside a name, in apposition, before it or in
# parentheses, makes a leads fact; a past title makes a past one. Invented sentences.
@pytest.mark.parametrize(
    ("text", "leader", "entity"),
    [
        (
            "Le directeur sortant de l'agence spatiale, John Smith, a présenté son bilan.",
            "John Smith",
            "agence spatiale",
        ),
        (
            "Présidente de la commission des finances, Marie Dupont est intervenue mardi.",
            "Marie Dupont",
            "commission des finances",
        ),
        (
            "Le texte a été défendu par Claire Morin (présidente du groupe Renouveau) devant les députés.",
            "Claire Morin",
            "groupe Renouveau",
        ),
        (
            "Laurent Martel, le leader du syndicat Force ouvrière, a critiqué la réforme.",
            "Laurent Martel",
            "syndicat Force ouvrière",
        ),
        (
            "La présidente de l'association Terre vivante, Agnès Roux, a salué la décision.",
            "Agnès Roux",
            "association Terre vivante",
        ),
        (
            "Julien Faure, patron de la fédération française de voile, était présent.",
            "Julien Faure",
            "fédération française de voile",
        ),
        (
            "Selon Hélène Dubreuil, directrice de l'hôpital de Nantes, la situation est stable.",
            "Hélène Dubreuil",
            "hôpital de Nantes",
        ),
        (
            "Directeur de l'Institut des langues, Paul Mercier a ouvert le colloque.",
            "Paul Mercier",
            "Institut des langues",
        ),
        (
            "Le rapport a été remis par Luc Bertin (président par intérim du comité olympique) au ministre.",
            "Luc Bertin",
            "comité olympique",
        ),
        (
            "La directrice principale du musée des Beaux-Arts, Irène Vasseur, a présenté l'exposition.",
            "Irène Vasseur",
            "musée des Beaux-Arts",
        ),
    ],
)
def test_head_of_title_beside_a_name_leads(
    extract_text: Any, text: str, leader: str, entity: str
) -> None:
    found = [(f["leader"], f["entity"]) for f in _leads(extract_text, text)]
    assert (leader, entity) in found


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre Paul Girard a dirigé une cérémonie en hommage aux victimes.",
        "Marie Dupont a mené la réunion avec les syndicats.",
        "Le capitaine Hugo Lemoine a dirigé la manœuvre.",
        "Pierre Lamy préside la séance du conseil ce mardi.",
        "Anne Morel, présidente de séance, a levé la réunion.",
        "Le député Marc Petit a présidé le débat sur le budget.",
        "La juge Hélène Roy a mené l'entretien avec le témoin.",
        "Le maire Paul Roux a conduit la visite du chantier.",
        "Marc Petit, responsable de la sécurité du site, a été entendu.",
        "Le préfet Luc Blanc a dirigé les hommages rendus au policier.",
    ],
)
def test_events_and_meetings_are_not_led(extract_text: Any, text: str) -> None:
    assert _leads(extract_text, text) == []


@pytest.mark.parametrize(
    ("text", "leader", "entity"),
    [
        (
            "Marie Dupont préside l'association des riverains.",
            "Marie Dupont",
            "association des riverains",
        ),
        ("Le directeur du port, Hugo Ferrand, a été élu lundi.", "Hugo Ferrand", "port"),
    ],
)
def test_a_body_rather_than_a_meeting_is_led(
    extract_text: Any, text: str, leader: str, entity: str
) -> None:
    assert [(f["leader"], f["entity"]) for f in _leads(extract_text, text)] == [(leader, entity)]


def test_a_past_head_is_marked_past(extract_text: Any) -> None:
    text = "Sophie Berger, ancienne directrice du musée d'Orsay, a publié un livre."
    (lead,) = _leads(extract_text, text)
    assert lead["leader"] == "Sophie Berger" and lead["past"] is True
    (role,) = [f.to_dict() for f in extract_text(text) if f.type == "person_role"]
    assert role["past"] is True


def test_a_role_held_then_is_past_with_its_time(extract_text: Any) -> None:
    text = "Luc Perrin, alors ministre de l'Agriculture, avait signé l'accord en 2012."
    (role,) = [f.to_dict() for f in extract_text(text) if f.type == "person_role"]
    assert role["past"] is True and role["time"] == "en 2012"
    now = "Luc Perrin, ministre de l'Agriculture, a signé l'accord."
    (current,) = [f.to_dict() for f in extract_text(now) if f.type == "person_role"]
    assert "past" not in current
