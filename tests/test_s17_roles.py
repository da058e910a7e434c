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
        ("Le Milan AC a gagné le derby.", "AC"),
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
            "Les combattants de l'organisation État islamique (Daech) ont reculé vers le nord.",
            "Daech",
            "État islamique",
        ),
    ],
)
def test_word_acronym_takes_the_proper_name_before_it(
    extract_text: Any, text: str, acronym: str, expansion: str
) -> None:
    assert _acronyms(extract_text, text).get(acronym) == expansion
