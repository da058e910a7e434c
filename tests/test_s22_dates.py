"""A written day the article points at from its own day (« Ce samedi 12 mai, … », « …, ce 9 juin, »)
is said plainly in a card (« Le samedi 12 mai 2018, … »), so the lead sentence that carries it is
asked instead of dropped as « points back to the article »; a count's verb phrase never stops
inside quote marks; a day written « 1 er » is a date, not a figure. Invented sentences."""

from __future__ import annotations

from typing import Any

import pytest

from generators.questions import explain_questions
from generators.questions.budget import figures_of
from generators.questions.retouch import retime
from generators.records import Fact, Selection


@pytest.mark.parametrize(
    ("text", "article_date", "expected"),
    [
        (
            "Ce samedi 12 mai, les habitants de Vossberg ont voté.",
            "2018-05-13",
            "Le samedi 12 mai 2018, les habitants de Vossberg ont voté.",
        ),
        (
            "Ce dimanche 1 er avril, la fanfare a défilé.",
            "2018-04-02",
            "Le dimanche 1er avril 2018, la fanfare a défilé.",
        ),
        (
            "Le festival s'est ouvert, ce 9 juin, sous la pluie.",
            "2016-06-10",
            "Le festival s'est ouvert, le 9 juin 2016, sous la pluie.",
        ),
        # a day of late December read in January is last year's
        (
            "Ce 30 décembre, la mairie a fermé le pont.",
            "2019-01-04",
            "Le 30 décembre 2018, la mairie a fermé le pont.",
        ),
        # a day of early January announced in December is next year's
        (
            "Le marché rouvrira ce 3 janvier.",
            "2019-12-20",
            "Le marché rouvrira le 3 janvier 2020.",
        ),
        # « en ce » is « le »
        (
            "En ce 4 mai, au lendemain du vote, la ville se tait.",
            "2017-05-05",
            "Le 4 mai 2017, au lendemain du vote, la ville se tait.",
        ),
        (
            "La foule, en ce samedi 6 mai, a défilé.",
            "2017-05-07",
            "La foule, le samedi 6 mai 2017, a défilé.",
        ),
        # its own year is kept
        (
            "Ce 4 mars 2017, la gare a été évacuée.",
            "2017-03-05",
            "Le 4 mars 2017, la gare a été évacuée.",
        ),
    ],
)
def test_a_written_day_is_said_from_the_article_date(
    text: str, article_date: str, expected: str
) -> None:
    assert retime(text, article_date) == expected


@pytest.mark.parametrize(
    ("text", "article_date"),
    [
        # the weekday is not that day's: the article's words stay as written
        ("Ce lundi 12 mai, les habitants ont voté.", "2018-05-13"),
        # no article date: nothing to count from
        ("Ce samedi 12 mai, les habitants ont voté.", ""),
        # « ce » + a number that is no day of a month
        ("Ce 12 mai est une date à retenir pour la ville.", "2018-12-31"),
        # a demonstrative before a count, not a day
        ("Ce 3e mandat commence mal pour le maire.", "2018-05-13"),
        # inside a quotation the words are the speaker's
        ("« Ce samedi 12 mai restera dans les mémoires », a dit le maire.", "2018-05-13"),
    ],
)
def test_no_day_is_invented(text: str, article_date: str) -> None:
    assert retime(text, article_date) == text


HEADER = {"slug": "t", "title": "Vossberg : la fête", "date": "2018-05-13"}


def _kept(fact: Fact) -> list[str]:
    return [
        q.prompt for q in explain_questions([fact], HEADER, selection=Selection(per_fact=0)).kept
    ]


def test_the_lead_sentence_is_asked_once_its_day_is_said() -> None:
    sentence = "Ce samedi 12 mai, 4 000 habitants de Vossberg ont manifesté contre la fermeture."
    fact = Fact(
        "quantity",
        sentence,
        0,
        len(sentence),
        {"value": 4000, "approx": False, "unit": "habitants", "text": "4 000 habitants"},
        id="t:quantity:0",
    )
    kept = _kept(fact)
    assert (
        "Le samedi 12 mai 2018, {{c1::4 000}} habitants de Vossberg ont manifesté contre la"
        " fermeture." in kept
    )
    assert not any("Ce " in prompt or " ce " in prompt for prompt in kept)


@pytest.mark.parametrize(
    ("sentence", "predicate"),
    [
        (
            "Hier, 12 militants ont été jugés pour « outrage » devant le tribunal de Vossberg.",
            "ont été jugés pour « outrage » devant le tribunal de Vossberg",
        ),
        (
            "En mai, 30 élus ont voté « contre » la motion.",
            "ont voté « contre »",
        ),
        (
            "En mai, 30 élus ont dénoncé un « projet inutile et coûteux pour la ville » au conseil.",
            "ont dénoncé un",  # too long to hold whole: cut before the mark (the quality
        ),  # filter then drops a question ending on « un »
        # no quote mark: the phrase is as before
        (
            "En mai, 30 élus ont voté la motion de censure.",
            "ont voté la motion de censure",
        ),
    ],
)
def test_a_count_verb_phrase_never_stops_inside_quote_marks(
    extract_text: Any, sentence: str, predicate: str
) -> None:
    text = "Vossberg : un titre\n\n3 juin 2018. –\n" + sentence + "\n"
    predicates = [f.get("predicate") for f in extract_text(text) if f.type == "quantity"]
    assert predicate in predicates
    assert all(str(p).count("«") == str(p).count("»") for p in predicates if p)


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        ("Ce dimanche 1 er octobre, 17 élèves de 12 à 15 ans ont chanté.", ["17", "12", "15"]),
        ("Le 1er octobre, 17 élèves ont chanté.", ["17"]),
        ("Le 12 mai 2018, 4 000 habitants ont voté.", ["4000"]),
    ],
)
def test_a_day_written_1_er_is_no_figure(sentence: str, figures: list[str]) -> None:
    assert figures_of(sentence) == figures
