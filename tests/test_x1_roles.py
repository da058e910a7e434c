"""Person roles on news phrasing (issue 14): sport and status titles, clauses, names.

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
        "Au tournoi de Nantes, la médaille d'or revient à la championne en titre la Norvégienne Ingrid Dahl, très régulière.",
        "Ingrid Dahl",
        "championne en titre",
    ),
    (
        "En finale de tir à l'arc, deux juniors ont tenu tête au champion du monde 2021, Oscar Lindqvist, toujours serein.",
        "Oscar Lindqvist",
        "champion du monde 2021",
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
        "Au second tour, il devance l'ancienne sénatrice et ancienne présidente de la chambre d'agriculture Irène Cassou.",
        "Irène Cassou",
        "ancienne sénatrice",
    ),
    (
        "Au second tour, il devance l'ancienne sénatrice et ancienne présidente de la chambre d'agriculture Irène Cassou.",
        "Irène Cassou",
        "ancienne présidente de la chambre d'agriculture",
    ),
    ("Elle affrontera le maire sortant, Jean Bosc, en novembre.", "Jean Bosc", "maire sortant"),
    (
        "Après une descente parfaite, la championne olympique en titre Mia Sørensen salue le public.",
        "Mia Sørensen",
        "championne olympique en titre",
    ),
]


@pytest.mark.parametrize(("text", "person", "role"), SPORT_TITLES)
def test_sport_and_status_titles(extract_text: Any, text: str, person: str, role: str) -> None:
    facts = _facts(extract_text, text, "person_role")
    assert _has_role(facts, person, role), facts


SPORT_NOT = [
    "La ceinture de champion du monde des poids légers sera remise en jeu à Lyon.",
    "Le titre de champion de France reviendra au vainqueur de la finale.",
    "Après une descente parfaite, la championne olympique en titre salue le public.",
    "Le champion du monde a chuté dans le dernier virage.",
]


@pytest.mark.parametrize("text", SPORT_NOT)
def test_sport_titles_not_given_without_a_holder(extract_text: Any, text: str) -> None:
    facts = _facts(extract_text, text, "person_role")
    assert not [f for f in facts if "champion" in f["role"] or "titre" in f["role"]], facts


def test_en_titre_closes_the_role(extract_text: Any) -> None:
    text = "La championne d'Europe Nadia Kessler en titre remercie son entraîneur après la finale."
    facts = _facts(extract_text, text, "person_role")
    assert not [f for f in facts if "remercie" in f["role"]], facts
    assert [(f["person"], f["role"]) for f in facts] == [("Nadia Kessler", "championne d'Europe")]


# Roles by copular and relative clauses: text, person, role (exact), low confidence expected.
CLAUSES = [
    (
        "Léa Roux est porte-parole du collectif pour les dossiers du port.",
        "Léa Roux",
        "porte-parole du collectif pour les dossiers du port",
        False,
    ),
    (
        "Trésorier de l'amicale des pêcheurs, M. Lagarde, 61 ans, est porte-parole du syndicat pour les affaires de sécurité maritime.",
        "Lagarde",
        "porte-parole du syndicat pour les affaires de sécurité maritime",
        False,
    ),
    (
        "Paul Rivière, 52 ans, est directeur de l'école des Tilleuls.",
        "Paul Rivière",
        "directeur de l'école des Tilleuls",
        False,
    ),
    (
        "Il enseigne à l'école du village Saint-Clair, la plus ancienne du canton, dont le directeur est aussi M. Poulain.",
        "Poulain",
        "directeur de l'école du village Saint-Clair",
        False,
    ),
    (
        "Le club des Tilleuls, dont le président est Marc Aubry, a fêté ses cent ans.",
        "Marc Aubry",
        "président du club des Tilleuls",
        False,
    ),
    (
        "Sandrine Morvan ouvre sa boulangerie en 2004. Six ans après, elle devance trois rivaux et est élue trésorière de la chambre des métiers.",
        "Sandrine Morvan",
        "trésorière de la chambre des métiers",
        False,
    ),
    (
        "Sandrine Morvan ouvre sa boulangerie en 2004. "
        + "FILLER"
        + " Six ans après, elle est élue conseillère de la chambre des métiers.",
        "Sandrine Morvan",
        "conseillère de la chambre des métiers",
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


def test_a_post_beside_a_name_is_a_role(extract_text: Any) -> None:
    text = "Sophie Tessier, directrice d'une petite association, a été libérée."
    facts = _facts(extract_text, text, "person_role")
    assert [f["role"] for f in facts] == ["directrice d'une petite association"]


def test_bare_generic_role_has_low_confidence(extract_text: Any) -> None:
    text = "Karim Bensaïd, responsable, a refusé de commenter."
    facts = _facts(extract_text, text, "person_role")
    assert all(f["confidence"] < 0.7 for f in facts if f["role"] == "responsable"), facts


def test_relations_are_not_roles(extract_text: Any) -> None:
    text = "Le nouveau directeur, Paul Lévy, a salué son prédécesseur, Marc Aubry, et son bras droit, Léo Vial."
    facts = _facts(extract_text, text, "person_role")
    assert not [f for f in facts if f["person"] in ("Marc Aubry", "Léo Vial")], facts
    assert ("Paul Lévy", "nouveau directeur") in [(f["person"], f["role"]) for f in facts]


def test_names_do_not_merge_across_de(extract_text: Any) -> None:
    text = "Le message de Lionel Dupont à Marc Durand a été lu par le porte-parole Yves Roche."
    facts = _facts(extract_text, text, "person_role")
    assert [f["person"] for f in facts] == ["Yves Roche"], facts


def test_the_agent_of_an_appointment_is_not_appointed(extract_text: Any) -> None:
    text = "En 1999, Paul Roy devient directeur, nommé par Jean Vidal à la tête de Radio Sud."
    leads = _facts(extract_text, text, "leads")
    assert not [f for f in leads if f["leader"] == "Jean Vidal"], leads


def test_the_one_appointed_by_an_agent_leads(extract_text: Any) -> None:
    text = "En 1999, Paul Roy est nommé par Jean Vidal à la tête de Radio Sud."
    leads = _facts(extract_text, text, "leads")
    assert [(f["leader"], f["entity"]) for f in leads] == [("Paul Roy", "Radio Sud")]


def test_a_pronoun_holder_must_be_the_subject_named_before(extract_text: Any) -> None:
    text = (
        "Inès Garcia enseigne la chimie au lycée depuis 2001. Elle succède ainsi à Hugo Tessier "
        "dans la classe de terminale. Sept ans plus tard, elle prend la tête du laboratoire Chimie Ouest."
    )
    facts = _facts(extract_text, text, "person_role") + _facts(extract_text, text, "leads")
    assert not [f for f in facts if "Hugo Tessier" in (f.get("person"), f.get("leader"))], facts
    assert [f for f in facts if f.get("leader") == "Inès Garcia"], facts


def test_a_pronoun_holder_gives_a_low_confidence_lead(extract_text: Any) -> None:
    text = f"Anne Morel quitte la banque en 2010. {FILLER} En 2012, elle prend la tête de l'Institut Pasteur."
    leads = _facts(extract_text, text, "leads")
    found = [f for f in leads if f["leader"] == "Anne Morel" and "Pasteur" in f["entity"]]
    assert found and found[0]["confidence"] < 0.8, leads


# Names the model misses: a known first name, or capitalized words set off before a title.
NAMES = [
    ("Léa Roux a ouvert la séance.", "Léa Roux"),
    (
        "« La saison commence bien », a affirmé Ngozi Okafor Ezeh, entraîneuse adjointe du club Atlantique.",
        "Ngozi Okafor Ezeh",
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
