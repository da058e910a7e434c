"""Anki decks: questions → genanki notes of four factdeck note types → a reproducible .apkg.

Modules: `models` (note types, card HTML from templates/anki/, stable ids), `notes` (fields, GUID,
tags, Meta), `package` (deterministic SQLite and zip, previous-build reuse), `writer` (a deck of
questions → .apkg file), `reader` (the questions back from a built .apkg, for the quiz). genanki is
imported inside functions so `factdeck --help` stays fast.
"""
