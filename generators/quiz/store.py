"""Quiz progress in SQLite: versioned schema, WAL, one transaction per answer, safe with two writers."""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import astuple, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from generators.errors import StoreError
from generators.files import sqlitedb
from generators.files.resources import progress_db_path
from generators.quiz.store_schema import (
    BUSY_TIMEOUT_MS,
    SCHEMA_VERSION,
    connect,
    init_schema,
)

RETRIES = 8
T = TypeVar("T")


@dataclass(frozen=True)
class CardRow:
    """A player's FSRS card for one fact."""

    player: str
    fact_id: str
    card: dict[str, Any]
    due: str
    reviews: int


@dataclass(frozen=True)
class AnswerRecord:
    """One answer to save (its card is reviewed inside the same transaction)."""

    session_id: int | None
    player: str
    deck: str
    fact_id: str
    question_id: str
    fact_type: str
    kind: str
    mode: str
    prompt: str
    expected: str
    given: str
    correct: bool
    reason: str
    rating: int
    seconds: float | None
    answered_at: str


@dataclass(frozen=True)
class Saved:
    """What `record_answer` wrote: the answer id and the card before and after the review."""

    answer_id: int
    card_before: dict[str, Any] | None
    card_after: dict[str, Any]
    due: str


# Given the card before the review (None for a new card), return the card after it and its due time.
Reviewer = Callable[[dict[str, Any] | None], tuple[dict[str, Any], str]]


@dataclass(frozen=True)
class SessionRow:
    """A quiz session: its plan of (player, question id) turns and how far it got."""

    id: int
    deck: str
    players: tuple[str, ...]
    plan: list[tuple[str, str]]
    position: int
    seed: int | None


@dataclass
class Store:
    """An open progress database."""

    path: Path
    conn: sqlite3.Connection
    notices: list[str] = field(default_factory=list)
    read_only: bool = False  # a read-only file or folder: the progress can be read, not saved

    def close(self) -> None:
        """Close the database."""
        self.conn.close()

    # --- writing ------------------------------------------------------------------------------

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            if self.conn.in_transaction:  # SQLite may have rolled back already (disk full)
                self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def _retry(self, work: Callable[[sqlite3.Connection], T]) -> T:
        """Run `work` in one write transaction, retrying while another process holds the lock."""
        if self.read_only:
            raise StoreError(sqlitedb.failure(self.path, "read-only", "save progress to"))
        for attempt in range(RETRIES):
            try:
                with self._write() as conn:
                    return work(conn)
            except sqlite3.DatabaseError as exc:
                problem = sqlitedb.problem(exc)
                if problem != "busy" or attempt == RETRIES - 1:
                    raise StoreError(
                        sqlitedb.failure(
                            self.path, problem, "save progress to", exc, BUSY_TIMEOUT_MS // 1000
                        )
                    ) from None
                time.sleep(0.05 * (attempt + 1))
        raise AssertionError("unreachable")

    def ensure_player(self, name: str, now: str) -> None:
        """Add `name` to the players if new."""
        self._retry(lambda c: c.execute("INSERT OR IGNORE INTO players VALUES (?, ?)", (name, now)))

    def record_answer(
        self, rec: AnswerRecord, reviewer: Reviewer, position: int | None = None
    ) -> Saved:
        """Review the card and save the answer, card and session position in one transaction."""

        def work(conn: sqlite3.Connection) -> Saved:
            """Review the stored card and write the answer, card and position."""
            row = conn.execute(
                "SELECT card FROM cards WHERE player=? AND fact_id=?", (rec.player, rec.fact_id)
            ).fetchone()
            before = json.loads(row[0]) if row else None
            after, due = reviewer(before)  # inside the transaction: a second process waits
            answer_id = _insert_answer(conn, rec, before, after)
            conn.execute(
                "INSERT INTO cards VALUES (?,?,?,?,?,?,1,?) ON CONFLICT (player, fact_id) DO UPDATE SET"
                " card=excluded.card, due=excluded.due, deck=excluded.deck,"
                " fact_type=excluded.fact_type, reviews=reviews+1, updated=excluded.updated",
                (
                    rec.player,
                    rec.fact_id,
                    rec.deck,
                    rec.fact_type,
                    _dumps(after),
                    due,
                    rec.answered_at,
                ),
            )
            if rec.session_id is not None and position is not None:
                conn.execute(
                    "UPDATE sessions SET position=?, updated=? WHERE id=?",
                    (position, rec.answered_at, rec.session_id),
                )
            return Saved(answer_id, before, after, due)

        return self._retry(work)

    def undo(self, answer_id: int, now: str) -> bool:
        """Undo an answer: restore its card as it was before; False if a later review changed the card."""

        def work(conn: sqlite3.Connection) -> bool:
            """Restore the card saved before the answer, unless reviewed since."""
            row = conn.execute(
                "SELECT a.player, a.fact_id, a.card_before, a.card_after, a.session_id, c.card"
                " FROM answers a JOIN cards c USING (player, fact_id) WHERE a.id=? AND a.undone=0",
                (answer_id,),
            ).fetchone()
            if row is None or json.loads(row[5]) != json.loads(row[3]):
                return False
            player, fact_id, before, _, session_id, _ = row
            if before is None:
                conn.execute("DELETE FROM cards WHERE player=? AND fact_id=?", (player, fact_id))
            else:
                due = json.loads(before)["due"]
                conn.execute(
                    "UPDATE cards SET card=?, due=?, reviews=reviews-1, updated=? WHERE player=? AND fact_id=?",
                    (before, due, now, player, fact_id),
                )
            conn.execute("UPDATE answers SET undone=1 WHERE id=?", (answer_id,))
            if session_id is not None:
                conn.execute(
                    "UPDATE sessions SET position=MAX(position-1, 0), updated=? WHERE id=?",
                    (now, session_id),
                )
            conn.execute(
                "INSERT INTO events (at, player, kind, answer_id, detail) VALUES (?,?,?,?,?)",
                (now, player, "undo", answer_id, ""),
            )
            return True

        return self._retry(work)

    def override(
        self, answer_id: int, reviewer: Reviewer, rating: int, reason: str, now: str
    ) -> bool:
        """Mark an answer right (« I was right »), re-reviewing its card from before; log it."""
        return self._revise(answer_id, reviewer, rating, now, reason)

    def rerate(self, answer_id: int, reviewer: Reviewer, rating: int, now: str) -> bool:
        """Replace an answer's rating by the player's own, re-reviewing its card from before."""
        return self._revise(answer_id, reviewer, rating, now, None)

    def _revise(
        self, answer_id: int, reviewer: Reviewer, rating: int, now: str, reason: str | None
    ) -> bool:
        """Re-review an answer's card from its state before; False if reviewed again since."""

        def work(conn: sqlite3.Connection) -> bool:
            """Review the card again from its state before the answer, unless reviewed since."""
            row = conn.execute(
                "SELECT a.player, a.fact_id, a.card_before, a.card_after, c.card, a.reason FROM answers a"
                " JOIN cards c USING (player, fact_id) WHERE a.id=? AND a.undone=0",
                (answer_id,),
            ).fetchone()
            if row is None or json.loads(row[3]) != json.loads(row[4]):
                return False
            after, due = reviewer(json.loads(row[2]) if row[2] else None)
            values: tuple[Any, ...] = (rating, _dumps(after))
            sql = "rating=?, card_after=?"
            if reason is not None:
                sql = "correct=1, overridden=1, reason=?, rating=?, card_after=?"
                values = (reason, rating, _dumps(after))
            conn.execute(f"UPDATE answers SET {sql} WHERE id=?", (*values, answer_id))
            conn.execute(
                "UPDATE cards SET card=?, due=?, updated=? WHERE player=? AND fact_id=?",
                (_dumps(after), due, now, row[0], row[1]),
            )
            kind, detail = ("rate", str(rating)) if reason is None else ("override", row[5])
            conn.execute(
                "INSERT INTO events (at, player, kind, answer_id, detail) VALUES (?,?,?,?,?)",
                (now, row[0], kind, answer_id, detail),
            )
            return True

        return self._retry(work)

    def flag(self, player: str, deck: str, question: dict[str, str], note: str, now: str) -> None:
        """Record that a question is bad, for template fixes."""
        values = (
            player,
            deck,
            question["id"],
            question["fact_id"],
            question["template"],
            question["prompt"],
            question["answer"],
            note,
            now,
        )

        def work(conn: sqlite3.Connection) -> None:
            """Insert the flag and log it as an event."""
            conn.execute(
                "INSERT INTO flags (player, deck, question_id, fact_id, template, prompt, expected, note,"
                " flagged_at) VALUES (?,?,?,?,?,?,?,?,?)",
                values,
            )
            conn.execute(
                "INSERT INTO events (at, player, kind, answer_id, detail) VALUES (?,?,?,?,?)",
                (now, player, "flag", None, question["id"]),
            )

        self._retry(work)

    def start_session(
        self,
        deck: str,
        players: Sequence[str],
        plan: Sequence[tuple[str, str]],
        options: str,
        seed: int | None,
        now: str,
    ) -> int:
        """Save a new session plan and return its id."""
        data = (
            deck,
            json.dumps(list(players)),
            json.dumps([list(p) for p in plan]),
            options,
            seed,
            now,
            now,
        )
        cur = self._retry(
            lambda c: c.execute(
                "INSERT INTO sessions (deck, players, plan, options, seed, started, updated) VALUES (?,?,?,?,?,?,?)",
                data,
            )
        )
        return int(cur.lastrowid or 0)

    def finish_session(self, session_id: int, now: str) -> None:
        """Mark a session as finished (it will not be resumed)."""
        self._retry(
            lambda c: c.execute("UPDATE sessions SET finished=? WHERE id=?", (now, session_id))
        )

    # --- reading ------------------------------------------------------------------------------

    def card(self, player: str, fact_id: str) -> dict[str, Any] | None:
        """Return the player's card for a fact, or None when never reviewed."""
        row = self.conn.execute(
            "SELECT card FROM cards WHERE player=? AND fact_id=?", (player, fact_id)
        ).fetchone()
        return json.loads(row[0]) if row else None

    def cards(self, player: str) -> dict[str, CardRow]:
        """Return the player's cards by fact id."""
        rows = self.conn.execute(
            "SELECT fact_id, card, due, reviews FROM cards WHERE player=?", (player,)
        )
        return {r[0]: CardRow(player, r[0], json.loads(r[1]), r[2], r[3]) for r in rows}

    def unfinished_session(
        self, deck: str, players: Sequence[str], options: str
    ) -> SessionRow | None:
        """Return the latest unfinished session of these players on this deck with these options."""
        row = self.conn.execute(
            "SELECT id, plan, position, seed FROM sessions WHERE deck=? AND players=? AND options=?"
            " AND finished IS NULL ORDER BY id DESC LIMIT 1",
            (deck, json.dumps(list(players)), options),
        ).fetchone()
        if row is None:
            return None
        plan = [(str(p), str(q)) for p, q in json.loads(row[1])]
        return SessionRow(row[0], deck, tuple(players), plan, row[2], row[3])

    def session_answers(self, session_id: int) -> list[dict[str, Any]]:
        """Return the kept answers of a session, in order."""
        return self.query(
            "SELECT * FROM answers WHERE session_id=? AND undone=0 ORDER BY id", (session_id,)
        )

    def last_answer(self, session_id: int) -> dict[str, Any] | None:
        """Return the latest kept answer of a session."""
        rows = self.query(
            "SELECT * FROM answers WHERE session_id=? AND undone=0 ORDER BY id DESC LIMIT 1",
            (session_id,),
        )
        return rows[0] if rows else None

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Return the rows of a read query as dicts."""
        cur = self.conn.execute(sql, tuple(params))
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def open_store(path: Path, *, create_folder: bool = False) -> Store:
    """Open (creating if needed) the progress database at `path` (damage: see files/sqlitedb.py)."""
    path = Path(path)
    if path.is_dir():
        raise StoreError(f"{path} is a folder, not a progress database; give a file path with --db")
    if not path.parent.is_dir():
        _make_folder(path, create_folder)
    default = path.resolve() == progress_db_path().resolve()
    damaged = sqlitedb.set_aside_if_damaged(path, default=default, timeout=BUSY_TIMEOUT_MS / 1000)
    notices = [damaged] if damaged else []
    read_only = not sqlitedb.writable(path)
    conn = connect(path, read_only)
    init_schema(conn, path, read_only)
    return Store(path, conn, notices, read_only)


def _make_folder(path: Path, create_folder: bool) -> None:
    if not create_folder:
        raise StoreError(
            f"cannot create {path}: folder {path.parent} does not exist; create it first"
        )
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(
            f"cannot create folder {path.parent}: {exc.strerror}; set FACTDECK_HOME or use --db"
        ) from None


def _insert_answer(
    conn: sqlite3.Connection,
    rec: AnswerRecord,
    before: dict[str, Any] | None,
    after: dict[str, Any],
) -> int:
    values = (
        *astuple(rec)[:11],
        int(rec.correct),
        *astuple(rec)[12:],
        _dumps(before),
        _dumps(after),
    )
    cur = conn.execute(
        "INSERT INTO answers (session_id, player, deck, fact_id, question_id, fact_type, kind, mode,"
        " prompt, expected, given, correct, reason, rating, seconds, answered_at, card_before,"
        " card_after) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        values,
    )
    return int(cur.lastrowid or 0)


def _dumps(card: dict[str, Any] | None) -> str | None:
    return None if card is None else json.dumps(card, sort_keys=True)


def iso(moment: datetime) -> str:
    """Return the ISO text stored for a moment."""
    return moment.isoformat()


__all__ = [
    "SCHEMA_VERSION",
    "AnswerRecord",
    "CardRow",
    "Saved",
    "SessionRow",
    "Store",
    "iso",
    "open_store",
]
