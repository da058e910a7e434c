"""Write an .apkg deterministically: genanki's tables in a fresh SQLite file, zipped by hand.

Same input, same bytes: genanki stamps notes and ids with the timestamp we give it, and its own
zip would store the temporary database's mtime, so the archive is written here with fixed dates.
A note whose content did not change keeps the modification time it had in the previous build, so
re-importing updates only the notes that changed.
"""

from __future__ import annotations

import io
import itertools
import json
import sqlite3
import tempfile
import time
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generators.errors import OutputError
from generators.export.anki.models import stable_id
from generators.export.anki.notes import NoteData
from generators.files.limits import MAX_COLLECTION_SIZE

COLLECTION = "collection.anki2"
_COLLECTION_NAMES = ("collection.anki2", "collection.anki21", "collection.anki21b")


@dataclass(frozen=True)
class Previous:
    """What a previous build of the same deck holds: each note's content and mod, each model."""

    notes: dict[str, tuple[int, str, str, int]]
    models: dict[str, dict[str, Any]]

    @property
    def newest_mod(self) -> int:
        """Return the newest note modification time."""
        return max((mod for mod, *_ in self.notes.values()), default=0)


def is_apkg(path: Path) -> bool:
    """Return whether `path` is an Anki package (a zip holding a collection)."""
    try:
        with zipfile.ZipFile(path) as archive:
            return any(name in archive.namelist() for name in _COLLECTION_NAMES)
    except (OSError, zipfile.BadZipFile):
        return False


def check_output(path: Path) -> None:
    """Refuse to overwrite an existing file that is not a deck built by factdeck."""
    if path.is_dir():
        raise OutputError(f"cannot write {path}: it is a folder; give a file name ending in .apkg")
    if not path.exists():
        return
    if not path.is_file():  # reading /dev/zero to check it would never end
        raise OutputError(
            f"{path} is a device or a pipe, not a file; give a file name ending in .apkg"
        )
    if not is_apkg(path):
        raise OutputError(
            f"{path} exists and is not an Anki package; choose another output or remove it"
        )
    previous = read_previous(path)
    if previous is None or not any(
        str(m.get("name", "")).startswith("factdeck ") for m in previous.models.values()
    ):
        raise OutputError(
            f"{path} is an Anki package not built by factdeck; choose another output or remove it"
        )


def read_previous(path: Path) -> Previous | None:
    """Return the notes and models of a previous factdeck build at `path`, if there is one."""
    if not path.is_file() or not is_apkg(path):
        return None
    with tempfile.TemporaryDirectory(prefix="factdeck-") as tmp:
        try:
            with zipfile.ZipFile(path) as archive:
                if COLLECTION not in archive.namelist():
                    return None
                if archive.getinfo(COLLECTION).file_size > MAX_COLLECTION_SIZE:
                    return None  # a zip bomb is not a previous build: check_output refuses it
                db = Path(archive.extract(COLLECTION, tmp))
            conn = sqlite3.connect(db)
            try:
                rows = conn.execute("SELECT guid, mod, flds, tags, mid FROM notes").fetchall()
                (models_json,) = conn.execute("SELECT models FROM col").fetchone()
            finally:
                conn.close()
        except (OSError, zipfile.BadZipFile, sqlite3.Error, TypeError):
            return None  # unreadable: build as if there were no previous deck
    notes = {guid: (int(mod), flds, tags, int(mid)) for guid, mod, flds, tags, mid in rows}
    return Previous(notes, json.loads(models_json))


def package_bytes(
    deck_name: str,
    notes: Sequence[NoteData],
    models: dict[str, Any],
    *,
    timestamp: int,
    description: str = "",
    previous: Previous | None = None,
) -> bytes:
    """Return the .apkg bytes of a deck of `notes`; `models` maps note type keys to genanki models."""
    import genanki

    decks = {deck_name: genanki.Deck(stable_id(deck_name), deck_name, description)}
    for due, note in enumerate(notes):
        model = models[note.note_type.key]
        name = note.deck or deck_name  # a theme's subdeck: its id, like the deck's, from its name
        deck = decks.setdefault(name, genanki.Deck(stable_id(name), name))
        deck.add_model(model)
        deck.add_note(
            genanki.Note(
                model=model,
                fields=list(note.fields),
                sort_field=note.sort_field,
                tags=list(note.tags),
                guid=note.guid,
                due=due,
            )
        )
    if previous is not None and _changed(notes, models, previous):
        timestamp = max(timestamp, previous.newest_mod + 1)  # an update must look newer to Anki
    with tempfile.TemporaryDirectory(prefix="factdeck-") as tmp:
        db = Path(tmp) / COLLECTION
        conn = sqlite3.connect(db)
        try:
            genanki.Package(list(decks.values())).write_to_db(
                conn.cursor(), timestamp, itertools.count(timestamp * 1000)
            )
            if previous is not None:
                _keep_unchanged_mods(conn, previous)
            conn.commit()
        finally:
            conn.close()
        return _zip(db.read_bytes(), timestamp)


def _changed(notes: Sequence[NoteData], models: dict[str, Any], previous: Previous) -> bool:
    """Return whether any note differs from (or is missing in) the previous build."""
    for note in notes:
        old = previous.notes.get(note.guid)
        content = (
            "\x1f".join(note.fields),
            " " + " ".join(note.tags) + " ",
            models[note.note_type.key].model_id,
        )
        if old is None or old[1:] != content:
            return True
    return False


def _keep_unchanged_mods(conn: sqlite3.Connection, previous: Previous) -> None:
    """Give unchanged notes and note types the modification time of the previous build."""
    for guid, flds, tags, mid in conn.execute("SELECT guid, flds, tags, mid FROM notes").fetchall():
        old = previous.notes.get(guid)
        if old is not None and old[1:] == (flds, tags, mid):
            conn.execute("UPDATE notes SET mod = ? WHERE guid = ?", (old[0], guid))
    (models_json,) = conn.execute("SELECT models FROM col").fetchone()
    models = json.loads(models_json)
    for model_id, model in models.items():
        old_model = previous.models.get(model_id)
        if old_model is not None and {**old_model, "mod": 0} == {**model, "mod": 0}:
            model["mod"] = old_model["mod"]
    conn.execute("UPDATE col SET models = ?", (json.dumps(models),))


def _zip(collection: bytes, timestamp: int) -> bytes:
    """Return the zip of a package with entry dates from `timestamp`, not from the clock."""
    date = time.gmtime(max(timestamp, 315532800))[:6]  # zip dates start in 1980
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in ((COLLECTION, collection), ("media", b"{}")):
            info = zipfile.ZipInfo(name, date_time=date)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3
            info.external_attr = 0o644 << 16
            archive.writestr(info, data, compresslevel=6)
    return buffer.getvalue()
