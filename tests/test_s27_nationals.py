"""Session 27: a bare nationality noun stands for the one person it introduced, on invented texts.

News, sport above all, names a person once with a nationality noun (« la Kényane Ada Obi ») and
then by the noun alone (« La Kényane s'est imposée », « a confié l'Italienne »). The noun is that
person when it introduced exactly one person before; with two people of that noun, none yet, a
plural, another gender's noun, or a name right after it, it is nobody in particular, and « Qui a
gagné ? → l'Allemande » is never asked. « Le Suédois » at the start of a sentence is no name.
A bare part of the competition with its own complement (« la course en 2 h 10 ») is said with the
competition the title names (« la course du Marathon de Vossberg 2018 en 2 h 10 »).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.handmade import dated_deck as _deck
from tests.handmade import dated_facts as _facts


def _actors(extract_text: Any, text: str) -> set[tuple[Any, Any]]:
    return {(f.get("actor"), f.get("verb")) for f in _facts(extract_text, text, "action")}


def _speakers(extract_text: Any, text: str) -> set[tuple[Any, Any]]:
    return {(f.get("text"), f.get("speaker")) for f in _facts(extract_text, text, "quote")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La course a été dominée par l'Éthiopienne Alem Tadesse, partie très vite. "
            "L'Éthiopienne a finalement remporté la course.",
            ("Alem Tadesse", "remporter"),
        ),
        (
            "Le Suédois Lars Berg a mené la course. Le Suédois s'est imposé au sprint devant "
            "Paul Roux.",
            ("Lars Berg", "imposer"),
        ),
        (
            "Derrière elle, la Kényane Ruth Wanjiru a longtemps résisté. La Kényane a gagné "
            "l'épreuve en 2 h 21 min.",
            ("Ruth Wanjiru", "gagner"),
        ),
        (
            "Le Belge Tom Peeters est parti seul à mi-course. Le Belge a remporté l'étape.",
            ("Tom Peeters", "remporter"),
        ),
    ],
)
def test_a_bare_nationality_noun_is_the_person_it_introduced(
    extract_text: Any, text: str, expected: tuple[str, str]
) -> None:
    assert expected in _actors(extract_text, text)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "L'Italienne Sara Conti a dominé la finale. « Je suis comblée », a confié "
            "l'Italienne au micro.",
            "Sara Conti",
        ),
        (
            "Le Suédois Lars Berg a mené la course. « C'est une grande joie », a dit le Suédois.",
            "Lars Berg",
        ),
        (
            "La Kényane Mary Keitany a longtemps résisté. « Je reviendrai l'an prochain », a "
            "assuré la Kényane.",
            "Mary Keitany",
        ),
    ],
)
def test_a_bare_nationality_noun_speaks_for_the_person(
    extract_text: Any, text: str, speaker: str
) -> None:
    assert {s for _, s in _speakers(extract_text, text)} == {speaker}


@pytest.mark.parametrize(
    "text",
    [
        # two people of that nationality: which one?
        "Au départ, l'Allemande Julia Brandt et l'Allemande Petra Vogel menaient. L'Allemande "
        "a remporté la course.",
        # nobody introduced before
        "L'Allemande a remporté la course devant la Française Anne Morel.",
        # another gender's noun
        "Le Suédois Lars Berg menait. La Suédoise a remporté la course.",
        # a plural is a team
        "La Norvégienne Ingrid Dahl menait. Les Norvégiennes ont remporté le relais.",
    ],
)
def test_a_nationality_noun_without_one_person_stays_nobody(extract_text: Any, text: str) -> None:
    named = {a for a, _ in _actors(extract_text, text)}
    people = {"Julia Brandt", "Petra Vogel", "Anne Morel", "Lars Berg", "Ingrid Dahl"}
    assert not named & people


def test_a_nationality_noun_before_a_name_is_that_name(extract_text: Any) -> None:
    text = "La Polonaise Anna Nowak a mené la course. La Polonaise Ewa Wrona a remporté l'épreuve."
    assert ("Ewa Wrona", "remporter") in _actors(extract_text, text)


def test_an_article_and_a_nationality_noun_are_no_name(extract_text: Any) -> None:
    text = "Le Suédois Lars Berg a mené la course. Le Suédois s'est imposé au sprint."
    people = {f.get("person") for f in _facts(extract_text, text, "person_role")}
    actors = {a for a, _ in _actors(extract_text, text)}
    assert "Le Suédois" not in people | actors


def test_the_winner_named_by_nationality_is_asked_with_the_competition(extract_text: Any) -> None:
    deck = _deck(
        extract_text,
        "La course a été dominée par l'Éthiopienne Alem Tadesse. L'Éthiopienne a finalement "
        "remporté la course en 2 h 21 min.",
        "Marathon de Vossberg 2018 : victoire éthiopienne",
    )
    winner = [q for q in deck if q.answer == "Alem Tadesse"]
    assert winner
    assert winner[0].prompt.startswith(
        "Qui a remporté la course du Marathon de Vossberg 2018 en 2 h 21 min"
    )


def test_an_unresolved_nationality_noun_is_never_the_answer(extract_text: Any) -> None:
    deck = _deck(
        extract_text,
        "Au départ, l'Allemande Julia Brandt et l'Allemande Petra Vogel menaient. L'Allemande "
        "a remporté la course.",
        "Marathon de Vossberg 2018 : un titre",
    )
    assert not [q for q in deck if "allemande" in q.answer.lower()]


@pytest.mark.parametrize(
    ("what", "expected"),
    [
        ("la course", "la course du Marathon de Vossberg 2018"),
        ("la course en 2 h 10", "la course du Marathon de Vossberg 2018 en 2 h 10"),
        ("la finale, disputée à Lyon", "la finale du Marathon de Vossberg 2018, disputée à Lyon"),
        ("la course de côte", "la course de côte"),  # its own complement names it
        ("la course Dupont", "la course Dupont"),
        ("le titre", "le titre"),  # no part of a competition
    ],
)
def test_a_part_of_the_competition_keeps_its_complement(what: str, expected: str) -> None:
    from generators.questions.event_context import whole_of

    assert whole_of(what, "Marathon de Vossberg 2018 : un titre") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Marie Lenoir a accroché un premier titre international à son palmarès.",
            ("Marie Lenoir", "accrocher", "win"),
        ),
        ("Paul Ruiz a conquis la médaille d'or à Vallon.", ("Paul Ruiz", "conquérir", "win")),
        ("Julie Petit a empoché la victoire au sprint.", ("Julie Petit", "empocher", "win")),
    ],
)
def test_sport_words_for_a_title_won_are_wins(
    extract_text: Any, text: str, expected: tuple[str, str, str]
) -> None:
    found = {
        (f.get("actor"), f.get("verb"), f.get("kind")) for f in _facts(extract_text, text, "action")
    }
    assert expected in found


def test_hanging_a_picture_is_no_win(extract_text: Any) -> None:
    text = "Le peintre Paul Ruiz a accroché un tableau au mur du musée."
    assert not [f for f in _facts(extract_text, text, "action") if f.get("kind") == "win"]


def test_each_race_winner_is_asked_with_the_category(extract_text: Any) -> None:
    deck = _deck(
        extract_text,
        "Les championnats d'Europe de triathlon se sont déroulés dimanche à Vallon. Chez les "
        "femmes, la Française Anne Morel a remporté la course en 2 h 05. Chez les hommes, "
        "l'Espagnol Paul Ruiz a remporté la course devant le Belge Tom Peeters.",
        "Triathlon : championnats d'Europe 2016 à Vossberg",
    )
    winners = {q.answer: q.prompt for q in deck if q.prompt.startswith("Qui a remporté")}
    assert "chez les femmes" in winners["Anne Morel"]
    assert "chez les hommes" in winners["Paul Ruiz"]
    assert "la course des championnats d’Europe 2016 à Vossberg" in winners["Anne Morel"]


@pytest.mark.parametrize(
    ("text", "among"),
    [
        ("Chez les juniors, Paul Ruiz a remporté la course.", "chez les juniors"),
        ("Paul Ruiz a remporté la course chez les hommes.", "chez les hommes"),
        # two categories in one sentence: which one is his?
        ("Chez les hommes comme chez les femmes, Paul Ruiz a remporté la course.", None),
        ("Paul Ruiz a remporté la course.", None),
        # the paragraph named it before
        (
            "Chez les hommes, la course était ouverte. Paul Ruiz a remporté l'épreuve.",
            "chez les hommes",
        ),
        (
            "Chez les femmes, Anne Morel menait. Chez les juniors, la course était ouverte. "
            "Paul Ruiz a remporté l'épreuve.",
            "chez les juniors",
        ),
        # another paragraph's category is not his
        ("Chez les femmes, Anne Morel a gagné.\n\nPaul Ruiz a remporté la course.", None),
    ],
)
def test_a_win_keeps_its_category(extract_text: Any, text: str, among: str | None) -> None:
    wins = [f for f in _facts(extract_text, text, "action") if f.get("kind") == "win"]
    his = [f for f in wins if f.get("actor") == "Paul Ruiz"]
    assert his
    assert his[0].get("among") == among
