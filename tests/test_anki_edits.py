"""A member's own edits in Anki survive a rebuild in which the question did not change (real Anki)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest
from conftest import anki_sample

from generators.export.anki.notes import note_guid
from generators.export.anki.writer import write_deck
from generators.records import Question


@pytest.fixture
def col(tmp_path: Path) -> Iterator[Collection]:
    collection = Collection(str(tmp_path / "collection.anki2"))
    yield collection
    collection.close()


def build(path: Path, questions: list[Question], timestamp: int) -> None:
    article, _ = anki_sample()
    write_deck(path, questions, deck_name="Groupe::Usine", article=article, timestamp=timestamp)


def import_deck(col: Collection, path: Path) -> tuple[int, int]:
    """Import with Anki's default options; return how many notes were updated and left alone."""
    request = ImportAnkiPackageRequest(package_path=str(path), options=ImportAnkiPackageOptions())
    log = col.import_anki_package(request).log
    return len(log.updated), len(log.duplicate)


def note_of(col: Collection, question: Question) -> Any:
    """Return the collection's note of `question` (found by its GUID)."""
    notes = [col.get_note(nid) for nid in col.find_notes("")]
    (note,) = [n for n in notes if n.guid == note_guid(question)]
    return note


def test_member_edit_kept_by_unchanged_rebuild_and_replaced_by_edited_one(
    tmp_path: Path, col: Collection
) -> None:
    _, questions = anki_sample()
    path = tmp_path / "deck.apkg"
    built_at = int(time.time()) - 3600  # last week's build
    build(path, questions, built_at)
    import_deck(col, path)

    basic = next(q for q in questions if q.id == "q-basic")
    note = note_of(col, basic)
    note["Extra"] = "Ma note : élue en 2020."
    note["Answer"] = "présidente de la région"
    col.update_note(note)

    # Rebuilt after the edit (a template file was touched), the question unchanged: each note
    # keeps last week's modification time, so Anki sees the member's edit as newer.
    build(path, questions, int(time.time()) + 30)
    assert import_deck(col, path) == (0, len(questions))
    kept = note_of(col, basic)
    assert kept["Extra"] == "Ma note : élue en 2020."
    assert kept["Answer"] == "présidente de la région"

    # The article was corrected after the member's edit: the changed question is updated.
    fixed = [
        replace(q, answer="présidente du conseil départemental") if q is basic else q
        for q in questions
    ]
    build(path, fixed, int(time.time()) + 60)
    assert import_deck(col, path) == (1, len(questions) - 1)
    updated = note_of(col, basic)
    assert "conseil départemental" in updated["Answer"]
    assert updated["Extra"] == ""
    others = [note_of(col, q) for q in questions if q is not basic]
    assert all(n.mod < int(time.time()) for n in others)
