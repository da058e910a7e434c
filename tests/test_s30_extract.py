"""Session 30, extraction families seen on unseen articles (set Z21), on invented sentences.

1. « aux environs de 22 heures », « aux alentours de 7 heures » are times of day, no count of
   hours (lexicon quantity_clock_openers); « pendant 22 heures » stays a duration.
2. A bare number subject of a compound tense counts the noun of the figure before it: « trois
   personnes sont mortes et 40 ont été blessées » → 40 personnes (lexicon
   quantity_elliptic_copulas); a number already in thousands takes no scale from it (« 20 millions
   de joueurs, dont 500 000 ont … » → 500 000, never 500 000 millions).
3. A capitalised number word after an article is part of a name (« le tournoi des Quatre
   continents »), whatever the noun's capital; at a sentence's start it is a count.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.handmade import DATED_HEAD
from tests.handmade import dated_amounts as _amounts
from tests.handmade import dated_facts as _facts
from tests.handmade import dated_roles as _roles


@pytest.mark.parametrize(
    "text",
    [
        "Samedi soir aux environs de 22 heures, un incendie a éclaté dans un entrepôt de Sarnac.",
        "Le cortège est parti aux alentours de 7 heures de la place du marché.",
        "Les secours sont arrivés vers 23 heures sur les lieux de l'accident.",
        "Le magasin ouvre ses portes à 9 heures le dimanche.",
    ],
)
def test_time_of_day_is_no_count_of_hours(extract_text: Any, text: str) -> None:
    assert not any(unit == "heures" for _, unit in _amounts(extract_text, text))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Les pompiers ont lutté pendant 22 heures contre le feu de forêt.", 22),
        ("La traversée a duré environ 14 heures à cause de la tempête.", 14),
    ],
)
def test_a_duration_in_hours_stays_a_count(extract_text: Any, text: str, value: int) -> None:
    assert (value, "heures") in _amounts(extract_text, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Au moins trois personnes sont mortes et 40 ont été blessées lors de la collision.",
            (40, "personnes"),
        ),
        (
            "Quatre randonneurs sont morts et 12 ont été secourus par hélicoptère.",
            (12, "randonneurs"),
        ),
        (
            "Le réseau compte 20 millions d'abonnés, dont 500 000 ont payé l'option complète.",
            (500000, "abonnés"),
        ),
    ],
)
def test_a_bare_number_before_an_auxiliary_counts_the_noun_before(
    extract_text: Any, text: str, expected: tuple[int, str]
) -> None:
    found = _amounts(extract_text, text)
    assert expected in found, found
    assert not any(value and value > 10**9 for value, _ in found), found


def test_a_number_with_avoir_as_its_own_verb_is_no_ellipsis(extract_text: Any) -> None:
    found = _amounts(
        extract_text, "Le club compte 300 membres ; 40 ans après sa fondation, il grandit."
    )
    assert (40, "membres") not in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Elle a remporté l'or au tournoi des Quatre continents en 2015 à Vossberg.",
        "Le festival des Trois Continents se tient chaque automne à Sarnac.",
        "Il a étudié la guerre des Six Jours pendant sa thèse.",
    ],
)
def test_a_capitalised_number_word_after_an_article_is_a_name(extract_text: Any, text: str) -> None:
    assert not any(value in (3, 4, 6) for value, _ in _amounts(extract_text, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trois hommes ont été arrêtés mardi à Sarnac.", (3, "hommes")),
        ("Selon la police, trois hommes ont été arrêtés mardi.", (3, "hommes")),
        ("Le club aligne quatre continents de joueurs selon son président.", (4, "continents")),
    ],
)
def test_a_number_word_at_the_start_or_in_lower_case_is_a_count(
    extract_text: Any, text: str, expected: tuple[int, str]
) -> None:
    assert expected in _amounts(extract_text, text)


def _actions(extract_text: Any, text: str) -> list[Any]:
    return _facts(extract_text, text, "action")


def test_a_first_name_the_tagger_took_for_a_pronoun_is_still_an_agent(extract_text: Any) -> None:
    text = "Le patinage en couple est remporté par Natalia Zabiiako et Aleksandr Enbert, représentant la Brovanie."
    won = [f for f in _actions(extract_text, text) if f.get("kind") == "win"]
    assert [f.get("agent") for f in won] == ["Natalia Zabiiako et Aleksandr Enbert"], won


def test_a_passive_win_by_a_lower_case_noun_has_no_agent(extract_text: Any) -> None:
    text = "Le patinage en couple est remporté par la paire locale, devant les favoris."
    won = [f for f in _actions(extract_text, text) if f.get("kind") == "win"]
    assert not any(f.get("agent") and f.get("agent")[:1].isupper() for f in won), won


@pytest.mark.parametrize(
    ("text", "what"),
    [
        (
            "Le patineur artistique Denis Olen est décédé le 19 juillet 2018 à Vossberg, Brovanie.",
            "Le patineur artistique Denis Olen est décédé",
        ),
        (
            "Le chanteur Paul Mir est mort le 3 mai 2017 à Sarnac.",
            "Le chanteur Paul Mir est mort",
        ),
    ],
)
def test_an_event_keeps_the_name_after_its_subjects_title(
    extract_text: Any, text: str, what: str
) -> None:
    events = _facts(extract_text, text, "event")
    assert len(events) == 1 and str(events[0].get("what")).startswith(what), events


def test_an_event_without_a_name_after_the_title_is_unchanged(extract_text: Any) -> None:
    events = _facts(extract_text, "Le pont de Sarnac a été inauguré le 3 mai 2017.", "event")
    assert [f.get("what") for f in events] == ["Le pont de Sarnac a été inauguré"], events


@pytest.mark.parametrize(
    "text",
    [
        "Pour le député Yves Caron, soutien de Paul Mir à la primaire, le projet est mauvais.",
        "Anne Roy, partisane de Léa Brun depuis 2015, a quitté le parti mardi.",
        "Marc Lenoir, allié de Paul Mir au conseil, a voté contre le budget.",
    ],
)
def test_a_supporter_is_a_relation_not_a_role(extract_text: Any, text: str) -> None:
    roles = _roles(extract_text, text)
    assert not any(str(role).startswith(("soutien", "partisan", "allié")) for _, role in roles), (
        roles
    )


def test_a_deputy_keeps_his_role_next_to_a_relation(extract_text: Any) -> None:
    text = "Pour le député Yves Caron, soutien de Paul Mir à la primaire, le projet est mauvais."
    assert ("Yves Caron", "député") in _roles(extract_text, text)


def test_premier_written_alone_before_a_name_is_no_part_of_it(extract_text: Any) -> None:
    text = (
        "Dans le cadre des primaires, l'ancien Premier ministre Paul Mir a proposé la "
        "suppression de l'article 12 de la Constitution de Brovanie. Le même jour, l'ancien "
        "Premier Paul Mir tente de convaincre les électeurs."
    )
    facts = extract_text(DATED_HEAD + text + "\n")
    named = {str(f.get("person") or f.get("actor") or "") for f in facts}
    assert "Paul Mir" in named, named
    assert not any(n.startswith("Premier") for n in named), named


def test_a_part_of_the_day_is_no_complement(extract_text: Any) -> None:
    text = (
        "Le président élu Paul Mir a annoncé hier soir que l'opérateur Vossnet et le fabricant "
        "Sarnac, filiales de la firme Brovia, allaient relocaliser 8 000 emplois en Brovanie."
    )
    said = [f.get("complement") for f in _actions(extract_text, text)]
    assert "soir" not in said, said


def test_premier_is_no_name_word(nlp: Any) -> None:
    from generators.extract.name_spans import is_name_word, name_span

    doc = nlp("Le même jour, l'ancien Premier Paul Mir tente de convaincre les électeurs.")
    premier = next(t for t in doc if t.text == "Premier")
    assert not is_name_word(premier)
    span = name_span(doc, premier.i + 1)
    assert span is not None and doc[span[0] : span[1]].text == "Paul Mir"


@pytest.mark.parametrize(
    ("text", "value", "approx"),
    [
        ("La température est redescendue à -20°C lundi à Vossberg.", -20, False),
        ("À Sarnac, la température a atteint 15 °C mardi après-midi.", 15, False),
        ("La normale pour décembre est de -6,3°C à Vossberg.", -6.3, False),
        ("La température est tombée dans les environs de -18°C dans la nuit.", -18, True),
    ],
)
def test_a_temperature_in_degrees_celsius_is_a_quantity(
    extract_text: Any, text: str, value: float, approx: bool
) -> None:
    found = [
        (f.get("value"), f.get("unit"), f.get("approx"))
        for f in _facts(extract_text, text, "quantity")
    ]
    assert (value, "°C", approx) in found, found


def test_a_degree_sign_without_its_scale_is_no_celsius(extract_text: Any) -> None:
    found = _amounts(extract_text, "Le virage de 90° est dangereux, selon le maire de Sarnac.")
    assert not any(unit == "°C" for _, unit in found), found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("La société va embaucher 3  000 personnes à Sarnac.", 3000),  # two blanks in the number
        ("La société compte 12 500 salariés à Vossberg.", 12500),
    ],
)
def test_digit_groups_split_by_two_blanks_are_one_number(
    extract_text: Any, text: str, value: int
) -> None:
    values = [v for v, _ in _amounts(extract_text, text)]
    assert value in values and 0 not in values, values


@pytest.mark.parametrize(
    ("text", "values", "subject"),
    [
        (
            "Le taux de fécondité est passé de 1,54 en 2015 à 1,60 en 2016 en Brovanie.",
            {1.54, 1.6},
            "taux de fécondité",
        ),
        (
            "La loi avait été votée en 1979 alors que le taux de natalité se situait à 2,75.",
            {2.75},
            "taux de natalité",
        ),
        ("L'indice des prix a atteint 103,2 en mars selon l'institut.", {103.2}, "indice"),
    ],
)
def test_a_rate_keeps_its_bare_values(
    extract_text: Any, text: str, values: set[float], subject: str
) -> None:
    rates = [f for f in _facts(extract_text, text, "quantity") if f.get("unit") is None]
    assert {f.get("value") for f in rates} >= values, rates
    assert all(str(f.get("subject")).startswith(subject) for f in rates), rates


@pytest.mark.parametrize(
    "text",
    [
        "Le club a gagné 3 à 1 dimanche à Sarnac.",  # a score, no rate
        "La mairie a reçu 12 à 15 plaintes en mars.",  # counted: its noun, no bare value
        "Le prix a été fixé à 2,75 par le conseil.",  # no rate noun for a subject
    ],
)
def test_a_bare_number_without_a_rate_stays_out(extract_text: Any, text: str) -> None:
    bare = [f for f in _facts(extract_text, text, "quantity") if f.get("unit") is None]
    assert not bare, bare


@pytest.mark.parametrize(
    ("text", "denied", "kept"),
    [
        (
            "La somme reçue par Anne Roy n'est pas de 29 000 euros, comme le prétend le journal, "
            "mais de 7 754 euros.",
            29000,
            7754,
        ),
        ("Le déficit de Sarnac n'atteint pas 3 millions d'euros mais 2 millions.", 3000000, None),
    ],
)
def test_a_denied_figure_is_no_fact(
    extract_text: Any, text: str, denied: int, kept: int | None
) -> None:
    values = [v for v, _ in _amounts(extract_text, text)]
    assert denied not in values, values
    if kept is not None:
        assert kept in values, values


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Le club de Sarnac n'a pas recruté 12 joueurs cet été.", 12),  # no true figure after
        ("Il ne reste que 40 places, mais 30 sont déjà réservées.", 40),  # « ne … que »: no denial
        ("Le maire a annoncé 300 emplois, mais 40 postes seront supprimés.", 300),
    ],
)
def test_a_figure_without_denial_stays(extract_text: Any, text: str, value: int) -> None:
    assert value in [v for v, _ in _amounts(extract_text, text)]


def test_the_one_told_is_no_speaker(extract_text: Any) -> None:
    text = (
        "Selon ce que certains de ses anciens collègues ont confié à Marc Roy, « on ne voit pas "
        "comment il a pu tout faire ». Selon ce qu'a déclaré Paul Mir au journal de Sarnac, « la "
        "ville est ruinée »."
    )
    said = {f.get("text"): f.get("speaker") for f in _facts(extract_text, text, "quote")}
    assert said.get("on ne voit pas comment il a pu tout faire") != "Marc Roy", said
    assert said.get("la ville est ruinée") == "Paul Mir", said
