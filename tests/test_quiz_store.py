"""The progress database: schema, one transaction per answer, undo, override, corruption, two writers."""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest

from generators.errors import StoreError
from generators.files.resources import progress_db_path
from generators.quiz import scheduler
from generators.quiz.store import SCHEMA_VERSION, AnswerRecord, Store, open_store

NOW = datetime(2026, 3, 1, 9, 0, tzinfo=timezone.utc)


def record(
    fact: str = "a:quantity:1",
    player: str = "ana",
    correct: bool = True,
    session: int | None = None,
) -> AnswerRecord:
    return AnswerRecord(
        session,
        player,
        "deck",
        fact,
        f"{fact}#q",
        "quantity",
        "basic",
        "typed",
        "Combien ?",
        "500",
        "500" if correct else "12",
        correct,
        "right" if correct else "wrong",
        3 if correct else 1,
        None,
        NOW.isoformat(),
    )


def reviewer(rating: int, fact: str = "a:quantity:1", player: str = "ana") -> Any:
    def review(before: dict[str, Any] | None) -> tuple[dict[str, Any], str]:
        card = before or scheduler.new_card(fact, player, NOW)
        done = scheduler.review(card, rating, NOW)
        return done.card, done.due.isoformat()

    return review


def test_new_database_has_schema_version_and_wal(tmp_path: Path) -> None:
    store = open_store(tmp_path / "p.db")
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert dict(store.conn.execute("SELECT key, value FROM meta").fetchall())["schema"] == str(
        SCHEMA_VERSION
    )
    store.close()
    again = open_store(tmp_path / "p.db")
    assert again.notices == []


def test_an_answer_is_committed_with_its_card_at_once(tmp_path: Path) -> None:
    store = open_store(tmp_path / "p.db")
    sid = store.start_session(
        "deck", ["ana"], [("ana", "a:quantity:1#q")], "[]", 1, NOW.isoformat()
    )
    saved = store.record_answer(record(session=sid), reviewer(3), position=1)
    other = sqlite3.connect(
        tmp_path / "p.db"
    )  # a second connection sees it: committed, not pending
    assert other.execute("SELECT given, correct FROM answers").fetchall() == [("500", 1)]
    card = json.loads(other.execute("SELECT card FROM cards WHERE player='ana'").fetchone()[0])
    assert card == saved.card_after and saved.card_before is None
    assert other.execute("SELECT position FROM sessions").fetchone()[0] == 1


def test_a_failing_review_writes_nothing(tmp_path: Path) -> None:
    store = open_store(tmp_path / "p.db")

    def broken(before: dict[str, Any] | None) -> tuple[dict[str, Any], str]:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        store.record_answer(record(), broken)
    assert store.query("SELECT COUNT(*) AS n FROM answers")[0]["n"] == 0
    store.record_answer(record(), reviewer(3))  # the database is still usable
    assert store.query("SELECT COUNT(*) AS n FROM answers")[0]["n"] == 1


def test_undo_restores_the_saved_card_state(tmp_path: Path) -> None:
    store = open_store(tmp_path / "p.db")
    sid = store.start_session(
        "deck", ["ana"], [("ana", "x"), ("ana", "y")], "[]", None, NOW.isoformat()
    )
    first = store.record_answer(record(session=sid), reviewer(3), position=1)
    second = store.record_answer(record(session=sid, correct=False), reviewer(1), position=2)
    assert second.card_before == first.card_after
    assert store.undo(second.answer_id, NOW.isoformat())
    assert store.card("ana", "a:quantity:1") == first.card_after
    assert store.query("SELECT reviews FROM cards")[0]["reviews"] == 1
    assert store.query("SELECT position FROM sessions")[0]["position"] == 1
    assert store.query("SELECT kind FROM events") == [{"kind": "undo"}]
    assert store.undo(first.answer_id, NOW.isoformat())
    assert store.card("ana", "a:quantity:1") is None
    assert not store.undo(first.answer_id, NOW.isoformat())


def test_undo_refuses_when_the_card_was_reviewed_since(tmp_path: Path) -> None:
    store = open_store(tmp_path / "p.db")
    first = store.record_answer(record(), reviewer(3))
    store.record_answer(record(), reviewer(3))
    assert not store.undo(first.answer_id, NOW.isoformat())


def test_override_counts_the_answer_right_and_logs_it(tmp_path: Path) -> None:
    store = open_store(tmp_path / "p.db")
    wrong = store.record_answer(record(correct=False), reviewer(1))
    assert store.override(wrong.answer_id, reviewer(3), 3, "overridden", NOW.isoformat())
    row = store.query("SELECT correct, overridden, rating FROM answers")[0]
    assert row == {"correct": 1, "overridden": 1, "rating": 3}
    assert store.card("ana", "a:quantity:1") == reviewer(3)(None)[0]
    assert store.query("SELECT kind, detail FROM events") == [
        {"kind": "override", "detail": "wrong"}
    ]


def test_flags_are_logged(tmp_path: Path) -> None:
    store = open_store(tmp_path / "p.db")
    question = {"id": "q1", "fact_id": "f1", "template": "t", "prompt": "Qui ?", "answer": "X"}
    store.flag("ana", "deck", question, "ambiguous", NOW.isoformat())
    assert store.query("SELECT question_id, template, note FROM flags") == [
        {"question_id": "q1", "template": "t", "note": "ambiguous"}
    ]


def test_unfinished_session_is_found_only_with_the_same_options(tmp_path: Path) -> None:
    store = open_store(tmp_path / "p.db")
    sid = store.start_session(
        "deck", ["ana", "ben"], [("ana", "q1"), ("ben", "q1")], "opts", 7, NOW.isoformat()
    )
    found = store.unfinished_session("deck", ["ana", "ben"], "opts")
    assert found is not None and found.id == sid and found.plan == [("ana", "q1"), ("ben", "q1")]
    assert store.unfinished_session("deck", ["ana"], "opts") is None
    assert store.unfinished_session("deck", ["ana", "ben"], "other") is None
    store.finish_session(sid, NOW.isoformat())
    assert store.unfinished_session("deck", ["ana", "ben"], "opts") is None


def test_garbage_at_the_default_place_is_moved_aside_never_overwritten() -> None:
    path = progress_db_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"not a database at all\n" * 100)
    store = open_store(path)
    assert len(store.notices) == 1 and "moved it to progress.db.corrupt-" in store.notices[0]
    aside = list(path.parent.glob("progress.db.corrupt-*"))
    assert len(aside) == 1 and aside[0].read_bytes() == b"not a database at all\n" * 100
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


@pytest.mark.parametrize("name", ["thesis.txt", "mydeck.apkg", "progress.db"])
def test_a_db_path_that_is_not_a_database_is_refused_and_left_alone(
    tmp_path: Path, name: str
) -> None:
    path = tmp_path / name
    path.write_bytes(b"PK\x03\x04 my own work\n" * 100)
    with pytest.raises(StoreError, match="is not an SQLite database, so not factdeck's progress"):
        open_store(path)
    assert [p.name for p in tmp_path.iterdir()] == [name]
    assert path.read_bytes() == b"PK\x03\x04 my own work\n" * 100


def test_damaged_pages_are_detected(tmp_path: Path) -> None:
    path = tmp_path / "progress.db"
    store = open_store(path)
    for n in range(200):
        store.record_answer(record(fact=f"a:quantity:{n}"), reviewer(3, fact=f"a:quantity:{n}"))
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    data = bytearray(path.read_bytes())
    data[4096 * 2 : 4096 * 4] = b"\xff" * 8192
    path.write_bytes(bytes(data))
    again = open_store(path)
    assert again.notices and "corrupt" in again.notices[0]


def test_another_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    sqlite3.connect(path).execute("CREATE TABLE mine (x)")
    with pytest.raises(StoreError, match="not factdeck's progress"):
        open_store(path)


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    open_store(path).conn.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    with pytest.raises(StoreError, match="newer factdeck"):
        open_store(path)


def test_bad_paths_give_one_line_errors(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="is a folder"):
        open_store(tmp_path)
    with pytest.raises(StoreError, match="does not exist"):
        open_store(tmp_path / "missing" / "p.db")
    assert open_store(tmp_path / "made" / "p.db", create_folder=True).path.parent.is_dir()


WRITER = """
import sys
from datetime import datetime, timezone
from generators.quiz import scheduler
from generators.quiz.store import AnswerRecord, open_store
now = datetime(2026, 3, 1, 9, 0, tzinfo=timezone.utc)
store = open_store(sys.argv[1])
player = sys.argv[2]
for n in range(60):
    fact = f"f{n % 5}"
    rec = AnswerRecord(None, player, "deck", fact, fact, "quantity", "basic", "typed", "?", "1", "1", True, "r", 3, None, now.isoformat())
    def review(before, fact=fact):
        card = before or scheduler.new_card(fact, player, now)
        done = scheduler.review(card, 3, now)
        return done.card, done.due.isoformat()
    store.record_answer(rec, review)
"""


@pytest.mark.slow
def test_two_processes_writing_at_once_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "p.db"
    open_store(path).close()
    procs = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(path), name])
        for name in ("ana", "ana", "ben")
    ]
    assert [p.wait(timeout=120) for p in procs] == [0, 0, 0]
    store: Store = open_store(path)
    assert store.query("SELECT player, COUNT(*) AS n FROM answers GROUP BY player") == [
        {"player": "ana", "n": 120},
        {"player": "ben", "n": 60},
    ]
    assert store.query("SELECT SUM(reviews) AS n FROM cards WHERE player='ana'")[0]["n"] == 120


def test_rerate_keeps_the_verdict_and_re_reviews_the_card(tmp_path: Path) -> None:
    store = open_store(tmp_path / "p.db")
    right = store.record_answer(record(), reviewer(3))
    assert store.rerate(right.answer_id, reviewer(1), 1, NOW.isoformat())
    assert store.query("SELECT correct, rating FROM answers") == [{"correct": 1, "rating": 1}]
    assert store.card("ana", "a:quantity:1") == reviewer(1)(None)[0]
    assert store.query("SELECT kind, detail FROM events") == [{"kind": "rate", "detail": "1"}]


def test_other_sqlite_database_is_not_switched_to_wal(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    sqlite3.connect(path).execute("CREATE TABLE mine (x)")
    with pytest.raises(StoreError, match="not factdeck's progress"):
        open_store(path)
    assert sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_a_locked_database_is_busy_never_damaged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from generators.quiz import store as store_module

    path = tmp_path / "p.db"
    open_store(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    monkeypatch.setattr(store_module, "BUSY_TIMEOUT_MS", 300)  # the same wait, shorter
    try:
        with pytest.raises(
            StoreError, match=r"is busy: another factdeck kept it locked .*; try again"
        ):
            open_store(path)
    finally:
        holder.close()
    assert sorted(p.name for p in tmp_path.iterdir() if "corrupt" in p.name) == []
    assert open_store(path).notices == []


def _mount_tmpfs(folder: Path, size: str) -> None:
    folder.mkdir()
    if subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], capture_output=True
    ).returncode:
        pytest.skip("cannot mount a tmpfs here (needs root)")


def _saved(path: Path, count: int) -> None:
    store = open_store(path)
    for n in range(count):
        store.record_answer(record(fact=f"a:quantity:{n}"), reviewer(3, fact=f"a:quantity:{n}"))
    store.close()


def test_a_full_disk_says_so_and_changes_nothing(tmp_path: Path) -> None:
    disk = tmp_path / "disk"
    _mount_tmpfs(disk, "512k")
    try:
        path = disk / "progress.db"
        _saved(path, 5)
        before = path.read_bytes()
        filler = disk / "filler"
        with contextlib.suppress(OSError), filler.open("wb") as handle:
            while True:
                handle.write(b"\1" * 4096)
                handle.flush()
        os.truncate(filler, filler.stat().st_size - 64 * 1024)  # room for SQLite's shared memory
        store = open_store(path)
        assert store.notices == []
        with pytest.raises(
            StoreError, match="the disk is full; free some space, nothing was changed"
        ):
            for n in range(200):
                store.record_answer(record(fact=f"b:{n}", player="ben" * 400), reviewer(3))
        store.close()
        assert sorted(p.name for p in disk.iterdir()) == ["filler", "progress.db"]
        filler.unlink()
        again = open_store(path)
        assert len(again.cards("ana")) == 5 and again.notices == []
        again.close()
        assert path.read_bytes()[:100] == before[:100]
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)


def test_a_read_only_folder_still_reads(tmp_path: Path) -> None:
    disk = tmp_path / "disk"
    _mount_tmpfs(disk, "1m")
    try:
        path = disk / "progress.db"
        _saved(path, 3)
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
        store = open_store(path)
        assert store.notices == [] and len(store.cards("ana")) == 3
        with pytest.raises(StoreError, match="it is read-only; check its permissions") as refused:
            store.ensure_player("ben", NOW.isoformat())
        assert "try again" not in str(refused.value)  # trying again would not help
        store.close()
        assert sorted(p.name for p in disk.iterdir()) == ["progress.db"]
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)
