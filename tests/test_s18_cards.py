"""Cards of session 18: fewer wrong and awkward cards (blind judges of sessions 15 and 17).

Families: (1) dates told true (« le 11 août dernier » in an August article, a season « 2014-15 »
is no year, « l'annonce … a-t-elle été publiée », a clause cut before its complement, a question
ending on « son »); (2) roles asked as what they are (a player's position, a founder, an athlete's
trade, no « fonction » for a ranking, a place the role does not name, a title naming no
competition, roles shared out between two people, a group taken for a person); (3) main-story
cards that say which and tell no more than the article (a time taken for the actor, « son
poste », « élu président », a count of titles without its time, a cut quotation, a deal only
announced, an object or a name completed from its sentence); (4) counts asked in good form (a
count inside a quotation, a clause glued to the next noun phrase, « dont 40 … », a complement
after the verb, a list completed); (5) context: « Un second test … », « le titre ». Invented
articles and facts, through the real extraction and question builder.
"""

from __future__ import annotations

from typing import Any

import pytest

from generators.french.grammar import starts_with_vowel_sound
from generators.questions import Explanation, explain_questions, generate
from generators.questions.templates import load_templates
from generators.records import Fact, Question, Selection

TITLE = "Vallon : une semaine agitée"


def from_text(
    extract_text: Any, body: str, date: str = "2021-04-08", title: str = TITLE
) -> Explanation:
    facts = extract_text(f"{title}\ndate {date}\n\n{body}\n")
    header = {"slug": "t", "title": title, "date": date, "text": body}
    return explain_questions(facts, header, selection=Selection(per_fact=0))


def from_facts(*specs: tuple[str, str, dict[str, Any]], title: str = TITLE) -> Explanation:
    facts = [
        Fact(kind, sentence, 100 * i, 100 * i + len(sentence), fields, id=f"t:{kind}:{i}")
        for i, (kind, sentence, fields) in enumerate(specs)
    ]
    text = " ".join(sentence for _, sentence, _ in specs)
    header = {"slug": "t", "title": title, "date": "2021-04-08", "text": text}
    return generate(facts, load_templates().values(), header=header, per_fact=0)


def kept(explanation: Explanation, start: str = "") -> list[Question]:
    return [q for q in explanation.kept if q.template.startswith(start)]


def shown(explanation: Explanation) -> list[str]:
    return [f"{q.prompt} -> {q.answer}" for q in explanation.kept]


def dropped(explanation: Explanation, start: str = "") -> list[str]:
    return [r.reason for r in explanation.rejected if r.question.template.startswith(start)]


def events(extract_text: Any, body: str, date: str) -> list[Fact]:
    facts = extract_text(f"{TITLE}\ndate {date}\n\n{body}\n")
    return [f for f in facts if f.type == "event"]


# --- family 1: dates told true ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "date", "norm"),
    [
        (
            "Le rapport a été publié sur le site de la mairie le 11 août dernier.",
            "2021-08-13",
            "2021-08-11",
        ),
        (
            "Le rapport a été publié sur le site de la mairie le 20 août dernier.",
            "2021-08-13",
            "2020-08-20",
        ),
        (
            "Le rapport a été publié sur le site de la mairie le 3 juillet dernier.",
            "2021-08-13",
            "2021-07-03",
        ),
        (
            "Le rapport a été publié sur le site de la mairie le 3 septembre dernier.",
            "2021-08-13",
            "2020-09-03",
        ),
        (
            "Le festival de Vallon ouvrira ses portes le 20 août prochain.",
            "2021-08-13",
            "2021-08-20",
        ),
        (
            "Le festival de Vallon ouvrira ses portes le 2 août prochain.",
            "2021-08-13",
            "2022-08-02",
        ),
        ("Le festival de Vallon ouvrira ses portes le 2 mai prochain.", "2021-08-13", "2022-05-02"),
    ],
)
def test_a_day_last_or_next_is_dated_from_the_article_day(
    extract_text: Any, body: str, date: str, norm: str
) -> None:
    found = events(extract_text, body, date)
    assert [f.get("date_norm") for f in found] == [norm]
    assert all("dernier" not in str(f.get("what")) for f in found)


def test_the_publication_card_agrees_and_has_the_right_year(extract_text: Any) -> None:
    made = from_text(
        extract_text,
        "L'annonce du départ a été publiée sur le site de la mairie le 11 août dernier.",
        date="2021-08-13",
    )
    asked = kept(made, "event-a-quelle-date")
    assert [(q.prompt, q.answer) for q in asked] == [
        (
            "À quelle date l’annonce du départ a-t-elle été publiée sur le site de la mairie ?",
            "le 11 août 2021",
        )
    ]


@pytest.mark.parametrize(
    ("aux", "rest", "gender"),
    [
        ("a", "été publiée sur le site", "f"),
        ("est", "arrivée à Vallon", "f"),
        ("sont", "mises en vente", "f"),
        ("a", "été signé hier", "m"),
        ("est", "né à Vallon", "m"),
        ("sont", "partis", "m"),
        ("a", "été ministre", ""),  # no participle: no agreement
        ("a", "publié un livre", ""),  # avoir: no agreement
    ],
)
def test_a_participle_tells_the_subjects_gender(aux: str, rest: str, gender: str) -> None:
    from generators.questions.phrasing import _agreed_gender

    assert _agreed_gender(aux, rest) == gender


@pytest.mark.parametrize(
    "body",
    [
        "Paul Mercier faisait partie de l'équipe championne de Vallon en 2011-12 avant de partir.",
        "Lucie Garnier a dirigé le club de Vallon en 2009/10 sans titre.",
        "Le club de Vallon a remporté la coupe régionale en 1998-99.",
    ],
)
def test_a_season_written_short_is_no_year(extract_text: Any, body: str) -> None:
    found = events(extract_text, body, "2021-04-08")
    assert found == [], [f.fields for f in found]


@pytest.mark.parametrize(
    ("body", "year"),
    [
        (
            "Le club de Vallon a remporté la coupe régionale en 2011, 12 ans après sa fondation.",
            "2011",
        ),
        ("Le club de Vallon a été fondé en 1999 par Paul Mercier.", "1999"),
    ],
)
def test_a_year_beside_a_number_stays(extract_text: Any, body: str, year: str) -> None:
    assert [f.get("date_norm") for f in events(extract_text, body, "2021-04-08")] == [year]


def test_a_clause_cut_before_its_complement_is_not_asked() -> None:
    sentence = "Le club de Vallon a été condamné à une amende en 2014 pour violation des règles du championnat."
    made = from_facts(
        (
            "event",
            sentence,
            {
                "date": "2014",
                "date_norm": "2014",
                "what": "Le club de Vallon a été condamné à une amende pour violation",
            },
        )
    )
    assert not kept(made, "event-en-quelle-annee")
    assert any("cut after « pour violation »" in r for r in dropped(made, "event-en-quelle-annee"))


def test_a_whole_clause_is_asked() -> None:
    sentence = "Le club de Vallon a été condamné à une amende pour tricherie en 2014."
    made = from_facts(
        (
            "event",
            sentence,
            {
                "date": "2014",
                "date_norm": "2014",
                "what": "Le club de Vallon a été condamné à une amende pour tricherie",
            },
        )
    )
    assert [q.prompt for q in kept(made, "event-en-quelle-annee")] == [
        "En quelle année le club de Vallon a-t-il été condamné à une amende pour tricherie ?"
    ]


@pytest.mark.parametrize(
    ("what", "asked"),
    [
        ("Les jeux de Vallon ont coûté deux points de croissance à son", False),
        ("Les jeux de Vallon ont coûté deux points de croissance à cette", False),
        ("Les jeux de Vallon ont coûté deux points de croissance à leur", False),
        ("Les jeux de Vallon ont coûté deux points de croissance à la région de Marsac", True),
    ],
)
def test_a_question_ending_on_a_determiner_is_dropped(what: str, asked: bool) -> None:
    sentence = f"{what.replace(' ont', ' de 2004 ont', 1)} voisin."
    made = from_facts(("event", sentence, {"date": "2004", "date_norm": "2004", "what": what}))
    assert bool(kept(made, "event-en-quelle-annee")) == asked, shown(made)


# --- family 2: roles asked as what they are ---------------------------------------------------


def role(person: str, title: str, sentence: str, gender: str = "m") -> tuple[str, str, dict]:
    return ("person_role", sentence, {"person": person, "role": title, "gender": gender})


@pytest.mark.parametrize(
    ("title", "answer"),
    [
        ("ailier brésilien", "ailier"),
        ("attaquant du club de Vallon", "attaquant"),
        ("milieu de terrain", "milieu"),
        ("gardien de but", "gardien"),
        ("avant-centre italien", "avant-centre"),
    ],
)
def test_a_players_position_is_asked_as_a_position(title: str, answer: str) -> None:
    sentence = f"Le club de Vallon a recruté Marco Bellini, {title}, pour trois saisons."
    made = from_facts(role("Marco Bellini", title, sentence))
    assert not kept(made, "person-fonction"), shown(made)
    (asked,) = kept(made, "person-poste")
    assert asked.prompt == "À quel poste jouait Marco Bellini en avril 2021 ?"
    assert (asked.answer, asked.accept) == (answer, (title,))


@pytest.mark.parametrize(
    "title", ["gardien de la paix", "directeur sportif du club", "entraîneur adjoint"]
)
def test_a_post_is_no_position(title: str) -> None:
    sentence = f"Le club de Vallon a recruté Marco Bellini, {title}, pour trois saisons."
    made = from_facts(role("Marco Bellini", title, sentence))
    assert not kept(made, "person-poste")


@pytest.mark.parametrize(
    ("title", "answer"),
    [("fondateur de Vallonpédia", "Vallonpédia"), ("cofondatrice du Parti vert", "le Parti vert")],
)
def test_a_founder_is_asked_what_was_founded(title: str, answer: str) -> None:
    gender = "f" if title.startswith("cofondatrice") else "m"
    sentence = f"Jo Ferrand, {title}, a présenté un projet à Vallon."
    made = from_facts(role("Jo Ferrand", title, sentence, gender))
    assert not kept(made, "person-fonction")
    assert [(q.prompt, q.answer) for q in kept(made, "person-fondateur")] == [
        ("Qu’a fondé Jo Ferrand ?", answer)
    ]


def test_a_founder_of_nothing_named_gets_no_card() -> None:
    sentence = "Jo Ferrand, fondateur du projet, a présenté un projet à Vallon."
    made = from_facts(role("Jo Ferrand", "fondateur du projet", sentence))
    assert not kept(made, "person-fondateur") and not kept(made, "person-fonction")


@pytest.mark.parametrize("title", ["patineur artistique", "judoka", "escrimeur"])
def test_an_athlete_is_asked_a_trade_not_a_post(title: str) -> None:
    sentence = f"Le {title} Yanis Oulmi a remporté la médaille d'or à Vallon."
    made = from_facts(role("Yanis Oulmi", title, sentence))
    assert not kept(made, "person-fonction")
    assert [(q.prompt, q.answer) for q in kept(made, "person-metier")] == [
        ("Quel est le métier de Yanis Oulmi ?", title)
    ]


def test_a_y_before_a_vowel_is_a_consonant() -> None:
    assert not starts_with_vowel_sound("Yanis Oulmi")
    assert not starts_with_vowel_sound("Yasmina")
    assert starts_with_vowel_sound("Yves Marchal")
    assert starts_with_vowel_sound("Ypres")


@pytest.mark.parametrize(
    ("title", "asked"),
    [
        ("leader du classement général", False),
        ("deuxième du classement", False),
        ("repreneur potentiel", False),
        ("maire de la ville", False),
        ("préfet de la région", False),
        ("maire de la ville de Marsac", True),
        ("maire de Marsac", True),
        ("directeur de la société Vallonix", True),
    ],
)
def test_a_ranking_a_hoped_deal_or_an_unnamed_place_is_no_post(title: str, asked: bool) -> None:
    sentence = f"Selon Tom Vandel, {title}, la saison a été difficile à Vallon."
    made = from_facts(role("Tom Vandel", title, sentence))
    assert bool(kept(made, "person-fonction")) == asked, shown(made)


@pytest.mark.parametrize(
    ("title", "asked"),
    [
        ("championne en titre", False),
        ("championne", False),
        ("tenante du titre", False),
        ("championne sortante", False),
        ("championne olympique", True),
        ("championne du monde de cross", True),
        ("vice-championne d'Europe", True),
    ],
)
def test_a_title_must_name_its_competition(title: str, asked: bool) -> None:
    sentence = f"La {title} Julie Marchand prend part à la course de Vallon."
    made = from_facts(role("Julie Marchand", title, sentence, "f"))
    assert bool(kept(made, "person-titre")) == asked, shown(made)


@pytest.mark.parametrize(
    ("sentence", "asked"),
    [
        (
            "Les champions et vice-champions olympiques Paul et Marc Lenoir ont couru à Vallon.",
            False,
        ),
        ("Les vice-champions et champions d'Europe Paul et Marc Lenoir ont couru à Vallon.", False),
        ("Les vice-champions olympiques Paul et Marc Lenoir ont couru à Vallon.", True),
        ("Le vice-champion olympique Paul Lenoir a couru à Vallon avec son frère.", True),
    ],
)
def test_roles_shared_out_between_two_people_are_not_asked(sentence: str, asked: bool) -> None:
    title = "vice-champion olympique" if "olympique" in sentence else "vice-champion d'Europe"
    made = from_facts(role("Paul Lenoir", title, sentence))
    assert bool(kept(made, "person-titre")) == asked, shown(made)


@pytest.mark.parametrize(
    ("sentence", "person", "asked"),
    [
        (
            "Malgré les mesures du Président, des Écharpes rouges bloquent Vallon.",
            "Écharpes",
            False,
        ),
        ("Selon le Président, les Bonnets verts bloquent toujours Vallon.", "Bonnets", False),
        ("Le président Lenoir a reçu les élus de Vallon à la mairie.", "Lenoir", True),
    ],
)
def test_a_group_is_no_person(sentence: str, person: str, asked: bool) -> None:
    made = from_facts(role(person, "président", sentence))
    assert bool(kept(made, "person-fonction")) == asked, shown(made)
