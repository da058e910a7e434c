"""Person roles and leads on invented news sentences (session 14, round two): heads of government
and monarchs with a nationality adjective, a party after a name, the subject of « a été élu »,
and the partner cases that must not fire."""

from __future__ import annotations

from typing import Any

import pytest


def _facts(extract_text: Any, text: str, kind: str) -> list[dict[str, Any]]:
    return [f.to_dict() for f in extract_text("Titre\n\n" + text) if f.type == kind]


def _roles(extract_text: Any, text: str) -> set[tuple[str, str]]:
    return {(f["person"], f["role"]) for f in _facts(extract_text, text, "person_role")}


def _leads(extract_text: Any, text: str) -> set[tuple[str, str]]:
    return {(f["leader"], f["entity"]) for f in _facts(extract_text, text, "leads")}


# A head of government with a nationality adjective leads that country's government; a monarch
# named with a country leads the country.
@pytest.mark.parametrize(
    ("text", "lead"),
    [
        (
            "La Première ministre suédoise Karin Almqvist a visité le chantier du port mardi.",
            ("Karin Almqvist", "gouvernement de la Suède"),
        ),
        (
            "Tomas Lindqvist, le chancelier autrichien, a reçu les syndicats jeudi.",
            ("Tomas Lindqvist", "gouvernement de l'Autriche"),
        ),
        (
            "Le Premier ministre norvégien Marc Vernet a promis une réforme des retraites.",
            ("Marc Vernet", "gouvernement de la Norvège"),
        ),
        (
            "Samedi, la reine de Bordurie, Amalia II, a inauguré le nouveau pont.",
            ("Amalia II", "Bordurie"),
        ),
    ],
)
def test_heads_of_government_and_monarchs_lead(
    extract_text: Any, text: str, lead: tuple[str, str]
) -> None:
    assert lead in _leads(extract_text, text)


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre danois de la Pêche Ole Brandt a promis une réforme des quotas.",
        "Le roi de la glisse, Marc Vernet, a gagné la descente.",
    ],
)
def test_ministers_and_figurative_kings_lead_no_country(extract_text: Any, text: str) -> None:
    assert _leads(extract_text, text) == set()


# A body named after a person's name with a particle is the person's party, not part of the name.
def test_party_after_a_name_ends_the_name(extract_text: Any) -> None:
    text = "Le député Paul Marchand du Parti Vert (PV) a voté contre le budget communal."
    people = {person for person, _role in _roles(extract_text, text)}
    assert people == {"Paul Marchand"}


def test_particle_name_is_kept(extract_text: Any) -> None:
    text = "Le député Paul de Vernay a voté contre le budget communal."
    people = {person for person, _role in _roles(extract_text, text)}
    assert people == {"Paul de Vernay"}


# « a été élu » takes the name before it as subject, past a party in apposition, when the parser
# gives the title noun before the name as the subject; never a name after « de ».
def test_elected_after_a_titled_name_and_its_party(extract_text: Any) -> None:
    text = (
        "Le candidat des écologistes Paul Marchand du Parti Vert (PV), a été élu nouveau "
        "président de la Bordurie avec 51 % des voix."
    )
    assert ("Paul Marchand", "Bordurie") in _leads(extract_text, text)


def test_elected_is_not_the_name_after_de(extract_text: Any) -> None:
    text = "Le rival de Paul Marchand a été élu maire de Vanville dimanche."
    assert _roles(extract_text, text) == set()
    assert _leads(extract_text, text) == set()
