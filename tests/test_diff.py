"""What changed since the last build: added, changed (what) and removed questions; retired notes."""

from __future__ import annotations

import sqlite3
import zipfile
from dataclasses import replace
from pathlib import Path

from conftest import anki_sample

from generators.export.anki.notes import note_guid
from generators.export.anki.writer import BuiltDeck, write_deck
from generators.export.changes import RETIRED, compare
from generators.records import Question

TS = 1_614_600_000


def build(path: Path, questions: list[Question], *, prune: bool = False, ts: int = TS) -> BuiltDeck:
    article, _ = anki_sample()
    return write_deck(
        path, questions, deck_name="Groupe::Usine", article=article, timestamp=ts, prune=prune
    )


def notes_of(path: Path, tmp_path: Path) -> dict[str, tuple[int, str]]:
    """Return guid → (mod, tags) of the notes inside the package."""
    with zipfile.ZipFile(path) as archive:
        db = Path(archive.extract("collection.anki2", tmp_path / "x"))
    conn = sqlite3.connect(db)
    try:
        return {g: (m, t) for g, m, t in conn.execute("SELECT guid, mod, tags FROM notes")}
    finally:
        conn.close()


def edited(questions: list[Question]) -> list[Question]:
    """Return the sample with one prompt reworded, one answer changed and the last question gone."""
    out = []
    for q in questions[:-1]:
        if q.id == "q-basic":
            q = replace(q, prompt=q.prompt.replace("occupe-t-elle", "exerce-t-elle"))
        if q.id == "q-mcq":
            q = replace(q, choices=(*q.choices[:-1], "Julie Roux"))
        out.append(q)
    return out


def test_first_build_says_so_and_an_unchanged_rebuild_changes_nothing(tmp_path: Path) -> None:
    _, questions = anki_sample()
    path = tmp_path / "deck.apkg"
    first = build(path, questions)
    assert first.changes is not None and first.changes.first
    assert "first build" in first.written().summary
    again = build(path, questions)
    assert again.changes is not None and not again.changes.any
    assert again.written().summary.endswith("no question changed")


def test_rebuild_lists_added_changed_with_what_and_removed(tmp_path: Path) -> None:
    _, questions = anki_sample()
    path = tmp_path / "deck.apkg"
    build(path, questions[1:])
    built = build(path, edited(questions), ts=TS + 60)
    changes = built.changes
    assert changes is not None
    assert [q.id for q in changes.added] == ["q-basic"]
    assert [(c.id, list(c.fields)) for c in changes.changed] == [("q-mcq", ["choices"])]
    assert [q["id"] for q in changes.removed] == ["q-truefalse"]
    assert "1 added, 1 changed, 1 removed" in built.written().summary
    lines = changes.lines()
    assert lines[0].startswith("  + Quelle fonction")
    assert any(line.strip().startswith("choices:") and "Julie Roux" in line for line in lines)
    data = changes.to_dict()
    assert data["changed"][0]["changed"]["choices"]["after"][-1] == "Julie Roux"


def test_a_reworded_prompt_is_a_change_of_prompt() -> None:
    _, questions = anki_sample()
    before = {q.id: q.to_dict() for q in questions}
    changes = compare(before, edited(questions))
    assert {c.id: list(c.fields) for c in changes.changed} == {
        "q-basic": ["prompt"],
        "q-mcq": ["choices"],
    }


def test_removed_question_is_carried_tagged_retired_then_pruned(tmp_path: Path) -> None:
    _, questions = anki_sample()
    path = tmp_path / "deck.apkg"
    build(path, questions)
    gone = note_guid(questions[-1])
    built = build(path, questions[:-1], ts=TS + 60)
    notes = notes_of(path, tmp_path)
    assert RETIRED in notes[gone][1].split()
    assert all(RETIRED not in tags.split() for g, (_, tags) in notes.items() if g != gone)
    assert "tag:factdeck::retired" in built.written().summary
    assert built.carried == {RETIRED: 1}
    assert built.changes is not None and built.changes.to_dict()["retired"] == 1
    assert "1 question gone since an earlier build" in built.written().summary
    # built again with the question still gone: not removed a second time, the note unchanged
    again = build(path, questions[:-1], ts=TS + 120)
    assert again.changes is not None and not again.changes.any
    assert notes_of(path, tmp_path)[gone] == notes[gone]
    pruned = build(path, questions[:-1], prune=True, ts=TS + 180)
    assert gone not in notes_of(path, tmp_path) and pruned.carried == {}


def test_a_retired_question_that_comes_back_is_added_without_the_tag(tmp_path: Path) -> None:
    _, questions = anki_sample()
    path = tmp_path / "deck.apkg"
    build(path, questions)
    build(path, questions[:-1], ts=TS + 60)
    back = build(path, questions, ts=TS + 120)
    assert back.changes is not None
    assert [q.id for q in back.changes.added] == [questions[-1].id]
    tags = notes_of(path, tmp_path)[note_guid(questions[-1])][1]
    assert RETIRED not in tags.split()
