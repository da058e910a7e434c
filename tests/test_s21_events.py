"""An event's clause keeps its object pronouns before the verb (« les élèves qui se sont réunis
le 3 mai » → « les élèves se sont réunis », never « sont réunis se »), and a date that dates a
participle ending the clause (« sa hausse entamée en 2019 ») is not asked with the clause's verb
(« En quelle année … a-t-elle poursuivi sa hausse entamée ? »). Invented sentences."""

from __future__ import annotations

from typing import Any

import pytest

from generators.questions import explain_questions
from generators.records import Fact, Selection


def _whats(extract_text: Any, sentence: str) -> list[str]:
    text = "Vossberg : un titre\n\n3 juin 2018. –\n" + sentence + "\n"
    return [str(f.get("what")) for f in extract_text(text) if f.type == "event"]


@pytest.mark.parametrize(
    ("sentence", "what"),
    [
        (
            "Les associations qui se sont regroupées en 2012 pour défendre le canal restent actives.",
            "se sont regroupées",
        ),
        ("Le maire Paul Lenoir l'a inaugurée le 4 mai 2017 devant les élus.", "l'a inaugurée"),
        ("Le maire Paul Lenoir lui a remis la médaille le 4 mai 2017.", "lui a remis"),
        ("Les habitants se sont mobilisés le 9 avril 2016 contre le projet.", "se sont mobilisés"),
        ("La ville s'est équipée de bornes électriques en 2014.", "s'est équipée"),
    ],
)
def test_object_pronouns_stay_before_the_verb(extract_text: Any, sentence: str, what: str) -> None:
    assert any(what in w for w in _whats(extract_text, sentence))


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        # a subject pronoun is no object clitic
        ("Nous avons signé l'accord le 4 mai 2017 à Vossberg.", "avons signé Nous"),
        # an article before the date is not a pronoun
        ("Le club annonce le 28 juillet 2016 la fin de son partenariat.", "annonce le"),
    ],
)
def test_no_word_is_moved_that_is_not_an_object_pronoun(
    extract_text: Any, sentence: str, absent: str
) -> None:
    assert not any(absent in w for w in _whats(extract_text, sentence))


HEADER = {"slug": "t", "title": "Vossberg : un titre", "date": "2031-03-10"}


def _asked(sentence: str, what: str, date: str, norm: str) -> list[str]:
    fact = Fact(
        "event",
        sentence,
        0,
        len(sentence),
        {"date": date, "date_norm": norm, "year_inferred": False, "what": what, "confidence": 0.9},
        id="t:event:0",
    )
    found = explain_questions([fact], HEADER, selection=Selection(per_fact=0))
    return [q.template for q in found.kept]


@pytest.mark.parametrize(
    ("sentence", "what", "date", "norm"),
    [
        (
            "La production régionale a poursuivi sa hausse entamée en 2019, selon l'institut.",
            "La production régionale a poursuivi sa hausse entamée",
            "2019",
            "2019",
        ),
        (
            "Le musée a rouvert sa galerie fermée depuis 2016 aux visiteurs.",
            "Le musée a rouvert sa galerie fermée",
            "2016",
            "2016",
        ),
        (
            "Les élus ont confirmé la réforme votée le 4 mai 2017 par le conseil.",
            "Les élus ont confirmé la réforme votée",
            "4 mai 2017",
            "2017-05-04",
        ),
    ],
)
def test_a_date_of_the_participle_is_not_asked_with_the_verb(
    sentence: str, what: str, date: str, norm: str
) -> None:
    asked = _asked(sentence, what, date, norm)
    assert not {"event-a-quelle-date", "event-quand", "event-en-quelle-annee"} & set(asked)


@pytest.mark.parametrize(
    ("sentence", "what", "date", "norm"),
    [
        (
            "La production de blé de Vossberg a fortement augmenté en 2019.",
            "La production de blé de Vossberg a fortement augmenté",
            "2019",
            "2019",
        ),
        (
            "Le conseil municipal de Vossberg a élu Paul Lenoir maire le 4 mai 2017.",
            "Le conseil municipal de Vossberg a élu Paul Lenoir maire",
            "4 mai 2017",
            "2017-05-04",
        ),
    ],
)
def test_a_date_of_the_clause_is_still_asked(
    sentence: str, what: str, date: str, norm: str
) -> None:
    asked = _asked(sentence, what, date, norm)
    assert {"event-a-quelle-date", "event-en-quelle-annee"} & set(asked)


# --- a sentence the text split at « ; » opens with a capital in its card -------------------------


@pytest.mark.parametrize(
    ("sentence", "span", "opening"),
    [
        (
            "finalement le conseil a voté la réforme en 2014 après trois ans de débats.",
            "2014",
            "Finalement le conseil",
        ),
        (
            "ensuite les élus ont adopté le budget de 2 millions d'euros lundi soir.",
            "2 millions",
            "Ensuite les élus",
        ),
        (
            "la commune a reçu 300 dossiers en un mois, selon la mairie de Vossberg.",
            "300",
            "La commune a reçu",
        ),
        # a name that opens lower-case stays as written
        ("eBay a annoncé 300 suppressions de postes en Vanlandie lundi.", "300", "eBay a annoncé"),
        ("iPhone et tablettes représentent 40 % des ventes de la boutique.", "40", "iPhone et"),
    ],
)
def test_a_card_opens_as_a_sentence(sentence: str, span: str, opening: str) -> None:
    from generators.questions.phrasing import gapped_clause

    assert gapped_clause(sentence, span)["cloze_text"].startswith(opening)


# --- « le 17 octobre de l'année dernière »: the dateline's year minus one --------------------------


def _dates(extract_text: Any, dateline: str, sentence: str) -> list[tuple[str, str]]:
    text = f"Vossberg : un titre\n\n{dateline}. –\n{sentence}\n"
    return [
        (str(f.get("date")), str(f.get("date_norm")))
        for f in extract_text(text)
        if f.type == "event"
    ]


@pytest.mark.parametrize(
    ("dateline", "sentence", "norm"),
    [
        (
            "12 janvier 2019",
            "Les rebelles ont été chassés depuis l'assaut lancé le 17 octobre de l'année dernière.",
            "2018-10-17",
        ),
        (
            "3 mars 2019",
            "Le pont a rouvert le 4 mai de l'an dernier après les travaux.",
            "2018-05-04",
        ),
        (
            "3 mars 2019",
            "La loi votée le 9 décembre de l'année passée entre en vigueur.",
            "2018-12-09",
        ),
        (
            "20 novembre 2019",
            "Le chantier commencera le 2 février de l'année prochaine.",
            "2020-02-02",
        ),
        (
            "20 novembre 2019",
            "Le musée ouvrira le 15 avril de l'an prochain à Vossberg.",
            "2020-04-15",
        ),
        # a year named just before does not take over
        (
            "12 janvier 2019",
            "Le budget de 2019 a été voté. La crise née le 17 octobre de l'année dernière continue.",
            "2018-10-17",
        ),
    ],
)
def test_a_year_said_from_the_dateline(
    extract_text: Any, dateline: str, sentence: str, norm: str
) -> None:
    assert norm in [d for _, d in _dates(extract_text, dateline, sentence)]


@pytest.mark.parametrize(
    ("dateline", "sentence", "norm"),
    [
        # a year named before: « de l'année suivante » counts from it, not from the dateline
        (
            "3 mars 2019",
            "Le club, fondé en 2001, a ouvert son stade le 4 mai de l'année suivante.",
            "2002-05-04",
        ),
        # no relative phrase: the tense places the date as before
        ("12 janvier 2019", "Le pont a rouvert le 4 mai après les travaux.", "2018-05-04"),
    ],
)
def test_other_years_are_read_as_before(
    extract_text: Any, dateline: str, sentence: str, norm: str
) -> None:
    assert norm in [d for _, d in _dates(extract_text, dateline, sentence)]


@pytest.mark.parametrize(
    ("text", "today", "expected"),
    [
        (
            "L'assaut lancé le 17 octobre de l'année dernière a échoué.",
            "2019-01-12",
            "L'assaut lancé le 17 octobre 2018 a échoué.",
        ),
        (
            "Le pont a rouvert en mai de l'an dernier.",
            "2019-03-03",
            "Le pont a rouvert en mai 2018.",
        ),
        (
            "Les ventes de l'année dernière ont baissé.",
            "2019-03-03",
            "Les ventes de 2018 ont baissé.",
        ),
    ],
)
def test_a_card_names_the_year_after_a_month_bare(text: str, today: str, expected: str) -> None:
    from generators.questions.retouch import retime

    assert retime(text, today) == expected
