"""What several commands do alike: players, clock, language, progress database, input files."""

from __future__ import annotations

import getpass
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

import typer

from generators.cli.output import warn
from generators.errors import InputError, StoreError


def speak(lang: str | None, questions: Sequence[Any] = ()) -> None:
    """Speak --lang, else the locale's language, else (locale C or POSIX) the deck's."""
    from generators.quiz import i18n
    from generators.source.article import guess_language

    if lang is not None and lang not in i18n.LANGUAGES:
        raise typer.BadParameter(f"choose one of {', '.join(i18n.LANGUAGES)}", param_hint="--lang")
    deck_language = (
        guess_language(" ".join(q.prompt for q in questions[:50])) if questions else None
    )
    i18n.use(i18n.choose(lang, deck_language))


def default_player() -> str:
    """Return $FACTDECK_PLAYER, else the login name, else « player »."""
    name = os.environ.get("FACTDECK_PLAYER", "").strip()
    if name:
        return name
    try:
        return getpass.getuser() or "player"
    except (OSError, KeyError):
        return "player"


def check_name(name: str) -> str:
    """Return a player name without its surrounding spaces; refuse one that cannot be a name."""
    name = name.strip()
    if not name or len(name) > 40 or "," in name or not name.isprintable():
        raise typer.BadParameter(
            f"{name!r}: a player name is 1 to 40 printable characters, no comma",
            param_hint="--player",
        )
    return name


def clock_for(now: str | None) -> Any:
    """Return the clock of --now: the real UTC clock, else one stopped at the date-time given."""
    from generators.quiz import scheduler

    if now is None:
        return scheduler.utc_now
    try:
        fixed = scheduler.parse_time(now)
    except ValueError:
        raise typer.BadParameter(
            f"{now!r} is not an ISO date-time such as 2026-03-01T09:00", param_hint="--now"
        ) from None
    return lambda: fixed


def now_for(now: str | None) -> datetime:
    """Return the time of --now, else the current UTC time."""
    result: datetime = clock_for(now)()
    return result


def open_progress(db: Path | None, *, create: bool) -> Any:
    """Open the progress database, warning about a corrupt file moved aside."""
    from generators.files.resources import progress_db_path
    from generators.quiz.store import open_store

    path = db if db is not None else progress_db_path()
    if not create and not path.exists():
        raise StoreError(f"no progress database at {path} yet; play with `factdeck quiz` first")
    store = open_store(path, create_folder=db is None)
    for notice in store.notices:
        warn(notice)
    return store


@contextmanager
def progress_read(db: Path | None) -> Iterator[Any]:
    """Open the existing progress database for reading; close it after the block."""
    store = open_progress(db, create=False)
    try:
        yield store
    finally:
        store.close()


@contextmanager
def reading(path: str, kind: str) -> Iterator[None]:
    """Turn the errors of reading the `kind` file at `path` into InputErrors that say what to do."""
    article = "an" if kind[0] in "aeiou" else "a"
    try:
        yield
    except FileNotFoundError:
        raise InputError(f"no such {kind} file: {path}; check the path") from None
    except IsADirectoryError:
        raise InputError(
            f"{path} is a folder, not {article} {kind} file; give a text file"
        ) from None
    except UnicodeDecodeError:
        raise InputError(f"{kind} file {path} is not UTF-8 text; save it as UTF-8") from None
    except OSError as exc:
        raise InputError(f"cannot read {kind} file {path}: {exc.strerror}") from None
