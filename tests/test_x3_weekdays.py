"""Days named from the dateline (« mardi », « ce jeudi », « le jeudi 18 », « hier ») are dated events."""

from __future__ import annotations

from typing import Any

import pytest

# The dateline of every text here: Wednesday 16 November 2016.
DATELINE = "date 2016-11-16\n\n"


def _events(extract_text: Any, text: str) -> list[dict[str, Any]]:
    return [f.to_dict() for f in extract_text(DATELINE + text) if f.type == "event"]


# sentence, date_norm of each event in order
DATED = [
    (
        "Trois hommes ont été arrêtés dans la région mardi et mercredi.",
        ["2016-11-15", "2016-11-16"],
    ),
    ("Un randonneur a été secouru tôt ce mardi dans le massif.", ["2016-11-15"]),
    ("Les championnats régionaux se sont déroulés dimanche à Lille.", ["2016-11-13"]),
    ("L'épreuve masculine s'est déroulée le jeudi 10 sous la pluie.", ["2016-11-10"]),
    ("Le ministre se rendra vendredi à Lyon.", ["2016-11-18"]),
    ("Le rapport va être remis au tribunal vendredi.", ["2016-11-18"]),
    ("Ils ont transmis la lettre lundi dernier à la préfecture.", ["2016-11-14"]),
    ("Le conseil municipal votera le budget lundi prochain.", ["2016-11-21"]),
    ("Il est décédé lundi dans sa maison de campagne.", ["2016-11-14"]),
    ("Hier, la police a interpellé deux suspects.", ["2016-11-15"]),
    ("Le maire a inauguré ce matin la nouvelle médiathèque.", ["2016-11-16"]),
    ("La maire inaugure ce mercredi le nouveau pont.", ["2016-11-16"]),
    # « être » + a participle of planning announces a day to come (session 23)
    ("Une rencontre est prévue lundi pour organiser la fête.", ["2016-11-21"]),
]


@pytest.mark.parametrize(("sentence", "dates"), DATED)
def test_a_day_is_dated_from_the_dateline(
    extract_text: Any, sentence: str, dates: list[str]
) -> None:
    events = _events(extract_text, sentence)
    assert [e["date_norm"] for e in events] == dates
    assert all(e["year_inferred"] for e in events)
    assert all(e["confidence"] < 0.9 for e in events)


@pytest.mark.parametrize(
    "sentence",
    [
        "Le marché se tient chaque mardi sur la place.",
        "Le musée est ouvert du lundi au vendredi.",
        "Le dimanche, il pêche au bord du lac.",
        "Le lundi de Pâques est un jour férié.",
        "Il a dit que « si je pars demain, je ne reviens pas ».",
        "Le club joue samedi contre une équipe voisine.",
        "Tous les jeudis, les élèves vont à la piscine.",
        "L'émission du jeudi a été supprimée.",
        "Aujourd'hui, la ville compte deux gares.",
    ],
)
def test_a_habit_a_span_or_an_unsure_day_is_no_event(extract_text: Any, sentence: str) -> None:
    assert _events(extract_text, sentence) == []


def test_without_a_dateline_a_weekday_is_no_event(extract_text: Any) -> None:
    events = extract_text("Trois hommes ont été arrêtés dans la région mardi.")
    assert [f for f in events if f.type == "event"] == []


def test_a_weekday_with_a_day_that_does_not_fit_is_no_event(extract_text: Any) -> None:
    assert _events(extract_text, "La course s'est déroulée le jeudi 12 sous la pluie.") == []


def test_the_surface_keeps_ce_and_dernier(extract_text: Any) -> None:
    first = _events(extract_text, "Un randonneur a été secouru ce mardi dans le massif.")
    last = _events(extract_text, "Ils ont transmis la lettre lundi dernier à la préfecture.")
    assert first[0]["date"] == "ce mardi" and last[0]["date"] == "lundi dernier"
