"""Session 19 (quotes, leads, successions on unseen articles): a role dated in the past after it
(« président du club à l'époque des faits », « de 2004 à 2011 ») ends before the date and is past;
a lead verb in a past tense (« qui dirigeait », « a dirigé », « était dirigé par ») gives a past
lead, and a time after the entity (« jusqu'à sa mort ») is no part of it; a quote after the speech
verb of a relative clause (« A a répondu à B, qui avait dit : « … » ») is the antecedent's, not
the sentence subject's; « le maire de la ville » is the headline's town only when the headline
names one (« Incendies à A et B » names two: no fact); an inverted speaker after the addressee
(« », a déclaré à la presse le procureur ») is that speaker, not the addressee; a head title not held yet (« la future présidente du club, A »)
gives no leads fact."""

from __future__ import annotations

from typing import Any

import pytest

TITLE = "Nouvelles du jour\n\n"


def _facts(extract_text: Any, text: str, kind: str) -> list[dict[str, Any]]:
    return [f.to_dict() for f in extract_text(TITLE + text) if f.type == kind]


def _leads(extract_text: Any, text: str) -> set[tuple[str, str, bool]]:
    return {
        (d["leader"], d["entity"], bool(d.get("past"))) for d in _facts(extract_text, text, "leads")
    }


# Family 1: a role dated in the past right after it.
DATED = [
    (
        "Lucas Ferrandi, président de l'association Terre Vive à l'époque des faits, a été entendu.",
        "Lucas Ferrandi",
        "président de l'association Terre Vive",
        "association Terre Vive",
    ),
    (
        "Nadia Belkacem, directrice du musée Orsan à l'époque, a refusé de commenter.",
        "Nadia Belkacem",
        "directrice du musée Orsan",
        "musée Orsan",
    ),
    (
        "Thomas Quéré, secrétaire général du syndicat Force Verte de 2004 à 2011, est mort.",
        "Thomas Quéré",
        "secrétaire général du syndicat Force Verte",
        "syndicat Force Verte",
    ),
    (
        "Élise Morvan, présidente de la fédération de judo jusqu'en 2016, a témoigné.",
        "Élise Morvan",
        "présidente de la fédération de judo",
        "fédération de judo",
    ),
    (
        "Antoine Lescure, directeur du théâtre Garance entre 1998 et 2005, publie ses mémoires.",
        "Antoine Lescure",
        "directeur du théâtre Garance",
        "théâtre Garance",
    ),
    (
        "Sarah Kettani, présidente du club Olbia au moment des faits, a démenti.",
        "Sarah Kettani",
        "présidente du club Olbia",
        "club Olbia",
    ),
    (
        "Bruno Pagès, maire de Vérac à cette époque, avait signé le permis.",
        "Bruno Pagès",
        "maire de Vérac",
        "Vérac",
    ),
]

NOT_DATED = [
    (
        "Lucas Ferrandi, président de l'association Terre Vive depuis 2015, a été entendu.",
        "Lucas Ferrandi",
        "président de l'association Terre Vive",
        "association Terre Vive",
    ),
    (
        "Nadia Belkacem, directrice du musée Orsan, a refusé de commenter.",
        "Nadia Belkacem",
        "directrice du musée Orsan",
        "musée Orsan",
    ),
    (
        "Thomas Quéré, le secrétaire général du syndicat Force Verte, a appelé à la grève.",
        "Thomas Quéré",
        "secrétaire général du syndicat Force Verte",
        "syndicat Force Verte",
    ),
    (
        "Élise Morvan, présidente de la fédération de judo, a salué les résultats.",
        "Élise Morvan",
        "présidente de la fédération de judo",
        "fédération de judo",
    ),
]


@pytest.mark.parametrize(("text", "person", "role", "entity"), DATED)
def test_role_dated_in_the_past(
    extract_text: Any, text: str, person: str, role: str, entity: str
) -> None:
    roles = {
        (d["person"], d["role"], bool(d.get("past")))
        for d in _facts(extract_text, text, "person_role")
    }
    assert roles == {(person, role, True)}
    assert _leads(extract_text, text) == {(person, entity, True)}


@pytest.mark.parametrize(("text", "person", "role", "entity"), NOT_DATED)
def test_role_not_dated(extract_text: Any, text: str, person: str, role: str, entity: str) -> None:
    roles = {
        (d["person"], d["role"], bool(d.get("past")))
        for d in _facts(extract_text, text, "person_role")
    }
    assert roles == {(person, role, False)}
    assert _leads(extract_text, text) == {(person, entity, False)}


# Family 2: a lead verb in a past tense.
PAST_VERBS = [
    (
        "Lucas Ferrandi, qui dirigeait l'association Terre Vive, a été entendu.",
        {("Lucas Ferrandi", "association Terre Vive", True)},
    ),
    (
        "Nadia Belkacem a dirigé le musée Orsan pendant douze ans.",
        {("Nadia Belkacem", "musée Orsan", True)},
    ),
    ("Le musée Orsan était dirigé par Nadia Belkacem.", {("Nadia Belkacem", "musée Orsan", True)}),
    (
        "Le club Olbia, que présidait alors Sarah Kettani, a été relégué.",
        {("Sarah Kettani", "club Olbia", True)},
    ),
    (
        "Antoine Lescure présida le théâtre Garance jusqu'à sa mort.",
        {("Antoine Lescure", "théâtre Garance", True)},
    ),
    (
        "Nadia Belkacem dirigeait le musée Orsan à l'époque des faits.",
        {("Nadia Belkacem", "musée Orsan", True)},
    ),
]

PRESENT_VERBS = [
    (
        "Nadia Belkacem, qui dirige le musée Orsan, a refusé de commenter.",
        {("Nadia Belkacem", "musée Orsan", False)},
    ),
    (
        "Le club Olbia, que préside Sarah Kettani, a été relégué.",
        {("Sarah Kettani", "club Olbia", False)},
    ),
    (
        "Le théâtre Garance est dirigé par Antoine Lescure.",
        {("Antoine Lescure", "théâtre Garance", False)},
    ),
    (
        "La mission Artémis, dirigée par Élise Morvan, a décollé.",
        {("Élise Morvan", "mission Artémis", False)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), PAST_VERBS + PRESENT_VERBS)
def test_lead_verb_tense(
    extract_text: Any, text: str, expected: set[tuple[str, str, bool]]
) -> None:
    assert _leads(extract_text, text) == expected


# Family 3: a quote after the speech verb of a relative clause.
Q1 = "Ce projet est une erreur pour toute la ville."
Q2 = "Nous devons protéger ces emplois coûte que coûte."
Q3 = "La réforme ne passera pas sans un vrai débat."
Q4 = "Le musée rouvrira ses portes au printemps."
Q5 = "Les salaires seront gelés pendant deux ans."
Q6 = "Le chantier sera terminé avant la fin de l'année."

RELATIVE = [
    (f"Nadia Belkacem a répondu à Lucas Ferrandi, qui avait dit : « {Q1} »", "Lucas Ferrandi", Q1),
    (f"Thomas Quéré a rencontré Élise Morvan, qui lui a dit : « {Q2} »", "Élise Morvan", Q2),
    (f"Bruno Pagès a cité Sarah Kettani, qui affirmait : « {Q3} »", "Sarah Kettani", Q3),
    (
        f"Antoine Lescure a salué le travail de Nadia Belkacem, qui a déclaré : « {Q4} »",
        "Nadia Belkacem",
        Q4,
    ),
    (f"Élise Morvan a interrogé Thomas Quéré, qui leur a expliqué : « {Q5} »", "Thomas Quéré", Q5),
    (f"Sarah Kettani a contredit Bruno Pagès, qui avait déclaré : « {Q6} »", "Bruno Pagès", Q6),
]

SUBJECT_SPEAKS = [
    (f"Nadia Belkacem, qui a rencontré Lucas Ferrandi, a déclaré : « {Q1} »", "Nadia Belkacem", Q1),
    (f"Thomas Quéré, qui connaît bien Élise Morvan, a dit : « {Q2} »", "Thomas Quéré", Q2),
    (f"Bruno Pagès a répondu à Sarah Kettani : « {Q3} »", "Bruno Pagès", Q3),
    (f"Antoine Lescure a déclaré à Nadia Belkacem : « {Q4} »", "Antoine Lescure", Q4),
    (f"Élise Morvan a écrit à Thomas Quéré, qui était absent : « {Q5} »", "Élise Morvan", Q5),
]


@pytest.mark.parametrize(("text", "speaker", "said"), RELATIVE + SUBJECT_SPEAKS)
def test_relative_clause_speaker(extract_text: Any, text: str, speaker: str, said: str) -> None:
    quotes = {(d["speaker"], d["text"]) for d in _facts(extract_text, text, "quote")}
    assert quotes == {(speaker, said)}


# Family 4: « le maire de la ville » and the town of the headline, only when it names one.
BURNT = (
    "Un incendie a touché une école. Le maire de la ville, Jacques Mondin, s'est rendu sur place."
)
STORM = "Des arbres sont tombés. La maire de la commune, Claire Dutertre, a ouvert un gymnase."
FLOOD = "Les pompiers ont évacué cent personnes. La maire de la commune, Claire Dutertre, a parlé."
STRIKE = "Les déchets s'accumulent. Le maire de la ville, Jacques Mondin, a appelé au dialogue."
JAZZ = "Le festival a attiré des milliers de visiteurs. Le maire de la ville, Jacques Mondin, a ri."

ONE_TOWN = [
    ("Incendie à Brivelles", BURNT, {("Jacques Mondin", "Brivelles", False)}),
    ("Tempête à Saint-Orcel", STORM, {("Claire Dutertre", "Saint-Orcel", False)}),
    ("Festival de jazz à Vérac", JAZZ, {("Jacques Mondin", "Vérac", False)}),
    (
        "Inondations à Orcières : les habitants évacués",
        FLOOD,
        {("Claire Dutertre", "Orcières", False)},
    ),
    ("Grève des éboueurs à Brivelles", STRIKE, {("Jacques Mondin", "Brivelles", False)}),
]

NO_ONE_TOWN = [
    ("Incendies à Brivelles et Vérac", BURNT),
    ("Tempêtes à Saint-Orcel, Vérac et Orcières", STORM),
    ("Inondations à Orcières ou à Vérac : les habitants évacués", FLOOD),
    ("Grève des éboueurs à Brivelles puis Vérac", STRIKE),
    ("Incendie dans une école", BURNT),
    ("Festival de jazz à Vérac et Brivelles", JAZZ),
]


@pytest.mark.parametrize(("title", "text", "expected"), ONE_TOWN)
def test_town_of_the_headline(
    extract_text: Any, title: str, text: str, expected: set[tuple[str, str, bool]]
) -> None:
    leads = {
        (f.to_dict()["leader"], f.to_dict()["entity"], bool(f.to_dict().get("past")))
        for f in extract_text(f"{title}\n\n{text}")
        if f.type == "leads"
    }
    assert leads == expected


@pytest.mark.parametrize(("title", "text"), NO_ONE_TOWN)
def test_no_town_of_the_headline(extract_text: Any, title: str, text: str) -> None:
    assert not [f for f in extract_text(f"{title}\n\n{text}") if f.type == "leads"]


# Family 5: an addressee between the inverted speech verb and its subject.
SAID = "L'enquête ne fait que commencer"

ADDRESSEE = [
    (
        f"« {SAID} », a déclaré à la presse le procureur de la République.",
        "le procureur de la République",
    ),
    (
        f"« {SAID} », a déclaré lundi à la presse le procureur de la République.",
        "le procureur de la République",
    ),
    (f"« {SAID} », a confié à ses proches le maire.", "le maire"),
    (
        f"« {SAID} », a expliqué aux journalistes la porte-parole de la préfecture.",
        "la porte-parole de la préfecture",
    ),
    (
        f"« {SAID} », a déclaré au journal Le Matin le procureur de la République.",
        "le procureur de la République",
    ),
    (f"« {SAID} », a déclaré à la presse Paul Garcin.", "Paul Garcin"),
    (
        f"{SAID}, a déclaré à la presse le procureur de la République.",
        "le procureur de la République",
    ),
]

NO_SPEAKER = [
    f"« {SAID} », a déclaré à la presse locale.",
    f"« {SAID} », a confié à ses proches.",
    f"« {SAID} », a écrit au maire de Brivelles.",
]


@pytest.mark.parametrize(("text", "speaker"), ADDRESSEE)
def test_speaker_after_addressee(extract_text: Any, text: str, speaker: str) -> None:
    quotes = {(d["speaker"], d["text"]) for d in _facts(extract_text, text, "quote")}
    assert quotes == {(speaker, SAID)}


@pytest.mark.parametrize("text", NO_SPEAKER)
def test_addressee_is_no_speaker(extract_text: Any, text: str) -> None:
    quotes = {(d["speaker"], d["text"]) for d in _facts(extract_text, text, "quote")}
    assert quotes == {(None, SAID)}


# Family 6: a head title not held yet.
NOT_YET = [
    "Nadia Belkacem, future présidente du club Olbia, a démenti.",
    "La future présidente du club Olbia, Nadia Belkacem, a démenti.",
    "Le futur directeur du musée Orsan, Lucas Ferrandi, prendra ses fonctions en mai.",
    "Lucas Ferrandi, prochain directeur du musée Orsan, prendra ses fonctions en mai.",
    "Le prochain directeur du musée Orsan, Lucas Ferrandi, prendra ses fonctions en mai.",
    "Lucas Ferrandi, pressenti directeur du musée Orsan, a démenti.",
]

HELD = [
    ("Nadia Belkacem, présidente du club Olbia, a démenti.", ("Nadia Belkacem", "club Olbia")),
    (
        "Le nouveau directeur du musée Orsan, Lucas Ferrandi, a pris ses fonctions.",
        ("Lucas Ferrandi", "musée Orsan"),
    ),
    (
        "Lucas Ferrandi, actuel directeur du musée Orsan, a démenti.",
        ("Lucas Ferrandi", "musée Orsan"),
    ),
    ("La présidente du club Olbia, Nadia Belkacem, a démenti.", ("Nadia Belkacem", "club Olbia")),
]


@pytest.mark.parametrize("text", NOT_YET)
def test_head_title_not_held_yet(extract_text: Any, text: str) -> None:
    assert _leads(extract_text, text) == set()


@pytest.mark.parametrize(("text", "expected"), HELD)
def test_head_title_held(extract_text: Any, text: str, expected: tuple[str, str]) -> None:
    assert _leads(extract_text, text) == {(*expected, False)}


# Family 7: the name right before a speech verb after a comma speaks, not a name before it.
SAID7 = "Rien n'est encore décidé à ce stade."

NAME_BEFORE_VERB = [
    (
        f"Interrogée sur la fermeture de l'usine par Paul Garcin, Claire Dutertre a répondu : « {SAID7} »",
        "Claire Dutertre",
    ),
    (
        f"Interrogé par le journaliste Paul Garcin, Lucas Ferrandi a déclaré : « {SAID7} »",
        "Lucas Ferrandi",
    ),
    (f"Face à Paul Garcin, Claire Dutertre a lancé : « {SAID7} »", "Claire Dutertre"),
    (
        f"Après avoir rencontré Paul Garcin, Claire Dutertre a déclaré : « {SAID7} »",
        "Claire Dutertre",
    ),
    (f"Claire Dutertre et Paul Garcin ont déclaré : « {SAID7} »", "Claire Dutertre et Paul Garcin"),
    (f"La mère de Paul Garcin a écrit : « {SAID7} »", "La mère de Paul Garcin"),
    (f"Paul Garcin a déclaré : « {SAID7} »", "Paul Garcin"),
    (f"Claire Dutertre, la directrice, a précisé : « {SAID7} »", "Claire Dutertre"),
]


@pytest.mark.parametrize(("text", "speaker"), NAME_BEFORE_VERB)
def test_name_right_before_the_verb(extract_text: Any, text: str, speaker: str) -> None:
    quotes = {(d["speaker"], d["text"]) for d in _facts(extract_text, text, "quote")}
    assert quotes == {(speaker, SAID7)}
