"""Being a victim is something that happened to a person, not a function (« X a été victime d'un
choc », « la victime, X, … »): it gives no person_role, while the person's real title beside it
still does. Invented sentences."""

from __future__ import annotations

from typing import Any

import pytest


def _roles(extract_text: Any, sentence: str) -> list[tuple[Any, ...]]:
    text = "Vossberg : un titre\n\n3 juin 2018. –\n" + sentence + "\n"
    return [(f.get("person"), f.get("role")) for f in extract_text(text) if f.type == "person_role"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Le cycliste Marc Petit avait été victime d'une chute dans la descente.",
        "La victime, Anne Roy, a été transportée à l'hôpital de Vossberg.",
        "Paul Lenoir, victime d'un malaise, a été hospitalisé lundi.",
        "Claire Morel a été victime d'un vol à son domicile.",
        "Selon la police, la victime Jean Collet était seule chez lui.",
    ],
)
def test_a_victim_has_no_role(extract_text: Any, sentence: str) -> None:
    assert not [r for r in _roles(extract_text, sentence) if "victime" in (r[1] or "")]


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        (
            "Le cycliste Marc Petit avait été victime d'une chute dans la descente.",
            ("Marc Petit", "cycliste"),
        ),
        (
            "Paul Lenoir, maire de Vossberg, a été victime d'un malaise lundi.",
            ("Paul Lenoir", "maire de Vossberg"),
        ),
        (
            "Le témoin, Anne Roy, a décrit la scène aux enquêteurs.",
            ("Anne Roy", "témoin"),
        ),
        (
            "Claire Morel, directrice de l'école, a porté plainte après le vol.",
            ("Claire Morel", "directrice de l'école"),
        ),
        (
            "L'otage français Jean Collet a été libéré mardi.",
            ("Jean Collet", "otage français"),
        ),
    ],
)
def test_the_real_title_beside_it_stays(
    extract_text: Any, sentence: str, role: tuple[str, str]
) -> None:
    assert role in _roles(extract_text, sentence)


# --- a post not held yet is not asked as held ----------------------------------------------------

HEADER = {"slug": "t", "title": "Vossberg : un titre", "date": "2031-03-10"}


def _templates(fact_type: str, sentence: str, **fields: Any) -> list[str]:
    from generators.questions import explain_questions
    from generators.records import Fact, Selection

    fields.setdefault("confidence", 0.9)
    fact = Fact(fact_type, sentence, 0, len(sentence), fields, id=f"t:{fact_type}:0")
    found = explain_questions([fact], HEADER, selection=Selection(per_fact=0))
    return [q.template for q in found.kept]


ROLE = {"gender": "m", "role_gender": "m", "aliases": []}


@pytest.mark.parametrize(
    ("sentence", "person", "role"),
    [
        (
            "Le candidat Paul Lenoir sera le prochain président de la Ligue de Vossberg.",
            "Paul Lenoir",
            "président de la Ligue de Vossberg",
        ),
        (
            "Marc Petit deviendra directeur du musée de Vossberg en janvier.",
            "Marc Petit",
            "directeur du musée de Vossberg",
        ),
        (
            "Selon la presse, Jean Collet serait le futur entraîneur du club de Vossberg.",
            "Jean Collet",
            "entraîneur du club de Vossberg",
        ),
        (
            "Le vice-président de la Ligue de Vossberg sera Paul Lenoir.",
            "Paul Lenoir",
            "vice-président de la Ligue de Vossberg",
        ),
    ],
)
def test_a_future_role_is_not_asked(sentence: str, person: str, role: str) -> None:
    assert _templates("person_role", sentence, person=person, role=role, **ROLE) == []


@pytest.mark.parametrize(
    ("sentence", "leader", "entity"),
    [
        (
            "Le candidat Paul Lenoir sera le prochain président de la Ligue de Vossberg.",
            "Paul Lenoir",
            "Ligue de Vossberg",
        ),
        (
            "Marc Petit deviendra directeur du musée de Vossberg en janvier.",
            "Marc Petit",
            "musée de Vossberg",
        ),
    ],
)
def test_a_future_head_is_not_asked(sentence: str, leader: str, entity: str) -> None:
    fields = {"leader": leader, "entity": entity, "via": "title", "leader_gender": "m"}
    assert _templates("leads", sentence, **fields) == []


@pytest.mark.parametrize(
    ("fact_type", "sentence", "fields"),
    [
        (
            "person_role",
            "Marc Petit restera président de la Ligue de Vossberg jusqu'en 2030.",
            {"person": "Marc Petit", "role": "président de la Ligue de Vossberg", **ROLE},
        ),
        (
            "person_role",
            "Jean Collet, président de la Ligue de Vossberg, sera à Paris lundi.",
            {"person": "Jean Collet", "role": "président de la Ligue de Vossberg", **ROLE},
        ),
        (
            "leads",
            "Jean Collet, président de la Ligue de Vossberg, sera à Paris lundi.",
            {
                "leader": "Jean Collet",
                "entity": "Ligue de Vossberg",
                "via": "title",
                "leader_gender": "m",
            },
        ),
    ],
)
def test_a_held_post_is_still_asked(fact_type: str, sentence: str, fields: dict[str, Any]) -> None:
    assert _templates(fact_type, sentence, **fields)


# --- an outcome is no function: « vainqueur de la primaire », a bare « auteur » -------------------


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        (
            "Paul Lenoir, vainqueur de la primaire du parti, a remercié ses électeurs.",
            "vainqueur de la primaire du parti",
        ),
        (
            "Claire Morel, gagnante du concours de Vossberg, a reçu son prix.",
            "gagnante du concours de Vossberg",
        ),
        (
            "Marc Petit, lauréat du prix de la ville, a présenté son livre.",
            "lauréat du prix de la ville",
        ),
        (
            "Jean Collet, finaliste du tournoi de Vossberg, a été battu.",
            "finaliste du tournoi de Vossberg",
        ),
        ("Selon la police, Paul Lenoir, l'auteur, a été arrêté lundi.", "auteur"),
    ],
)
def test_an_outcome_role_gets_no_function_card(sentence: str, role: str) -> None:
    person = sentence.split(", ")[0].removeprefix("Selon la police").strip(", ")
    fields = {"person": person, "role": role, **ROLE}
    asked = _templates("person_role", sentence, **fields)
    assert not [t for t in asked if t.startswith(("person-fonction", "person-metier"))]


@pytest.mark.parametrize(
    ("sentence", "person", "role"),
    [
        (
            "Paul Lenoir, auteur du roman Les Vignes, signera ses livres samedi.",
            "Paul Lenoir",
            "auteur du roman Les Vignes",
        ),
        (
            "Claire Morel, directrice du musée de Vossberg, a reçu le prix.",
            "Claire Morel",
            "directrice du musée de Vossberg",
        ),
        (
            "Marc Petit, champion du monde de slalom, a ouvert la saison.",
            "Marc Petit",
            "champion du monde de slalom",
        ),
    ],
)
def test_a_function_or_a_work_is_still_asked(sentence: str, person: str, role: str) -> None:
    assert _templates("person_role", sentence, person=person, role=role, **ROLE)


# --- a role in a speaker's words: « candidat de notre famille politique » -------------------------


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        (
            "« Paul Lenoir sera le candidat de notre famille politique », a dit Anne Roy.",
            "candidat de notre famille politique",
        ),
        (
            "« Claire Morel est la présidente de nos associations », a rappelé Marc Petit.",
            "présidente de nos associations",
        ),
        ("« Jean Collet, mon adjoint, a tout organisé », a salué le maire.", "mon adjoint"),
        ("« Léa Morel est votre députée », a lancé Paul Lenoir.", "votre députée"),
        (
            "« Marc Petit reste le trésorier de ma fondation », a écrit Anne Roy.",
            "trésorier de ma fondation",
        ),
    ],
)
def test_a_role_in_a_speakers_words_is_not_asked(sentence: str, role: str) -> None:
    person = sentence.split("« ")[1].split(" ")[0] + " " + sentence.split("« ")[1].split(" ")[1]
    person = person.rstrip(",")
    assert _templates("person_role", sentence, person=person, role=role, **ROLE) == []


@pytest.mark.parametrize(
    ("sentence", "person", "role"),
    [
        (
            "Paul Lenoir, candidat de la droite à Vossberg, a voté lundi.",
            "Paul Lenoir",
            "candidat de la droite à Vossberg",
        ),
        (
            "Claire Morel, présidente de l'association Notre-Dame de Vossberg, a parlé.",
            "Claire Morel",
            "présidente de l'association Notre-Dame de Vossberg",
        ),
        (
            "Marc Petit, trésorier de la fondation Morel, a démissionné.",
            "Marc Petit",
            "trésorier de la fondation Morel",
        ),
    ],
)
def test_a_role_in_the_articles_words_is_asked(sentence: str, person: str, role: str) -> None:
    assert _templates("person_role", sentence, person=person, role=role, **ROLE)
