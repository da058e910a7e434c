"""The facts of articles, from the content cache when possible, else extracted (spaCy, lazily)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from generators.errors import FactdeckError
from generators.extract.pipeline import MODEL, model_version
from generators.files import cache
from generators.records import Fact, fact_from_dict
from generators.source.article import Article

if TYPE_CHECKING:
    from generators.extract import Extraction


def facts_of(article: Article, *, use_cache: bool = True, model: str = MODEL) -> list[Fact]:
    """Return the facts of `article`, from the cache when its bytes were already extracted."""
    if use_cache:
        facts = cached_facts(article, model)
        if facts is not None:
            return facts
    from generators.extract import extract_article

    facts = extract_article(article, model=model)
    if use_cache:
        _store(article, facts, model)
    return facts


def facts_of_many(
    articles: Iterable[Article],
    *,
    use_cache: bool = True,
    model: str = MODEL,
    on_error: Callable[[Article, Exception], None] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> list[Extraction]:
    """Return the facts of every article in order: cache hits first, the misses in one batch."""
    from generators.extract import Extraction, extract_many

    articles = list(articles)
    results: list[Extraction | None] = [None] * len(articles)
    misses = []
    for index, article in enumerate(articles):
        facts = cached_facts(article, model) if use_cache else None
        if facts is None:
            misses.append(index)
        else:
            results[index] = Extraction(article, facts, cached=True)
    hits = len(articles) - len(misses)
    if progress is not None:
        progress(hits, len(articles))

    def advance(done: int, _total: int) -> None:
        """Report extraction progress counted after the cached articles."""
        if progress is not None:
            progress(hits + done, len(articles))

    if not misses:
        return [result for result in results if result is not None]  # all cached: no model to load
    extracted = extract_many(
        [articles[i] for i in misses], model=model, on_error=on_error, progress=advance
    )
    for index, outcome in zip(misses, extracted, strict=True):
        results[index] = outcome
        if use_cache and outcome.error is None:
            _store(outcome.article, outcome.facts, model)
    return [result for result in results if result is not None]


def cached_facts(article: Article, model: str = MODEL) -> list[Fact] | None:
    """Return the cached facts of `article`, or None when the cache has no usable entry."""
    key = _key(article, model)
    payload = cache.get(key)
    if payload is None:
        return None
    try:
        facts = [fact_from_dict(item, "cache") for item in payload["facts"]]
    except (FactdeckError, KeyError, TypeError, AttributeError):
        facts = None
    if facts is None or not all(_points_into(article, fact) for fact in facts):
        cache.discard(key)  # written by a broken or different version: never trust it
        return None
    return facts


def facts_key(model: str = MODEL) -> str:
    """Return the part of every facts cache key that does not depend on the article."""
    return cache.cache_key("", "", model, model_version(model))


def _store(article: Article, facts: list[Fact], model: str) -> None:
    cache.put(_key(article, model), {"facts": [f.to_dict() for f in facts]})


def _key(article: Article, model: str) -> str:
    return cache.cache_key(article.sha256, article.slug, model, model_version(model))


def _points_into(article: Article, fact: Fact) -> bool:
    """Return whether a fact's offsets give back its sentence in `article` (a cache sanity check)."""
    return (
        0 <= fact.start <= fact.end <= len(article.text)
        and article.text[fact.start : fact.end] == fact.sentence
    )
