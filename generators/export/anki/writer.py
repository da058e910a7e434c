"""Write a deck of questions as an Anki package: notes → .apkg, written atomically."""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from generators.errors import InputError
from generators.export import Written
from generators.export.anki.models import NOTE_TYPES, make_model
from generators.export.anki.notes import NoteData, make_note, note_guid, plain_prompt, read_meta
from generators.export.anki.package import Previous, check_output, package_bytes, read_previous
from generators.export.changes import RETIRED, Changes, compare
from generators.files.atomic import write_bytes_atomic
from generators.files.resources import card_template_dirs
from generators.records import Deck, Question

DROPPED_TAG = "factdeck::dropped"  # the tag curate/ gives a question the group dropped in review


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
    changes: Changes | None = None
    carried: Mapping[str, int] = field(default_factory=dict)  # tag → notes kept from the last build
    dropped: int = 0  # notes the group dropped in review, kept tagged as a member's Anki has them

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
        for tag, count in self.carried.items():
            summary += (
                f"; {count} question{'s' if count > 1 else ''} gone since an earlier build kept "
                f"tagged {tag} "
                f"(Anki search: tag:{tag}; --prune leaves them out)"
            )
        if self.dropped:
            summary += (
                f"; {self.dropped} questions dropped in review kept tagged {DROPPED_TAG} "
                f"(Anki import never deletes notes; Anki search: tag:{DROPPED_TAG})"
            )
        if self.changes is not None:  # last: a build record keeps the summary without it
            summary += f"; {self.changes.summary()}"
        return Written(self.path, summary, tuple(warnings), self.changes)


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
        articles=deck.articles,
        prune=deck.prune,
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
    articles: Mapping[str, Mapping[str, Any]] | None = None,
    prune: bool = False,
) -> BuiltDeck:
    """Write the questions as an .apkg deck named `deck_name` at `output`, atomically.

    `articles` gives the article header of each subdeck a question names (a theme's deck); the
    questions of the previous build that are gone are kept tagged `factdeck::retired`, unless
    `prune`.
    """
    output = Path(output)
    check_output(output)
    previous = read_previous(output)
    questions = _without_new_drops(list(questions), previous, prune)
    made = [
        (q.template, make_note(q, (articles or {}).get(q.deck, article), tags)) for q in questions
    ]
    notes, skipped = _unique_notes(note for _, note in made)
    if not notes:
        raise InputError(f"no questions for deck {deck_name!r}; nothing written")
    dirs = card_template_dirs(template_dirs)
    models = {key: make_model(note_type, dirs) for key, note_type in NOTE_TYPES.items()}
    before, retired_before = _previous_questions(previous)
    shown = [q for q in questions if DROPPED_TAG not in q.tags]  # a dropped one left the deck
    changes = compare(before, shown, retired_before)
    kept = _carried(previous, {n.guid for n in notes}, models, lambda _: None if prune else RETIRED)
    changes = replace(changes, retired=sum(RETIRED in note.tags for note in kept))
    notes += kept
    data = package_bytes(
        deck_name,
        notes,
        models,
        timestamp=timestamp,
        description=html.escape(description, quote=False),
        previous=previous,
    )
    write_bytes_atomic(output, data)
    retyped = _retyped(made, previous, models)
    return _summary(output, deck_name, notes, kept, skipped, timestamp, changes, retyped)


def _retyped(
    made: Sequence[tuple[str, NoteData]], previous: Previous | None, models: Mapping[str, Any]
) -> dict[str, int]:
    """Count, per template, the notes the previous build had under another note type."""
    retyped = Counter(
        template
        for template, note in made
        if previous is not None
        and note.guid in previous.notes
        and previous.notes[note.guid][3] != models[note.note_type.key].model_id
    )
    return dict(sorted(retyped.items()))


def _summary(
    output: Path,
    deck_name: str,
    notes: Sequence[NoteData],
    kept: Sequence[NoteData],
    skipped: int,
    timestamp: int,
    changes: Changes,
    retyped: Mapping[str, int],
) -> BuiltDeck:
    """Describe the written deck: note types, cards, GUIDs, changes and notes carried over."""
    per_type = Counter(note.note_type.name for note in notes)
    return BuiltDeck(
        output,
        deck_name,
        dict(sorted(per_type.items())),
        sum(_card_count(note) for note in notes),
        skipped,
        timestamp,
        tuple(n.guid for n in notes),
        retyped=retyped,
        changes=changes,
        carried=dict(Counter(tag for note in kept for tag in note.tags if tag in (RETIRED,))),
        dropped=sum(DROPPED_TAG in note.tags for note in notes),
    )


def _without_new_drops(
    questions: list[Question], previous: Previous | None, prune: bool
) -> list[Question]:
    """Keep a question the group dropped only if the previous build had it (Anki never deletes)."""
    old = previous.notes if previous is not None and not prune else {}
    return [q for q in questions if DROPPED_TAG not in q.tags or note_guid(q) in old]


def _previous_questions(
    previous: Previous | None,
) -> tuple[dict[str, dict[str, Any]] | None, set[str]]:
    """Return the previous build's questions (id → Meta object) and the ids it had retired or dropped."""
    if previous is None:
        return None, set()
    found: dict[str, dict[str, Any]] = {}
    retired: set[str] = set()
    for _, flds, tags, _ in previous.notes.values():
        meta = _meta_of(flds)
        if meta is None:
            continue
        found[str(meta["id"])] = meta
        if {RETIRED, DROPPED_TAG} & set(tags.split()):
            retired.add(str(meta["id"]))
    return found, retired


def _carried(
    previous: Previous | None,
    current: set[str],
    models: Mapping[str, Any],
    tag_for: Callable[[dict[str, Any]], str | None],
) -> list[NoteData]:
    """Return the previous build's notes missing from `current`, each with the tag `tag_for` gives.

    Anki's import never deletes a note, so a note that leaves the deck is carried as it was, with
    a tag saying why (None: leave it out); its content is unchanged but for the tag.
    """
    if previous is None:
        return []
    by_model = {model.model_id: NOTE_TYPES[key] for key, model in models.items()}
    kept: list[NoteData] = []
    for guid, (_, flds, tags, mid) in sorted(previous.notes.items()):
        meta = _meta_of(flds)
        note_type = by_model.get(mid)
        if guid in current or meta is None or note_type is None:
            continue
        fields = tuple(flds.split("\x1f"))
        tag = tag_for(meta)
        if tag is None or len(fields) != len(note_type.fields):
            continue
        kept.append(
            NoteData(
                note_type,
                fields,
                guid,
                tuple(sorted({*tags.split(), tag})),
                plain_prompt(str(meta.get("prompt") or "")),
                str(meta.get("deck") or ""),
            )
        )
    return kept


def _meta_of(flds: str) -> dict[str, Any] | None:
    """Return the Meta object (the last field) of a note's fields, or None if it has none."""
    try:
        meta = read_meta(flds.rsplit("\x1f", 1)[-1])
    except ValueError:
        return None
    return meta if isinstance(meta, dict) and meta.get("id") else None


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
