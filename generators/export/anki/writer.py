"""Write a deck of questions as an Anki package: notes → .apkg, written atomically."""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generators.errors import InputError
from generators.export import Written
from generators.export.anki.models import NOTE_TYPES, card_dirs, make_model
from generators.export.anki.notes import NoteData, make_note
from generators.export.anki.package import check_output, package_bytes, read_previous
from generators.files.atomic import write_bytes_atomic
from generators.records import Deck, Question


@dataclass(frozen=True)
class BuiltDeck:
    """What a build wrote: where, which deck, and how many notes and cards of each note type."""

    path: Path
    deck_name: str
    notes: Mapping[str, int]
    cards: int
    skipped: int = 0
    timestamp: int = 0
    guids: tuple[str, ...] = field(default=())
    retyped: Mapping[str, int] = field(default_factory=dict)

    @property
    def note_count(self) -> int:
        """Return the number of notes in the deck."""
        return sum(self.notes.values())

    def written(self) -> Written:
        """Return what the build reports of this deck."""
        counts = ", ".join(
            f"{n} {name.removeprefix('factdeck ')}" for name, n in self.notes.items()
        )
        skipped = f"; {self.skipped} duplicate questions left out" if self.skipped else ""
        summary = (
            f"{self.deck_name}: {self.note_count} notes ({counts}), {self.cards} cards{skipped}"
        )
        warnings = []
        if self.retyped:
            names = ", ".join(self.retyped)
            count = sum(self.retyped.values())
            warnings.append(
                f"{names} changed kind since the last build of {self.path}: Anki keeps the "
                f"old note type of their {count} notes and will not update them (it calls them "
                "conflicting); give a template a new id when you change its kind"
            )
        return Written(self.path, summary, tuple(warnings))


def write(output: Path, deck: Deck) -> Written:
    """Write `deck` as an .apkg at `output` (the registry's entry for `apkg`)."""
    return write_deck(
        output,
        deck.questions,
        deck_name=deck.name,
        article=deck.article,
        timestamp=deck.timestamp,
        tags=deck.tags,
        description=deck.description,
        template_dirs=[Path(d) for d in deck.template_dirs],
    ).written()


def write_deck(
    output: Path,
    questions: Iterable[Question],
    *,
    deck_name: str,
    article: Mapping[str, Any],
    timestamp: int,
    tags: Iterable[str] = (),
    description: str = "",
    template_dirs: Sequence[Path] = (),
) -> BuiltDeck:
    """Write the questions as an .apkg deck named `deck_name` at `output`, atomically."""
    output = Path(output)
    check_output(output)
    made = [(q.template, make_note(q, article, tags)) for q in questions]
    notes, skipped = _unique_notes(note for _, note in made)
    if not notes:
        raise InputError(f"no questions for deck {deck_name!r}; nothing written")
    dirs = card_dirs(template_dirs)
    models = {key: make_model(note_type, dirs) for key, note_type in NOTE_TYPES.items()}
    previous = read_previous(output)
    retyped = Counter(
        template
        for template, note in made
        if previous is not None
        and note.guid in previous.notes
        and previous.notes[note.guid][3] != models[note.note_type.key].model_id
    )
    data = package_bytes(
        deck_name,
        notes,
        models,
        timestamp=timestamp,
        description=html.escape(description, quote=False),
        previous=previous,
    )
    write_bytes_atomic(output, data)
    per_type = Counter(note.note_type.name for note in notes)
    cards = sum(_card_count(note) for note in notes)
    return BuiltDeck(
        output,
        deck_name,
        dict(sorted(per_type.items())),
        cards,
        skipped,
        timestamp,
        tuple(n.guid for n in notes),
        retyped=dict(sorted(retyped.items())),
    )


def _unique_notes(notes: Iterable[NoteData]) -> tuple[list[NoteData], int]:
    """Keep the first note of each GUID (questions come best first); return how many were dropped."""
    seen: set[str] = set()
    kept: list[NoteData] = []
    dropped = 0
    for note in notes:
        if note.guid in seen:
            dropped += 1
            continue
        seen.add(note.guid)
        kept.append(note)
    return kept, dropped


def _card_count(note: NoteData) -> int:
    """Return how many cards Anki makes of `note`: one per cloze number, or per non-empty front."""
    values = dict(zip(note.note_type.fields, note.fields, strict=True))
    if note.note_type.cloze:
        return len(set(re.findall(r"\{\{c(\d+)::", values["Text"]))) or 1
    return 1 + bool(values.get("Reverse"))


def check(path: Path) -> None:
    """Refuse an existing `path` that is not an Anki package (it is never replaced)."""
    check_output(path)
