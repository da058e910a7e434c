"""Session 30, families Z21's card judges found wrong, on invented sentences.

1. A word that only ends like a simple future (« aux environs de », « des patrons », « à
   Ferrara ») sets no clause in the future: « Dimanche soir aux environs de 22 heures, un feu a
   éclaté » is the last Sunday, never the next one.
2. A win whose object names nothing (« la danse sur glace », « le titre féminin »: no capital, no
   year) is asked with the competition the title names (« … lors du Trophée de Vossberg 2018 »),
   passive or active; a named object, or a title naming no competition, changes nothing.
3. « Qui a remporté le bronze aux Jeux de X ? » has as many answers as the Games had events: no
   « Qui » card for a medal without its discipline (lexicon question_medal_objects).
4. « du 4 au 8 avril »: no « À quelle date … ? » (its ISO date is the first day only).
"""

from __future__ import annotations

from typing import Any

import pytest

from generators.questions.clause_tense import clause_tense
from generators.questions.retouch import retime
from tests.handmade import dated_deck

TUESDAY = "2018-07-24"


@pytest.mark.parametrize(
    ("sentence", "tense"),
    [
        ("Dimanche soir aux environs de 22 heures, un feu a éclaté à Sarnac.", "past"),
        ("Dimanche, des patrons ont manifesté devant la préfecture.", "past"),
        ("Dimanche, à Ferrara, le maire a inauguré le pont.", "past"),
        ("Le club jouera dimanche à Vossberg.", "future"),
        ("Nous les verrons dimanche à Vossberg.", "future"),
        ("Dimanche, les environs de la ville seront fermés.", "future"),
    ],
)
def test_a_noun_ending_like_a_future_is_no_future(sentence: str, tense: str) -> None:
    assert clause_tense(sentence, "imanche") == tense


def test_last_sunday_in_a_past_clause_with_a_noun_in_rons() -> None:
    retimed = retime("Dimanche soir aux environs de 22 heures, un feu a éclaté à Sarnac.", TUESDAY)
    assert "22 juillet 2018" in retimed, retimed
    assert "29 juillet" not in retimed


RESULTS = (
    "Le Trophée de Vossberg, compétition de patinage artistique, s'est déroulé du 9 au 11 "
    "novembre 2018. Le patinage en couple est remporté par Ana Vidal et Marc Roy, représentant "
    "la Brovanie. La danse sur glace est remportée par Léa Brun et Paul Mir, représentant la "
    "Sarnie."
)


def test_a_passive_win_of_an_unnamed_discipline_names_the_competition(extract_text: Any) -> None:
    deck = dated_deck(
        extract_text, RESULTS, "Patinage artistique : résultats du Trophée de Vossberg 2018", True
    )
    won = [q.prompt for q in deck if q.prompt.startswith("Qui a remporté")]
    assert won, [q.prompt for q in deck]
    assert all("lors du Trophée de Vossberg 2018" in p for p in won), won
    assert not any("en novembre 2018" in p for p in won), won  # the name holds the year


def test_an_active_win_of_an_unnamed_title_names_the_competition(extract_text: Any) -> None:
    deck = dated_deck(
        extract_text,
        "Chez les dames, la Brovanienne Ana Vidal a remporté le titre féminin devant Léa Brun.",
        "Cyclisme : résultats des Championnats de Vossberg 2018",
        True,
    )
    won = [q.prompt for q in deck if q.prompt.startswith("Qui a remporté")]
    assert won and all("lors des Championnats de Vossberg 2018" in p for p in won), won


@pytest.mark.parametrize(
    ("body", "title"),
    [
        (
            "Ana Vidal a remporté la Coupe de Sarnac dimanche devant Léa Brun.",
            "Cyclisme : résultats du Trophée de Vossberg 2018",
        ),
        ("Ana Vidal a remporté le titre féminin dimanche devant Léa Brun.", "Vossberg : un titre"),
    ],
)
def test_a_named_win_or_a_title_without_competition_is_left(
    extract_text: Any, body: str, title: str
) -> None:
    deck = dated_deck(extract_text, body, title, True)
    won = [q.prompt for q in deck if q.prompt.startswith("Qui a remporté")]
    assert won and not any(" lors " in p for p in won), won


def test_a_medal_without_its_discipline_gets_no_who_card(extract_text: Any) -> None:
    deck = dated_deck(
        extract_text,
        "Le patineur Marc Olen est mort jeudi. Il avait remporté le bronze aux Jeux olympiques "
        "de Brovanie en 2014 et la médaille d'or du slalom en 2016.",
        "Mort du patineur Marc Olen",
        True,
    )
    prompts = [q.prompt for q in deck]
    assert not any(p.startswith("Qui a remporté le bronze") for p in prompts), prompts
    assert any("bronze" in q.answer for q in deck), prompts  # still asked: what he won


def test_a_range_of_days_gets_no_single_date(extract_text: Any) -> None:
    deck = dated_deck(
        extract_text,
        "Les résultats ont été présentés lors du congrès de géologie du 4 au 8 avril 2018 à "
        "Sarnac. Le musée a rouvert le 12 mai 2018 après deux ans de travaux.",
        "Géologie : un congrès à Sarnac",
        True,
    )
    answers = [q.answer for q in deck]
    assert not any(a.endswith("4 avril 2018") for a in answers), answers  # « le 4 avril 2018 »
    assert "4 au 8 avril 2018" in answers, answers  # the range, as written, in a cloze


def test_a_connective_opening_a_card_is_dropped(extract_text: Any) -> None:
    deck = dated_deck(
        extract_text,
        "La tempête a frappé la côte de Vossberg mardi. En plus, 13 personnes ont été blessées "
        "à Sarnac. D'ailleurs, 40 maisons ont été détruites à Sarnac.",
        "Tempête à Vossberg",
        True,
    )
    prompts = [q.prompt for q in deck]
    assert any("13" in q.answer for q in deck), prompts
    assert not any("En plus" in p or "D’ailleurs" in p or "D'ailleurs" in p for p in prompts)


def test_a_bare_region_is_no_entity_to_ask_the_head_of(extract_text: Any) -> None:
    deck = dated_deck(
        extract_text,
        "Le président de la Région, Paul Mir, a annoncé mardi la reprise de l'aéroport de Sarnac.",
        "Sarnac : la Région reprend l'aéroport",
        True,
    )
    prompts = [q.prompt for q in deck]
    assert not any(p.startswith("Qui dirige") and "la Région ?" in p for p in prompts), prompts
    assert not any(p.startswith("Qui dirigeait la Région") for p in prompts), prompts


def test_a_bare_function_is_no_false_role() -> None:
    from generators.questions.distractors import _article_pool
    from generators.questions.index import ArticleIndex
    from tests.handmade import fact

    def role(n: int, person: str, held: str) -> Any:
        sentence = f"{person}, {held}, a confirmé la date."
        return fact("person_role", sentence, n, person=person, role=held, gender="f")

    facts = [
        role(0, "Anne Vidal", "ministre de la Justice"),
        role(1, "Claire Roy", "présidente"),
        role(2, "Léa Brun", "directrice de l'hôpital de Sarnac"),
        role(3, "Ana Mir", "chanteuse"),
    ]
    index = ArticleIndex.build(facts, {"title": "Vossberg : un débat", "date": "2018-06-03"})
    pool = _article_pool("role", facts[0], {"gender": "f"}, index)
    assert "directrice de l'hôpital de Sarnac" in pool, pool
    assert "chanteuse" in pool, pool  # a trade alone is a statement of its own
    assert "présidente" not in pool, pool  # of what? « Anne Vidal était présidente » says nothing


@pytest.mark.parametrize(
    ("body", "vague"),
    [
        (
            "La NASA lance un appel aux industriels de Vossberg en avril 2018.",
            "Qui a lancé un appel",
        ),
        ("Le club a déposé une plainte mardi à Sarnac.", None),
    ],
)
def test_an_indefinite_object_of_two_words_is_no_one_answer(
    extract_text: Any, body: str, vague: str | None
) -> None:
    deck = dated_deck(extract_text, body, "Vossberg : une annonce", True)
    prompts = [q.prompt for q in deck]
    if vague:
        assert not any(p.startswith(vague) for p in prompts), prompts


@pytest.mark.parametrize(
    ("what", "said"),
    [
        ("le patinage en couple", "le patinage en couple lors du Trophée de Vossberg 2018"),
        (
            "le titre féminin en 2 h 47 min",
            "le titre féminin lors du Trophée de Vossberg 2018 en 2 h 47 min",
        ),
        (
            "le titre féminin devant Léa Brun",
            "le titre féminin lors du Trophée de Vossberg 2018 devant Léa Brun",
        ),
        ("la course de Sarnac", ""),  # named: left as it is
        ("la Coupe de Brovanie", ""),
        ("l'édition 2018", ""),
    ],
)
def test_an_unnamed_win_takes_the_titles_competition_after_its_own_words(
    what: str, said: str
) -> None:
    from generators.questions.event_context import unnamed_win

    assert unnamed_win(what, "Patinage : résultats du Trophée de Vossberg 2018") == said


def test_their_object_and_a_title_with_two_actors_get_no_who_card(extract_text: Any) -> None:
    deck = dated_deck(
        extract_text,
        "La Brovanie, premier producteur de sel au monde, a ratifié ce matin le traité de "
        "Vossberg sur les océans. À la mi-journée, la Sarnie a également annoncé leur "
        "ratification dans un communiqué commun.",
        "La Brovanie et la Sarnie ratifient le traité de Vossberg",
        True,
    )
    prompts = [q.prompt for q in deck]
    assert not any(p.startswith("Qui a ratifié") for p in prompts), prompts
    assert not any(p.startswith("Qui a annoncé leur") for p in prompts), prompts


def test_one_actor_in_the_title_keeps_the_who_card(extract_text: Any) -> None:
    deck = dated_deck(
        extract_text,
        "La Brovanie, premier producteur de sel au monde, a ratifié ce matin le traité de "
        "Vossberg sur les océans.",
        "La Brovanie ratifie le traité de Vossberg",
        True,
    )
    prompts = [q.prompt for q in deck]
    assert any(p.startswith("Qui a ratifié le traité") for p in prompts), prompts


@pytest.mark.parametrize(
    ("text", "mended"),
    [
        ("L’incendie à commencé le 5 mai à Sarnac.", "L’incendie a commencé le 5 mai à Sarnac."),
        ("Le club à été racheté en 2019.", "Le club a été racheté en 2019."),
        ("Il est tout à fait prêt.", "Il est tout à fait prêt."),  # « à fait » is no slip
        ("Il habite à Sarnac depuis l'été.", "Il habite à Sarnac depuis l'été."),
    ],
)
def test_a_written_for_the_auxiliary_is_mended(text: str, mended: str) -> None:
    from generators.questions.mend import mend

    assert mend(text) == mended


@pytest.mark.parametrize(
    ("title", "whole"),
    [
        ("Patinage : résultats du Trophée de Vossberg 2018", "du Trophée de Vossberg 2018"),
        ("Cyclisme : résultats de la Coupe de Brovanie 2019", "de la Coupe de Brovanie 2019"),
        ("Ski : victoires des Championnats de Vossberg", "des Championnats de Vossberg"),
        ("Football : la finale de Coupe de Sarnac", "de la Coupe de Sarnac"),
        ("Tour de Valmontie 2016 : A remporte l'étape", "du Tour de Valmontie 2016"),
        ("Vossberg : un titre pour le club", ""),
    ],
)
def test_the_competition_a_title_names_after_a_word(title: str, whole: str) -> None:
    from generators.questions.event_context import competition

    assert competition(title) == whole


def test_a_sentence_opening_on_cest_ce_que_needs_the_one_before(extract_text: Any) -> None:
    deck = dated_deck(
        extract_text,
        "La région reprend en main la gestion de l'aéroport de Sarnac. C'est ce qu'a annoncé "
        "mardi le maire de Sarnac, qui évoque la création de 300 emplois dans la zone.",
        "Sarnac : la région reprend l'aéroport",
        True,
    )
    prompts = [q.prompt for q in deck]
    assert not any("C’est ce qu" in p or "C'est ce qu" in p for p in prompts), prompts


def test_de_son_cote_before_a_named_subject_is_dropped_not_the_card(extract_text: Any) -> None:
    deck = dated_deck(
        extract_text,
        "Le groupe Brovia va créer 5 000 emplois à Sarnac. De son côté, l'entreprise Vossnet "
        "envisage la création d'une usine à Vossberg, soit 3 000 emplois. De son côté, il a "
        "refusé 40 offres.",
        "Sarnac : 8 000 emplois annoncés",
        True,
    )
    prompts = [q.prompt for q in deck]
    assert any(p.startswith("L’entreprise Vossnet envisage") for p in prompts), prompts
    assert not any("côté" in p for p in prompts), prompts
    assert not any("40" in q.answer for q in deck), prompts  # « il »: no referent, no card


@pytest.mark.parametrize(
    ("acronym", "expansion", "answer"),
    [
        ("LR", "Les Républicains", "Les Républicains"),  # the article spells the L
        ("LMV", "Le Miroir de Vossberg", "Le Miroir de Vossberg"),
        ("SNCB", "la Société nationale des chemins de fer de Brovanie", "Société nationale"),
    ],
)
def test_an_article_the_acronym_spells_stays_in_its_expansion(
    acronym: str, expansion: str, answer: str
) -> None:
    from generators.questions import explain_questions
    from generators.records import Selection
    from tests.handmade import fact

    sentence = f"Selon {expansion} ({acronym}), la réforme de Vossberg est prête."
    made = fact("acronym", sentence, 0, acronym=acronym, expansion=expansion, confidence=0.9)
    header = {"title": "Vossberg : une réforme", "date": "2018-06-03", "text": sentence}
    deck = explain_questions([made], header, selection=Selection(per_fact=0)).kept
    asked = [q.answer for q in deck if q.prompt == f"Que signifie le sigle {acronym} ?"]
    assert asked and asked[0].startswith(answer), [(q.prompt, q.answer) for q in deck]


@pytest.mark.parametrize(
    ("text", "mended"),
    [
        ("Ce matin à 2 h 30 heure locale, un homme est entré.", "à 2 h 30 heure locale"),
        ("La course a duré 12 heure sans pause.", "12 heures sans pause"),  # a count: plural
    ],
)
def test_the_minutes_of_a_time_of_day_are_no_count_of_hours(text: str, mended: str) -> None:
    from generators.questions.mend import mend

    assert mended in mend(text)
