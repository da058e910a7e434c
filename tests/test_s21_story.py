"""The main story gets asked: a lead dated from the article's day (« ce matin », « hier », « mardi »)
is gapped as the day it names; a passive win names its winner even when the parser hangs the name
after « par » elsewhere; a death told with its place asks where; masculine nouns ending like
feminine ones agree. Invented sentences, real extraction and templates."""

from __future__ import annotations

from typing import Any

import pytest

from generators.french.grammar import guess_gender
from generators.questions import explain_questions
from generators.questions.dated_gaps import dated_gap
from generators.questions.score import LEAD_STORY, TITLE_WEIGHT, score, signals
from generators.questions.standalone import impersonal_dropped
from generators.records import CLOZE, Question, Selection

DATE = "2019-03-14"  # a Thursday
HEADER = {"slug": "t", "title": "Sarnac : un titre", "date": DATE}


def _cards(extract_text: Any, sentence: str, template: str, header: Any = None) -> list[Any]:
    dateline = "14 mars 2019. –\n" if (header or HEADER)["date"] == DATE else ""
    facts = extract_text(f"Sarnac : un titre\n\n{dateline}{sentence}\n")
    made = explain_questions(facts, header or HEADER, selection=Selection(per_fact=0))
    return [(q.prompt, q.answer) for q in made.kept if q.template == template]


# --- a lead dated from the article's day, gapped as the day it names


@pytest.mark.parametrize(
    ("sentence", "cloze"),
    [
        (
            "Ce matin, un incendie a détruit l'entrepôt de la société Brivelle à Sarnac.",
            "Le {{c1::14 mars 2019}} au matin, un incendie a détruit l’entrepôt de la société "
            "Brivelle à Sarnac.",
        ),
        (
            "Hier, le conseil municipal de Sarnac a adopté le budget de la commune.",
            "Le {{c1::13 mars 2019}}, le conseil municipal de Sarnac a adopté le budget de la commune.",
        ),
        (
            "Hier soir, un violent orage a inondé le centre de Sarnac.",
            "Le {{c1::13 mars 2019}} au soir, un violent orage a inondé le centre de Sarnac.",
        ),
        (
            "Mardi, la préfecture de Valdorie a fermé le pont de la Lèze à la circulation.",
            "Le {{c1::12 mars 2019}}, la préfecture de Valdorie a fermé le pont de la Lèze à la "
            "circulation.",
        ),
        (
            "Ce lundi, les élus de Sarnac ont voté la fermeture du pont de la Lèze.",
            "Le {{c1::11 mars 2019}}, les élus de Sarnac ont voté la fermeture du pont de la Lèze.",
        ),
        (
            "Samedi soir, le festival de la Lèze a accueilli dix mille spectateurs à Sarnac.",
            "Le {{c1::9 mars 2019}} au soir, le festival de la Lèze a accueilli dix mille "
            "spectateurs à Sarnac.",
        ),
        (
            "Une réunion des maires de la vallée de la Lèze s'est déroulée aujourd'hui à Sarnac.",
            "Une réunion des maires de la vallée de la Lèze s’est déroulée le {{c1::14 mars 2019}} "
            "à Sarnac.",
        ),
        (
            "Cet après-midi, la société Brivelle a annoncé la fermeture de son usine de Sarnac.",
            "Le {{c1::14 mars 2019}} dans l’après-midi, la société Brivelle a annoncé la fermeture "
            "de son usine de Sarnac.",
        ),
    ],
)
def test_a_lead_dated_from_the_article_day_is_gapped_as_that_day(
    extract_text: Any, sentence: str, cloze: str
) -> None:
    day = cloze.split("{{c1::")[1].split("}}")[0]
    assert _cards(extract_text, sentence, "event-date-cloze") == [(cloze, day)]


def test_a_date_written_in_full_is_gapped_as_written(extract_text: Any) -> None:
    sentence = "Le 3 mars 2019, le conseil municipal de Sarnac a adopté le budget de la commune."
    assert _cards(extract_text, sentence, "event-date-cloze") == [
        (
            "Le {{c1::3 mars 2019}}, le conseil municipal de Sarnac a adopté le budget de la commune.",
            "3 mars 2019",
        )
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Aujourd'hui, les jeunes de Sarnac lisent moins de journaux qu'en 2000.",  # nowadays
        "« Nous avons fermé le pont hier », a déclaré Léa Morel, maire de Sarnac.",  # quoted
        "Le préfet a rappelé que la route avait été fermée la veille.",  # no day of its own
        "Demain, vendredi, une tempête est attendue sur la côte de Valdorie.",  # two days retimed
    ],
)
def test_no_dated_gap_without_a_day_the_article_names(extract_text: Any, sentence: str) -> None:
    assert [c for c in _cards(extract_text, sentence, "event-date-cloze") if "2019" in c[1]] == []


def test_no_dated_gap_when_the_article_gives_no_day(extract_text: Any) -> None:
    header = {"slug": "t", "title": "Sarnac : un titre", "date": "2019-03"}
    sentence = "Hier, le conseil municipal de Sarnac a adopté le budget de la commune."
    assert _cards(extract_text, sentence, "event-date-cloze", header) == []


@pytest.mark.parametrize(
    ("date", "norm", "article_date"),
    [
        ("le 3 mars", "2019-03-03", DATE),  # not relative: retiming changes nothing
        ("hier", "2019-03", DATE),  # a month, not a day
        ("hier", "2019-03-10", DATE),  # extraction dated another day than the retimed one
        ("hier", "2019-03-13", "2019-03"),  # the article names no day
        ("", "2019-03-13", DATE),
    ],
)
def test_dated_gap_needs_the_very_day_extraction_dated(
    date: str, norm: str, article_date: str
) -> None:
    sentence = f"{date.capitalize()}, le conseil de Sarnac a adopté le budget."
    assert dated_gap(sentence, date, norm, article_date) == {}


def test_no_dated_gap_when_retiming_changes_more_than_the_date() -> None:
    sentence = "Demain, vendredi, une tempête est attendue sur la côte de Valdorie."
    assert dated_gap(sentence, "vendredi", "2019-03-15", DATE) == {}


def test_dated_gap_returns_the_gap_of_the_retimed_sentence() -> None:
    found = dated_gap("Hier, le conseil de Sarnac a adopté le budget.", "Hier", "2019-03-13", DATE)
    assert (
        found["cloze_text"] == "Le {{c1::13 mars 2019}}, le conseil de Sarnac a adopté le budget."
    )
    assert found["span"] == "13 mars 2019"


# --- a passive win: the winner named after « par », whatever the parser hung it on


@pytest.mark.parametrize(
    ("sentence", "cards"),
    [
        (
            "Le tournoi individuel dames est remporté par Léa Morel, représentant la Valdorie.",
            [("Qui a remporté le tournoi individuel dames en mars 2019 ?", "Léa Morel")],
        ),
        (
            "L'épreuve de descente est remportée par Marc Dubreuil le 12 mars 2019.",
            [("Qui a remporté l’épreuve de descente le 12 mars 2019 ?", "Marc Dubreuil")],
        ),
        (
            "La loi sur l'eau a été adoptée par le Parlement de Valdorie le 12 mars 2019.",
            [("Qui a adopté la loi sur l’eau le 12 mars 2019 ?", "le Parlement de Valdorie")],
        ),
    ],
)
def test_a_passive_win_asks_its_winner(
    extract_text: Any, sentence: str, cards: list[tuple[str, str]]
) -> None:
    assert _cards(extract_text, sentence, "action-par-qui") == cards


@pytest.mark.parametrize(
    "sentence",
    [
        "La loi sur l'eau a été adoptée par 30 voix contre 12 le 12 mars 2019.",  # a tally
        "La loi sur l'eau a été adoptée par décret le 12 mars 2019.",  # a manner
        "Le tournoi individuel dames a été remporté le 12 mars 2019.",  # no winner said
        "Le tournoi individuel dames est remporté par la plus rapide des skieuses.",  # no one named
        "Marc Dubreuil a été battu par Léa Morel en finale du tournoi de Sarnac.",  # the loser
        "Le tournoi individuel dames n'a pas été remporté par Léa Morel.",  # negated
        "Le tournoi de Sarnac sera remporté par Léa Morel selon les pronostics.",  # future
    ],
)
def test_no_winner_asked_without_one_named(extract_text: Any, sentence: str) -> None:
    assert _cards(extract_text, sentence, "action-par-qui") == []


# --- where a person died


@pytest.mark.parametrize(
    ("sentence", "cards"),
    [
        (
            "Le peintre Marc Dubreuil est mort le 12 mars 2019 à Sarnac.",
            [("Où Marc Dubreuil est-il mort le 12 mars 2019 ?", "à Sarnac")],
        ),
        (
            "La chanteuse Léa Morel est décédée le 12 mars 2019 à Sarnac.",
            [("Où Léa Morel est-elle décédée le 12 mars 2019 ?", "à Sarnac")],
        ),
    ],
)
def test_a_death_told_with_its_place_asks_where(
    extract_text: Any, sentence: str, cards: list[tuple[str, str]]
) -> None:
    assert _cards(extract_text, sentence, "action-lieu-deces") == cards


@pytest.mark.parametrize(
    "sentence",
    [
        "Le peintre Marc Dubreuil est mort à l'hôpital le 12 mars 2019.",  # no named place
        "Le maire de Sarnac est mort le 12 mars 2019 à Sarnac.",  # no person named
        "Il est mort le 12 mars 2019 à Sarnac.",  # a pronoun
        "Le peintre Marc Dubreuil n'est pas mort le 12 mars 2019 à Sarnac.",  # negated
        "« Marc Dubreuil est mort le 12 mars 2019 à Sarnac », a dit Léa Morel.",  # quoted
        "Le peintre Marc Dubreuil a exposé ses toiles le 12 mars 2019 à Sarnac.",  # no death
        "Le peintre Marc Dubreuil est mort le 12 mars 2019 à l'âge de 78 ans.",  # age, no place
    ],
)
def test_no_death_place_asked_without_a_person_and_a_place(
    extract_text: Any, sentence: str
) -> None:
    assert _cards(extract_text, sentence, "action-lieu-deces") == []


# --- masculine nouns ending like feminine ones


@pytest.mark.parametrize(
    ("noun", "gender"),
    [
        ("incendie", "m"),
        ("l'incendie de l'entrepôt", "m"),
        ("traité", "m"),
        ("député", "m"),
        ("stade", "m"),
        ("trophée", "m"),
        ("risque", "m"),
        ("casque", "m"),
        ("patrimoine", "m"),
        ("cimetière", "m"),
        ("tragédie", "f"),  # the ending rule still holds
        ("ministre", "m"),
    ],
)
def test_masculine_nouns_with_feminine_endings(noun: str, gender: str) -> None:
    assert guess_gender(noun) == gender


# --- an impersonal « il » names nobody: the card stands alone


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("il y a trois blessés", " y a trois blessés"),
        ("il n'y a pas de blessé", " n'y a pas de blessé"),
        ("il y avait trente élèves", " y avait trente élèves"),
        ("il ne lui faut que deux jours", " ne lui faut que deux jours"),
        ("il faudrait cent ans", " faudrait cent ans"),
        ("parce qu'il était nécessaire de démolir", "parce qu' était nécessaire de démolir"),
        ("quoi qu'il en soit, le mandat", "quoi qu' en soit, le mandat"),
        ("il semble que la ville", " semble que la ville"),
        ("il est probable qu'elle parte", " est probable qu'elle parte"),
        ("il suffit de deux voix", " suffit de deux voix"),
    ],
)
def test_an_impersonal_il_is_dropped(text: str, left: str) -> None:
    assert impersonal_dropped(text) == left


@pytest.mark.parametrize(
    "text",
    [
        "il est accusé de vol",  # « accusé » is no impersonal adjective: someone is
        "il reste au pouvoir",
        "il semble fatigué",
        "il arrive à sarnac",
        "il importe des voitures",
        "il est interdit de stade",
        "il est certain de gagner",
        "il a choisi deux témoins",
        "en avril il a voté",
    ],
)
def test_a_personal_il_stays(text: str) -> None:
    assert impersonal_dropped(text) == text


def test_a_card_with_an_impersonal_il_is_kept(extract_text: Any) -> None:
    sentence = (
        "Le 12 mars 2019, il était nécessaire de démolir deux immeubles du quartier de la Lèze "
        "à Sarnac."
    )
    assert _cards(extract_text, sentence, "quantity-cloze") == [
        (
            "Le 12 mars 2019, il était nécessaire de démolir {{c1::deux}} immeubles du quartier "
            "de la Lèze à Sarnac.",
            "deux",
        )
    ]


def test_a_card_with_a_personal_il_is_still_dropped(extract_text: Any) -> None:
    sentence = "Le 12 mars 2019, il est accusé d'avoir volé trois tableaux au musée de Sarnac."
    assert _cards(extract_text, sentence, "quantity-cloze") == []


def test_il_s_agirait_needs_the_sentence_before(extract_text: Any) -> None:
    sentence = "Il s'agirait d'un homme de 31 ans, selon la police de Sarnac."
    assert _cards(extract_text, sentence, "quantity-cloze") == []


# --- a withdrawal (« retirer sa candidature ») and a defeat told in the passive (« défait par »)


@pytest.mark.parametrize(
    ("sentence", "template", "cards"),
    [
        (
            "Léa Morel a retiré sa candidature à la mairie de Sarnac le 12 mars 2019.",
            "action-qui",
            [("Qui a retiré sa candidature à la mairie de Sarnac le 12 mars 2019 ?", "Léa Morel")],
        ),
        (
            "La ville de Sarnac a retiré sa candidature à l'organisation des championnats de "
            "Valdorie le 12 mars 2019.",
            "action-qui",
            [
                (
                    "Qui a retiré sa candidature à l’organisation des championnats de Valdorie "
                    "le 12 mars 2019 ?",
                    "la ville de Sarnac",
                )
            ],
        ),
        (
            "Le Front de Valdorie a été défait par l'armée régulière dans la vallée de la Lèze.",
            "action-par-qui",
            [("Qui a défait le Front de Valdorie en mars 2019 ?", "l’armée régulière")],
        ),
    ],
)
def test_a_withdrawal_and_a_defeat_ask_who(
    extract_text: Any, sentence: str, template: str, cards: list[tuple[str, str]]
) -> None:
    assert _cards(extract_text, sentence, template) == cards


@pytest.mark.parametrize(
    "sentence",
    [
        "Le ministre de Valdorie a retiré le projet de loi sur l'eau le 12 mars 2019.",  # no idiom
        "La ville de Sarnac a retiré sa candidature.",  # for what?
        "Léa Morel n'a pas retiré sa candidature à la mairie de Sarnac le 12 mars 2019.",
        "Marc Dubreuil a été défait par Léa Morel au second tour le 12 mars 2019.",  # a person
        "Le candidat défait, Marc Dubreuil, a félicité Léa Morel le 12 mars 2019.",
    ],
)
def test_no_withdrawal_nor_defeat_asked_otherwise(extract_text: Any, sentence: str) -> None:
    made = [
        c
        for template in ("action-qui", "action-par-qui")
        for c in _cards(extract_text, sentence, template)
        if "retiré" in c[0] or "défait" in c[0]
    ]
    assert made == []


# --- a small count of the lead tells the main story: half the small-count penalty


def _count_cloze(answer: str) -> Question:
    prompt = f"Des crues ont coupé {{{{c1::{answer}}}}} routes de la vallée de la Lèze."
    return Question(
        "q", "f", "quantity-cloze", CLOZE, prompt, answer, fact_type="quantity", score=1.0
    )


@pytest.mark.parametrize("answer", ["deux", "trois", "quatre", "2", "4"])
def test_a_small_count_of_the_lead_bears_half_the_penalty(answer: str) -> None:
    gap = score(_count_cloze("quarante"), story=LEAD_STORY) - score(
        _count_cloze(answer), story=LEAD_STORY
    )
    assert abs(gap - 0.15) < 0.002


@pytest.mark.parametrize("answer", ["deux", "trois", "4"])
def test_a_small_count_elsewhere_bears_the_whole_penalty(answer: str) -> None:
    gap = score(_count_cloze("quarante"), story=0.5) - score(_count_cloze(answer), story=0.5)
    assert abs(gap - 0.3) < 0.002


def test_a_big_count_of_the_lead_bears_no_penalty() -> None:
    assert signals(_count_cloze("quarante")) == []


def test_the_title_count_bears_none() -> None:
    assert score(_count_cloze("deux"), story=TITLE_WEIGHT) == score(
        _count_cloze("quarante"), story=TITLE_WEIGHT
    )


LEAD_ARTICLE = (
    "Après deux années de baisse, le chômage repart à la hausse en Valdorie au premier trimestre "
    "2019, selon l'institut national de la statistique.\n"
    "Le taux de chômage passe de 8,1 % à 8,4 % de la population active.\n"
    "Les jeunes de moins de 25 ans sont les plus touchés, avec un taux de 19 %.\n"
)
SIDE_ARTICLE = (
    "Le taux de chômage passe de 8,1 % à 8,4 % de la population active en Valdorie au premier "
    "trimestre 2019.\n"
    "Les jeunes de moins de 25 ans sont les plus touchés, avec un taux de 19 %.\n"
    "Le ministre du Travail, Marc Dubreuil, a annoncé un plan de 300 millions d'euros.\n"
    "Le chômage des seniors baisse de 0,2 point en Valdorie, selon l'institut de la statistique.\n"
    "Après deux années de baisse, le chômage des femmes repart à la hausse en Valdorie.\n"
)


def _deck(extract_text: Any, body: str) -> list[str]:
    title = "Valdorie : le chômage"
    facts = extract_text(f"{title}\n\n14 mars 2019. –\n{body}")
    made = explain_questions(facts, {"slug": "t", "title": title, "date": DATE})
    return [q.prompt for q in made.kept]


def test_the_lead_small_count_gets_a_card_in_the_default_deck(extract_text: Any) -> None:
    assert (
        "Après {{c1::deux}} années de baisse, le chômage repart à la hausse en Valdorie au "
        "premier trimestre 2019, selon l’institut national de la statistique."
    ) in _deck(extract_text, LEAD_ARTICLE)


def test_a_side_small_count_gets_none(extract_text: Any) -> None:
    assert not [p for p in _deck(extract_text, SIDE_ARTICLE) if "années de baisse" in p]


def test_a_death_told_on_a_weekday_asks_its_age_and_its_day(extract_text: Any) -> None:
    title = "Sarnac : mort du peintre Marc Dubreuil"
    body = (
        "Le peintre Marc Dubreuil est mort mardi à Sarnac à l'âge de 78 ans.\n"
        "Il avait exposé ses toiles dans toute l'Europe.\n"
    )
    facts = extract_text(f"{title}\n\n14 mars 2019. –\n{body}")
    made = explain_questions(facts, {"slug": "t", "title": title, "date": DATE})
    assert [(q.prompt, q.answer) for q in made.kept] == [
        ("À quel âge Marc Dubreuil est-il mort ?", "à 78 ans"),
        (
            "Le peintre Marc Dubreuil est mort le {{c1::12 mars 2019}} à Sarnac à l’âge de 78 ans.",
            "12 mars 2019",
        ),
    ]
