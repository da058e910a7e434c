"""Leads and successions on invented news sentences (session 17): the article's own country and
what a bare head title leads there (article_place), the city or party a title points back to,
titles in apposition, and successions across clauses."""

from __future__ import annotations

from typing import Any

import pytest

from generators.extract.article_place import bare_title
from generators.french.countries import countries_in, dominant_country


def _facts(extract_text: Any, text: str, kind: str, title: str = "Titre") -> list[dict[str, Any]]:
    return [f.to_dict() for f in extract_text(f"{title}\n\n{text}") if f.type == kind]


def _leads(extract_text: Any, text: str, title: str = "Titre") -> set[tuple[str, str]]:
    return {(f["leader"], f["entity"]) for f in _facts(extract_text, text, "leads", title)}


def _successions(extract_text: Any, text: str) -> set[tuple[str, str]]:
    return {(f["successor"], f["predecessor"]) for f in _facts(extract_text, text, "succession")}


# --- Family 1: the article's country -------------------------------------------------------------

COUNTRIES = [
    (
        "Portugal : une grève paralyse les ports",
        "Le Portugal vote. Au Portugal, on attend.",
        "Portugal",
    ),
    (
        "Pérou : séisme dans le sud",
        "Le Pérou compte ses morts. Le gouvernement péruvien aide.",
        "Pérou",
    ),
    (
        "Burkina-Faso : attaque",
        "Le Burkina Faso pleure. Les autorités burkinabè enquêtent.",
        "Burkina Faso",
    ),
    # the title's country, named once only in the text: not enough
    ("Chili : élections", "Le scrutin chilien a lieu dimanche.", None),
    ("Chili : élections", "Le scrutin chilien a lieu dimanche, le Chili vote.", "Chili"),
    # the title's country outnumbered by another
    (
        "Chili : visite",
        "Le Chili reçoit. Le président argentin, en Argentine, puis l'Argentine.",
        None,
    ),
    # no country in the title: one the text names four times, three times as often as the next
    ("Une grève", "La Grèce. En Grèce. La Grèce vote, le gouvernement grec. Italie.", "Grèce"),
    ("Une grève", "La Grèce. En Grèce. La Grèce. Italie, Italie.", None),
]


@pytest.mark.parametrize(("title", "body", "expected"), COUNTRIES)
def test_article_country(title: str, body: str, expected: str | None) -> None:
    assert dominant_country(title, body) == expected


def test_countries_counted_by_name_and_adjective() -> None:
    found = countries_in("La Norvège et le gouvernement norvégien ; les États-Unis, l'Islande.")
    assert found["Norvège"] == 2 and found["États-Unis"] == 1 and found["Islande"] == 1


def test_bare_title_drops_time_words_and_modifiers() -> None:
    assert bare_title("actuel Premier ministre conservateur") == "premier ministre"
    assert bare_title("nouvelle présidente") == "présidente"


PORTUGAL = "Portugal : la crise politique s'aggrave"
CONTEXT = "Le Portugal traverse une crise. À Lisbonne, le Portugal s'inquiète. "

BARE_TITLES = [
    (CONTEXT + "Le président Arnaldo Vexim a appelé au calme.", {("Arnaldo Vexim", "Portugal")}),
    (
        CONTEXT + "Le Premier ministre, Tomas Quelvar, a démissionné jeudi.",
        {("Tomas Quelvar", "gouvernement du Portugal")},
    ),
    (
        CONTEXT + "L'actuel Premier ministre conservateur Tomas Quelvar a répondu.",
        {("Tomas Quelvar", "gouvernement du Portugal")},
    ),
    (
        CONTEXT + "Le président de la République, Arnaldo Vexim, a signé le décret.",
        {("Arnaldo Vexim", "Portugal")},
    ),
    (
        CONTEXT + "L'armée du président Arnaldo Vexim avance vers le nord.",
        {("Arnaldo Vexim", "Portugal")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), BARE_TITLES)
def test_bare_head_title_leads_the_article_country(
    extract_text: Any, text: str, expected: set[tuple[str, str]]
) -> None:
    assert expected <= _leads(extract_text, text, PORTUGAL)


NOT_THE_COUNTRY = [
    # a club's president, a jury's: no head of state
    CONTEXT + "Le président du club, Arnaldo Vexim, a limogé l'entraîneur.",
    CONTEXT + "Le jury a rendu son verdict. Le président Arnaldo Vexim a lu le palmarès.",
    # a former president: which country's is unsaid
    CONTEXT + "L'ancien président Arnaldo Vexim a assisté à la cérémonie.",
    # another country's president elsewhere in the article
    CONTEXT + "Le président argentin Arnaldo Vexim est arrivé. Le président Arnaldo Vexim a parlé.",
]


@pytest.mark.parametrize("text", NOT_THE_COUNTRY)
def test_bare_title_not_read_as_head_of_the_country(extract_text: Any, text: str) -> None:
    leads = _leads(extract_text, text, PORTUGAL)
    assert ("Arnaldo Vexim", "Portugal") not in leads


def test_no_article_country_no_lead(extract_text: Any) -> None:
    text = "La crise s'aggrave. Le président Arnaldo Vexim a appelé au calme."
    assert not {e for _, e in _leads(extract_text, text, "Une crise politique")} & {"Portugal"}
    assert _leads(extract_text, text, "Une crise politique") == set()


# --- Family 2: the town a title points back to, the party named by its leader --------------------

TOWNS = [
    (
        "À Vanville, la nouvelle maire de la ville, Odile Farnier, a inauguré la gare.",
        {("Odile Farnier", "Vanville")},
    ),
    (
        "Les habitants de Brisemont écrivent à Paul Brissac, maire (LV) de cette commune du nord.",
        {("Paul Brissac", "Brisemont")},
    ),
    (
        "La ville de Castelbrun accueille le festival. Lundi, le maire de la ville, Luc Demarne, "
        "a ouvert les portes.",
        {("Luc Demarne", "Castelbrun")},
    ),
    (
        "À Vanville, Paul Brissac, le maire de la commune, a fermé les écoles.",
        {("Paul Brissac", "Vanville")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), TOWNS)
def test_town_title_points_back(
    extract_text: Any, text: str, expected: set[tuple[str, str]]
) -> None:
    assert expected <= _leads(extract_text, text)


TOWNS_NOT = [
    # « adjoint au maire »: the deputy heads nothing
    "À Vanville, le premier adjoint au maire de la ville, Luc Demarne, a parlé.",
    # no town named before: nothing to point back to
    "La nouvelle maire de la ville, Odile Farnier, a inauguré la gare.",
    # only a country named before
    "En Italie, la nouvelle maire de la ville, Odile Farnier, a inauguré la gare.",
]


@pytest.mark.parametrize("text", TOWNS_NOT)
def test_town_title_without_town_gives_no_town(extract_text: Any, text: str) -> None:
    leads = _leads(extract_text, text)
    assert not any(e in ("Vanville", "Italie") for _, e in leads)


def test_former_mayor_is_past(extract_text: Any) -> None:
    facts = _facts(
        extract_text, "À Vanville, l'ancien maire de la ville, Luc Demarne, a parlé.", "leads"
    )
    town = [f for f in facts if f["entity"] == "Vanville"]
    assert town and all(f.get("past") for f in town)


PARTIES = [
    (
        "Le Parti libéral-démocrate de Hiroshi Tanabe a remporté les élections.",
        {("Hiroshi Tanabe", "Parti libéral-démocrate")},
    ),
    (
        "Les élus du Mouvement Citoyen de Marc Ostier ont voté contre.",
        {("Marc Ostier", "Mouvement Citoyen")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), PARTIES)
def test_party_of_its_leader(extract_text: Any, text: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= _leads(extract_text, text)


PARTIES_NOT = [
    "Le Parti socialiste de Vanville a choisi son candidat.",  # a place, not a leader
    "Le parti de Marc Ostier a remporté les élections.",  # no party named
    "Marc Ostier a quitté le parti de gauche de la région.",
]


@pytest.mark.parametrize("text", PARTIES_NOT)
def test_party_without_leader_gives_no_party_lead(extract_text: Any, text: str) -> None:
    assert not any(e.lower().startswith("parti") for _, e in _leads(extract_text, text))


def test_head_of_government_not_blocked_by_a_council(extract_text: Any) -> None:
    text = CONTEXT + "Un conseil de crise siège. Le Premier ministre, Tomas Quelvar, a parlé."
    assert ("Tomas Quelvar", "gouvernement du Portugal") in _leads(extract_text, text, PORTUGAL)


def test_body_named_far_after_the_title_does_not_block(extract_text: Any) -> None:
    text = (
        CONTEXT + "Le président Arnaldo Vexim dénonce une attaque menée la nuit par un groupe armé."
    )
    assert ("Arnaldo Vexim", "Portugal") in _leads(extract_text, text, PORTUGAL)


# --- Family 3: titles in apposition and parentheses; events are not led --------------------------

APPOSED = [
    (
        "Le directeur sortant de l'agence Vexport, Marc Ostier, a quitté ses fonctions.",
        ("Marc Ostier", "agence Vexport", False),
    ),
    (
        "Présidente de la commission des finances, Odile Farnier est intervenue mardi.",
        ("Odile Farnier", "commission des finances", False),
    ),
    (
        "Claire Ombrel (présidente du groupe Avenir commun) a voté contre.",
        ("Claire Ombrel", "groupe Avenir commun", False),
    ),
    (
        "Selon Marc Ostier (directeur de l'Observatoire des forêts), la sécheresse menace.",
        ("Marc Ostier", "Observatoire des forêts", False),
    ),
    (
        "Hugo Lanvin, alors directeur de l'Institut Valmont, avait signé le texte.",
        ("Hugo Lanvin", "Institut Valmont", True),
    ),
    (
        "L'ex-présidente de la Fédération de judo, Claire Ombrel, a témoigné.",
        ("Claire Ombrel", "Fédération de judo", True),
    ),
    (
        "Le patron de la banque Ferrand, Luc Demarne, a été entendu.",
        ("Luc Demarne", "banque Ferrand", False),
    ),
]


@pytest.mark.parametrize(("text", "expected"), APPOSED)
def test_apposed_title_leads(extract_text: Any, text: str, expected: tuple[str, str, bool]) -> None:
    leader, entity, past = expected
    facts = [
        f
        for f in _facts(extract_text, text, "leads")
        if f["leader"] == leader and f["entity"] == entity
    ]
    assert facts and all(bool(f.get("past")) == past for f in facts)


EVENTS = [
    "Paul Brissac a dirigé une cérémonie d'hommage lundi.",
    "Paul Brissac a mené la réunion des maires.",
    "Paul Brissac a présidé la cérémonie d'ouverture.",
    "Paul Brissac dirigeait la séance du conseil.",
]


@pytest.mark.parametrize("text", EVENTS)
def test_an_event_is_not_led(extract_text: Any, text: str) -> None:
    assert _leads(extract_text, text) == set()


# --- Family 4: successions ----------------------------------------------------------------------

SUCCESSIONS = [
    (
        "Marc Ostier a été remplacé par Hugo Lanvin, puis par Claire Ombrel.",
        {("Hugo Lanvin", "Marc Ostier"), ("Claire Ombrel", "Hugo Lanvin")},
    ),
    (
        "Jean Valmont a démissionné. Son successeur, Marc Ostier, a pris ses fonctions.",
        {("Marc Ostier", "Jean Valmont")},
    ),
    (
        "Le directeur Jean Valmont a démissionné lundi. Son successeur, Marc Ostier, a pris ses "
        "fonctions.",
        {("Marc Ostier", "Jean Valmont")},
    ),
    (
        "L'entraîneur Jean Valmont a été limogé. Son successeur nommé lundi a promis des "
        "résultats. Marc Ostier annonce un nouveau plan.",
        {("Marc Ostier", "Jean Valmont")},
    ),
    (
        "La présidente du club, Odile Farnier, quitte son poste. Elle sera remplacée par Claire "
        "Ombrel.",
        {("Claire Ombrel", "Odile Farnier")},
    ),
    (
        "Le nouveau directeur, Paul Brissac, a critiqué son prédécesseur, Luc Demarne.",
        {("Paul Brissac", "Luc Demarne")},
    ),
    (
        "Luc Demarne est directeur de l'Institut Valmont. Paul Brissac remplace Luc Demarne à ce "
        "poste.",
        {("Paul Brissac", "Luc Demarne")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), SUCCESSIONS)
def test_succession(extract_text: Any, text: str, expected: set[tuple[str, str]]) -> None:
    assert _successions(extract_text, text) == expected


def test_replacing_at_this_post_takes_the_body(extract_text: Any) -> None:
    text = "Luc Demarne est directeur de l'Institut Valmont. Paul Brissac remplace Luc Demarne à ce poste."
    assert ("Paul Brissac", "Institut Valmont") in _leads(extract_text, text)


SUCCESSIONS_NOT = [
    # the sentence after names its subject, but « son successeur » was no subject of its own
    "Jean Valmont a été limogé. Il a rencontré son successeur lundi. Marc Ostier annonce un plan.",
    # the next sentence does not open on a name
    "Jean Valmont a été limogé. Son successeur nommé lundi a promis des résultats. Le club, lui, "
    "attend Marc Ostier.",
    # a wish, not a succession
    "Marc Ostier pourrait succéder à Jean Valmont.",
    # negated
    "Marc Ostier ne remplace pas Jean Valmont.",
]


@pytest.mark.parametrize("text", SUCCESSIONS_NOT)
def test_no_succession(extract_text: Any, text: str) -> None:
    assert ("Marc Ostier", "Jean Valmont") not in _successions(extract_text, text)


# --- A bare organisation head title points back to the one organisation named before -----------

ORGANISATION_HEADS = [
    (
        "L'Organisation mondiale des ports a publié un rapport lundi. Selon le secrétaire "
        "général, Marc Ostier, la situation est grave.",
        {("Marc Ostier", "Organisation mondiale des ports")},
    ),
    (
        "L'Organisation mondiale des ports et la Banque Ferrand ont publié un rapport. Selon le "
        "secrétaire général, Marc Ostier, la situation est grave.",
        set(),  # two organisations: which one is unsaid
    ),
    (
        "Le rapport est inquiétant. Selon le secrétaire général, Marc Ostier, la situation est "
        "grave.",
        set(),  # none named
    ),
]


@pytest.mark.parametrize(("text", "expected"), ORGANISATION_HEADS)
def test_bare_organisation_title(
    extract_text: Any, text: str, expected: set[tuple[str, str]]
) -> None:
    assert _leads(extract_text, text) == expected
