"""Dates that only date an amount of a change (« de 4 % en 2021 à 3 % en 2025 ») make no event."""

from __future__ import annotations

from typing import Any

import pytest


def _events(extract_text: Any, text: str) -> list[dict[str, Any]]:
    return [f.to_dict() for f in extract_text(text) if f.type == "event"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Le déficit devrait passer de 4 % en 2021 à 3 % en 2025.",
        "Le chiffre d'affaires passerait de près de 3 millions en 2022 à 5 millions en 2026.",
        "La part du rail devrait passer de 8,5 % en 2023 à 9,1 % l'an prochain.",
        "Le taux d'épargne irait de 15,2 % en 2020, à 14,8 % en 2021, puis 16,3 % en 2022.",
        "Les ventes ont chuté de 12 % en mars 2020 à 3 % en mai 2020.",
        "Le nombre d'adhérents passe de 1 200 en 2018 à 1 500 en 2021.",
        "Le prix du ticket grimpe de 2 euros en 2020 à 3 euros en 2024.",
        "Les effectifs sont passés de 40 salariés en 2010 à 25 salariés en 2015.",
    ],
)
def test_years_of_a_series_of_amounts_are_no_events(extract_text: Any, sentence: str) -> None:
    assert _events(extract_text, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "dates"),
    [
        ("Le club a recruté trois joueurs en 2015.", ["2015"]),
        ("Le chômage s'établit à 9,6 % en 2016.", ["2016"]),
        ("Le musée a accueilli 300 000 visiteurs en 2019, un record.", ["2019"]),
        (
            "L'entreprise a été fondée en 1950 et employait 200 salariés en 1980.",
            ["1950", "1980"],
        ),
        ("Le pont, long de 300 mètres en 1900, a été allongé en 1950.", ["1900", "1950"]),
        ("La loi a été votée en 2015 puis abrogée en 2019.", ["2015", "2019"]),
        ("Le taux a été fixé à 5 % le 3 mars 2015.", ["2015-03-03"]),
    ],
)
def test_dates_of_actions_stay_events(extract_text: Any, sentence: str, dates: list[str]) -> None:
    assert [e["date_norm"] for e in _events(extract_text, sentence)] == dates


def test_an_event_whose_clause_was_lost_is_less_sure(extract_text: Any) -> None:
    sure = _events(extract_text, "Le traité a été signé le 28 juin 1919.")
    plain = _events(extract_text, "En 2012, victoire.")
    assert sure and sure[0]["confidence"] >= 0.9
    assert plain and plain[0]["confidence"] < sure[0]["confidence"]


# sentence, surface contained in `date`, date_norm
RANKED_PERIODS = [
    (
        "Les exportations ont augmenté lors du deuxième trimestre 2021 selon les douanes.",
        "deuxième trimestre 2021",
        "2021",
    ),
    (
        "Au premier semestre 2019, l'entreprise a vendu deux usines.",
        "premier semestre 2019",
        "2019",
    ),
    ("La banque a publié ses comptes au dernier trimestre 2020.", "dernier trimestre 2020", "2020"),
    ("Les ventes ont reculé au quatrième trimestre 2018.", "quatrième trimestre 2018", "2018"),
    ("Au second semestre 2022, le chantier a repris.", "second semestre 2022", "2022"),
    ("Le site a fermé au cours du trimestre 2015.", "trimestre 2015", "2015"),
]


@pytest.mark.parametrize(("sentence", "surface", "norm"), RANKED_PERIODS)
def test_a_ranked_part_of_a_year_is_a_date(
    extract_text: Any, sentence: str, surface: str, norm: str
) -> None:
    events = _events(extract_text, sentence)
    assert [e["date_norm"] for e in events] == [norm]
    assert surface in events[0]["date"]
    assert "trimestre" not in events[0]["what"] and "semestre" not in events[0]["what"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Le trimestre a été calme pour la banque.",
        "Les résultats du trimestre dépassent les attentes.",
        "Le rapport trimestriel 2016 est en ligne.",
        "Trois trimestres de baisse ont suivi.",
    ],
)
def test_a_part_of_a_year_without_a_year_is_no_date(extract_text: Any, sentence: str) -> None:
    assert _events(extract_text, sentence) == []
