"""Person roles and acronyms on invented news sentences (session 17): hyphenated sigles, names of
clubs and media in capitals, expansions given in a nearby sentence, acronyms written as words with
another name; titles whose body holds « et », « dirigeant » with its body, kinship, relations,
hedged posts and past roles, with the partner cases that must not fire."""

from __future__ import annotations

from typing import Any

import pytest


def _facts(extract_text: Any, text: str, kind: str) -> list[dict[str, Any]]:
    return [f.to_dict() for f in extract_text("Titre\n\n" + text) if f.type == kind]


def _acronyms(extract_text: Any, text: str) -> dict[str, str | None]:
    return {f["acronym"]: f["expansion"] for f in _facts(extract_text, text, "acronym")}


def _roles(extract_text: Any, text: str) -> set[tuple[str, str]]:
    return {(f["person"], f["role"]) for f in _facts(extract_text, text, "person_role")}


# A hyphenated sigle is one acronym; its expansion may join two names with a hyphen, and a part
# may contract one word.
@pytest.mark.parametrize(
    ("text", "acronym", "expansion"),
    [
        ("Le syndicat CGT-FO a appelé à la grève.", "CGT-FO", None),
        ("Le syndicat SUD-PTT a appelé à la grève.", "SUD-PTT", None),
        ("La fédération FSU-SNES proteste contre la réforme.", "FSU-SNES", None),
        ("Le journaliste de RTL-TVI a posé la question.", "RTL-TVI", None),
        ("Elle dirige désormais l'ONU-Femmes à Genève.", "ONU-Femmes", None),
        (
            "Le parti du Rassemblement pour la paix-Union des démocrates (RP-UD) a gagné.",
            "RP-UD",
            "Rassemblement pour la paix-Union des démocrates",
        ),
        (
            "Il participe au programme MA-SEL ( Manitoba Space Exploration Lab ), financé par l'État.",
            "MA-SEL",
            "Manitoba Space Exploration Lab",
        ),
        (
            "Le Front uni des travailleurs-Alliance démocratique (FUT-AD) a remporté 40 sièges.",
            "FUT-AD",
            "Front uni des travailleurs-Alliance démocratique",
        ),
    ],
)
def test_hyphenated_sigle(
    extract_text: Any, text: str, acronym: str, expansion: str | None
) -> None:
    found = _acronyms(extract_text, text)
    assert found.get(acronym, "absent") == expansion
    assert not set(acronym.split("-")) & set(found)


@pytest.mark.parametrize(
    "text",
    [
        "Le score était de 3-0 pour les visiteurs.",
        "Le match Vallon-Brévin a été reporté à dimanche.",
    ],
)
def test_hyphen_between_numbers_or_names_is_no_sigle(extract_text: Any, text: str) -> None:
    assert _acronyms(extract_text, text) == {}


# A word in capitals inside a club's, a medium's or a product's name is no acronym.
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Le joueur du FC Vallon a marqué deux buts.", "FC"),
        ("Il a rejoint l'AS Brévin pour trois saisons.", "AS"),
        ("Le RC Morlaix a perdu samedi.", "RC"),
        ("En entrevue avec XYZ TV, il a déclaré cela.", "XYZ"),
        ("La station KLM Radio a diffusé le match.", "KLM"),
        ("Les utilisateurs de Fenêtres XP sont touchés.", "XP"),
        ("Le casque Vapeur VR sort en mai.", "VR"),
    ],
)
def test_capitals_inside_a_name_are_no_acronym(extract_text: Any, text: str, absent: str) -> None:
    assert absent not in _acronyms(extract_text, text)


@pytest.mark.parametrize(
    ("text", "acronym"),
    [
        ("La CGT a appelé à la grève, tout comme FO.", "CGT"),
        ("Le Vallon AC a été spécialement créé par l'AFV (Association des fans de Vallon).", "AFV"),
        ("Le PSG a gagné 2-1 à domicile.", "PSG"),
    ],
)
def test_acronyms_outside_names_still_fire(extract_text: Any, text: str, acronym: str) -> None:
    assert acronym in _acronyms(extract_text, text)


# An expansion may be given in the sentence before or after the sigle.
@pytest.mark.parametrize(
    ("text", "acronym", "expansion"),
    [
        (
            "La Fédération royale de voile a publié un communiqué. La FRV a aussi sanctionné deux marins.",
            "FRV",
            "Fédération royale de voile",
        ),
        (
            "Les forces de défense et de sécurité maliennes ont riposté. Le bilan est de 8 morts parmi les FDS.",
            "FDS",
            "forces de défense et de sécurité",
        ),
        (
            "Le groupe Union des forces nouvelles de Bordurie a manifesté mardi. Selon l'UFNB, la police a chargé.",
            "UFNB",
            "Union des forces nouvelles de Bordurie",
        ),
        (
            "Le Conseil supérieur de la pêche a voté. Le président du CSP a salué le vote.",
            "CSP",
            "Conseil supérieur de la pêche",
        ),
        (
            "Le CNV a ouvert ses portes. Le Centre national du vitrail accueille 300 élèves.",
            "CNV",
            "Centre national du vitrail",
        ),
    ],
)
def test_expansion_in_a_nearby_sentence(
    extract_text: Any, text: str, acronym: str, expansion: str
) -> None:
    assert _acronyms(extract_text, text).get(acronym) == expansion


@pytest.mark.parametrize(
    ("text", "acronym"),
    [
        ("La société Vernet a annoncé des bénéfices. Le PDG de la SVA a démissionné.", "SVA"),
        ("Il a cité le mouvement du 12 mars. Les membres du MDM ont protesté.", "MDM"),
        ("Les routes du sud sont fermées. La RDS a été coupée par la neige.", "RDS"),
        ("Le maire a parlé. Trois jours plus tard, la UFC a saisi le juge.", "UFC"),
    ],
)
def test_no_nearby_expansion_when_the_letters_do_not_match(
    extract_text: Any, text: str, acronym: str
) -> None:
    assert _acronyms(extract_text, text).get(acronym, "absent") is None


# An acronym written as a word, in parentheses after a proper name, takes that name.
@pytest.mark.parametrize(
    ("text", "acronym", "expansion"),
    [
        (
            "Les combattants de l'organisation Qaïda maghrébine (Aqmi) ont reculé.",
            "Aqmi",
            "Qaïda maghrébine",
        ),
        (
            "Les agents de l'agence Vigie européenne (Frontex) ont été déployés.",
            "Frontex",
            "Vigie européenne",
        ),
    ],
)
def test_word_acronym_takes_the_proper_name_before_it(
    extract_text: Any, text: str, acronym: str, expansion: str
) -> None:
    assert _acronyms(extract_text, text).get(acronym) == expansion


# « et » inside a body's name, or between two adjectives of one noun, keeps the whole title.
@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Le ministre de l'Économie et des Finances, Paul Verdier, a présenté le budget.",
            ("Paul Verdier", "ministre de l'Économie et des Finances"),
        ),
        (
            "Paul Verdier, ministre de l'Économie et des Finances, a présenté le budget.",
            ("Paul Verdier", "ministre de l'Économie et des Finances"),
        ),
        (
            "La ministre de la Culture et des Sports Julie Vernier a protesté.",
            ("Julie Vernier", "ministre de la Culture et des Sports"),
        ),
        (
            "Le ministre de l'Économie et des Finances Paul Verdier a présenté le budget.",
            ("Paul Verdier", "ministre de l'Économie et des Finances"),
        ),
        (
            "Le ministre de la Transition écologique et solidaire Marc Lenoir s'est rendu sur place.",
            ("Marc Lenoir", "ministre de la Transition écologique et solidaire"),
        ),
        (
            "Le dirigeant de l'Agence des routes et des ponts (ARP) Karl Vendt a démissionné.",
            ("Karl Vendt", "dirigeant de l'Agence des routes et des ponts"),
        ),
        (
            "Le directeur de l'Office des technologies de communication et d'information (OTCI) "
            "Karl Vendt a démissionné.",
            (
                "Karl Vendt",
                "directeur de l'Office des technologies de communication et d'information",
            ),
        ),
        (
            "Julie Vernier, présidente de la Chambre des métiers et de l'Artisanat, a signé.",
            ("Julie Vernier", "présidente de la Chambre des métiers et de l'Artisanat"),
        ),
    ],
)
def test_and_inside_a_body_keeps_the_title(
    extract_text: Any, text: str, role: tuple[str, str]
) -> None:
    assert role in _roles(extract_text, text)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Le ministre de l'Intérieur et le préfet Marc Lenoir se sont rendus sur place.", "préfet"),
        ("Le président de l'Assemblée et le maire Karl Vendt ont parlé.", "maire"),
        ("Paul Verdier, maire de Vallon, et Marc Lenoir ont signé.", "maire de Vallon"),
    ],
)
def test_and_before_another_phrase_ends_the_title(extract_text: Any, text: str, role: str) -> None:
    assert role in {r for _, r in _roles(extract_text, text)}


# « dirigeant » with its body or an adjective is a function; bare, it names no post.
@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Le dirigeant de l'Agence des routes Karl Vendt a démissionné.",
            ("Karl Vendt", "dirigeant de l'Agence des routes"),
        ),
        (
            "Le dirigeant de l'Agence des routes, Karl Vendt, a démissionné.",
            ("Karl Vendt", "dirigeant de l'Agence des routes"),
        ),
        (
            "Paul Garnier, dirigeant de la société Orbis, a démissionné.",
            ("Paul Garnier", "dirigeant de la société Orbis"),
        ),
        (
            "Le dirigeant nord-coréen Paul Garnier a parlé.",
            ("Paul Garnier", "dirigeant nord-coréen"),
        ),
    ],
)
def test_dirigeant_with_its_body_is_a_role(
    extract_text: Any, text: str, role: tuple[str, str]
) -> None:
    assert role in _roles(extract_text, text)


@pytest.mark.parametrize(
    "text",
    [
        "Paul Garnier, le successeur de Marc Vernier, a parlé.",
        "Paul Garnier, le bras droit de Marc Vernier, a parlé.",
        "Paul Garnier, un proche de Marc Vernier, a parlé.",
        "Paul Garnier, le prédécesseur de Marc Vernier, a parlé.",
    ],
)
def test_relations_are_no_roles(extract_text: Any, text: str) -> None:
    assert _roles(extract_text, text) == set()


# A kinship noun with its complement in apposition is a role; a possessive one is not.
@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Paul Vernier, le neveu de Marc Vernier, a saisi la cour.", "neveu de Marc Vernier"),
        (
            "La tutelle a été confiée à Julie Vernier, l'épouse de Marc Vernier, en mars.",
            "épouse de Marc Vernier",
        ),
        ("Anne Moreau, la fille de Jean Moreau, a témoigné.", "fille de Jean Moreau"),
        ("Luc Moreau, le frère de Jean Moreau, a témoigné.", "frère de Jean Moreau"),
    ],
)
def test_kinship_with_its_complement(extract_text: Any, text: str, role: str) -> None:
    assert role in {r for _, r in _roles(extract_text, text)}


@pytest.mark.parametrize(
    "text",
    [
        "Anna Roux, sa fille, a témoigné.",
        "Luc Moreau, son frère, a témoigné.",
        "Julie Vernier, son épouse, était présente.",
    ],
)
def test_possessive_kinship_is_no_role(extract_text: Any, text: str) -> None:
    assert _roles(extract_text, text) == set()


# A post under a conditional is a possibility or a rumour, not a role.
@pytest.mark.parametrize(
    "text",
    [
        "Paul Garnier pourrait occuper le poste de ministre des Sports.",
        "Paul Garnier serait nommé ministre des Sports.",
        "Julie Vernier pourrait devenir présidente du club.",
        "Marc Lenoir aurait été nommé directeur de l'usine.",
    ],
)
def test_hedged_posts_are_no_roles(extract_text: Any, text: str) -> None:
    assert _roles(extract_text, text) == set()


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Paul Garnier a été nommé ministre des Sports.", "ministre des Sports"),
        ("Paul Garnier, ministre des Sports, pourrait démissionner.", "ministre des Sports"),
        ("Julie Vernier est devenue présidente du club.", "présidente du club"),
        (
            "Cette affaire pourrait être une des causes de la défaite de Paul Garnier face au "
            "candidat socialiste Marc Lenoir.",
            "candidat socialiste",
        ),
        (
            "Cette erreur pourrait expliquer la chute du ministre des Sports Marc Lenoir.",
            "ministre des Sports",
        ),
    ],
)
def test_posts_held_stay_roles(extract_text: Any, text: str, role: str) -> None:
    assert role in {r for _, r in _roles(extract_text, text)}


# A complement after an elided « d' » names a body, not a person.
@pytest.mark.parametrize(
    "text",
    [
        "Les chauffeurs d'Orbis ont entamé leur mouvement.",
        "Les salariés d'Alvéa ont manifesté mardi.",
        "Les pilotes d'Aérovia sont en grève.",
    ],
)
def test_body_after_elided_de_is_no_person(extract_text: Any, text: str) -> None:
    assert not any(p.lower().startswith("d'") for p, _ in _roles(extract_text, text))


# A past role is marked past.
@pytest.mark.parametrize(
    "text",
    [
        "L'ancien ministre Paul Garnier a parlé.",
        "Paul Garnier, alors directeur de l'usine, a parlé.",
        "L'ex-président Paul Garnier a parlé.",
    ],
)
def test_past_roles_are_marked(extract_text: Any, text: str) -> None:
    facts = _facts(extract_text, text, "person_role")
    assert facts and all(f.get("past") for f in facts)


# Titles added by family (government, business and unions, press, hierarchy, intelligence, sport),
# and adjectives before a title that are not part of the post.
@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "La journaliste Isabelle Marnier, envoyée spéciale de Radio Vallon, a annoncé la nouvelle.",
            ("Isabelle Marnier", "envoyée spéciale de Radio Vallon"),
        ),
        (
            "Le numéro deux du régime, Alain Dubreuil, a été limogé.",
            ("Alain Dubreuil", "numéro deux du régime"),
        ),
        (
            "Le correspondant de la radio à Rome, Paul Garnier, a été expulsé.",
            ("Paul Garnier", "correspondant de la radio à Rome"),
        ),
        (
            "Paul Garnier, délégué syndical de l'usine, a appelé à la grève.",
            ("Paul Garnier", "délégué syndical de l'usine"),
        ),
        (
            "Le dernier grand dirigeant militaire du pays, Omar Kassem, a démissionné.",
            ("Omar Kassem", "dirigeant militaire du pays"),
        ),
        (
            "Le dernier dirigeant militaire du pays, Omar Kassem, a démissionné.",
            ("Omar Kassem", "dirigeant militaire du pays"),
        ),
        (
            "Un autre journaliste, Paul Garnier, a été interpellé.",
            ("Paul Garnier", "journaliste"),
        ),
    ],
)
def test_titles_by_family(extract_text: Any, text: str, role: tuple[str, str]) -> None:
    assert role in _roles(extract_text, text)


@pytest.mark.parametrize(
    "text",
    [
        "Le droit international est clair, a dit Paul Garnier.",
        "La délégation internationale, menée par Paul Garnier, est arrivée.",
        "Le dernier match, Paul Garnier l'a perdu.",
        "Le groupe international Vallon Frères a racheté l'usine, selon Paul Garnier.",
    ],
)
def test_no_title_from_an_adjective(extract_text: Any, text: str) -> None:
    assert _roles(extract_text, text) == set()


# A title in the « à » complement of another title names someone else's post.
@pytest.mark.parametrize(
    ("text", "role", "person"),
    [
        (
            "Plusieurs élus étaient présents, comme Paul Garnier, adjoint à la maire de Vallon, "
            "Marc Lenoir, ou encore Julie Vernier.",
            "maire de Vallon",
            "Marc Lenoir",
        ),
        ("L'adjoint au maire de Vallon, Marc Lenoir, a parlé.", "maire de Vallon", "Marc Lenoir"),
    ],
)
def test_title_in_the_complement_of_another_is_not_the_next_name(
    extract_text: Any, text: str, role: str, person: str
) -> None:
    assert (person, role) not in _roles(extract_text, text)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "L'adjoint au maire de Vallon, Marc Lenoir, a parlé.",
            ("Marc Lenoir", "adjoint au maire de Vallon"),
        ),
        (
            "Il a écrit à la ministre de la Santé, Julie Vernier, pour protester.",
            ("Julie Vernier", "ministre de la Santé"),
        ),
    ],
)
def test_title_after_a_verb_and_a_still_names_the_next_name(
    extract_text: Any, text: str, role: tuple[str, str]
) -> None:
    assert role in _roles(extract_text, text)


# Two titles between commas before a name, the second without a determiner, are both the name's.
@pytest.mark.parametrize(
    ("text", "roles"),
    [
        (
            "Le ministre d'État, ministre de l'Intérieur, Paul Garnier, a parlé.",
            {"ministre d'État", "ministre de l'Intérieur"},
        ),
        (
            "L'enquête a été confiée par le Ministre d'État, Ministre de l'Intérieur, Paul Garnier.",
            {"Ministre d'État", "Ministre de l'Intérieur"},
        ),
        (
            "Le président du club, directeur de l'usine, Paul Garnier, a parlé.",
            {"président du club", "directeur de l'usine"},
        ),
    ],
)
def test_chained_titles_before_a_name(extract_text: Any, text: str, roles: set[str]) -> None:
    assert roles <= {r for p, r in _roles(extract_text, text) if p == "Paul Garnier"}


@pytest.mark.parametrize(
    "text",
    [
        "Selon le maire, adjoint au député, la route sera fermée.",
        "Le président du club, furieux, a quitté la salle.",
    ],
)
def test_chained_titles_need_a_name(extract_text: Any, text: str) -> None:
    assert _roles(extract_text, text) == set()
