"""FSRS scheduling: ratings from correctness and time, stable cards, reproducible reviews."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from generators.quiz import scheduler

NOW = datetime(2026, 3, 1, 9, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize(
    ("correct", "seconds", "helped", "rating"),
    [
        (False, 1.0, False, scheduler.AGAIN),
        (False, None, True, scheduler.AGAIN),
        (True, None, False, scheduler.GOOD),
        (True, 2.0, False, scheduler.EASY),
        (True, 9.0, False, scheduler.GOOD),
        (True, 60.0, False, scheduler.HARD),
        (True, 2.0, True, scheduler.HARD),
    ],
)
def test_rating_for(correct: bool, seconds: float | None, helped: bool, rating: int) -> None:
    assert scheduler.rating_for(correct, seconds, expected_chars=10, helped=helped) == rating


def test_longer_answers_get_more_time_before_losing_easy() -> None:
    assert scheduler.rating_for(True, 6.0, expected_chars=0) == scheduler.GOOD
    assert scheduler.rating_for(True, 6.0, expected_chars=30) == scheduler.EASY


def test_card_ids_are_stable_and_distinct_per_player() -> None:
    assert scheduler.card_id("a:quantity:1", "ana") == scheduler.card_id("a:quantity:1", "ana")
    assert scheduler.card_id("a:quantity:1", "ana") != scheduler.card_id("a:quantity:1", "ben")


def test_new_card_is_due_now() -> None:
    card = scheduler.new_card("f", "ana", NOW)
    assert scheduler.due_at(card) == NOW


def test_review_is_reproducible_and_good_spaces_more_than_again() -> None:
    card = scheduler.new_card("f", "ana", NOW)
    good = scheduler.review(card, scheduler.GOOD, NOW)
    assert good == scheduler.review(card, scheduler.GOOD, NOW)
    again = scheduler.review(card, scheduler.AGAIN, NOW)
    assert again.due < good.due
    easy = scheduler.review(card, scheduler.EASY, NOW)
    assert easy.due - NOW >= timedelta(days=1)


def test_successive_good_reviews_grow_the_interval() -> None:
    card, now, gaps = scheduler.new_card("f", "ana", NOW), NOW, []
    for _ in range(5):
        done = scheduler.review(card, scheduler.GOOD, now)
        gaps.append(done.due - now)
        card, now = done.card, done.due
    assert gaps[-1] > gaps[1] > timedelta(0)
    assert scheduler.retrievability(card, now) > 0


def test_parse_time_takes_naive_times_as_utc() -> None:
    assert scheduler.parse_time("2026-03-01T09:00") == NOW
    assert scheduler.parse_time("2026-03-01T10:00+01:00") == NOW
