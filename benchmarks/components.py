"""Which spaCy components can be left out: parsing speed and extracted facts, per choice.

Usage: python benchmarks/components.py [--runs N]

For each set of excluded components, loads the pipeline without them (`generators.extract.pipeline.EXCLUDE`),
parses the 12 corpus articles and the seed (`--runs` times, best time kept) and extracts their
facts, then compares the facts with those of the full pipeline: how many facts differ (added,
lost or changed), per article. A component is worth leaving out only if it is both faster and
changes nothing. Not a test.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = [
    ROOT / "decks" / "otan-irak-2020-02.txt",
    *sorted((ROOT / "tests" / "data" / "corpus").glob("[0-9]*.txt")),
]
CHOICES: list[tuple[str, ...]] = [
    (),
    ("lemmatizer",),
    ("ner",),
    ("morphologizer",),
    ("attribute_ruler", "lemmatizer"),
]


def run(exclude: tuple[str, ...], runs: int) -> tuple[float, dict[str, list[str]]]:
    """Return the best parse time of every article and the facts (as JSON lines) of each."""
    from generators.extract import extract_parsed
    from generators.extract import pipeline as nlp
    from generators.source.article import read_article

    nlp.EXCLUDE = exclude
    nlp.load.cache_clear()
    nlp.load()
    articles = [read_article(path) for path in ARTICLES]
    best = float("inf")
    parsed: list[Any] = []
    for _ in range(runs):
        start = time.perf_counter()
        parsed = [nlp.parse(a.clean) for a in articles]
        best = min(best, time.perf_counter() - start)
    facts = {}
    for article, docs in zip(articles, parsed, strict=True):
        try:
            facts[article.slug] = [
                json.dumps(f.to_dict(), sort_keys=True, ensure_ascii=False)
                for f in extract_parsed(article, docs)
            ]
        except Exception as exc:  # a module that needs the missing component
            facts[article.slug] = [f"ERROR {type(exc).__name__}: {exc}"]
    return best, facts


def main() -> None:
    """Print, for each choice, its speed against the full pipeline and how many facts change."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    words = sum(len(p.read_text(encoding="utf-8").split()) for p in ARTICLES)
    base_time, base = run((), args.runs)
    total = sum(len(v) for v in base.values())
    print(f"{len(ARTICLES)} articles, {words} words, {total} facts with the full pipeline")
    print("| excluded | words/s | speed | facts changed | articles affected |")
    print("|---|---|---|---|---|")
    for exclude in CHOICES:
        elapsed, facts = (base_time, base) if not exclude else run(exclude, args.runs)
        changed = sum(len(set(base[k]) ^ set(facts[k])) for k in base)
        affected = sum(1 for k in base if base[k] != facts[k])
        print(
            f"| {', '.join(exclude) or '(none)'} | {words / elapsed:.0f} | {base_time / elapsed:.2f}× | {changed} | {affected} |",
            flush=True,
        )


if __name__ == "__main__":
    main()
