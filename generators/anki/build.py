"""Build one deck: SOURCE → questions → notes → .apkg, written atomically."""

from __future__ import annotations

import html
import math
import re
import time
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from generators.anki.models import NOTE_TYPES, card_dirs, card_files, make_model
from generators.anki.notes import NoteData, make_note
from generators.anki.package import check_output, package_bytes, read_previous
from generators.atomic import write_bytes_atomic
from generators.errors import FactdeckError, InputError, OutputError
from generators.question import Question
from generators.resources import bundled_dir, user_templates_dir
from generators.sources import Source


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
    inputs: tuple[Path, ...] = field(default=())
    retyped: Mapping[str, int] = field(default_factory=dict)

    @property
    def note_count(self) -> int:
        """Return the number of notes in the deck."""
        return sum(self.notes.values())


def build_source(
    source_arg: str,
    output: Path,
    template_dirs: Sequence[Path] = (),
    *,
    into_folder: bool = False,
    use_cache: bool = True,
    taken: Collection[Path] = (),
) -> BuiltDeck:
    """Build the deck of SOURCE (a recipe, an article or a facts file) into `output`.

    With `into_folder`, `output` is a folder and the file is named after the source's slug;
    a path in `taken` (already written by this batch) is refused.
    """
    from generators.questions import questions_for
    from generators.sources import load_source

    if not into_folder:
        check_output(output)
    source = load_source(source_arg, use_cache=use_cache)
    path = output / f"{source.header.get('slug') or 'deck'}.apkg" if into_folder else output
    if path.resolve() in {Path(p).resolve() for p in taken}:
        raise OutputError(
            f"{path} is already written by another source of this build; build them into separate folders"
        )
    questions = questions_for(source, list(template_dirs))
    if not questions:
        raise InputError(
            f"{source_arg}: no questions to put in a deck; check the article's facts and the templates"
        )
    _make_folder(path.parent)
    recipe = source.recipe
    deck = write_deck(
        path,
        questions,
        deck_name=deck_name_for(source),
        article=source.header,
        tags=recipe.tags if recipe else (),
        description=recipe.description if recipe else "",
        template_dirs=template_dirs,
        timestamp=input_timestamp(source, template_dirs),
    )
    return replace(deck, inputs=tuple(_source_files(source)))


def prefetch_facts(targets: Sequence[str]) -> None:
    """Extract the articles of several sources in one spaCy stream, so their builds hit the cache."""
    from generators.extract import extract_many

    articles = [article for article in map(_article_of, targets) if article is not None]
    if len(articles) <= 1:
        return
    from rich.console import Console
    from rich.progress import Progress

    # A bar on stderr while the batch runs (drawn on a terminal only, gone when done); no refresh
    # thread, as the parse may fork worker processes.
    with Progress(console=Console(stderr=True), transient=True, auto_refresh=False) as bar:
        task = bar.add_task("Extracting facts", total=len(articles))
        extract_many(
            articles, progress=lambda done, total: bar.update(task, completed=done, refresh=True)
        )


def _article_of(target: str) -> Any:
    """Return the article a source would extract, or None (facts files, errors reported later)."""
    from generators.article import read_article
    from generators.recipes import is_recipe, load_recipe

    try:
        if is_recipe(target):
            recipe = load_recipe(target)
            return None if recipe.facts else read_article(recipe.article, slug=recipe.slug)
        return None if target == "-" or target.lower().endswith(".json") else read_article(target)
    except FactdeckError:
        return None  # the build of this source says what is wrong


def _make_folder(folder: Path) -> None:
    """Create the output folder (and its parents) unless a file is in the way."""
    if folder.exists() and not folder.is_dir():
        raise OutputError(f"{folder} is a file, not a folder; give a folder for the decks")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(
            f"cannot create folder {folder}: {exc.strerror}; choose another -o"
        ) from None


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


def deck_name_for(source: Source) -> str:
    """Return the deck name: the recipe's (`Groupe::Article`), else `factdeck::<article title>`."""
    if source.recipe is not None:
        return source.recipe.name
    title = str(source.header.get("title") or source.header.get("slug") or "article")
    return f"factdeck::{' '.join(title.replace('::', ' ').split())}"


def input_timestamp(source: Source, template_dirs: Sequence[Path] = ()) -> int:
    """Return the newest modification time of the article, recipe, facts file and templates."""
    files = [
        *_source_files(source),
        *card_files(card_dirs(template_dirs)),
        *_question_template_files(template_dirs),
    ]
    mtimes = [path.stat().st_mtime for path in files if path.is_file()]
    if not any(path == Path("-") for path in _source_files(source)) and mtimes:
        return math.floor(max(mtimes))
    return math.floor(max([time.time(), *mtimes]))  # standard input has no date: use now


def _source_files(source: Source) -> list[Path]:
    files = [Path(source.name)]
    if source.article is not None:
        files.append(Path(source.article.source))
    if source.recipe is not None:
        files += [source.recipe.path, source.recipe.article]
        if source.recipe.facts is not None:
            files.append(source.recipe.facts)
    return files


def _question_template_files(template_dirs: Sequence[Path]) -> list[Path]:
    folders = [
        *map(Path, template_dirs),
        user_templates_dir(),
        bundled_dir("templates") / "questions",
    ]
    return [p for folder in folders if folder.is_dir() for p in folder.rglob("*.y*ml")]


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
