"""A theme recipe → one deck: a subdeck per article, repeated facts asked once, questions across.

The articles are extracted in one batch (cache hits first, the rest in parallel, with a progress
bar); an article that fails is listed and the others are still built.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from generators.build.compose import (
    deck_path,
    input_timestamp,
    make_folder,
    questions_of,
    refuse_taken,
    with_display,
)
from generators.build.facts import facts_of_many
from generators.errors import FactdeckError, InputError, TemplateError
from generators.export import DEFAULT, Written, format_named
from generators.french.grammar import fold
from generators.questions.across import (
    ArticleFacts,
    article_date,
    phrase,
    questions_across,
    short_title,
)
from generators.records import Deck, DeckQuestions, Fact, Question, identity_key, question_from_dict
from generators.source.article import Article, read_article
from generators.source.recipes import Recipe
from generators.source.resolve import Source
from generators.source.theme import Theme, load_theme

# Fact types whose key fields name the same fact in any article (a person and a role, a sigle);
# a figure's key names it only when its subject says more than its unit (« taux de chômage »,
# not « ans »), a date's key (a date) may be another fact elsewhere.
SAME_FACT_TYPES = frozenset({"person_role", "succession", "leads", "quote", "acronym"})


@dataclass(frozen=True)
class ThemeQuestions:
    """A theme's questions, each article's subdeck and header, the files read and the failures."""

    theme: Theme
    questions: list[Question]
    articles: dict[str, dict[str, Any]]  # subdeck name → article header
    files: list[Path]
    failures: list[str]
    timestamp: int


def theme_questions(
    theme_arg: str | Path,
    template_dirs: Sequence[str | Path] = (),
    *,
    use_cache: bool = True,
    progress: Callable[[int, int], None] | None = None,
) -> ThemeQuestions:
    """Return the questions of every article of a theme recipe, and those across its articles."""
    theme = load_theme(theme_arg)
    read, failures = _read_recipes(theme)
    extractions = facts_of_many([a for _, a in read], use_cache=use_cache, progress=progress)
    parts: list[tuple[ArticleFacts, list[Question]]] = []
    headers: dict[str, dict[str, Any]] = {}
    files, stamps = [theme.path], [0]
    for (recipe, article), extraction in zip(read, extractions, strict=True):
        if extraction.error is not None:
            failures.append(f"{recipe.article.name}: {extraction.error}")
            continue
        source = _source(recipe, article, extraction.facts)
        subdeck = f"{theme.name}::{_deck_part(short_title(str(source.header['title'])))}"
        try:
            asked = questions_of(source, list(template_dirs))
        except TemplateError:
            raise  # the same for every article: say it once
        except FactdeckError as exc:
            failures.append(f"{recipe.article.name}: {exc}")
            continue
        part, headers[subdeck] = _in_subdeck(recipe.slug, source, subdeck, asked)
        parts.append(part)
        files.append(recipe.article)
        stamps.append(input_timestamp(source, template_dirs))
    questions = _with_across(parts, theme.slug)
    return ThemeQuestions(theme, questions, headers, files, failures, max(stamps))


def _read_recipes(theme: Theme) -> tuple[list[tuple[Recipe, Article]], list[str]]:
    """Read the article of each recipe of `theme`; return them and the failures to read."""
    failures: list[str] = []
    read: list[tuple[Recipe, Article]] = []
    for recipe in theme.recipes():
        try:
            read.append((recipe, read_article(recipe.article, slug=recipe.slug)))
        except FactdeckError as exc:
            failures.append(f"{recipe.article.name}: {exc}")
    return read, failures


def _in_subdeck(
    slug: str, source: Source, subdeck: str, asked: list[Question]
) -> tuple[tuple[ArticleFacts, list[Question]], dict[str, Any]]:
    """Put one article's questions in its subdeck with its tags; return them and its header."""
    date = article_date(source.header.get("date"), source.facts or ())
    tags = _article_tags(slug, date)
    asked = [replace(q, deck=subdeck, tags=(*q.tags, *tags)) for q in asked]
    title = str(source.header["title"])
    facts = ArticleFacts(slug, title, date, source.facts or (), asked, subdeck)
    return (facts, asked), {**source.header, "date": date}


def _with_across(parts: Sequence[tuple[ArticleFacts, list[Question]]], slug: str) -> list[Question]:
    """Merge the facts repeated across articles and add the questions across them."""
    merged = merge_repeated(parts)
    across = questions_across([a for a, _ in parts], slug)
    prompts = {q.prompt for q in across}  # « En quelle année … ? » is now asked with choices
    return [*(q for q in merged if q.prompt not in prompts), *across]


def build_theme_deck(
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
    """Write the deck of a theme recipe; the articles that failed are listed in its warnings."""
    fmt = format_named(format_name)
    if not into_folder:
        fmt.check(output)
    theme = load_theme(source_arg)
    path = deck_path(output, theme.slug, fmt.suffix, into_folder)
    refuse_taken(path, taken)
    found = _with_bar(source_arg, template_dirs, use_cache, len(theme.articles))
    if not found.questions:
        failed = f" ({'; '.join(found.failures)})" if found.failures else ""
        raise InputError(f"{source_arg}: no questions to put in a deck{failed}; check its articles")
    make_folder(path.parent)
    deck = Deck(
        name=theme.name,
        questions=tuple(found.questions),
        article={
            "slug": theme.slug,
            "title": theme.name.split("::")[-1],
            "language": theme.language,
        },
        timestamp=found.timestamp,
        tags=theme.tags,
        description=theme.description,
        template_dirs=tuple(str(d) for d in template_dirs),
        articles=found.articles,
        prune=prune,
    )
    written = fmt.write(path, deck)
    failures = tuple(f"article left out: {failure}" for failure in found.failures)
    return replace(written, warnings=(*written.warnings, *failures)), found.files


def merge_repeated(articles: Sequence[tuple[ArticleFacts, list[Question]]]) -> list[Question]:
    """Ask a fact repeated across articles once (same key fields, template and answer).

    The first article's question is kept; every other article's sentence is added to its extra.
    """
    kept: dict[tuple[str, str, str], Question] = {}
    order: list[tuple[str, str, str] | int] = []
    loose: list[Question] = []
    for article, questions in articles:
        facts = {f.id: f for f in article.facts}
        for question in questions:
            fact = facts.get(question.fact_id)
            if fact is None:
                order.append(len(loose))
                loose.append(question)
                continue
            key = (identity_key(fact.type, fact.fields), question.template, fold(question.answer))
            if not _names_one_fact(fact):  # weak keys (« 3 ans », a year): same wording too
                key = (*key[:2], fold(question.answer + "\x1f" + question.prompt))
            first = kept.get(key)
            if first is None:
                kept[key] = question
                order.append(key)
            elif first.deck != question.deck:
                also = phrase("also_in", title=article.title, sentence=fact.shown)
                kept[key] = replace(first, extra=" · ".join(p for p in (first.extra, also) if p))
    return [loose[item] if isinstance(item, int) else kept[item] for item in order]


def _names_one_fact(fact: Fact) -> bool:
    """Return whether a fact's key fields name it in any article (see SAME_FACT_TYPES)."""
    if fact.type in SAME_FACT_TYPES:
        return True
    subject, unit = fold(str(fact.get("subject") or "")), fold(str(fact.get("unit") or ""))
    return fact.type == "quantity" and len(subject.split()) >= 2 and unit not in subject


def _source(recipe: Recipe, article: Article, facts: Sequence[Fact]) -> Source:
    """Return an article of the theme as a loaded source (what compose.load gives a recipe)."""
    header = article.header()
    header["title"] = header.get("title") or recipe.slug
    kept = [with_display(f) for f in facts if f.id not in recipe.exclude]
    return Source(str(recipe.article), header, kept, article=article, recipe=recipe)


def _article_tags(slug: str, date: str | None) -> tuple[str, ...]:
    """Return the tags of an article's questions: its slug and its date (year::month)."""
    tags = [f"factdeck::article::{slug}"]
    if date and re.match(r"\d{4}", date):  # the year alone too: `quiz --tag factdeck::date::2016`
        parts = date.split("-")[:2]
        tags += [f"factdeck::date::{'::'.join(parts[:n])}" for n in range(1, len(parts) + 1)]
    return tuple(tags)


def _deck_part(title: str) -> str:
    """Return a title as one level of a deck name (no `::`, one line)."""
    return " ".join(title.replace("::", " ").split()) or "article"


def _with_bar(
    theme_arg: str, template_dirs: Sequence[str | Path], use_cache: bool, count: int
) -> ThemeQuestions:
    """Return the theme's questions with a progress bar on stderr while its articles are extracted."""
    if count <= 1:
        return theme_questions(theme_arg, template_dirs, use_cache=use_cache)
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True, auto_refresh=False) as bar:
        task = bar.add_task("Extracting facts", total=count)
        return theme_questions(
            theme_arg,
            template_dirs,
            use_cache=use_cache,
            progress=lambda done, total: bar.update(task, completed=done, refresh=True),
        )


def quiz_deck(theme_arg: str, template_dirs: Sequence[str | Path] = ()) -> DeckQuestions:
    """Return a theme's questions for the quiz, from the cache when no input changed."""
    from generators.files import cache

    theme = load_theme(theme_arg)
    key = _quiz_key(theme, template_dirs)
    saved = cache.get(key)
    if saved is not None:
        questions = [question_from_dict(q) for q in saved["questions"]]
    else:
        questions = theme_questions(theme_arg, template_dirs).questions
        cache.put(key, {"questions": [q.to_dict() for q in questions]})
    return DeckQuestions(theme.slug, theme.name, questions)


def _quiz_key(theme: Theme, template_dirs: Sequence[str | Path]) -> str:
    """Return a hash of what a theme's questions depend on: code, recipes, articles, templates."""
    import hashlib

    from generators.build.facts import facts_key
    from generators.files import cache

    digest = hashlib.sha256()
    digest.update(cache.questions_code().encode())
    digest.update(facts_key().encode())
    digest.update(cache.templates_fingerprint(template_dirs).encode())
    recipes = sorted(theme.path.parent.glob("*.y*ml"))  # the recipe and review decisions
    for path in [*recipes, *theme.articles]:
        digest.update(str(path).encode() + b"\0")
        digest.update(path.read_bytes() if path.is_file() else b"")
    return "theme-questions-" + digest.hexdigest()
