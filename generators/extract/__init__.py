"""Doc → facts: one module per fact type; spaCy objects never leave this package."""

from __future__ import annotations

import importlib
from collections.abc import Callable

from generators import cache, nlp
from generators.article import Article
from generators.extract.context import Context
from generators.facts import Fact, dedupe_ids, fact_from_dict

# Order matters only for readability of the output; each module is independent.
MODULES = ("quantities", "people", "successions", "leads", "events", "quotes", "acronyms")


def extract_facts(article: Article, *, use_cache: bool = True, model: str = nlp.MODEL) -> list[Fact]:
    """Return the facts of `article`, from the cache when its bytes were already extracted."""
    key = cache.cache_key(article.sha256, article.slug, model, nlp.model_version(model))
    if use_cache:
        cached = cache.get(key)
        if cached is not None:
            return [fact_from_dict(item, "cache") for item in cached["facts"]]
    facts = extract_parsed(article, nlp.parse(article.clean, model))
    if use_cache:
        cache.put(key, {"facts": [f.to_dict() for f in facts]})
    return facts


def extract_parsed(article: Article, docs: list[tuple[int, object]]) -> list[Fact]:
    """Run every fact-type module over already parsed docs (offset, Doc) of `article`."""
    from generators.extract import names

    ctx = Context(article)
    ctx.names = names.index(docs, ctx)
    facts: list[Fact] = []
    for name in MODULES:
        run: Callable[..., list[Fact]] = importlib.import_module(f"generators.extract.{name}").extract
        for offset, doc in docs:
            facts.extend(run(doc, offset, ctx))
    unique = {(f.type, f.id, f.start): f for f in facts}
    ordered = sorted(unique.values(), key=lambda f: (f.start, MODULES.index(_module_of(f.type)) if _module_of(f.type) in MODULES else 99))
    return dedupe_ids(ordered)


def _module_of(fact_type: str) -> str:
    return {
        "quantity": "quantities",
        "person_role": "people",
        "succession": "successions",
        "leads": "leads",
        "event": "events",
        "quote": "quotes",
        "acronym": "acronyms",
    }.get(fact_type, fact_type)
