"""Person roles, leads and successions on invented news sentences (session 14): plural phrases
after a name, a family's surname, deputies, dates before « sous le commandement de », a
participle dated by a month, a body's own name after its noun, and what must not fire."""

from __future__ import annotations

from typing import Any

import pytest


def _facts(extract_text: Any, text: str, kind: str) -> list[dict[str, Any]]:
    return [f.to_dict() for f in extract_text("Titre\n\n" + text) if f.type == kind]


def _roles(extract_text: Any, text: str) -> set[tuple[str, str]]:
    return {(f["person"], f["role"]) for f in _facts(extract_text, text, "person_role")}


def _leads(extract_text: Any, text: str) -> set[tuple[str, str]]:
    return {(f["leader"], f["entity"]) for f in _facts(extract_text, text, "leads")}


# A plural noun phrase after « A, » is the subject of the next clause, not A's title; a list of
# names before it still shares it.
@pytest.mark.parametrize(
    "text",
    [
        "Dix minutes après l'arrivée de Paul Marchand, les juges de la course ont tranché.",
        "Entre Vernay et Col Morand, les coureurs du rallye ont souffert de la chaleur.",
    ],
)
def test_plural_phrase_after_one_name_is_no_title(extract_text: Any, text: str) -> None:
    assert _roles(extract_text, text) == set()


def test_plural_apposition_after_two_names_is_shared(extract_text: Any) -> None:
    text = "Paul Marchand et Lucie Vernet, les deux fondateurs du club, ont parlé."
    people = {person for person, _role in _roles(extract_text, text)}
    assert people == {"Paul Marchand", "Lucie Vernet"}


# A lone surname after a plural common noun names a family (« les parents Vernet »).
def test_surname_after_plural_noun_is_a_family(extract_text: Any) -> None:
    text = "La garde de Lucie Vernet a été contestée par l'avocat des parents Vernet."
    assert _roles(extract_text, text) == set()


def test_title_then_comma_and_name_still_gives_the_role(extract_text: Any) -> None:
    text = "L'avocat des parents, Marc Vernet, a fait appel."
    assert ("Marc Vernet", "avocat des parents") in _roles(extract_text, text)


# A deputy is a person_role but heads nothing: the body has its own head.
def test_deputy_leads_nothing(extract_text: Any) -> None:
    text = "Marc Delorme est devenu vice-président de la Bordurie."
    assert ("Marc Delorme", "vice-président de la Bordurie") in _roles(extract_text, text)
    assert _leads(extract_text, text) == set()


def test_head_still_leads(extract_text: Any) -> None:
    text = "Marc Delorme est devenu président de la Bordurie."
    assert ("Marc Delorme", "Bordurie") in _leads(extract_text, text)


# « sous le commandement de X » leads the noun before it, never a date.
def test_date_before_command_phrase_is_no_entity(extract_text: Any) -> None:
    text = "En mars 2001, sous le commandement de Paul Ravel, Marc Delorme pilote la navette."
    assert not any(leader == "Paul Ravel" for leader, _ in _leads(extract_text, text))


def test_body_before_command_phrase_is_led(extract_text: Any) -> None:
    text = "La mission Orion, sous le commandement de Paul Ravel, a décollé."
    assert any(leader == "Paul Ravel" for leader, _ in _leads(extract_text, text))


# A participle dated by a month is a verb (« élu en avril »), as with a year.
def test_participle_with_a_month_is_no_role(extract_text: Any) -> None:
    text = "Le maire conservateur Paul Ravel, élu en avril, a annoncé un plan."
    assert not any(role == "élu" for _, role in _roles(extract_text, text))


def test_participle_used_as_noun_is_a_role(extract_text: Any) -> None:
    text = "Paul Ravel, élu municipal, a annoncé un plan."
    assert ("Paul Ravel", "élu municipal") in _roles(extract_text, text)


# A body's noun and its own name (« la compagnie Airvola »): the name is in the role and entity,
# whatever tag the model gives it, unless it opens with a known first name.
def test_body_name_after_its_noun_completes_the_role(extract_text: Any) -> None:
    text = "Paul Ravel, le PDG de la compagnie Airvola, a annoncé un plan."
    assert ("Paul Ravel", "PDG de la compagnie Airvola") in _roles(extract_text, text)
    assert ("Paul Ravel", "compagnie Airvola") in _leads(extract_text, text)


def test_first_name_after_body_noun_is_the_person(extract_text: Any) -> None:
    text = "Le directeur du club Marc Vernet a parlé."
    assert ("Marc Vernet", "directeur du club") in _roles(extract_text, text)


# A party or scope adjective between a head title and its « de » keeps the person at the head;
# a function adjective (« artistique ») does not.
@pytest.mark.parametrize(
    ("text", "lead"),
    [
        (
            "Étaient présents la maire écologiste de Vernay, Anne Morel, et des élus.",
            ("Anne Morel", "Vernay"),
        ),
        (
            "Le directeur européen de Terra Libre, Hugo Brun, a déclaré que le projet était mauvais.",
            ("Hugo Brun", "Terra Libre"),
        ),
        (
            "Étaient présents Hugo Brun, le président Les Modérés (LM) du Sénat.",
            ("Hugo Brun", "Sénat"),
        ),
    ],
)
def test_head_title_with_party_or_scope_leads(
    extract_text: Any, text: str, lead: tuple[str, str]
) -> None:
    assert lead in _leads(extract_text, text)


def test_function_adjective_after_title_leads_nothing(extract_text: Any) -> None:
    text = "Le directeur artistique du festival, Hugo Brun, a déclaré que le projet était mauvais."
    assert _leads(extract_text, text) == set()


def test_party_name_stays_as_written_in_the_role(extract_text: Any) -> None:
    text = "Étaient présents Hugo Brun, le président Les Modérés (LM) du Sénat."
    assert ("Hugo Brun", "président Les Modérés (LM) du Sénat") in _roles(extract_text, text)


# « A est devenu (officiellement) le 45e président de X »: a compound copula and a rank.
@pytest.mark.parametrize(
    "text",
    [
        "Ce lundi, Paul Ravel est devenu officiellement le 45 e président de la Bordurie.",
        "Ce lundi, Paul Ravel est devenu président de la Bordurie.",
    ],
)
def test_ranked_title_after_compound_copula(extract_text: Any, text: str) -> None:
    assert ("Paul Ravel", "président de la Bordurie") in _roles(extract_text, text)
    assert ("Paul Ravel", "Bordurie") in _leads(extract_text, text)


def test_rank_without_title_gives_no_lead(extract_text: Any) -> None:
    text = "Paul Ravel est devenu le 45 e habitant du village à fêter ses cent ans."
    assert _leads(extract_text, text) == set()


# « plusieurs ministres, dont A et B »: each named member holds the singular title.
def test_members_listed_after_dont_share_the_title(extract_text: Any) -> None:
    text = (
        "Étaient là le maire, Paul Ravel, plusieurs ministres, dont Marc Delorme et Lucie Vernet."
    )
    roles = _roles(extract_text, text)
    assert {("Marc Delorme", "ministre"), ("Lucie Vernet", "ministre")} <= roles


@pytest.mark.parametrize(
    "text",
    [
        "Plusieurs ministres, dont deux anciens maires, ont signé le texte.",
        "Plusieurs communes, dont Vernay et Morlac, ont signé le texte.",
    ],
)
def test_no_member_role_without_a_named_person_or_a_title(extract_text: Any, text: str) -> None:
    assert _roles(extract_text, text) == set()


# Words before a title: « principal » belongs to the role, « autre » does not.
def test_principal_belongs_to_the_role(extract_text: Any) -> None:
    text = "« Le projet avance », déclare Marc Delorme, principal auteur de l'étude."
    assert ("Marc Delorme", "principal auteur de l'étude") in _roles(extract_text, text)


def test_autre_is_left_out_of_the_role(extract_text: Any) -> None:
    text = "Marc Delorme, autre ancien président du club, n'a pu venir."
    assert ("Marc Delorme", "ancien président du club") in _roles(extract_text, text)


# « déléguée à la culture »: the post's field after « à », though the tagger reads a participle.
def test_delegate_to_a_field_is_a_role(extract_text: Any) -> None:
    text = "En présence d'Anne Morel, déléguée à la culture du conseil de Vernay, il a parlé."
    assert ("Anne Morel", "déléguée à la culture du conseil de Vernay") in _roles(
        extract_text, text
    )


def test_delegated_by_someone_is_no_role(extract_text: Any) -> None:
    text = "Anne Morel a été déléguée à la réunion par son parti."
    assert _roles(extract_text, text) == set()


# A bishop heads his diocese (named so since session 22: tests/test_s22_domains.py).
def test_bishop_leads_the_place(extract_text: Any) -> None:
    text = "L'archevêque de Vernay Paul Ravel a annoncé son retour."
    assert ("Paul Ravel", "archidiocèse de Vernay") in _leads(extract_text, text)


def test_bishops_without_a_see_lead_nothing(extract_text: Any) -> None:
    assert _leads(extract_text, "Les évêques Martin et Durand ont signé la lettre.") == set()


# A singular apposition followed by a plural verb: the verb belongs to the list, so the
# phrase stays the last person's title; a singular verb still makes it a subject.
def test_apposition_before_plural_verb_is_kept(extract_text: Any) -> None:
    text = "La maire, Anne Morel, et Hugo Brun, le président du conseil étaient venus."
    assert ("Hugo Brun", "président du conseil") in _roles(extract_text, text)


def test_phrase_before_singular_verb_is_a_subject(extract_text: Any) -> None:
    text = "Pour Hugo Brun, le président du club avait tort."
    assert _roles(extract_text, text) == set()


# « le patron de cette banque, A B »: the demonstrative points back to the body named before.
def test_demonstrative_complement_takes_the_named_body(extract_text: Any) -> None:
    text = (
        "La banque suisse Morvan a écopé d'une amende. "
        "Enfin, le patron de cette banque, Hugo Brun, a été condamné."
    )
    assert ("Hugo Brun", "patron de la banque suisse Morvan") in _roles(extract_text, text)
    assert ("Hugo Brun", "banque suisse Morvan") in _leads(extract_text, text)


def test_demonstrative_without_a_named_body_leads_nothing(extract_text: Any) -> None:
    text = "La banque a écopé d'une amende. Enfin, le patron de cette banque, Hugo Brun, a parlé."
    assert _leads(extract_text, text) == set()


# « le gouvernement A B »: a government named after its head.
def test_government_named_after_its_head(extract_text: Any) -> None:
    text = "Le gouvernement Anne Morel a annoncé des coupes dans le budget."
    assert ("Anne Morel", "gouvernement") in _leads(extract_text, text)


def test_government_before_an_object_name_leads_nothing(extract_text: Any) -> None:
    text = "Le gouvernement a reçu Anne Morel hier."
    assert _leads(extract_text, text) == set()


# English loan titles ending like an infinitive (« leader ») are nouns; a ranking is not led.
def test_loan_title_after_copula_is_a_role(extract_text: Any) -> None:
    text = "Paul Ravel est leader du classement par points, Marc Delorme remporte l'étape."
    assert ("Paul Ravel", "leader du classement par points") in _roles(extract_text, text)
    assert _leads(extract_text, text) == set()


def test_loan_title_of_a_party_leads_it(extract_text: Any) -> None:
    text = "Paul Ravel, le leader du parti, a parlé."
    assert ("Paul Ravel", "parti") in _leads(extract_text, text)


def test_loan_verb_is_no_title(extract_text: Any) -> None:
    assert _roles(extract_text, "Il faut manager les équipes, a dit Paul Ravel.") == set()


# « au Dr A B, médecin … »: a short civility makes a person even where the model saw a place;
# « Saint » does not.
def test_doctor_tagged_as_a_place_is_a_person(extract_text: Any) -> None:
    text = "Le juge a parlé au Dr Ondrea Plisson, médecin du CHU de Vernay."
    assert ("Ondrea Plisson", "médecin du CHU de Vernay") in _roles(extract_text, text)


def test_saint_before_a_place_is_no_person(extract_text: Any) -> None:
    text = "Il habite à Saint Croix-Valmont, près de la mer."
    assert _facts(extract_text, text, "person_role") == []


# A small number after a capitalized name belongs to it (« la mission Orion 4 »), not a count.
def test_number_after_a_name_stays_in_the_role(extract_text: Any) -> None:
    text = "En mars 2001, Marc Delorme est le pilote de la mission Orion 4."
    assert ("Marc Delorme", "pilote de la mission Orion 4") in _roles(extract_text, text)


def test_count_after_a_name_is_left_out(extract_text: Any) -> None:
    text = "Marc Delorme, pilote de la mission Orion 4 ans plus tard, a parlé."
    assert ("Marc Delorme", "pilote de la mission Orion") in _roles(extract_text, text)


# A lead verb with no subject of its own shares one: after « et », the one person named before
# in the sentence; in « Après avoir dirigé …, A B … », the person after the clause's comma.
@pytest.mark.parametrize(
    ("text", "lead"),
    [
        (
            "Le prêtre, Paul Ravel, avait 80 ans et dirigeait la paroisse depuis vingt ans.",
            ("Paul Ravel", "paroisse"),
        ),
        (
            "Après avoir notamment dirigé le groupe des pilotes, Paul Ravel a pris sa retraite.",
            ("Paul Ravel", "groupe des pilotes"),
        ),
    ],
)
def test_lead_verb_shares_its_subject(extract_text: Any, text: str, lead: tuple[str, str]) -> None:
    assert lead in _leads(extract_text, text)


@pytest.mark.parametrize(
    "text",
    [
        "Paul Ravel a rencontré Marc Delorme et dirigeait la réunion.",
        "Le frère de Paul Ravel avait 80 ans et dirigeait la paroisse.",
        "Après avoir dirigé le groupe des pilotes, il a pris sa retraite.",
    ],
)
def test_shared_subject_needs_one_clear_person(extract_text: Any, text: str) -> None:
    assert _leads(extract_text, text) == set()


def test_number_before_an_adverb_stays_in_the_role(extract_text: Any) -> None:
    text = "Marc Delorme était le dernier membre de l'équipage d'Orion 12 encore vivant."
    assert ("Marc Delorme", "membre de l'équipage d'Orion 12") in _roles(extract_text, text)


# A lone first name right after a title is a sovereign known by that name (« le pape Lucien »),
# not the one person of the article whose full name it opens; elsewhere it still is.
def test_first_name_after_a_title_stays_its_own_person(extract_text: Any) -> None:
    text = "Le président Lucien Marvaux a parlé. Le pape Lucien a prié pour les victimes."
    roles = _roles(extract_text, text)
    assert ("Lucien", "pape") in roles
    assert ("Lucien Marvaux", "pape") not in roles


def test_first_name_away_from_a_title_is_the_full_name(extract_text: Any) -> None:
    text = "Le joueur Lucien Marvaux a signé. Le président du club invita Lucien à rester."
    people = {f["person"] for f in _facts(extract_text, text, "person_role")}
    assert people == {"Lucien Marvaux"}


# « présent sur les lieux » after a title says where the person was: the role stops before it.
def test_presence_adjective_ends_the_role(extract_text: Any) -> None:
    text = "Paul Ravel, un pilote belge présent sur les lieux de l'accident, a témoigné."
    assert ("Paul Ravel", "pilote belge") in _roles(extract_text, text)


def test_title_adjective_stays_in_the_role(extract_text: Any) -> None:
    text = "Paul Ravel, un pilote belge expérimenté, a témoigné."
    assert any(role.startswith("pilote belge") for _, role in _roles(extract_text, text))
