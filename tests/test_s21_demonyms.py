"""A head of state or government named by a title and a nationality adjective leads that country
(lexicon leads_state_demonyms, now covering the world's states, not a sample of them); a
nationality adjective alone, or on a title that heads no state, names nothing led. Invented
sentences; the second half must not fire."""

from __future__ import annotations

from typing import Any

import pytest


def _leads(extract_text: Any, sentence: str) -> list[tuple[Any, ...]]:
    text = "Vossberg : un titre\n\n3 juin 2018. –\n" + sentence + "\n"
    facts = extract_text(text)
    return [
        (f.get("leader"), f.get("entity"), bool(f.get("past"))) for f in facts if f.type == "leads"
    ]


@pytest.mark.parametrize(
    ("sentence", "led"),
    [
        ("Le président tanzanien Jabari Mosha a reçu la délégation.", ("Jabari Mosha", "Tanzanie")),
        ("La présidente estonienne Liis Tamm a ouvert la séance.", ("Liis Tamm", "Estonie")),
        ("Le président libyen Karim Haddad est arrivé mardi.", ("Karim Haddad", "Libye")),
        ("Le président rwandais Éric Mugisha a signé le texte.", ("Éric Mugisha", "Rwanda")),
        ("Le président bolivien Mateo Quispe a promulgué la loi.", ("Mateo Quispe", "Bolivie")),
        ("Le président tchadien Idriss Mahamat a salué l'accord.", ("Idriss Mahamat", "Tchad")),
        ("Le président uruguayen Tomás Ferreira a voté lundi.", ("Tomás Ferreira", "Uruguay")),
        (
            "Le Premier ministre canadien Luc Tremblay a annoncé un plan.",
            ("Luc Tremblay", "gouvernement du Canada"),
        ),
        (
            "Le Premier ministre belge Pieter Claes a démissionné.",
            ("Pieter Claes", "gouvernement de la Belgique"),
        ),
        (
            "La Première ministre néo-zélandaise Helen Carter a répondu.",
            ("Helen Carter", "gouvernement de la Nouvelle-Zélande"),
        ),
    ],
)
def test_a_state_title_with_a_demonym_leads_the_country(
    extract_text: Any, sentence: str, led: tuple[str, str]
) -> None:
    assert (*led, False) in _leads(extract_text, sentence)


def test_a_former_head_leads_in_the_past(extract_text: Any) -> None:
    sentence = "Jabari Mosha, ancien président tanzanien, servira de médiateur."
    assert ("Jabari Mosha", "Tanzanie", True) in _leads(extract_text, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a nationality and a job that heads no state
        "Le chanteur canadien Luc Tremblay a donné un concert.",
        "L'entraîneur libyen Karim Haddad a été limogé.",
        "Le journaliste tanzanien Jabari Mosha a été libéré.",
        # a title that heads something else than the state
        "Le ministre rwandais de la Santé Éric Mugisha a visité l'hôpital.",
        # the adjective qualifies a thing, not a head
        "Le gouvernement bolivien a adopté la réforme lundi.",
        "Le parlement estonien a voté la loi.",
    ],
)
def test_a_demonym_without_a_head_of_state_leads_nothing(extract_text: Any, sentence: str) -> None:
    countries = {"Canada", "Libye", "Tanzanie", "Rwanda", "Bolivie", "Estonie"}
    assert not [led for led in _leads(extract_text, sentence) if led[1] in countries]


# --- a government named after its head, « le gouvernement d'Anne Morel » ------------------------


@pytest.mark.parametrize(
    ("sentence", "leader"),
    [
        ("Paul Lenoir a annoncé qu'il quittait le gouvernement de Claire Morel.", "Claire Morel"),
        ("Anne Roy quitte le gouvernement d' Étienne Morin après deux ans.", "Étienne Morin"),
        ("Le gouvernement d'Étienne Morin a présenté son budget lundi.", "Étienne Morin"),
        ("Le gouvernement Claire Morel a présenté son budget lundi.", "Claire Morel"),
        ("Les ministres du gouvernement de Marc Petit se sont réunis mardi.", "Marc Petit"),
    ],
)
def test_a_government_of_a_named_person_is_led_by_them(
    extract_text: Any, sentence: str, leader: str
) -> None:
    assert (leader, "gouvernement", False) in _leads(extract_text, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Le gouvernement de la Vanlandie a présenté son budget lundi.",
        "Le gouvernement d'union nationale a présenté son budget lundi.",
        "Le gouvernement de Vossberg a présenté son budget lundi.",
        "Le porte-parole Paul Lenoir a présenté le budget du gouvernement lundi.",
        "Le gouvernement de Claire a présenté son budget lundi.",
    ],
)
def test_a_government_of_no_named_person_is_led_by_no_one(extract_text: Any, sentence: str) -> None:
    assert not [led for led in _leads(extract_text, sentence) if led[1] == "gouvernement"]
