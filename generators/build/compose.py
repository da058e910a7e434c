"""SOURCE → facts → questions → a writer: the one place that knows all the stages."""

from __future__ import annotations

import importlib
import math
import time
from collections.abc import Collection, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any, BinaryIO

from generators.build.facts import facts_of, facts_of_many
from generators.curate.decisions import (
    CHANGED,
    DROPPED_TAG,
    Decisions,
    apply_decisions,
    decisions_path,
    load_decisions,
    mark_dropped,
)
from generators.errors import FactdeckError, InputError, OutputError
from generators.export import DEFAULT, Format, Written, format_named
from generators.files.limits import DEFAULT_MAX_SIZE
from generators.files.resources import card_template_dirs, question_template_dirs
from generators.files.terminal import printable
from generators.records import Deck, Fact, Question, Selection
from generators.source.article import Article, read_article, slugify, without_boilerplate
from generators.source.resolve import Source, load_source


def load(
    source_arg: str | Path,
    *,
    max_size: int = DEFAULT_MAX_SIZE,
    use_cache: bool = True,
    stdin: BinaryIO | None = None,
) -> Source:
    """Return SOURCE with its facts: extracted (or cached), or read from a facts file."""
    source = load_source(source_arg, max_size=max_size, stdin=stdin)
    facts = source.facts
    if facts is None:
        assert source.article is not None  # resolve gives an article whenever it has no facts
        facts = facts_of(source.article, use_cache=use_cache)
    facts = [with_display(f) for f in facts]
    if source.recipe is not None:
        facts = [f for f in facts if f.id not in source.recipe.exclude]
    return replace(source, facts=facts)


def explain(
    source: Source,
    template_dirs: Sequence[str | Path] = (),
    selection: Selection | None = None,
    *,
    reviewed: bool = True,
) -> Any:
    """Return the kept and rejected questions of a loaded source (`--explain`), reviewed."""
    return curated(source, template_dirs, selection, reviewed=reviewed)[0]


def curated(
    source: Source,
    template_dirs: Sequence[str | Path] = (),
    selection: Selection | None = None,
    *,
    reviewed: bool = True,
) -> tuple[Any, Any]:
    """Return a source's questions with the group's review applied before the limit, and how.

    Dropped questions become rejections; `reviewed=False` gives them as generated.
    """
    from generators.questions import Explanation, Rejection, explain_questions

    chosen = selection if selection is not None else source.selection()
    facts, path = source.facts or [], decisions_file(source)
    decisions = load_decisions(path) if reviewed and path is not None else Decisions(Path())
    capped = chosen.limit is None and chosen.per_fact is None  # an explicit size lifts the cap
    header = dict(source.header)
    if source.article is not None:  # the cap counts the article's words
        header["words"] = len(source.article.clean.split())
        header["text"] = source.article.clean  # who the article is about (questions/prominence.py)
    found = explain_questions(
        facts, header, template_dirs, replace(chosen, limit=None), capped=capped
    )
    ids = [r.question.id for r in found.rejected]
    applied = apply_decisions(decisions, found.kept, facts, ids)
    kept = applied.kept[: chosen.limit]
    rejected = [Rejection(q, "dropped in review") for q in applied.dropped]
    below = f"ranked below the limit of {chosen.limit}"
    rejected += [Rejection(q, below) for q in applied.kept[len(kept) :]]
    return Explanation(kept, [*found.rejected, *rejected]), applied


def decisions_file(source: Source) -> Path | None:
    """Return the review decisions file of a source, beside its recipe or article (None: stdin)."""
    base = source.recipe.path if source.recipe is not None else Path(source.name)
    return None if source.name == "-" else decisions_path(Path(base))


def questions_of(source: Source, template_dirs: Sequence[str | Path] = ()) -> list[Question]:
    """Return the questions of a loaded source, best first, as its recipe selects them."""
    kept: list[Question] = explain(source, template_dirs).kept
    return kept


def build_deck(
    source_arg: str,
    output: Path,
    template_dirs: Sequence[Path] = (),
    *,
    into_folder: bool = False,
    use_cache: bool = True,
    taken: Collection[Path] = (),
    format_name: str = DEFAULT,
    prune: bool = False,
) -> tuple[Written, list[Path]]:
    """Write the deck of SOURCE into `output` in one format; return it and the files it read.

    With `into_folder`, `output` is a folder and the file is named after the source's slug; a
    path in `taken` (already written by this batch) is refused. With `prune`, the questions of
    the previous build that are gone are left out instead of kept tagged `factdeck::retired`.
    """
    fmt = format_named(format_name)
    if not into_folder:
        fmt.check(output)
    source = load(source_arg, use_cache=use_cache)
    slug = slugify(str(source.header.get("slug") or "deck"))  # a facts file's slug is data
    path = deck_path(output, slug, fmt.suffix, into_folder)
    refuse_taken(path, taken)
    explained, applied = curated(source, list(template_dirs))
    questions = explained.kept
    if not questions:
        raise InputError(
            f"{source_arg}: no questions to put in a deck; check the article's facts and the templates"
        )
    make_folder(path.parent)
    recipe = source.recipe
    deck = Deck(
        name=deck_name_for(source),
        questions=(*questions, *_dropped_for(fmt, applied.dropped)),
        article=source.header,
        timestamp=input_timestamp(source, template_dirs),
        tags=recipe.tags if recipe else (),
        description=recipe.description if recipe else "",
        template_dirs=tuple(str(d) for d in template_dirs),
        prune=prune,
    )
    written = _warn_stale(fmt.write(path, deck), applied.count(CHANGED), source_arg)
    return written, source_files(source)


def _warn_stale(written: Written, changed: int, source_arg: str) -> Written:
    """Add a warning when `changed` questions differ from what the group reviewed."""
    if not changed:
        return written
    stale = (
        f"{changed} questions changed since the group reviewed them: built as"
        f" generated now; run `factdeck review {source_arg}`"
    )
    return replace(written, warnings=(*written.warnings, stale))


def _dropped_for(fmt: Format, dropped: Sequence[Question]) -> list[Question]:
    """Return the dropped questions, tagged, for a writer that keeps those it exported before.

    A writer says it does by defining `DROPPED_TAG` (Anki's: its import never deletes a note);
    every other format simply leaves them out.
    """
    keeps = getattr(importlib.import_module(fmt.module), "DROPPED_TAG", None) == DROPPED_TAG
    return [mark_dropped(q) for q in dropped] if keeps else []


def prefetch_facts(targets: Sequence[str]) -> None:
    """Extract the articles of several sources in one spaCy stream, so their builds hit the cache."""
    articles = [article for article in map(_article_of, targets) if article is not None]
    if len(articles) <= 1:
        return
    from rich.console import Console
    from rich.progress import Progress

    # A bar on stderr while the batch runs (drawn on a terminal only, gone when done); no refresh
    # thread, as the parse may fork worker processes.
    with Progress(console=Console(stderr=True), transient=True, auto_refresh=False) as bar:
        task = bar.add_task("Extracting facts", total=len(articles))
        facts_of_many(
            articles, progress=lambda done, total: bar.update(task, completed=done, refresh=True)
        )


def deck_name_for(source: Source) -> str:
    """Return the deck name: the recipe's (`Groupe::Article`), else `factdeck::<article title>`."""
    if source.recipe is not None:
        return source.recipe.name
    title = printable(str(source.header.get("title") or source.header.get("slug") or "article"))
    return f"factdeck::{' '.join(title.replace('::', ' ').split())}"


def input_timestamp(source: Source, template_dirs: Sequence[str | Path] = ()) -> int:
    """Return the newest modification time of the article, recipe, facts file and templates."""
    from generators.export.anki.models import card_files

    dirs = [Path(d) for d in template_dirs]
    read = source_files(source)
    files = [*read, *card_files(card_template_dirs(dirs)), *_question_template_files(dirs)]
    mtimes = [path.stat().st_mtime for path in files if path.is_file()]
    if Path("-") not in read and mtimes:
        return math.floor(max(mtimes))
    return math.floor(max([time.time(), *mtimes]))  # standard input has no date: use now


def source_files(source: Source) -> list[Path]:
    """Return the files a source was read from (SOURCE, article, recipe, facts file, decisions)."""
    files = [Path(source.name)]
    if source.article is not None:
        files.append(Path(source.article.source))
    if source.recipe is not None:
        files += [source.recipe.path, source.recipe.article]
        if source.recipe.facts is not None:
            files.append(source.recipe.facts)
    decisions = decisions_file(source)
    return files if decisions is None else [*files, decisions]  # listed even before it exists


def _question_template_files(template_dirs: Sequence[Path]) -> list[Path]:
    folders = question_template_dirs(template_dirs)
    return [p for folder in folders if folder.is_dir() for p in folder.rglob("*.y*ml")]


def with_display(fact: Fact) -> Fact:
    """Give a fact read from a facts file the display sentence extraction gives its own."""
    shown = without_boilerplate(fact.sentence)
    return fact if fact.display or shown == fact.sentence else replace(fact, display=shown)


def _article_of(target: str) -> Article | None:
    """Return the article a source would extract, or None (facts files, errors reported later)."""
    from generators.source.recipes import is_recipe, load_recipe

    try:
        if is_recipe(target):
            recipe = load_recipe(target)
            return None if recipe.facts else read_article(recipe.article, slug=recipe.slug)
        return None if target == "-" or target.lower().endswith(".json") else read_article(target)
    except FactdeckError:
        return None  # the build of this source says what is wrong


def deck_path(output: Path, slug: str, suffix: str, into_folder: bool) -> Path:
    """Return where a deck goes: `output`, or `output/<slug><suffix>` kept inside that folder."""
    if not into_folder:
        return output
    path = output / f"{slug}{suffix}"
    if not path.resolve().is_relative_to(output.resolve()):
        raise OutputError(f"{path} resolves outside {output}; remove the link in the output folder")
    return path


def refuse_taken(path: Path, taken: Collection[Path]) -> None:
    """Refuse to write `path` when another source of this build already wrote it."""
    if path.resolve() in {Path(p).resolve() for p in taken}:
        raise OutputError(
            f"{path} is already written by another source of this build; build them into separate folders"
        )


def make_folder(folder: Path) -> None:
    """Create the output folder (and its parents) unless a file is in the way."""
    if folder.exists() and not folder.is_dir():
        raise OutputError(f"{folder} is a file, not a folder; give a folder for the decks")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(
            f"cannot create folder {folder}: {exc.strerror}; choose another -o"
        ) from None
