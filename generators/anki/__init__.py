"""Anki decks: questions → genanki notes of four factdeck note types → a reproducible .apkg.

Modules: `models` (note types, card HTML from templates/anki/, stable ids), `notes` (fields, GUID,
tags, Meta), `package` (deterministic SQLite and zip, previous-build reuse), `build` (SOURCE →
deck file). genanki is imported inside functions so `factdeck --help` stays fast.
"""

from __future__ import annotations

from generators.anki.build import (
    BuiltDeck,
    build_source,
    deck_name_for,
    input_timestamp,
    write_deck,
)
from generators.anki.models import META_FIELD, NOTE_TYPES, NoteType, stable_id
from generators.anki.notes import make_note, note_guid, read_meta
from generators.anki.package import check_output, is_apkg

__all__ = [
    "META_FIELD",
    "NOTE_TYPES",
    "BuiltDeck",
    "NoteType",
    "build_source",
    "check_output",
    "deck_name_for",
    "input_timestamp",
    "is_apkg",
    "make_note",
    "note_guid",
    "read_meta",
    "stable_id",
    "write_deck",
]
