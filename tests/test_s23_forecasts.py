"""A day announced by « être » + a participle of planning (« le vote est prévu mardi », « le
ministre est attendu jeudi ») is a day to come, resolved forward from the dateline; the present
passive of any other verb (« le pont est fermé lundi ») says nothing of the time and gives no date.
Invented sentences, through the real model; the dateline is Sunday 3 June 2018."""

from __future__ import annotations

from typing import Any

import pytest

HEAD = "Vossberg : un titre\n\n3 juin 2018. –\nUne phrase d'ouverture sans rien.\n"


def _dates(extract_text: Any, sentence: str) -> list[str]:
    facts = extract_text(HEAD + sentence + "\n")
    return sorted(str(f.get("date_norm")) for f in facts if f.type == "event")


@pytest.mark.parametrize(
    ("sentence", "dates"),
    [
        ("Le pic de la crue est attendu mardi.", ["2018-06-05"]),
        ("La réunion du conseil est prévue pour jeudi.", ["2018-06-07"]),
        ("Le pic de la crue est prévu pour la nuit de mardi à mercredi.", ["2018-06-05"]),
        ("Le ministre Paul Lenoir est attendu vendredi à Vossberg.", ["2018-06-08"]),
        ("Les électeurs de Vossberg sont convoqués samedi.", ["2018-06-09"]),
        ("Le concert est planifié mercredi.", ["2018-06-06"]),
        # the past of the same participles looks back
        ("Le ministre était attendu lundi à Vossberg, il n'est pas venu.", ["2018-05-28"]),
        ("La réunion avait été prévue jeudi.", ["2018-05-31"]),
        # other present passives: no time, no date
        ("Le pont de Vossberg est fermé lundi.", []),
        ("Le musée est ouvert mardi.", []),
        ("Le dossier est examiné jeudi par les juges.", []),
    ],
)
def test_planned_days_look_forward(extract_text: Any, sentence: str, dates: list[str]) -> None:
    assert _dates(extract_text, sentence) == dates
