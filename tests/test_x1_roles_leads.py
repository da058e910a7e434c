"""Person roles and leads on news phrasing (issue 14): invented sentences, one family per list.

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


# Sports, honour and status titles before or after a name: text, person, role (exact).
SPORT_TITLES = [
    (
        "Le tenant du titre Paul Morin a abandonné au deuxième tour.",
        "Paul Morin",
        "tenant du titre",
    ),
    (
        "Chez les femmes, la tenante du titre, Léa Roux, a remporté l'épreuve.",
        "Léa Roux",
        "tenante du titre",
    ),
    (
        "Le quintuple champion du monde Marc Vidal a terminé troisième.",
        "Marc Vidal",
        "quintuple champion du monde",
    ),
    (
        "La vice-championne olympique 2012 Ana Gil a pris la deuxième place.",
        "Ana Gil",
        "vice-championne olympique 2012",
    ),
    (
        "Il a devancé le tenant du titre l'Allemand Jonas Weber dans le dernier tour.",
        "Jonas Weber",
        "tenant du titre",
    ),
    (
        "La course a été remportée par la championne en titre l'Italienne Sara Conti, qui a dominé l'épreuve.",
        "Sara Conti",
        "championne en titre",
    ),
    (
        "La course a été suivie de près par le champion du monde 2015, Luc Perrin, qui ne lâche rien.",
        "Luc Perrin",
        "champion du monde 2015",
    ),
    (
        "Le retour du Suédois Erik Lund, vice-champion olympique qui vise le titre, a été remarqué.",
        "Erik Lund",
        "vice-champion olympique",
    ),
    (
        "Tous les favoris étaient là, à l'exception du triple champion d'Europe et vice-champion du monde 2018, Hugo Lemaire, blessé.",
        "Hugo Lemaire",
        "triple champion d'Europe",
    ),
    (
        "Tous les favoris étaient là, à l'exception du triple champion d'Europe et vice-champion du monde 2018, Hugo Lemaire, blessé.",
        "Hugo Lemaire",
        "vice-champion du monde 2018",
    ),
    (
        "Elle a battu l'ancienne ministre provinciale et ancienne candidate à la mairie Louise Garnier.",
        "Louise Garnier",
        "ancienne ministre provinciale",
    ),
    (
        "Elle a battu l'ancienne ministre provinciale et ancienne candidate à la mairie Louise Garnier.",
        "Louise Garnier",
        "ancienne candidate à la mairie",
    ),
    ("Elle affrontera le maire sortant, Jean Bosc, en novembre.", "Jean Bosc", "maire sortant"),
    (
        "Passant la ligne seul, le champion olympique en titre Tom Reed savoure sa victoire.",
        "Tom Reed",
        "champion olympique en titre",
    ),
]


@pytest.mark.parametrize(("text", "person", "role"), SPORT_TITLES)
def test_sport_and_status_titles(extract_text: Any, text: str, person: str, role: str) -> None:
    facts = _facts(extract_text, text, "person_role")
    assert _has_role(facts, person, role), facts


SPORT_NOT = [
    "Le titre de champion du monde se jouera dimanche à Lyon.",
    "Le titre de champion de France reviendra au vainqueur de la finale.",
    "Passant la ligne seul, le champion olympique en titre savoure sa victoire.",
    "Le champion du monde a chuté dans le dernier virage.",
]


@pytest.mark.parametrize("text", SPORT_NOT)
def test_sport_titles_not_given_without_a_holder(extract_text: Any, text: str) -> None:
    facts = _facts(extract_text, text, "person_role")
    assert not [f for f in facts if "champion" in f["role"] or "titre" in f["role"]], facts


def test_en_titre_closes_the_role(extract_text: Any) -> None:
    text = "Le champion du monde Marc Vidal en titre savoure sa nouvelle victoire."
    facts = _facts(extract_text, text, "person_role")
    assert not [f for f in facts if "savoure" in f["role"]], facts


# Heads by election or appointment: text, leader, entity, role given to the leader (or None).
OFFICES = [
    (
        "Marie Lenoir a été élue dimanche à la tête du parti Avenir commun, la principale formation d'opposition.",
        "Marie Lenoir",
        "Avenir commun",
        "chef du parti Avenir commun",
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


def test_candidate_is_not_head(extract_text: Any) -> None:
    text = "Claire Roy sera candidate à la présidence de la fédération en mai."
    roles = _facts(extract_text, text, "person_role")
    assert not [f for f in roles if f["role"].startswith("présidente")], roles


# Roles by copular and relative clauses: text, person, role (exact), low confidence expected.
CLAUSES = [
    (
        "Léa Roux est porte-parole du collectif pour les dossiers du port.",
        "Léa Roux",
        "porte-parole du collectif pour les dossiers du port",
        False,
    ),
    (
        "Vice-présidente du conseil municipal, Mme Cordier, 45 ans, est porte-parole de l'opposition pour les questions de transport.",
        "Cordier",
        "porte-parole de l'opposition pour les questions de transport",
        False,
    ),
    (
        "Paul Rivière, 52 ans, est directeur de l'école des Tilleuls.",
        "Paul Rivière",
        "directeur de l'école des Tilleuls",
        False,
    ),
    (
        "Elle siège au conseil du quartier Est, le plus grand quartier de la ville, dont le maire est aussi M. Renaud.",
        "Renaud",
        "maire du conseil du quartier Est",
        False,
    ),
    (
        "Le club des Tilleuls, dont le président est Marc Aubry, a fêté ses cent ans.",
        "Marc Aubry",
        "président du club des Tilleuls",
        False,
    ),
    (
        "Claire Fabre a quitté le parti en 2010. En 2013, elle bat le maire sortant et est élue conseillère de l'arrondissement Nord.",
        "Claire Fabre",
        "conseillère de l'arrondissement Nord",
        False,
    ),
    (
        "Claire Fabre a quitté le parti en 2010. "
        + "FILLER"
        + " En 2013, elle est élue conseillère de l'arrondissement Nord.",
        "Claire Fabre",
        "conseillère de l'arrondissement Nord",
        True,
    ),
]


# A paragraph naming no one: a pronoun after it refers to the person named before, unsurely.
FILLER = (
    "Le quartier compte plusieurs écoles, deux marchés couverts et une bibliothèque municipale "
    "rénovée il y a peu. Les habitants réclament depuis longtemps une meilleure desserte par les "
    "bus, surtout le soir et le week-end, ainsi que de nouvelles pistes cyclables le long du canal "
    "et des places de stationnement près de la gare."
)


@pytest.mark.parametrize(("text", "person", "role", "low"), CLAUSES)
def test_copular_and_relative_clauses(
    extract_text: Any, text: str, person: str, role: str, low: bool
) -> None:
    """A pronoun holder is sure when it is the subject named just before, unsure after a gap."""
    text = text.replace("FILLER", FILLER)
    facts = _facts(extract_text, text, "person_role")
    found = [f for f in facts if f["role"] == role and f["person"].endswith(person)]
    assert found, facts
    assert (found[0]["confidence"] < 0.8) == low


CLAUSES_NOT = [
    ("Léa Roux est la sœur du maire de Vanville.", "maire"),
    ("Le problème, selon Léa Roux, est le directeur de l'école.", "directeur"),
    ("Le quartier Est, dont le maire a démissionné, attend un vote.", "maire"),
    ("Paul Rivière, dont le frère est directeur de l'école, a témoigné.", "directeur"),
]


@pytest.mark.parametrize(("text", "word"), CLAUSES_NOT)
def test_clauses_not_given_to_the_wrong_person(extract_text: Any, text: str, word: str) -> None:
    facts = _facts(extract_text, text, "person_role")
    assert not [f for f in facts if word in f["role"]], facts


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


# Precision: names and relations.
def test_organisation_word_after_a_role_is_no_person(extract_text: Any) -> None:
    text = (
        "Le directeur a salué Hélène Brun, directrice principale des programmes sociaux Solidaire."
    )
    facts = _facts(extract_text, text, "person_role")
    assert {f["person"] for f in facts} == {"Hélène Brun"}, facts


def test_region_inside_an_office_name_is_no_person(extract_text: Any) -> None:
    text = "Le bureau Afrique de la fédération, dirigé par Marc Sow, a été fermé."
    people = {f["person"] for f in _facts(extract_text, text, "person_role")}
    leaders = {f["leader"] for f in _facts(extract_text, text, "leads")}
    assert "Afrique" not in people | leaders


def test_age_nouns_are_not_roles(extract_text: Any) -> None:
    text = "Sophie Tessier, sexagénaire qui dirigeait une petite association, a été libérée."
    facts = _facts(extract_text, text, "person_role")
    assert not [f for f in facts if "génaire" in f["role"]], facts


def test_bare_generic_role_has_low_confidence(extract_text: Any) -> None:
    text = "Karim Bensaïd, responsable, a refusé de commenter."
    facts = _facts(extract_text, text, "person_role")
    assert all(f["confidence"] < 0.7 for f in facts if f["role"] == "responsable"), facts


def test_relations_are_not_roles(extract_text: Any) -> None:
    text = "Le nouveau directeur, Paul Lévy, a salué son prédécesseur, Marc Aubry, et son bras droit, Léo Vial."
    facts = _facts(extract_text, text, "person_role")
    assert not [f for f in facts if f["person"] in ("Marc Aubry", "Léo Vial")], facts


def test_names_do_not_merge_across_de(extract_text: Any) -> None:
    text = "Le message de Lionel Dupont à Marc Durand a été lu par le porte-parole Yves Roche."
    facts = _facts(extract_text, text, "person_role")
    assert [f["person"] for f in facts] == ["Yves Roche"], facts


def test_the_agent_of_an_appointment_is_not_appointed(extract_text: Any) -> None:
    text = "En 1999, Paul Roy devient directeur, nommé par Jean Vidal à la tête de Radio Sud."
    leads = _facts(extract_text, text, "leads")
    assert not [f for f in leads if f["leader"] == "Jean Vidal"], leads


def test_a_pronoun_holder_must_be_the_subject_named_before(extract_text: Any) -> None:
    text = (
        "Paul Roy anime la matinale depuis 1980. Il présente l'émission à la suite de Marc Aubry. "
        "En 1989, il prend la tête des programmes de Radio Sud."
    )
    facts = _facts(extract_text, text, "person_role") + _facts(extract_text, text, "leads")
    assert not [f for f in facts if "Marc Aubry" in (f.get("person"), f.get("leader"))], facts


def test_a_pronoun_holder_gives_a_low_confidence_lead(extract_text: Any) -> None:
    text = f"Anne Morel quitte la banque en 2010. {FILLER} En 2012, elle prend la tête de l'Institut Pasteur."
    leads = _facts(extract_text, text, "leads")
    found = [f for f in leads if f["leader"] == "Anne Morel" and "Pasteur" in f["entity"]]
    assert found and found[0]["confidence"] < 0.8, leads


# Names the model misses: a known first name, or capitalized words set off before a title.
NAMES = [
    ("Léa Roux a ouvert la séance.", "Léa Roux"),
    (
        "« Nous aidons », a déclaré Anahi Ayala Iacucci, directeur principal des programmes Solidaire.",
        "Anahi Ayala Iacucci",
    ),
    ("« Tout va bien », a dit Karo Mbeki Tsan, porte-parole du collectif.", "Karo Mbeki Tsan"),
]


@pytest.mark.parametrize(("text", "person"), NAMES)
def test_missed_names_are_found(extract_text: Any, text: str, person: str) -> None:
    from generators.extract.mentions import raw_mentions
    from generators.extract.pipeline import load

    doc = load()(text)
    assert person in [m[2] for m in raw_mentions(doc, 0)]


NAMES_NOT = [
    "Les élèves du lycée Jean Moulin ont manifesté.",
    "Le texte a été publié selon Radio Sud, le directeur a démissionné.",
    "Le chantier de la place Léa Roux reprend lundi.",
]


@pytest.mark.parametrize("text", NAMES_NOT)
def test_place_and_body_names_are_not_people(text: str) -> None:
    from generators.extract.mentions import raw_mentions
    from generators.extract.pipeline import load

    assert not raw_mentions(load()(text), 0)


# A bare head title and its office named in the same sentence: text, leader, entity or None.
OFFICE_NEARBY = [
    (
        "Elle sera la candidate du parti à la mairie de Vanville et affrontera le maire sortant Paul Bosc en novembre.",
        "Paul Bosc",
        "Vanville",
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
        "Vanville",
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
    "Paul Roy a porté plainte à la direction de l'école Jules Ferry.",
    "Après la fête, Paul Roy a pris la direction de Lyon en voiture.",
    "Paul Roy a été élu dimanche au conseil municipal de Vanville.",
]


@pytest.mark.parametrize("text", OFFICES_NOT_MORE)
def test_objects_and_ways_are_no_office(extract_text: Any, text: str) -> None:
    facts = _facts(extract_text, text, "person_role") + _facts(extract_text, text, "leads")
    assert not [f for f in facts if "directeur" in f.get("role", "") or f.get("entity")], facts
