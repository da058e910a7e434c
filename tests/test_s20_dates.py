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
