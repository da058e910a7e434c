"""A period « entre le 29 mars et [le] 9 avril 2018 » is one event dated by its start, with the
year written at its end, like « du 29 mars au 9 avril 2018 »; two dates of two clauses joined by
« et » stay two events. Invented sentences."""

from __future__ import annotations

from typing import Any

import pytest


def _events(extract_text: Any, sentence: str) -> list[tuple[str, str]]:
    text = "Brenneval : un titre\n\n3 juin 2018. –\n" + sentence + "\n"
    return [
        (str(f.fields["date"]), str(f.fields["date_norm"]))
        for f in extract_text(text)
        if f.type == "event"
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "La sonde devrait retomber entre le 29 mars et 9 avril 2018, selon l'agence.",
            [("entre le 29 mars et 9 avril 2018", "2018-03-29")],
        ),
        (
            "La sonde devrait retomber entre le 29 mars et le 9 avril 2018, selon l'agence.",
            [("entre le 29 mars et le 9 avril 2018", "2018-03-29")],
        ),
        (
            "Entre le 4 janvier et le 10 février 2017, 300 personnes ont été évacuées.",
            [("Entre le 4 janvier et le 10 février 2017", "2017-01-04")],
        ),
        (
            "Le pont de Castelmont restera fermé entre le 20 décembre et le 6 janvier 2019.",
            [("entre le 20 décembre et le 6 janvier 2019", "2018-12-20")],
        ),
        (
            "Les travaux auront lieu entre le 2 et le 9 mai 2018 à Brenneval.",
            [("entre le 2 et le 9 mai 2018", "2018-05-02")],
        ),
        (
            "Le salon ouvrira du 28 décembre au 3 janvier 2019 à Valdorie.",
            [("28 décembre au 3 janvier 2019", "2018-12-28")],
        ),
        (
            "Le festival a eu lieu du 29 mars au 9 avril 2018 à Brenneval.",
            [("29 mars au 9 avril 2018", "2018-03-29")],
        ),
    ],
)
def test_a_period_between_two_dates_is_one_event(
    extract_text: Any, sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert _events(extract_text, sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Le maire est arrivé le 29 mars et le ministre le 9 avril 2018.",
            [("29 mars", "2018-03-29"), ("9 avril 2018", "2018-04-09")],
        ),
        (
            "Le comité s'est réuni le 12 mai et a voté le 14 mai 2018.",
            [("12 mai", "2018-05-12"), ("14 mai 2018", "2018-05-14")],
        ),
        (
            "Lucie Marchal a été élue le 2 mars 2018 et installée le 9 mars 2018.",
            [("2 mars 2018", "2018-03-02"), ("9 mars 2018", "2018-03-09")],
        ),
        (
            "Le conseil a voté entre deux séances le 12 mai et le budget le 14 mai 2018.",
            [("12 mai", "2018-05-12"), ("14 mai 2018", "2018-05-14")],
        ),
    ],
)
def test_two_dates_of_two_clauses_stay_two_events(
    extract_text: Any, sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert _events(extract_text, sentence) == expected


def _dated(extract_text: Any, sentence: str) -> list[tuple[str, str, str]]:
    text = "Brenneval : un titre\n\n4 juin 2018. –\n" + sentence + "\n"
    return [
        (str(f.get("date")), str(f.get("date_norm")), str(f.get("what")))
        for f in extract_text(text)
        if f.type == "event"
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Le défilé de Brenneval a eu lieu samedi soir devant la mairie.",
            ("samedi soir", "2018-06-02", "Le défilé de Brenneval a eu lieu"),
        ),
        (
            "Le conseil de Valdorie s'est réuni mardi matin en séance publique.",
            ("mardi matin", "2018-05-29", "Le conseil de Valdorie s'est réuni"),
        ),
        (
            "Le défilé de Brenneval a eu lieu samedi soir 2 juin devant la mairie.",
            ("samedi soir 2 juin", "2018-06-02", "Le défilé de Brenneval a eu lieu"),
        ),
        (
            "Le marché de Castelmont a rouvert dimanche après-midi après les travaux.",
            ("dimanche après-midi", "2018-06-03", "Le marché de Castelmont a rouvert"),
        ),
    ],
)
def test_a_part_of_the_day_belongs_to_its_weekday(
    extract_text: Any, sentence: str, expected: tuple[str, str, str]
) -> None:
    assert _dated(extract_text, sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("Le défilé de Brenneval a eu lieu samedi devant la mairie du soir.", "samedi"),
        ("Le conseil de Valdorie s'est réuni mardi, dans la nuit, en séance publique.", "mardi"),
    ],
)
def test_a_part_of_the_day_apart_from_its_weekday_stays_out(
    extract_text: Any, sentence: str, date: str
) -> None:
    assert [d for d, _, _ in _dated(extract_text, sentence)] == [date]
