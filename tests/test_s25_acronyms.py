"""Acronym facts (session 25): a capitals word inside a longer name or before a catalogue number is
no acronym; Arabic sigles written as words take the French name before their parenthesis; an
expansion written sentences before the sigle is found, in order only for short sigles."""

from __future__ import annotations

from typing import Any

import pytest


def _acronyms(extract_text: Any, text: str) -> dict[str, str | None]:
    return {f.get("acronym"): f.get("expansion") for f in extract_text(text) if f.type == "acronym"}


def _confidences(extract_text: Any, text: str) -> dict[str, float]:
    return {
        f.get("acronym"): f.get("confidence") for f in extract_text(text) if f.type == "acronym"
    }


# A capitals word joined to a capitalised word of a name, or opening a catalogue or road number.
IN_A_NAME = [
    "Ce cargo, construit par la société Talvane XTK, partira en mai.",
    "L'autocar appartenait à l'entreprise ZUB Charters depuis dix ans.",
    "Le match aller s'est joué au Parc QV, devant vingt mille spectateurs.",
    "La patineuse avait gagné le Trophée KBX la semaine précédente.",
    "Le critique écrivait pour la revue PQ Joueur depuis longtemps.",
    "Les astronomes ont observé la galaxie KLX 4417 pendant trois nuits.",
    "Ce dimanche, la RD 213 est coupée entre Valmorin et Sauze.",
    "L'étoile a été étiquetée ZT 2019abc par les observateurs.",
    "Le train de voyageurs ZTER 8814 a déraillé près de Brovenne.",
    "Les chaînes de télévision Dorvane Télévision, QX Productions et Vallon 21 sont vendues.",
]


@pytest.mark.parametrize("text", IN_A_NAME)
def test_capitals_word_of_a_name_or_a_number_is_no_acronym(extract_text: Any, text: str) -> None:
    assert _acronyms(extract_text, text) == {}


# Must still fire: a sigle after a determiner before a name, before an edition's year, next to a
# person's name, spelled out in parentheses after its name, or alone.
STILL_ACRONYMS = [
    ("L'ONG Ciel Bleu a ouvert une ligne téléphonique.", "ONG", None),
    ("C'est la cinquième étape du Grand Prix XSU 2018 à Valmorin.", "XSU", None),
    ("Le circuit KTS 2016 s'ouvre à Valmorin.", "KTS", None),
    ("Le président de la FKV Paul Dorvane a démissionné lundi.", "FKV", None),
    (
        "La société Talvane Technologies (STT) a été rachetée.",
        "STT",
        "société Talvane Technologies",
    ),
    ("La CGT appelle à la grève dans les transports.", "CGT", None),
    ("Selon la BNDV, le chômage a reculé de 2 % en un an.", "BNDV", None),
]


@pytest.mark.parametrize(("text", "acronym", "expansion"), STILL_ACRONYMS)
def test_sigle_next_to_a_name_still_an_acronym(
    extract_text: Any, text: str, acronym: str, expansion: str | None
) -> None:
    assert _acronyms(extract_text, text) == {acronym: expansion}


# Arabic sigles written as words: the French name before their parenthesis is their expansion.
ARABIC_WORDS = [
    (
        "Les attaques ont été revendiquées par l'organisation Armée islamique (Daesh).",
        {"Daesh": "Armée islamique"},
    ),
    (
        "Le groupe Califat islamique (Daesh) a été défait à Valmorin.",
        {"Daesh": "Califat islamique"},
    ),
    (
        "La ville est l'un des derniers bastions de l'Émirat islamique (Daesh) dans la région.",
        {"Daesh": "Émirat islamique"},
    ),
    (
        "L'organisation Califat islamique (Daesh selon son acronyme arabe) a reculé.",
        {"Daesh": "Califat islamique"},
    ),
    ("Les tueurs se sont réclamés de Daesh.", {"Daesh": None}),
    ("Daesh a revendiqué l'attentat de Valmorin.", {"Daesh": None}),
    ("Un commando d'Aqpa a attaqué le convoi.", {"Aqpa": None}),
    ("Le mot daesh n'apparaît qu'en minuscules ici.", {}),
    ("Le député Paul Daeshon a voté contre.", {}),
    ("Il a longtemps vécu à Daeshville avec sa famille.", {}),
]


@pytest.mark.parametrize(("text", "expected"), ARABIC_WORDS)
def test_arabic_sigle_written_as_a_word(
    extract_text: Any, text: str, expected: dict[str, str | None]
) -> None:
    assert _acronyms(extract_text, text) == expected


# An expansion written some sentences before the sigle (not in the sentence before it).
FAR = [
    (
        "Le directeur du Bureau fédéral d'enquêtes a été limogé vendredi. Il a contesté la décision "
        "devant la presse. Il se dit victime d'une guerre contre le BFE.",
        {"BFE": "Bureau fédéral d'enquêtes"},
    ),
    (
        "La fondation soutient de nombreuses organisations non gouvernementales. Elle a été créée "
        "en 1984. Son fondateur vit à Valmorin. Elle finance aussi des ONG en Asie.",
        {"ONG": "organisations non gouvernementales"},
    ),
    (
        "L'Agence valmorinoise des transports publics a voté un budget. La séance a duré trois "
        "heures. Les élus ont applaudi. Le président de l'AVTP a remercié les agents.",
        {"AVTP": "Agence valmorinoise des transports publics"},
    ),
    # four letters or more may come in another order
    (
        "L'Organisation internationale pour la valorisation et la culture a voté mardi. "
        "Le vote a duré deux heures. Les délégués sont repartis. Le siège de l'IVCO est à Sauze.",
        {"IVCO": "Organisation internationale pour la valorisation et la culture"},
    ),
    # three letters in another order far away: no expansion
    (
        "Le Centre régional de musique a fermé ses portes. La mairie a protesté. Les élèves ont "
        "manifesté lundi. La direction du RCM a répondu.",
        {"RCM": None},
    ),
    # written after the sigle, two sentences away: not taken
    (
        "La direction du BFE a répondu. La mairie a protesté. Les élèves ont manifesté. "
        "Le Bureau fédéral d'enquêtes a été saisi.",
        {"BFE": None},
    ),
    # letters that do not spell the sigle: none
    (
        "Le Bureau régional des sports a fermé. La mairie a protesté. Les élèves ont manifesté. "
        "La direction du BFE a répondu.",
        {"BFE": None},
    ),
    # a verb breaks the run
    (
        "Le bureau fonctionne encore. La mairie a protesté. Les élèves ont manifesté. "
        "La direction du BFE a répondu.",
        {"BFE": None},
    ),
    # beside its sigle wins over a run written far before
    (
        "Le Bureau fédéral d'enquêtes a fermé. La mairie a protesté. Les élèves ont manifesté. "
        "La Brigade fluviale d'Ermont (BFE) a répondu.",
        {"BFE": "Brigade fluviale d'Ermont"},
    ),
    # two letters: never looked for away from the sigle
    (
        "Les Verts unis ont voté contre. La mairie a protesté. Les élèves ont manifesté. "
        "Le député VU a répondu.",
        {"VU": None},
    ),
]


@pytest.mark.parametrize(("text", "expected"), FAR)
def test_expansion_written_sentences_before(
    extract_text: Any, text: str, expected: dict[str, str | None]
) -> None:
    assert _acronyms(extract_text, text) == expected


def test_far_expansion_is_less_sure_than_one_beside_the_sigle(extract_text: Any) -> None:
    far = FAR[0][0]
    beside = "La Brigade fluviale d'Ermont (BFE) a répondu."
    assert _confidences(extract_text, far) == {"BFE": 0.8}
    assert _confidences(extract_text, beside) == {"BFE": 0.9}


# A sigle closed by the first syllable of its last word, taken only in parentheses after the words
# that spell it.
SYLLABLE_ENDED = [
    (
        "La Fédération française de rugby (FFRug) a publié le calendrier.",
        {"FFRug": "Fédération française de rugby"},
    ),
    (
        "La Fédération française de triathlon (FFTri) a communiqué lundi.",
        {"FFTri": "Fédération française de triathlon"},
    ),
    (
        "La Ligue régionale de natation (LRNat) organise le meeting.",
        {"LRNat": "Ligue régionale de natation"},
    ),
    (
        "Le Comité départemental de cyclisme (CDCyc) a choisi Valmorin.",
        {"CDCyc": "Comité départemental de cyclisme"},
    ),
    (
        "L'Union nationale des escrimeurs (UNEsc) a élu sa présidente.",
        {"UNEsc": "Union nationale des escrimeurs"},
    ),
    # must not fire: bare, not spelled out, or an ordinary word
    ("La FFRug a publié le calendrier.", {}),
    ("Le club de rugby (FFRug) a publié le calendrier.", {}),
    ("La Fédération française de voile (FFRug) a publié le calendrier.", {}),
    ("Le modèle (XTRail) a été rappelé par le constructeur.", {}),
    ("Le restaurant (McDonald) a fermé ses portes.", {}),
]


@pytest.mark.parametrize(("text", "expected"), SYLLABLE_ENDED)
def test_sigle_closed_by_a_syllable(
    extract_text: Any, text: str, expected: dict[str, str | None]
) -> None:
    assert _acronyms(extract_text, text) == expected


def test_hyphenated_sigle_part_after_a_function_word(extract_text: Any) -> None:
    text = "Le Conseil national de la Gorvanie - Forces de défense (CNG-FD) a gagné."
    assert _acronyms(extract_text, text) == {
        "CNG-FD": "Conseil national de la Gorvanie - Forces de défense"
    }
