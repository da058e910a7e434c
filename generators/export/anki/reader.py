"""Read the questions back from an .apkg built by factdeck (its notes' hidden Meta field)."""

from __future__ import annotations

import html
import json
import sqlite3
import tempfile
import zipfile
from collections import Counter
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from generators.errors import InputError
from generators.files.limits import MAX_COLLECTION_SIZE
from generators.records import DeckQuestions, question_from_dict

# Newest first: Anki's own exports may hold a legacy collection.anki2 stub beside the real one.
COLLECTIONS = ("collection.anki21", "collection.anki2")
META_SCHEMA = 1


def read_deck(path: Path) -> DeckQuestions:
    """Return the questions stored in the Meta field of every factdeck note of the .apkg at `path`."""
    fields = _note_fields(Path(path))
    metas = [meta for meta in (_meta(f[-1]) for f in fields if f) if meta is not None]
    if not metas:
        raise InputError(
            f"{path}: no factdeck notes (no Meta field); build the deck with `factdeck build`"
        )
    try:
        questions = {q.id: q for q in (question_from_dict(m) for m in metas)}
    except (TypeError, ValueError, AttributeError) as exc:
        raise InputError(
            f"{path}: a note's Meta field is not factdeck's ({exc}); rebuild the deck with `factdeck build`"
        ) from None
    articles = [m.get("article") or {} for m in metas]
    slugs = Counter(str(a.get("slug") or "") for a in articles if isinstance(a, Mapping))
    key = slugs.most_common(1)[0][0] if slugs else ""
    title = next(
        (str(a.get("title")) for a in articles if isinstance(a, Mapping) and a.get("title")), ""
    )
    return DeckQuestions(
        key or Path(path).stem,
        title or Path(path).stem,
        sorted(questions.values(), key=lambda q: q.id),
    )


def _note_fields(path: Path) -> list[list[str]]:
    """Return the fields of every note in the collection inside the package."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            inner = next((n for n in COLLECTIONS if n in names), None)
            if inner is None:
                hint = (
                    " (made by a newer Anki export; export it with « legacy » support)"
                    if "collection.anki21b" in names
                    else ""
                )
                raise InputError(
                    f"{path}: no Anki collection inside{hint}; give a deck built by `factdeck build`"
                )
            if archive.getinfo(inner).file_size > MAX_COLLECTION_SIZE:  # the size read is capped
                raise InputError(
                    f"{path}: its collection unpacks to over {MAX_COLLECTION_SIZE >> 20} MB (a zip"
                    " bomb?); give a deck built by `factdeck build`"
                )
            data = archive.read(inner)
    except FileNotFoundError:
        raise InputError(f"no such deck: {path}; check the path") from None
    except (zipfile.BadZipFile, OSError) as exc:
        raise InputError(
            f"{path} is not a valid .apkg ({exc}); rebuild it with `factdeck build`"
        ) from None
    return _rows(data, path)


def _rows(data: bytes, path: Path) -> list[list[str]]:
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "collection.sqlite"
        db.write_bytes(data)
        try:
            conn = sqlite3.connect(db)
            try:
                rows = conn.execute("SELECT flds FROM notes ORDER BY id").fetchall()
            finally:
                conn.close()
        except sqlite3.Error as exc:
            raise InputError(
                f"{path}: cannot read its notes ({exc}); rebuild it with `factdeck build`"
            ) from None
    return [str(r[0]).split("\x1f") for r in rows]


def _meta(text: str) -> dict[str, Any] | None:
    """Return the Meta JSON of a note, or None when the field is not factdeck's."""
    for candidate in (text, html.unescape(text)):
        try:
            data = json.loads(candidate)
        except ValueError:
            continue
        if isinstance(data, dict) and data.get("id") and data.get("prompt") is not None:
            return data
    return None
