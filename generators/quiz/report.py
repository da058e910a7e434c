"""Read the progress database for people: stats, leaderboard, group debrief, exports."""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any

from generators.quiz.answers import fold
from generators.quiz.i18n import _
from generators.quiz.store import Store

EXPORT_FIELDS = (
    "id",
    "answered_at",
    "player",
    "deck",
    "fact_id",
    "question_id",
    "fact_type",
    "kind",
    "mode",
    "prompt",
    "expected",
    "given",
    "correct",
    "reason",
    "rating",
    "seconds",
    "overridden",
)
# How a file written by `results` or `quiz --export` starts (CSV header or JSON list): the only
# existing files these commands replace.
EXPORT_START = re.compile(rb"\A(?:\xef\xbb\xbf)?(?:\[\s*(?:\]|\{)|id,(?:answered|flagged)_at,)")
FLAG_FIELDS = (
    "id",
    "flagged_at",
    "player",
    "deck",
    "question_id",
    "fact_id",
    "template",
    "prompt",
    "expected",
    "note",
)


def stats(store: Store, player: str, now: datetime) -> dict[str, Any]:
    """Return a player's accuracy per fact type, due counts and streak of days."""
    rows = store.query(
        "SELECT fact_type, COUNT(*) AS asked, SUM(correct) AS correct FROM answers"
        " WHERE player=? AND undone=0 GROUP BY fact_type ORDER BY fact_type",
        (player,),
    )
    types = [
        {
            "fact_type": r["fact_type"] or "?",
            "asked": r["asked"],
            "correct": r["correct"] or 0,
            "accuracy": round(100 * (r["correct"] or 0) / r["asked"]),
        }
        for r in rows
    ]
    cards = store.cards(player)
    dues = [datetime.fromisoformat(c.due) for c in cards.values()]
    asked = sum(t["asked"] for t in types)
    correct = sum(t["correct"] for t in types)
    return {
        "player": player,
        "asked": asked,
        "correct": correct,
        "accuracy": round(100 * correct / asked) if asked else None,
        "facts": len(cards),
        "due_now": sum(1 for d in dues if d <= now),
        "due_today": sum(1 for d in dues if d.date() <= now.date()),
        "due_week": sum(1 for d in dues if d <= now + timedelta(days=7)),
        "streak_days": streak(store, player, now.date()),
        "by_type": types,
    }


def streak(store: Store, player: str, today: date) -> int:
    """Return how many days in a row, ending today or yesterday, the player answered (UTC days)."""
    rows = store.query(
        "SELECT DISTINCT substr(answered_at, 1, 10) AS day FROM answers WHERE player=? AND undone=0",
        (player,),
    )
    days = {date.fromisoformat(r["day"]) for r in rows}
    day = today if today in days else today - timedelta(days=1)
    count = 0
    while day in days:
        count += 1
        day -= timedelta(days=1)
    return count


def players(store: Store) -> list[str]:
    """Return the players who answered at least once."""
    return [r["player"] for r in store.query("SELECT DISTINCT player FROM answers ORDER BY player")]


def leaderboard(store: Store, deck: str | None = None) -> list[dict[str, Any]]:
    """Return per deck and player: answers, right answers, accuracy, facts seen, last played."""
    where = "WHERE undone=0" + (" AND deck=?" if deck else "")
    rows = store.query(
        "SELECT deck, player, COUNT(*) AS asked, SUM(correct) AS correct, COUNT(DISTINCT fact_id) AS facts,"
        f" MAX(answered_at) AS last FROM answers {where} GROUP BY deck, player"
        " ORDER BY deck, SUM(correct) DESC, COUNT(*) ASC, player",
        (deck,) if deck else (),
    )
    for row in rows:
        row["correct"] = row["correct"] or 0
        row["accuracy"] = round(100 * row["correct"] / row["asked"]) if row["asked"] else 0
    return rows


def debrief(rows: Sequence[dict[str, Any]], sources: dict[str, str]) -> list[dict[str, Any]]:
    """Return per question: % right, the most common wrong answer, and whether to review it together."""
    by_question: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        by_question.setdefault(row["question_id"], []).append(row)
    items = []
    for question_id, answers in by_question.items():
        right = sum(1 for a in answers if a["correct"])
        gave_up = _("(gave up)")
        wrong = Counter(fold(a["given"]) or gave_up for a in answers if not a["correct"])
        originals = {
            fold(a["given"]) or gave_up: a["given"] or gave_up for a in answers if not a["correct"]
        }
        common = originals[wrong.most_common(1)[0][0]] if wrong else ""
        percent = round(100 * right / len(answers))
        items.append(
            {
                "question_id": question_id,
                "prompt": answers[0]["prompt"],
                "expected": answers[0]["expected"],
                "fact_id": answers[0]["fact_id"],
                "percent": percent,
                "common_wrong": common,
                "source": sources.get(question_id, ""),
                "review": percent <= 50,
            }
        )
    return items


def answers(
    store: Store, player: str | None = None, deck: str | None = None
) -> list[dict[str, Any]]:
    """Return the kept answers, oldest first, optionally for one player or deck."""
    sql = f"SELECT {', '.join(EXPORT_FIELDS)} FROM answers WHERE undone=0"
    params: list[str] = []
    for column, value in (("player", player), ("deck", deck)):
        if value:
            sql += f" AND {column}=?"
            params.append(value)
    return store.query(sql + " ORDER BY id", params)


def flags(store: Store, deck: str | None = None) -> list[dict[str, Any]]:
    """Return the flagged questions, oldest first."""
    sql = (
        f"SELECT {', '.join(FLAG_FIELDS)} FROM flags"
        + (" WHERE deck=?" if deck else "")
        + " ORDER BY id"
    )
    return store.query(sql, (deck,) if deck else ())


def to_csv(rows: Sequence[dict[str, Any]], fields: Sequence[str]) -> str:
    """Return rows as CSV text with a header line."""
    out = io.StringIO()
    writer = csv.DictWriter(
        out, fieldnames=list(fields), extrasaction="ignore", lineterminator="\n"
    )
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def to_json(rows: Sequence[dict[str, Any]]) -> str:
    """Return rows as a JSON list."""
    return json.dumps(list(rows), ensure_ascii=False, indent=2) + "\n"
