"""Open an SQLite file carefully: tell a damaged file from a busy, full or read-only one.

Only a file that SQLite itself opened and reported as malformed is damaged. A lock held by another
process, a full disk, a read-only folder or a file that is not a database at all are other
problems, each with its own words; none of them is a reason to move a file aside.
"""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path
from typing import Literal

from generators.errors import StoreError

Problem = Literal["corrupt", "not-a-database", "busy", "full", "read-only", "other"]
HEADER = b"SQLite format 3\x00"
_NAMES: dict[str, Problem] = {
    "SQLITE_CORRUPT": "corrupt",
    "SQLITE_NOTADB": "not-a-database",
    "SQLITE_BUSY": "busy",
    "SQLITE_LOCKED": "busy",
    "SQLITE_FULL": "full",
    "SQLITE_READONLY": "read-only",
    "SQLITE_CANTOPEN": "read-only",
    "SQLITE_PERM": "read-only",
}
_WORDS: tuple[tuple[str, Problem], ...] = (
    ("malformed", "corrupt"),
    ("not a database", "not-a-database"),
    ("locked", "busy"),
    ("busy", "busy"),
    ("disk is full", "full"),
    ("readonly", "read-only"),
    ("read-only", "read-only"),
    ("unable to open", "read-only"),
)


def problem(exc: sqlite3.Error) -> Problem:
    """Return what an SQLite error means for the file: damaged, busy, full, read-only…"""
    name = str(getattr(exc, "sqlite_errorname", ""))  # Python ≥ 3.11
    for prefix, meaning in _NAMES.items():
        if name == prefix or name.startswith(prefix + "_"):
            return meaning
    text = str(exc).lower()
    return next((meaning for words, meaning in _WORDS if words in text), "other")


def has_sqlite_header(path: Path) -> bool:
    """Return whether `path` starts as every SQLite database does."""
    with path.open("rb") as handle:
        return handle.read(len(HEADER)) == HEADER


def writable(path: Path) -> bool:
    """Return whether SQLite may write `path` and its journal files beside it."""
    folder = path.parent if str(path.parent) else Path(".")
    return os.access(folder, os.W_OK) and (not path.exists() or os.access(path, os.W_OK))


def check(path: Path, timeout: float) -> Problem | None:
    """Run SQLite's quick check on an existing file read-only; return its problem, or None."""
    uri = f"{path.resolve().as_uri()}?mode=ro" + ("" if writable(path) else "&immutable=1")
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=timeout)
        try:
            result = conn.execute("PRAGMA quick_check").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return problem(exc)
    return None if result and result[0] == "ok" else "corrupt"


def connect_read_only(path: Path, timeout: float) -> sqlite3.Connection:
    """Open `path` for reading only, even in a folder SQLite cannot write its journal into."""
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    return sqlite3.connect(uri, uri=True, timeout=timeout, isolation_level=None)


def move_aside(path: Path) -> Path:
    """Rename `path` (and its -wal, -shm files) to `NAME.corrupt-STAMP`; return the new path."""
    stamp = time.strftime("%Y%m%dT%H%M%S", time.gmtime())
    aside = path.with_name(f"{path.name}.corrupt-{stamp}")
    n = 1
    while aside.exists():
        n += 1
        aside = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
    os.replace(path, aside)
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            os.replace(side, aside.with_name(aside.name + suffix))
    return aside


def set_aside_if_damaged(path: Path, *, default: bool, timeout: float) -> str | None:
    """Move a damaged database aside and return the notice; refuse a file that is not ours.

    A database SQLite reports as damaged is moved aside (the caller starts an empty one); a file
    that is not an SQLite database is refused, except at the `default` place, which only factdeck
    writes. A lock, a full disk or a read-only folder never count as damage: the first says busy,
    the second says so, the third still reads.
    """
    try:
        if not path.exists() or path.stat().st_size == 0:
            return None
        is_sqlite = has_sqlite_header(path)
    except OSError as exc:
        raise StoreError(f"cannot read {path}: {exc.strerror}; check its permissions") from None
    if not is_sqlite and not default:
        raise StoreError(
            f"{path} is not an SQLite database, so not factdeck's progress; factdeck leaves it "
            "alone: give another --db (or move it away if it is a damaged progress database)"
        )
    found = check(path, timeout) if is_sqlite else "not-a-database"
    if found in ("corrupt", "not-a-database"):
        try:
            aside = move_aside(path)
        except OSError as exc:
            raise StoreError(
                f"{path} is damaged and cannot be moved aside ({exc.strerror}); move it yourself"
            ) from None
        what = "is damaged" if is_sqlite else "is not an SQLite database"
        return f"{path} {what}; moved it to {aside.name} and started a new progress database"
    if found in ("busy", "full", "other"):
        raise StoreError(failure(path, found, "read", busy_seconds=round(timeout)))
    return None  # None, or read-only: still readable


def failure(
    path: Path, problem: str, doing: str, detail: object = "", busy_seconds: int = 10
) -> str:
    """Return the one line saying why the database at `path` cannot be used, and what to do."""
    return {
        "busy": f"{path} is busy: another factdeck kept it locked for {busy_seconds} s; try again",
        "full": f"cannot {doing} {path}: the disk is full; free some space, nothing was changed",
        "read-only": (
            f"cannot {doing} {path}: it is read-only; check its permissions or give a writable --db"
        ),
        "corrupt": f"{path} is damaged ({detail}); run factdeck again to move it aside",
    }.get(problem, f"cannot {doing} {path}: {detail or problem}; check the file and try again")
