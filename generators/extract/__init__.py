"""Doc → facts: one module per fact type; spaCy objects never leave this package.

Two entry points:

- `extract_facts(article)`: the facts of one article, from the cache when possible.
- `extract_many(articles)`: the facts of many articles (e.g. `factdeck build a.yaml b.yaml dir/`):
  cache hits first, then the misses parsed in one `nlp.pipe` stream, or, when the batch is long
  enough to pay for it and the machine has two cores, parsed and extracted in two forked workers
  that share the loaded model (only facts travel back). A failure is reported per article and never stops the batch; the
  caller shows `progress(done, total)` (a rich bar on stderr for long runs) and exits 1 at the end
  with a summary when any `Extraction.error` is set.
"""

from __future__ import annotations

import importlib
import pickle
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from generators import cache, nlp
from generators.article import Article
from generators.errors import FactdeckError
from generators.extract.context import Context
from generators.facts import Fact, dedupe_ids, fact_from_dict

# Order matters only for readability of the output; each module is independent.
MODULES = ("quantities", "people", "successions", "leads", "events", "quotes", "acronyms")
_MODULE_OF_TYPE = {
    "quantity": "quantities",
    "person_role": "people",
    "succession": "successions",
    "leads": "leads",
    "event": "events",
    "quote": "quotes",
    "acronym": "acronyms",
}


@dataclass(frozen=True)
class Extraction:
    """The facts of one article of a batch, or why it failed."""

    article: Article
    facts: list[Fact]
    error: Exception | None = None
    cached: bool = False


def extract_facts(
    article: Article, *, use_cache: bool = True, model: str = nlp.MODEL
) -> list[Fact]:
    """Return the facts of `article`, from the cache when its bytes were already extracted."""
    key = _key(article, model)
    if use_cache:
        facts = cached_facts(article, model)
        if facts is not None:
            return facts
    facts = extract_parsed(article, nlp.parse(article.clean, model))
    if use_cache:
        cache.put(key, {"facts": [f.to_dict() for f in facts]})
    return facts


def extract_many(
    articles: Iterable[Article],
    *,
    use_cache: bool = True,
    model: str = nlp.MODEL,
    on_error: Callable[[Article, Exception], None] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> list[Extraction]:
    """Return the facts of every article, in order; a failed article gets its `error` set.

    Cache hits cost no spaCy load. Misses are parsed together in one stream. `on_error(article,
    exc)` is called as each failure happens (e.g. to print a warning); `progress(done, total)`
    after each article. A command shows it on stderr for long runs, e.g. with rich:

        with Progress(console=Console(stderr=True), transient=True, auto_refresh=False) as bar:
            task = bar.add_task("Extracting facts", total=len(articles))
            done = extract_many(
                articles, progress=lambda n, total: bar.update(task, completed=n, refresh=True)
            )

    (`auto_refresh=False`: no refresh thread running while long batches fork their workers.)
    """
    articles = list(articles)
    results: list[Extraction | None] = [None] * len(articles)
    misses: list[int] = []
    for index, article in enumerate(articles):
        facts = cached_facts(article, model) if use_cache else None
        if facts is None:
            misses.append(index)
        else:
            results[index] = Extraction(article, facts, cached=True)
    done = len(articles) - len(misses)
    if progress is not None:
        progress(done, len(articles))
    for index, outcome in _extract_misses([articles[i] for i in misses], use_cache, model):
        results[misses[index]] = outcome
        if outcome.error is not None and on_error is not None:
            on_error(outcome.article, outcome.error)
        done += 1
        if progress is not None:
            progress(done, len(articles))
    return [result for result in results if result is not None]


def cached_facts(article: Article, model: str = nlp.MODEL) -> list[Fact] | None:
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


def extract_parsed(article: Article, docs: list[tuple[int, Any]]) -> list[Fact]:
    """Run every fact-type module over already parsed docs (offset, Doc) of `article`."""
    from generators.extract import names

    ctx = Context(article)
    ctx.names = names.index(docs, ctx)
    facts: list[Fact] = []
    for name in MODULES:
        run: Callable[..., list[Fact]] = importlib.import_module(
            f"generators.extract.{name}"
        ).extract
        for offset, doc in docs:
            facts.extend(run(doc, offset, ctx))
    unique = {(f.type, f.id, f.start): f for f in facts}
    ordered = sorted(unique.values(), key=lambda f: (f.start, _module_rank(f.type)))
    return dedupe_ids(ordered)


def _extract_misses(
    articles: list[Article], use_cache: bool, model: str
) -> Iterable[tuple[int, Extraction]]:
    """Extract `articles`: in two processes when the batch pays for them, else in one stream."""
    if nlp.workers(sum(len(a.clean) for a in articles)) > 1 and _can_fork():
        return _extract_in_processes(articles, use_cache, model)
    return _extract_in_stream(articles, use_cache, model)


def _extract_in_stream(
    articles: list[Article], use_cache: bool, model: str
) -> Iterator[tuple[int, Extraction]]:
    """Parse `articles` in one stream and extract each; fall back to one by one if the stream fails."""
    finished: set[int] = set()
    try:
        for index, docs in nlp.parse_many([a.clean for a in articles], model):
            finished.add(index)
            yield index, _extract_one(articles[index], docs, use_cache, model)
    except FactdeckError:
        raise  # the model itself is missing: every article would fail the same way
    except Exception:  # a doc broke the shared stream: parse the rest alone to find the culprit
        for index, article in enumerate(articles):
            if index not in finished:
                yield index, _parse_and_extract(article, use_cache, model)


# The batch forked workers read: inherited at fork, so articles are never pickled to them.
_BATCH: tuple[list[Article], bool, str] = ([], False, nlp.MODEL)


def _extract_in_processes(
    articles: list[Article], use_cache: bool, model: str
) -> Iterator[tuple[int, Extraction]]:
    """Parse and extract in forked workers sharing the loaded model; only facts come back."""
    import multiprocessing

    global _BATCH
    nlp.load(model)  # before the fork: the workers share its memory
    _BATCH = (articles, use_cache, model)
    try:
        with multiprocessing.get_context("fork").Pool(nlp.workers(10**9)) as pool:
            for index, facts, error in pool.imap_unordered(_work, range(len(articles))):
                yield index, Extraction(articles[index], facts, error=error)
    finally:
        _BATCH = ([], False, nlp.MODEL)


def _work(index: int) -> tuple[int, list[Fact], Exception | None]:
    """Extract one article of `_BATCH` in a worker process."""
    articles, use_cache, model = _BATCH
    done = _parse_and_extract(articles[index], use_cache, model)
    error = done.error
    if error is not None:
        try:
            pickle.dumps(error)
        except Exception:
            error = RuntimeError(f"{type(error).__name__}: {error}")
    return index, done.facts, error


def _can_fork() -> bool:
    import multiprocessing

    return "fork" in multiprocessing.get_all_start_methods()


def _parse_and_extract(article: Article, use_cache: bool, model: str) -> Extraction:
    try:
        docs = nlp.parse(article.clean, model)
    except Exception as exc:
        return Extraction(article, [], error=exc)
    return _extract_one(article, docs, use_cache, model)


def _extract_one(
    article: Article, docs: list[tuple[int, Any]], use_cache: bool, model: str
) -> Extraction:
    try:
        facts = extract_parsed(article, docs)
    except Exception as exc:  # one article's failure must not stop the batch
        return Extraction(article, [], error=exc)
    if use_cache:
        cache.put(_key(article, model), {"facts": [f.to_dict() for f in facts]})
    return Extraction(article, facts)


def _key(article: Article, model: str) -> str:
    return cache.cache_key(article.sha256, article.slug, model, nlp.model_version(model))


def _points_into(article: Article, fact: Fact) -> bool:
    """Return whether a fact's offsets give back its sentence in `article` (a cache sanity check)."""
    return (
        0 <= fact.start <= fact.end <= len(article.text)
        and article.text[fact.start : fact.end] == fact.sentence
    )


def _module_rank(fact_type: str) -> int:
    module = _MODULE_OF_TYPE.get(fact_type, fact_type)
    return MODULES.index(module) if module in MODULES else len(MODULES)
