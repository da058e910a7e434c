"""Doc → facts: the extraction pipeline; spaCy objects never leave this package.

The stages, in order: `pipeline` parses the article (spaCy, sentences), `indexing` builds the
name index (`mentions` → `names`, with `titles`, `roles`, `appositions`, `role_clauses`,
`coreference`), then the extractor of each fact type of `generators.records.TYPES` runs, in
that order (`types/<fact type>.py`, each `extract(doc, offset, ctx) -> list[Fact]`), with the
named passes of `derive` after the type they read. A fact type without an extractor fails loudly.

Two entry points; caching is the caller's (`generators.build.facts`):

- `extract_article(article)`: the facts of one article.
- `extract_many(articles)`: the facts of many articles (e.g. `factdeck build a.yaml b.yaml dir/`),
  parsed in one `nlp.pipe` stream, or, when the batch is long enough to pay for it and the machine
  has two cores, parsed and extracted in two forked workers that share the loaded model (only facts
  travel back). A failure is reported per article and never stops the batch.
"""

from __future__ import annotations

import functools
import importlib
import pickle
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from generators.errors import FactdeckError
from generators.extract import pipeline as nlp
from generators.extract.context import Context
from generators.records import TYPES, Fact, dedupe_ids
from generators.source.article import Article

Extractor = Callable[[Any, int, Context], list[Fact]]


@dataclass(frozen=True)
class Extraction:
    """The facts of one article of a batch, or why it failed."""

    article: Article
    facts: list[Fact]
    error: Exception | None = None
    cached: bool = False  # set by the caller that found the facts in its cache


def extract_article(article: Article, *, model: str = nlp.MODEL) -> list[Fact]:
    """Return the facts of `article` (parses it: loads spaCy on first use)."""
    return extract_parsed(article, nlp.parse(article.clean, model))


def extract_many(
    articles: Iterable[Article],
    *,
    model: str = nlp.MODEL,
    on_error: Callable[[Article, Exception], None] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> list[Extraction]:
    """Return the facts of every article, in order; a failed article gets its `error` set.

    `on_error(article, exc)` is called as each failure happens; `progress(done, total)` after
    each article.
    """
    articles = list(articles)
    results: list[Extraction | None] = [None] * len(articles)
    for done, (index, outcome) in enumerate(_extract_all(articles, model), start=1):
        results[index] = outcome
        if outcome.error is not None and on_error is not None:
            on_error(outcome.article, outcome.error)
        if progress is not None:
            progress(done, len(articles))
    return [result for result in results if result is not None]


def extract_parsed(article: Article, docs: list[tuple[int, Any]]) -> list[Fact]:
    """Run every fact type's extractor over already parsed docs (offset, Doc) of `article`."""
    # The rules load here, not with the package: reading cached facts (the quiz, `build` when
    # up to date) imports `extract.pipeline` for the model's version and nothing of the rules.
    from generators.extract import derive, indexing
    from generators.extract.captions import caption_spans, drop_captions

    ctx = Context(article)
    ctx.names = indexing.index(docs, ctx)
    facts: list[Fact] = []
    for fact_type in TYPES:
        run = extractor(fact_type)
        for offset, doc in docs:
            facts.extend(run(doc, offset, ctx))
        for derived in derive.AFTER.get(fact_type, ()):
            facts.extend(derived(ctx))
    facts = drop_captions(facts, caption_spans(article, docs))
    unique = {(f.type, f.id, f.start): f for f in facts}
    ordered = sorted(unique.values(), key=lambda f: (f.start, _type_rank(f.type)))
    return dedupe_ids(ordered)


@functools.cache
def extractor(fact_type: str) -> Extractor:
    """Return the `extract` of `generators.extract.types.<fact_type>`; fail when there is none."""
    module = importlib.import_module(f"{__name__}.types.{fact_type}")
    run = getattr(module, "extract", None)
    if not callable(run):
        raise TypeError(f"{module.__name__} has no extract(doc, offset, ctx)")
    found: Extractor = run
    return found


def _extract_all(articles: list[Article], model: str) -> Iterable[tuple[int, Extraction]]:
    """Extract `articles`: in two processes when the batch pays for them, else in one stream."""
    if nlp.workers(sum(len(a.clean) for a in articles)) > 1 and _can_fork():
        return _extract_in_processes(articles, model)
    return _extract_in_stream(articles, model)


def _extract_in_stream(articles: list[Article], model: str) -> Iterator[tuple[int, Extraction]]:
    """Parse `articles` in one stream and extract each; fall back to one by one if the stream fails."""
    finished: set[int] = set()
    try:
        for index, docs in nlp.parse_many([a.clean for a in articles], model):
            finished.add(index)
            yield index, _extract_one(articles[index], docs)
    except FactdeckError:
        raise  # the model itself is missing: every article would fail the same way
    except Exception:  # a doc broke the shared stream: parse the rest alone to find the culprit
        for index, article in enumerate(articles):
            if index not in finished:
                yield index, _parse_and_extract(article, model)


# The batch forked workers read: inherited at fork, so articles are never pickled to them.
_BATCH: tuple[list[Article], str] = ([], nlp.MODEL)


def _extract_in_processes(articles: list[Article], model: str) -> Iterator[tuple[int, Extraction]]:
    """Parse and extract in forked workers sharing the loaded model; only facts come back."""
    import multiprocessing

    global _BATCH
    nlp.load(model)  # before the fork: the workers share its memory
    _BATCH = (articles, model)
    try:
        with multiprocessing.get_context("fork").Pool(nlp.workers(10**9)) as pool:
            for index, facts, error in pool.imap_unordered(_work, range(len(articles))):
                yield index, Extraction(articles[index], facts, error=error)
    finally:
        _BATCH = ([], nlp.MODEL)


def _work(index: int) -> tuple[int, list[Fact], Exception | None]:
    """Extract one article of `_BATCH` in a worker process."""
    articles, model = _BATCH
    done = _parse_and_extract(articles[index], model)
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


def _parse_and_extract(article: Article, model: str) -> Extraction:
    try:
        docs = nlp.parse(article.clean, model)
    except Exception as exc:
        return Extraction(article, [], error=exc)
    return _extract_one(article, docs)


def _extract_one(article: Article, docs: list[tuple[int, Any]]) -> Extraction:
    try:
        facts = extract_parsed(article, docs)
    except Exception as exc:  # one article's failure must not stop the batch
        return Extraction(article, [], error=exc)
    return Extraction(article, facts)


def _type_rank(fact_type: str) -> int:
    """Return the place of `fact_type` in TYPES (facts of one sentence come out in that order)."""
    return _RANKS.get(fact_type, len(_RANKS))


_RANKS = {name: rank for rank, name in enumerate(TYPES)}
