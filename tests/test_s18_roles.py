"""Person roles on invented news sentences (session 18): people listed after a plural title and a
colon, people known by a pseudonym or a stage name, trades named by a possessive phrase (« sa
carrière de chanteuse »), with the partner cases that must not fire."""

from __future__ import annotations

from typing import Any

import pytest


def _facts(extract_text: Any, text: str) -> list[dict[str, Any]]:
    return [f.to_dict() for f in extract_text("Titre\n\n" + text) if f.type == "person_role"]


def _roles(extract_text: Any, text: str) -> set[tuple[str, str]]:
    return {(f["person"], f["role"]) for f in _facts(extract_text, text)}


# A plural title, the clause it ends, a colon, then the names: each listed name holds the title.
@pytest.mark.parametrize(
    ("text", "people", "role"),
    [
        (
            "Trois conseillères ont été nommées : Anne Roy, Léa Petit et Zoé Marin.",
            ["Anne Roy", "Léa Petit", "Zoé Marin"],
            "conseillère",
        ),
        (
            "Le gouvernement compte trois nouveaux ministres : Paul Vernet, Marc Olier et Julie Rambert.",
            ["Paul Vernet", "Marc Olier", "Julie Rambert"],
            "nouveau ministre",
        ),
        (
            "Les ministres suivants ont été reconduits : Paul Vernet, Marc Olier et Julie Rambert.",
            ["Paul Vernet", "Marc Olier", "Julie Rambert"],
            "ministre",
        ),
        (
            "Les deux entraîneurs adjoints du club : Hugo Mallet et Lucas Bernier.",
            ["Hugo Mallet", "Lucas Bernier"],
            "entraîneur adjoint du club",
        ),
        (
            "Un nouveau porte-parole a été désigné : Marc Olier.",
            ["Marc Olier"],
            "nouveau porte-parole",
        ),
        (
            "Le journal cite plusieurs noms de vidéastes incriminés : Tom Lenoir, qui parle de jeux"
            " vidéo, KoolZap, vidéaste culinaire, Marc Olier qui fait des podcasts ou encore Léa"
            " Petit, qui parle de cuisine.",
            ["Tom Lenoir", "Marc Olier", "Léa Petit"],
            "vidéaste",
        ),
    ],
)
def test_names_listed_after_a_title_and_a_colon(
    extract_text: Any, text: str, people: list[str], role: str
) -> None:
    found = _roles(extract_text, text)
    for person in people:
        assert (person, role) in found


@pytest.mark.parametrize(
    "text",
    [
        "Les ministres ont réagi : Paul Vernet a dénoncé une erreur.",
        "Les ministres ont reçu trois invités : Anne Roy, Léa Petit et Zoé Marin.",
        "Le ministre a cité deux noms : Anne Roy et Léa Petit.",
        "Les avocats de la famille : Anne Vidal et Léa Petit ont plaidé.",
        "Les joueurs ont été sanctionnés : Hugo Mallet a été suspendu deux matchs.",
        "Un nouveau porte-parole a été désigné : Marc Olier et Léa Petit.",
    ],
)
def test_no_listed_role_for_a_clause_or_another_noun(extract_text: Any, text: str) -> None:
    roles = {role for _, role in _roles(extract_text, text)}
    assert not roles & {"ministre", "avocat de la famille", "joueur", "nouveau porte-parole"}


def test_a_list_role_is_singular_in_its_gender(extract_text: Any) -> None:
    found = _roles(
        extract_text, "Deux conseillères municipales ont démissionné : Anne Roy et Léa Petit."
    )
    assert ("Anne Roy", "conseillère municipale") in found


# A pseudonym, a stage name or a birth name is one more name of the same person.
@pytest.mark.parametrize(
    ("text", "person", "role", "alias"),
    [
        (
            "Le vidéaste Tom Lenoir, connu sous le pseudonyme de Tomix, a publié une vidéo."
            " Tomix a ensuite fermé son compte.",
            "Tom Lenoir",
            "vidéaste",
            "Tomix",
        ),
        (
            "La chanteuse Léa Morel, dite Lili, a sorti un album. Lili a ensuite annoncé une tournée.",
            "Léa Morel",
            "chanteuse",
            "Lili",
        ),
        ("Anne Roy (née Anne Vidal) est chanteuse.", "Anne Roy", "chanteuse", "Anne Vidal"),
        (
            "Le rappeur Marc Dorin, alias Zkov, a été arrêté. Le rappeur Zkov avait déjà été condamné.",
            "Marc Dorin",
            "rappeur",
            "Zkov",
        ),
        (
            "La chanteuse Zia, plus connue sous le nom de scène de Zaza, a chanté.",
            "Zia",
            "chanteuse",
            "Zaza",
        ),
        (
            "Le rappeur Zkov, de son vrai nom Marc Dorin, a été arrêté. Marc Dorin était absent.",
            "Zkov",
            "rappeur",
            "Marc Dorin",
        ),
    ],
)
def test_pseudonym_is_an_alias_of_the_person(
    extract_text: Any, text: str, person: str, role: str, alias: str
) -> None:
    facts = [f for f in _facts(extract_text, text) if f["role"] == role]
    assert [f["person"] for f in facts] == [person]
    assert alias in facts[0]["aliases"]


# A title written with a capital inside a sentence, before a one-word name.
@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        ("Le 6 août, le YouTubeur Zapix, 5 000 abonnés, poste un message.", "Zapix", "YouTubeur"),
        ("Une dénonciation du YouTubeur KoolPanda a été publiée.", "KoolPanda", "YouTubeur"),
        ("Une dénonciation du vidéaste Tomix a été publiée.", "Tomix", "vidéaste"),
    ],
)
def test_title_before_a_stage_name(extract_text: Any, text: str, person: str, role: str) -> None:
    assert (person, role) in _roles(extract_text, text)


@pytest.mark.parametrize(
    "text",
    [
        "Le vidéaste Tom Lenoir a rencontré Léa Petit. Léa Petit a dit qu'elle partait.",
        "« Je pars », dit Marc Olier, vidéaste.",
        "Paul Roy, né à Lyon, est ministre.",
        "Le vidéaste Tom Lenoir, dit-il, a rencontré Léa Petit.",
    ],
)
def test_no_alias_without_a_naming_cue(extract_text: Any, text: str) -> None:
    assert all(len(f["aliases"]) == 0 for f in _facts(extract_text, text))


# A possessive phrase names the subject's trade: « sa carrière de chanteuse ».
@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        (
            "Léa Morel est née en 1970. Née à Vallon, elle commence sa carrière de chanteuse en 1990.",
            "Léa Morel",
            "chanteuse",
        ),
        (
            "Léa Morel a quitté Vallon en 1990. Elle commence alors sa carrière de chanteuse à Paris.",
            "Léa Morel",
            "chanteuse à Paris",
        ),
        ("Paul Roy exerce son métier d'avocat depuis vingt ans.", "Paul Roy", "avocat"),
        (
            "Après la mort de son mari, Anne Vidal mit fin à sa carrière de chanteuse en 1997.",
            "Anne Vidal",
            "chanteuse",
        ),
        (
            "Hugo Mallet a débuté sa carrière d'entraîneur adjoint au FC Vallon.",
            "Hugo Mallet",
            "entraîneur adjoint au FC Vallon",
        ),
        (
            "Marc Olier a repris en 2001 son ancienne profession de journaliste.",
            "Marc Olier",
            "journaliste",
        ),
    ],
)
def test_trade_in_a_possessive_phrase(extract_text: Any, text: str, person: str, role: str) -> None:
    assert (person, role) in _roles(extract_text, text)


@pytest.mark.parametrize(
    "text",
    [
        "Marc Olier a aidé Léa Petit dans sa carrière de chanteuse.",
        "Paul Roy a relancé la carrière de chanteuse de Léa Petit.",
        "Paul Roy a commencé sa carrière de vingt ans dans la banque.",
        "Les chanteurs ont commencé leur carrière en 1990.",
    ],
)
def test_no_trade_for_someone_else_or_no_trade(extract_text: Any, text: str) -> None:
    found = _roles(extract_text, text)
    assert not {p for p, r in found if "chanteu" in r or "banque" in r}


# Precision: a title belongs to the name it is set beside, not to a name the next clause or a
# plural group stands next to.
@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        (
            "Paul Roy, qui a rencontré Léa Petit. Médecin, Marc Olier a soigné les blessés.",
            "Marc Olier",
            "médecin",
        ),
        ("Paul Roy a rencontré Léa Petit, médecin à Vallon.", "Léa Petit", "médecin à Vallon"),
        (
            "Le discours de Paul Roy, ministre des Finances, a été salué.",
            "Paul Roy",
            "ministre des Finances",
        ),
        (
            "Paul Roy a parlé avec Léa Petit, avocate, et Marc Olier, notaire.",
            "Marc Olier",
            "notaire",
        ),
        (
            "L'audience survient après la nomination d'un de ses anciens conseillers, Paul Vernet,"
            " au poste de procureur.",
            "Paul Vernet",
            "ancien conseiller",
        ),
    ],
)
def test_title_beside_its_own_name(extract_text: Any, text: str, person: str, role: str) -> None:
    assert (person, role) in _roles(extract_text, text)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Paul Roy, qui a rencontré Léa Petit. Médecin, Marc Olier a soigné les blessés.",
            "médecin",
        ),
        ("Selon Paul Roy, le président de la région a menti.", "président de la région"),
        ("Paul Roy a rencontré Léa Petit, le président de la région ayant refusé.", "président"),
        (
            "Il a consulté sa famille et ses médecins, Mme Dulac, âgée de 92 ans, a décidé.",
            "médecin",
        ),
        ("Malgré les mesures du président, des Gilets jaunes vont continuer.", "président"),
        (
            "« Nous partons », a annoncé Paul Roy. Le porte-parole de la famille a confirmé.",
            "porte-parole",
        ),
        ("Le tourisme de Vallon, justifiant ainsi les efforts, progresse.", "justifiant"),
        ("Pour Paul Roy, le ministre de l'Intérieur a eu tort.", "ministre"),
    ],
)
def test_no_title_for_a_neighbouring_name(extract_text: Any, text: str, role: str) -> None:
    wrong = {(p, r) for p, r in _roles(extract_text, text) if role in r}
    assert wrong <= {("Marc Olier", "médecin")}


# « A B, directeur de Lumio »: « de Lumio » completes the title, whatever entity the model saw.
@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        (
            "Robert Vance, directeur exécutif de Lumio, a expliqué l'achat.",
            "Robert Vance",
            "directeur exécutif de Lumio",
        ),
        (
            "Paul Roy, directeur général de Lumio, a expliqué l'achat.",
            "Paul Roy",
            "directeur général de Lumio",
        ),
        ("Le général de Vallières a inspecté les troupes.", "de Vallières", "général"),
    ],
)
def test_de_after_an_apposed_title_is_its_complement(
    extract_text: Any, text: str, person: str, role: str
) -> None:
    found = _roles(extract_text, text)
    assert (person, role) in found
    assert not any(p.startswith("de ") for p, _ in found if p != person)
