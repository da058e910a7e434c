"""A day-month written without its year takes the year its clause and its neighbours give it."""

from __future__ import annotations

from typing import Any

import pytest

# The dateline of every dated text here: Tuesday 10 January 2017.
DATELINE = "date 2017-01-10\n\n"
AUTUMN = "date 2017-10-20\n\n"  # another dateline: a text opening with it keeps it


def _events(extract_text: Any, text: str, dateline: str = DATELINE) -> list[dict[str, Any]]:
    head = "" if text.startswith("date ") else dateline
    return [f.to_dict() for f in extract_text(head + text) if f.type == "event"]


# sentence(s), date_norm of the (last) event: the year follows tense, marker or a named year
SHIFTED = [
    # (a) a past clause on a day after the dateline: the year before
    ("Le 24 août, les rebelles sont entrés dans la capitale.", "2016-08-24"),
    ("Les chauffeurs avaient bloqué le dépôt le 3 octobre.", "2016-10-03"),
    ("Le maire a inauguré la nouvelle gare le 12 mars.", "2016-03-12"),
    ("La commune a fermé son école en septembre.", "2016-09"),
    # « depuis le »: a past day whatever the tense
    ("Les ouvriers sont en grève depuis le 24 août.", "2016-08-24"),
    ("La route reste coupée depuis le 2 décembre.", "2016-12-02"),
    # (c) a future clause on a day before the dateline: the year after
    (AUTUMN + "Le nouveau pont sera ouvert le 5 mars.", "2018-03-05"),
    (AUTUMN + "Le festival se tiendra du 3 au 5 juillet à Nantes.", "2018-07-03"),
    (AUTUMN + "Les travaux doivent être achevés d'ici le 2 février.", "2018-02-02"),
    # (b) the sentence before names the year
    (
        "La guerre éclate en 1967 entre les deux pays voisins. Le 5 juin, l'aviation a attaqué.",
        "1967-06-05",
    ),
    (
        "En 1998, la ville a accueilli les championnats. Le 24 août, la finale a eu lieu.",
        "1998-08-24",
    ),
    # (b) a year earlier in the same sentence
    ("Lors de la guerre de 1967, le 5 juin, les chars ont franchi la frontière.", "1967-06-05"),
]


@pytest.mark.parametrize(("text", "norm"), SHIFTED)
def test_a_day_month_takes_the_year_its_clause_gives(
    extract_text: Any, text: str, norm: str
) -> None:
    events = _events(extract_text, text)
    assert events, text
    assert events[-1]["date_norm"] == norm
    assert events[-1]["confidence"] >= 0.9


# must not fire: the dateline's year (or the written year) stays
KEPT = [
    ("Le maire inaugure la nouvelle gare le 24 août.", "2017-08-24"),  # present tense
    ("Le festival aura lieu le 24 août à Nantes.", "2017-08-24"),  # future, after the dateline
    ("Les rebelles sont entrés dans la capitale le 5 janvier.", "2017-01-05"),  # past, before
    ("Les rebelles sont entrés dans la capitale le 24 août 2015.", "2015-08-24"),  # year written
    ("Le concert sera donné le 5 janvier 2017.", "2017-01-05"),  # year written
    ("La ville compte deux gares depuis le 3 janvier.", "2017-01-03"),  # depuis, before
    ("Le dernier coureur a franchi la ligne le 14 janvier.", "2017-01-14"),  # close: an update
    ("Le maire a été convoqué chez le juge le 2 février.", "2017-02-02"),  # close: a summons
    (AUTUMN + "Le pont sera ouvert le 5 octobre.", "2017-10-05"),  # future, close before
]


@pytest.mark.parametrize(("text", "norm"), KEPT)
def test_a_day_month_keeps_its_year(extract_text: Any, text: str, norm: str) -> None:
    events = _events(extract_text, text)
    assert [e["date_norm"] for e in events] == [norm]


def test_without_dateline_the_tense_rule_does_not_fire(extract_text: Any) -> None:
    events = _events(extract_text, "Le 24 août, les rebelles sont entrés dans la capitale.", "")
    assert [e["date_norm"] for e in events] == [None]
    assert not events[0]["year_inferred"]


def test_without_dateline_the_year_named_before_stays(extract_text: Any) -> None:
    text = "En 1998, la ville a accueilli les championnats. Le 24 août, la finale a eu lieu."
    assert [e["date_norm"] for e in _events(extract_text, text, "")][-1] == "1998-08-24"


@pytest.mark.parametrize(
    "text",
    [
        "Le général a déclaré : « le 24 août, nous sommes entrés dans la ville ».",
        "« Nous avons tout perdu le 3 octobre », a raconté un habitant.",
    ],
)
def test_a_shift_inside_a_quote_is_unsure(extract_text: Any, text: str) -> None:
    events = _events(extract_text, text)
    assert events, text
    assert events[0]["date_norm"] is None  # no year the reasoning cannot support
    assert events[0]["year_inferred"]
    assert events[0]["confidence"] <= 0.6


def test_a_present_day_in_a_quote_keeps_the_dateline_year(extract_text: Any) -> None:
    events = _events(extract_text, "Le maire a dit : « nous ouvrons la gare le 24 août ».")
    assert [e["date_norm"] for e in events] == ["2017-08-24"]


def test_a_present_clause_keeps_the_dateline_year_after_a_year_named_before(
    extract_text: Any,
) -> None:
    text = "Le club avait été fondé en 1998. Les supporters défilent le 24 août dans la ville."
    assert [e["date_norm"] for e in _events(extract_text, text)][-1] == "2017-08-24"


def test_a_year_inside_the_sentence_before_does_not_frame_the_day(extract_text: Any) -> None:
    text = "Le joueur a reçu en 2012 un prix. Le 24 août, il a quitté son club."
    assert [e["date_norm"] for e in _events(extract_text, text)][-1] == "2016-08-24"


def test_a_year_two_sentences_back_does_not_date_the_day(extract_text: Any) -> None:
    text = (
        "La ville a été fondée en 1850. Elle compte deux gares et un port. "
        "Le maire inaugure le nouveau pont le 24 août."
    )
    assert [e["date_norm"] for e in _events(extract_text, text)][-1] == "2017-08-24"


def test_a_shift_off_a_noun_is_unsure(extract_text: Any) -> None:
    events = _events(extract_text, "La réunion du 24 août a été annulée par le préfet.")
    assert events
    assert events[0]["date_norm"] is None
    assert events[0]["confidence"] <= 0.6
