"""The quiz progress database's file: its schema, version stamp and opening (quiz/store.py uses it)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from generators.errors import StoreError
from generators.files import sqlitedb

SCHEMA_VERSION = 1
APP_ID = "factdeck-progress"
BUSY_TIMEOUT_MS = 10_000

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS players (name TEXT PRIMARY KEY, created TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS cards (
    player TEXT NOT NULL, fact_id TEXT NOT NULL, deck TEXT NOT NULL, fact_type TEXT NOT NULL,
    card TEXT NOT NULL, due TEXT NOT NULL, reviews INTEGER NOT NULL DEFAULT 0, updated TEXT NOT NULL,
    PRIMARY KEY (player, fact_id));
CREATE INDEX IF NOT EXISTS cards_due ON cards (player, due);
CREATE TABLE IF NOT EXISTS sessions (
    id INTEGER PRIMARY KEY AUTOINCREMENT, deck TEXT NOT NULL, players TEXT NOT NULL, plan TEXT NOT NULL,
    options TEXT NOT NULL, position INTEGER NOT NULL DEFAULT 0, seed INTEGER, started TEXT NOT NULL,
    updated TEXT NOT NULL, finished TEXT);
CREATE TABLE IF NOT EXISTS answers (
    id INTEGER PRIMARY KEY AUTOINCREMENT, session_id INTEGER REFERENCES sessions(id),
    player TEXT NOT NULL, deck TEXT NOT NULL, fact_id TEXT NOT NULL, question_id TEXT NOT NULL,
    fact_type TEXT NOT NULL, kind TEXT NOT NULL, mode TEXT NOT NULL, prompt TEXT NOT NULL,
    expected TEXT NOT NULL, given TEXT NOT NULL, correct INTEGER NOT NULL, reason TEXT NOT NULL,
    rating INTEGER NOT NULL, seconds REAL, answered_at TEXT NOT NULL, card_before TEXT,
    card_after TEXT NOT NULL, overridden INTEGER NOT NULL DEFAULT 0, undone INTEGER NOT NULL DEFAULT 0);
CREATE INDEX IF NOT EXISTS answers_player ON answers (player, answered_at);
CREATE INDEX IF NOT EXISTS answers_session ON answers (session_id, id);
CREATE TABLE IF NOT EXISTS flags (
    id INTEGER PRIMARY KEY AUTOINCREMENT, player TEXT NOT NULL, deck TEXT NOT NULL,
    question_id TEXT NOT NULL, fact_id TEXT NOT NULL, template TEXT NOT NULL, prompt TEXT NOT NULL,
    expected TEXT NOT NULL, note TEXT NOT NULL, flagged_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS events (
    id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, player TEXT NOT NULL, kind TEXT NOT NULL,
    answer_id INTEGER, detail TEXT NOT NULL);
"""


def connect(path: Path, read_only: bool) -> sqlite3.Connection:
    """Open the progress database (read-only when the file cannot be written)."""
    try:
        if read_only and path.exists():
            return sqlitedb.connect_read_only(path, BUSY_TIMEOUT_MS / 1000)
        if read_only:
            raise StoreError(sqlitedb.failure(path, "read-only", "create"))
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    except sqlite3.Error as exc:
        raise StoreError(sqlitedb.failure(path, sqlitedb.problem(exc), "open", exc)) from None
    return conn


def init_schema(conn: sqlite3.Connection, path: Path, read_only: bool) -> None:
    """Check the file is factdeck's progress of a schema this version reads; create it if new."""
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if tables and "meta" not in tables:
            raise StoreError(
                f"{path} is an SQLite database but not factdeck's progress; choose another --db"
            )
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{path} was written by a newer factdeck (schema {version}); upgrade factdeck"
            )
        if read_only:
            if version < SCHEMA_VERSION:
                raise StoreError(sqlitedb.failure(path, "read-only", "set up"))
            return
        # Only now that the file is known to be factdeck's: these pragmas write to it.
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA foreign_keys=ON")
        if version < SCHEMA_VERSION:
            create_schema(conn)
    except sqlite3.Error as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise StoreError(sqlitedb.failure(path, sqlitedb.problem(exc), "use", exc)) from None


def create_schema(conn: sqlite3.Connection) -> None:
    """Create the tables and stamp the schema version, in one transaction."""
    conn.execute("BEGIN IMMEDIATE")
    for statement in SCHEMA.split(";"):
        if statement.strip():
            conn.execute(statement)
    conn.execute("INSERT OR REPLACE INTO meta VALUES ('app', ?)", (APP_ID,))
    conn.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (str(SCHEMA_VERSION),))
    conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
    conn.execute("COMMIT")
