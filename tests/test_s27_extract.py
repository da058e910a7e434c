"""Session 27, extraction families seen on unseen articles, on invented sentences.

1. « le premier secrétaire du parti X » heads the party; a mission abroad (« premier secrétaire de
   l'ambassade de France ») is staffed, not led, by a title (lexicon leads_staffed_bodies), though
   a verb may say who runs it.
2. Colleagues and teammates are relations, never roles (« avec son collègue A », « sa coéquipière
   B »), like « successeur » and « bras droit ».
3. A past participle closing a title before the name's comma (« L'ex-présidente du Chili
   destituée, A B ») says what befell the person: the title is still theirs.
4. « X est décrit comme « … » par une voisine »: the agent speaks, as written when it names no
   one in particular; X, who is described, never does.
5. « Une source policière a affirmé que « … » »: the phrase speaks, not its adjective the parser
   took for the head.
6. A country is nobody's name (« représentant Cuba à Cannes »).
7. Names listed after a plural title each hold it, in the singular and their gender: « Les
   candidats retenus sont A, B et C », « deux suspects, A et B » (as many names as counted).
8. A two-letter acronym is spelled out by the one name of a capitalized noun and its adjective
   written elsewhere (« le Parti socialiste … le PS »); an expansion in quote marks before the
   parenthesis counts (« la « cellule de veille sanitaire » (CVS) »).
9. A weekday in an imperfect clause may be still to come at the dateline (« l'équipe se rendait à
   X pour la finale mercredi », written on Tuesday: the next day), when it falls within three
   days ahead and more than three back; « mardi, il pleuvait », « jeudi dernier » stay past.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.handmade import dated_facts as _facts


def _leads(extract_text: Any, text: str) -> set[tuple[Any, Any]]:
    return {(f.get("leader"), f.get("entity")) for f in _facts(extract_text, text, "leads")}


def _roles(extract_text: Any, text: str) -> set[tuple[Any, Any]]:
    return {(f.get("person"), f.get("role")) for f in _facts(extract_text, text, "person_role")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Les deux élus ont été écartés lundi par le premier secrétaire du PS Jean Durand.",
            ("Jean Durand", "PS"),
        ),
        (
            "La première secrétaire du Parti socialiste vaudois, Anne Morel, a démissionné.",
            ("Anne Morel", "Parti socialiste vaudois"),
        ),
        (
            "Le premier secrétaire de la fédération du Nord, Paul Roux, a répondu aux élus.",
            ("Paul Roux", "fédération du Nord"),
        ),
        (
            "Anne Morel dirige l'ambassade de France à Rome depuis 2015.",
            ("Anne Morel", "ambassade de France à Rome"),
        ),
    ],
)
def test_a_party_is_led_by_its_first_secretary(
    extract_text: Any, text: str, expected: tuple[str, str]
) -> None:
    assert expected in _leads(extract_text, text)


@pytest.mark.parametrize(
    "text",
    [
        "Marc Tissot, premier secrétaire de l'ambassade de France à Rome, a été rappelé.",
        "Le conseiller du consulat de Belgique à Lyon, Paul Roux, a démissionné.",
        "La première secrétaire de la légation, Anne Morel, a quitté Berne.",
    ],
)
def test_no_title_leads_a_mission_abroad(extract_text: Any, text: str) -> None:
    assert not _leads(extract_text, text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Il avait été otage au Yémen avec son collègue Marc Tissot et leur traducteur.",
            "Marc Tissot",
        ),
        ("La Française Anne Morel a terminé devant sa coéquipière Julie Blanc.", "Julie Blanc"),
        ("Paul Roux a été accueilli par ses camarades, dont Marc Vidal.", "Marc Vidal"),
        ("Le joueur a félicité son coéquipier Tom Peeters après le match.", "Tom Peeters"),
    ],
)
def test_colleagues_and_teammates_are_no_roles(extract_text: Any, text: str, person: str) -> None:
    held = {role for who, role in _roles(extract_text, text) if who == person}
    assert not held & {"collègue", "coéquipière", "coéquipier", "camarade", "camarades"}


def test_a_role_beside_a_colleague_is_kept(extract_text: Any) -> None:
    text = "Le journaliste Marc Tissot, collègue de Paul Roux au quotidien La Voix, a été libéré."
    assert ("Marc Tissot", "journaliste") in _roles(extract_text, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "L'ex-présidente du Chili destituée, Ana Pérez fait appel devant la Cour suprême.",
            ("Ana Pérez", "ex-présidente du Chili"),
        ),
        (
            "Le ministre de l'Intérieur limogé, Paul Roux, a réagi dans la soirée.",
            ("Paul Roux", "ministre de l'Intérieur"),
        ),
        (
            "La directrice du musée nommée, Anne Morel, a présenté son projet.",
            ("Anne Morel", "directrice du musée"),
        ),
    ],
)
def test_a_past_participle_after_the_title_keeps_it(
    extract_text: Any, text: str, expected: tuple[str, str]
) -> None:
    assert expected in _roles(extract_text, text)


def test_a_participle_clause_is_no_title_of_the_next_name(extract_text: Any) -> None:
    text = "Le directeur du club, arrivé lundi, Paul Roux a parlé aux joueurs."
    assert ("Paul Roux", "directeur du club") not in _roles(extract_text, text)


_PARAGRAPH = "L'enquête se poursuit à Nantes depuis lundi. "


def _speakers(extract_text: Any, text: str) -> dict[Any, Any]:
    return {
        f.get("text"): f.get("speaker") for f in _facts(extract_text, _PARAGRAPH + text, "quote")
    }


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "Le père est décrit comme « un homme calme » par un ami d'enfance.",
            "un homme calme",
            "un ami d'enfance",
        ),
        (
            "Les Martin sont décrits comme « des gens très discrets » par une voisine.",
            "des gens très discrets",
            "une voisine",
        ),
        (
            "La réforme a été qualifiée de « recul historique » par Paul Roux.",
            "recul historique",
            "Paul Roux",
        ),
        (
            "Le maire est qualifié de « vrai héros » par ses administrés.",
            "vrai héros",
            None,
        ),
    ],
)
def test_the_described_never_speaks(
    extract_text: Any, text: str, quote: str, speaker: str | None
) -> None:
    found = _speakers(extract_text, text)
    assert quote in found
    assert found[quote] == speaker


def test_a_source_speaks_as_written(extract_text: Any) -> None:
    found = _speakers(
        extract_text, "Une source policière a affirmé que « le suspect était connu »."
    )
    assert found == {"le suspect était connu": "Une source policière"}


def test_a_country_is_no_person(extract_text: Any) -> None:
    text = _PARAGRAPH + "Il réalise un film (représentant Cuba à Cannes en 1963)."
    assert not [r for r in _roles(extract_text, text) if r[0] == "Cuba"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Les sept candidats retenus sont Paul Vidal, Marc Blanc, Anne Morel et Julie Petit.",
            {
                ("Paul Vidal", "candidat"),
                ("Marc Blanc", "candidat"),
                ("Anne Morel", "candidate"),
                ("Julie Petit", "candidate"),
            },
        ),
        (
            "Les vainqueurs de la saison sont Paul Roux et Marc Tissot.",
            {("Paul Roux", "vainqueur de la saison"), ("Marc Tissot", "vainqueur de la saison")},
        ),
        (
            "La police a annoncé l'arrestation de deux suspects, Marc Tissot et Paul Roux.",
            {("Marc Tissot", "suspect"), ("Paul Roux", "suspect")},
        ),
        (
            "Les trois lauréats, Anne Morel, Paul Vidal et Julie Petit, ont été reçus.",
            {("Anne Morel", "lauréate"), ("Paul Vidal", "lauréat"), ("Julie Petit", "lauréate")},
        ),
        ("Le suspect, Omar Diallo, a été arrêté mardi.", {("Omar Diallo", "suspect")}),
    ],
)
def test_names_listed_after_a_plural_title_each_hold_it(
    extract_text: Any, text: str, expected: set[tuple[str, str]]
) -> None:
    assert expected <= _roles(extract_text, _PARAGRAPH + text)


@pytest.mark.parametrize(
    "text",
    [
        # fewer names than counted: who the others are is unsaid
        "Deux suspects, Marc Blanc et trois autres, sont recherchés.",
        "Trois suspects, Marc Blanc et Paul Roux, ont été arrêtés.",
        # a singular title lists no one
        "Le principal suspect a été libéré lundi.",
    ],
)
def test_a_count_that_does_not_match_gives_no_role(extract_text: Any, text: str) -> None:
    assert not {r for r in _roles(extract_text, _PARAGRAPH + text) if r[1] == "suspect"}


def _acronyms(extract_text: Any, text: str) -> dict[Any, Any]:
    return {f.get("acronym"): f.get("expansion") for f in _facts(extract_text, text, "acronym")}


@pytest.mark.parametrize(
    ("text", "acronym", "expansion"),
    [
        (
            "Le Parti socialiste a désigné ses candidats lundi. Les élus ont été écartés par le "
            "premier secrétaire du PS Jean Durand.",
            "PS",
            "Parti socialiste",
        ),
        (
            "Le syndicat Force ouvrière appelle à la grève. Selon FO, la réforme est injuste.",
            "FO",
            "Force ouvrière",
        ),
        (
            "Les autorités ont activé la « cellule de veille sanitaire » (CVS) lundi soir.",
            "CVS",
            "cellule de veille sanitaire",
        ),
    ],
)
def test_an_acronym_is_spelled_out_elsewhere(
    extract_text: Any, text: str, acronym: str, expansion: str
) -> None:
    assert _acronyms(extract_text, text).get(acronym) == expansion


@pytest.mark.parametrize(
    "text",
    [
        "Plusieurs sources ont confirmé la nouvelle au PS lundi.",  # a sentence's first words
        "Paul Simon a rejoint le PS en 2012.",  # a person's name
        # two candidates: which one?
        "Le Parti socialiste et le Pôle social ont signé. Le PS a salué l'accord.",
    ],
)
def test_no_two_letter_expansion_without_one_name(extract_text: Any, text: str) -> None:
    assert _acronyms(extract_text, text).get("PS") is None


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("L'équipe se rendait à Vallon pour la finale de la coupe mercredi.", "2016-11-30"),
        ("Les supporteurs se rendaient à Vallon pour le match jeudi.", "2016-12-01"),
        ("Mardi, il pleuvait sur la ville.", "2016-11-29"),
        ("Dimanche, la ville attendait encore les secours.", "2016-11-27"),
        ("Jeudi dernier, les joueurs s'entraînaient à Vallon.", "2016-11-24"),
        ("Mercredi dernier, la ville attendait les secours.", "2016-11-23"),
    ],
)
def test_a_weekday_in_the_imperfect_may_be_to_come(
    extract_text: Any, sentence: str, date: str
) -> None:
    text = "Vallon : un titre\n\n29 novembre 2016. – Un avion s'est écrasé lundi. " + sentence
    events = {f.get("date_norm") for f in extract_text(text + "\n") if f.type == "event"}
    assert date in events
