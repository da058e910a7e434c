"""FSRS scheduling: one card per (fact, player), ratings from correctness and answer time."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from generators.quiz.i18n import N_

# Ratings, as fsrs numbers them (Again=1, Hard=2, Good=3, Easy=4).
AGAIN, HARD, GOOD, EASY = 1, 2, 3, 4
RATING_NAMES = {AGAIN: N_("again"), HARD: N_("hard"), GOOD: N_("good"), EASY: N_("easy")}
# A right typed answer within this many seconds (plus a little per character) is rated Easy,
# beyond SLOW_SECONDS Hard: a slow recall is a weaker memory.
EASY_SECONDS = 4.0
SECONDS_PER_CHAR = 0.15
SLOW_SECONDS = 20.0


@dataclass(frozen=True)
class Review:
    """The card after a review, and the log fsrs keeps of it (both as JSON-ready dicts)."""

    card: dict[str, Any]
    log: dict[str, Any]
    due: datetime


def rating_for(
    correct: bool, seconds: float | None, *, expected_chars: int = 0, helped: bool = False
) -> int:
    """Return the fsrs rating of an answer: wrong → Again; helped or slow → Hard; quick → Easy."""
    if not correct:
        return AGAIN
    if helped:
        return HARD
    if seconds is None:  # unattended runs: time means nothing, keep the schedule reproducible
        return GOOD
    if seconds > SLOW_SECONDS:
        return HARD
    if seconds <= EASY_SECONDS + SECONDS_PER_CHAR * expected_chars:
        return EASY
    return GOOD


def card_id(fact_id: str, player: str) -> int:
    """Return a stable fsrs card id for (fact, player)."""
    digest = hashlib.sha1(f"{fact_id}\x1f{player}".encode()).digest()
    return int.from_bytes(digest[:6], "big")


def new_card(fact_id: str, player: str, now: datetime) -> dict[str, Any]:
    """Return a never-reviewed card, due now."""
    from fsrs import Card

    return dict(Card(card_id=card_id(fact_id, player), due=now).to_dict())


def review(
    card: dict[str, Any], rating: int, now: datetime, seconds: float | None = None
) -> Review:
    """Return the card after a review with `rating` at `now`."""
    from fsrs import Card, Rating

    duration = int(seconds * 1000) if seconds is not None else None
    updated, log = _scheduler().review_card(Card.from_dict(card), Rating(rating), now, duration)  # type: ignore[arg-type]
    return Review(dict(updated.to_dict()), dict(log.to_dict()), updated.due)


def due_at(card: dict[str, Any]) -> datetime:
    """Return when `card` is due."""
    return parse_time(str(card["due"]))


def retrievability(card: dict[str, Any], now: datetime) -> float:
    """Return the probability that the player recalls the card at `now`."""
    from fsrs import Card

    return float(_scheduler().get_card_retrievability(Card.from_dict(card), now))  # type: ignore[arg-type]


def _scheduler() -> Any:
    from fsrs import Scheduler

    # No fuzzing: with `--now`, the same answers must give the same schedule.
    return Scheduler(enable_fuzzing=False)


def parse_time(text: str) -> datetime:
    """Parse an ISO date-time; a naive one is taken as UTC."""
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def utc_now() -> datetime:
    """Return the current time in UTC."""
    return datetime.now(timezone.utc)


def dumps(card: dict[str, Any]) -> str:
    """Serialize a card for the database."""
    return json.dumps(card, sort_keys=True)
