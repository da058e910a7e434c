"""Session 14 families of quantity, event and acronym facts, on invented French sentences."""

from __future__ import annotations

from typing import Any

DATELINE = "Valmont, 14 mai 2019. – "


def _facts(extract_text: Any, text: str, fact_type: str) -> list[dict[str, Any]]:
    return [f.to_dict() for f in extract_text(text) if f.type == fact_type]


def test_a_period_across_months_is_one_event_dated_by_its_start(extract_text: Any) -> None:
    text = DATELINE + "Du 14 juin au 3 août 1995, Paul Dervaux a dirigé la mission de secours."
    events = _facts(extract_text, text, "event")
    assert [e["date_norm"] for e in events] == ["1995-06-14"]
    assert events[0]["year_inferred"] is False


def test_two_dates_of_two_acts_stay_two_events(extract_text: Any) -> None:
    text = DATELINE + "Le maire a été élu le 4 mars 1995 et il a été réélu le 12 juin 2001."
    dates = {e["date_norm"] for e in _facts(extract_text, text, "event")}
    assert {"1995-03-04", "2001-06-12"} <= dates


def test_today_in_a_past_or_future_clause_is_the_dateline_day(extract_text: Any) -> None:
    text = DATELINE + "La ministre a inauguré aujourd'hui le nouveau pont de Castelbrun."
    events = _facts(extract_text, text, "event")
    assert [e["date_norm"] for e in events] == ["2019-05-14"]
    future = DATELINE + "Le préfet signera aujourd'hui la convention avec la région."
    assert [e["date_norm"] for e in _facts(extract_text, future, "event")] == ["2019-05-14"]


def test_today_meaning_nowadays_is_no_event(extract_text: Any) -> None:
    text = DATELINE + "Aujourd'hui, les jeunes lisent moins de journaux qu'avant."
    assert _facts(extract_text, text, "event") == []
