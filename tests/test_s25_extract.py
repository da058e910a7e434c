"""Session 25, extraction families seen on unseen articles, on invented sentences.

1. An active verb of choosing gives its object the title after it (« le conseil a élu A
   présidente du club », « ont désigné A comme rapporteur », « ont réélu comme président le Belge
   A »); its subject chooses and holds nothing.
2. A past participle tells its gender by its ending (« A a été élue à la tête de … » is a woman,
   even where the model reads « élue » as masculine).
3. A name right after a word in capitals that is no title (« SOS Amis Vossberg ») is one body's
   name, not a person, unless a known first name opens it (« le député PVE Paul Roux »).
"""

from __future__ import annotations

from typing import Any

import pytest

from generators.extract import pipeline as nlp
from generators.extract.titles import token_gender

_HEAD = "Vossberg : un titre\n\n3 juin 2018. –\n"


def _facts(extract_text: Any, text: str, kind: str) -> list[Any]:
    return [f for f in extract_text(_HEAD + text + "\n") if f.type == kind]


def _roles(extract_text: Any, text: str) -> set[tuple[Any, Any]]:
    return {(f.get("person"), f.get("role")) for f in _facts(extract_text, text, "person_role")}


# --- 1. the object of a choosing verb takes the title ------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Les actionnaires de Valmex ont élu Paul Roux président du conseil de surveillance.",
            ("Paul Roux", "président du conseil de surveillance"),
        ),
        (
            "Les députés ont désigné Marc Lenoir comme président de la commission des finances.",
            ("Marc Lenoir", "président de la commission des finances"),
        ),
        (
            "Le gouvernement a nommé Anna Berg ambassadrice au Japon la semaine dernière.",
            ("Anna Berg", "ambassadrice au Japon"),
        ),
        (
            "Le parti a nommé Claude Morel au poste de secrétaire général du bureau.",
            ("Claude Morel", "secrétaire général du bureau"),
        ),
        (
            "Les délégués de la ligue ont réélu comme président le Belge Marc Dufour samedi.",
            ("Marc Dufour", "président"),
        ),
        (
            "Le conseil municipal élit Jeanne Piel maire de Vossberg pour six ans.",
            ("Jeanne Piel", "maire de Vossberg"),
        ),
        (
            "Les sénateurs ont finalement choisi Louis Garnier comme rapporteur du budget.",
            ("Louis Garnier", "rapporteur du budget"),
        ),
    ],
)
def test_the_object_of_a_choosing_verb_takes_the_title(
    extract_text: Any, text: str, expected: tuple[str, str]
) -> None:
    assert expected in _roles(extract_text, text)


def test_the_chosen_president_leads_the_body(extract_text: Any) -> None:
    text = "Les actionnaires de Valmex ont élu Paul Roux président du conseil de surveillance."
    leads = {(f.get("leader"), f.get("entity")) for f in _facts(extract_text, text, "leads")}
    assert leads == {("Paul Roux", "conseil de surveillance")}


@pytest.mark.parametrize(
    "text",
    [
        "Le chanteur se nomme Jean Valmy et vit à Vossberg depuis dix ans.",
        "Les électeurs de Vossberg ont élu Pierre Gasc dimanche avec 52 % des voix.",
        "Le conseil n'a pas élu Hugo Brun président du club, contre toute attente.",
        "Les habitants ont choisi Vossberg comme capitale régionale du vélo cette année.",
    ],
)
def test_no_title_without_a_chosen_person_and_a_title(extract_text: Any, text: str) -> None:
    assert _roles(extract_text, text) == set()


# --- 2. a past participle's gender ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "gender"),
    [
        ("Anna Berg a été élue à la tête de la ligue.", "élue", "f"),
        ("Paul Roux a été élu à la tête du club.", "élu", "m"),
        ("Les deux sœurs ont été nommées à la direction.", "nommées", "f"),
        ("Léa Morel, arrivée lundi, repart demain.", "arrivée", "f"),
        ("La ministre, mise en cause, a démissionné.", "mise", "f"),
        ("Le ministre, mis en cause, a démissionné.", "mis", "m"),
    ],
)
def test_a_participle_tells_its_gender_by_its_ending(
    nlp_loaded: Any, text: str, word: str, gender: str
) -> None:
    doc = nlp.parse(text)[0][1]
    assert token_gender(next(t for t in doc if t.text == word)) == gender


@pytest.fixture(scope="module")
def nlp_loaded(nlp: Any) -> Any:
    return nlp


def test_a_woman_elected_at_the_head_of_a_body(extract_text: Any) -> None:
    text = "Anna Berg a été élue à la tête de la ligue de Vossberg."
    [lead] = _facts(extract_text, text, "leads")
    assert (lead.get("leader"), lead.get("leader_gender")) == ("Anna Berg", "f")


# --- 3. a name after a word in capitals ----------------------------------------------------------


_SAID = "Le corps a été retrouvé samedi.\n\n{} précise :\n\n« La fouille a très vite mal tourné. »"


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (_SAID.format("SOS Amis Vossberg"), {"SOS Amis Vossberg"}),
        (_SAID.format("SOS Racisme Valmontie"), {"SOS Racisme Valmontie"}),
        (_SAID.format("ATD Entraide Vossberg"), {"ATD Entraide Vossberg"}),
        (_SAID.format("SOS Médias Vossberg"), {"SOS Médias Vossberg", None}),
        (
            "SOS Journalistes Vossberg précise : « La police a frappé les militants devant la "
            "mairie. Deux sont encore à l'hôpital. »",
            {"SOS Journalistes Vossberg", None},
        ),
        (
            "Le député PVE Paul Roux affirme : « Nous porterons plainte contre la police de la "
            "ville. »",
            {"Paul Roux"},
        ),
        (
            "Le PDG Marc Lenoir affirme : « Nous ne fermerons aucune usine cette année. »",
            {"Marc Lenoir"},
        ),
    ],
)
def test_a_name_after_capitals_is_a_body(extract_text: Any, text: str, speakers: set[Any]) -> None:
    said = [f.get("speaker") for f in _facts(extract_text, text, "quote")]
    people = {f.get("person") for f in _facts(extract_text, text, "person_role")}
    assert not {"Journalistes Vossberg", "Médias Vossberg", "Amis Vossberg"} & (set(said) | people)
    assert set(said) <= speakers
    if None not in speakers:
        assert said  # the body speaks


# --- 4. bodies that speak, and quotes a sentence of its own subject holds -------------------------


def _quotes(extract_text: Any, text: str) -> list[tuple[Any, Any]]:
    return [(f.get("speaker"), f.get("text")) for f in _facts(extract_text, text, "quote")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Un skieur est mort samedi.\n\nLes secours précisent que « le skieur était seul ».",
            "Les secours",
        ),
        (
            "Un skieur est mort samedi.\n\nLes secours ont indiqué : « Le skieur était seul. »",
            "Les secours",
        ),
        (
            "Un skieur est mort samedi.\n\nLa famille de la victime a déclaré : « Nous voulons la "
            "vérité. »",
            "La famille de la victime",
        ),
        (
            "Le procès s'est ouvert lundi.\n\nLa défense a plaidé que « rien ne prouve sa présence ».",
            "La défense",
        ),
        (
            "Un skieur est mort samedi.\n\nLes gendarmes précisent que « le skieur était seul ».",
            "Les gendarmes",
        ),
    ],
)
def test_bodies_and_services_speak(extract_text: Any, text: str, speaker: str) -> None:
    assert [s for s, _ in _quotes(extract_text, text)] == [speaker]


_SAID_BEFORE = (
    "Une crue a noyé la vallée.\n\n« L'eau est montée vite », a déclaré le maire Paul Morel. "
)


@pytest.mark.parametrize(
    ("then", "speaker"),
    [
        # a clause with its own noun subject holds the quote: not the last speaker's
        ("La cause de la crue serait « une digue mal entretenue depuis des années ».", None),
        ("Le rapport parle d'« une digue mal entretenue depuis des années ».", None),
        ("La digue était « mal entretenue depuis des années, et tout le monde le savait ».", None),
        # the last speaker goes on
        ("« La digue était mal entretenue depuis des années. »", "Paul Morel"),
        ("Il ajoute : « La digue était mal entretenue depuis des années. »", "Paul Morel"),
    ],
)
def test_the_last_speaker_goes_on_only_in_a_quote_of_its_own(
    extract_text: Any, then: str, speaker: str | None
) -> None:
    quotes = _quotes(extract_text, _SAID_BEFORE + then)
    assert quotes[0] == ("Paul Morel", "L'eau est montée vite")
    assert {s for s, _ in quotes[1:]} <= {speaker}
    if speaker:
        assert [s for s, _ in quotes[1:]] == [speaker]


def test_a_title_subject_may_be_the_last_speaker_again(extract_text: Any) -> None:
    text = _SAID_BEFORE + "Le maire, 52 ans, n'exclut pas de partir, « pourquoi pas à l'étranger »."
    assert [s for s, _ in _quotes(extract_text, text)] == ["Paul Morel", "Paul Morel"]


# --- 5. first names tell the gender when nothing else does ----------------------------------------


@pytest.mark.parametrize(
    ("name", "gender"),
    [
        ("Anna Berg", "f"),
        ("Federica Lanzi", "f"),
        ("Petra Holm", "f"),
        ("Aminata Sow", "f"),
        ("Jonathan Morel", "m"),
        ("Matteo Ricci", "m"),
        ("Mohammed Alami", "m"),
        ("Ivan Petrov", "m"),
        # no first name known: no gender guessed
        ("Kerri Vossberg", None),
        ("Alix Dumont", None),
    ],
)
def test_a_first_name_tells_the_gender(extract_text: Any, name: str, gender: str | None) -> None:
    text = f"{name}, porte-parole de la mairie, a pris la parole lundi devant les habitants."
    roles = [f for f in _facts(extract_text, text, "person_role") if f.get("person") == name]
    assert [f.get("gender") for f in roles] == [gender]


# --- 6. awards won: « a reçu le prix », « a décroché la médaille » ---------------------------------


def _wins(extract_text: Any, text: str) -> list[tuple[Any, ...]]:
    return [
        (f.get("actor"), f.get("verb"), f.get("object"))
        for f in _facts(extract_text, text, "action")
        if f.get("kind") == "win"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Marc Dufour a reçu le prix de la photographie pour sa série sur les ports.",
            [("Marc Dufour", "recevoir", "le prix de la photographie")],
        ),
        (
            "La nageuse Léa Morel a décroché la médaille d'or du 200 mètres à Vossberg.",
            [("Léa Morel", "décrocher", "la médaille d'or du 200 mètres à Vossberg")],
        ),
        (
            "Le cinéaste Paul Roux a obtenu le prix du jury au festival de Vossberg.",
            [("Paul Roux", "obtenir", "le prix du jury")],
        ),
        (
            "Anne Vidal a reçu la médaille de bronze du concours de piano de Vossberg.",
            [("Anne Vidal", "recevoir", "la médaille de bronze du concours de piano de Vossberg")],
        ),
        (
            "Paul Roux a décroché le titre de champion de Brovanie du 400 mètres.",
            [("Paul Roux", "décrocher", "le titre de champion de Brovanie du 400 mètres")],
        ),
        # no award: another object
        ("Le maire Paul Roux a reçu un appel du ministre lundi.", []),
        ("La juge Léa Morel a reçu des menaces de mort après le procès.", []),
        ("Le maire Paul Roux a décroché le téléphone pour appeler le préfet.", []),
        ("Marc Dufour a reçu la visite du préfet de Vossberg samedi.", []),
        ("Paul Roux a obtenu un prêt de la banque pour son entreprise.", []),
    ],
)
def test_an_award_received_is_a_win(extract_text: Any, text: str, expected: list[Any]) -> None:
    assert _wins(extract_text, text) == expected
