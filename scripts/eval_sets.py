"""Score this checkout's extraction on labelled sets, per set and fact type; list misses.

Development tool (not part of the package): it loads the model once, extracts every article a gold
file names (same stem, looked up in the --articles folders), caches the facts as JSON in --out, and
scores them with the project's strict scorer (tests/scoring.py).

    python scripts/eval_sets.py --out /tmp/pred tests/data/wikinews-gold-l tests/data/wikinews-gold-m
    python scripts/eval_sets.py --out /tmp/pred --misses quote tests/data/wikinews-gold-m
    python scripts/eval_sets.py --out /tmp/pred --articles /elsewhere/texts /elsewhere/gold

A fresh --out folder scores the code as it is; a reused one rescores the cached facts (to compare two
checkouts, give each its own folder). --json prints the scores as JSON.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import scoring  # noqa: E402

DEFAULT_FOLDERS = [
    ROOT / "tests/data/wikinews",
    ROOT / "tests/data/corpus",
    ROOT / "tests/data/invented",
]
SEED_ARTICLE = (
    "decks/otan-irak-2020-02.txt"  # the bundled article, gold in tests/data/seed-gold.yaml
)


def _gold_files(target: Path) -> list[Path]:
    if target.is_dir():
        return sorted(target.glob("*.yaml"))
    return [target]


def _article(stem: str, folders: list[Path]) -> Path:
    for folder in folders:
        for suffix in (".txt", ".md", ".html"):
            path = folder / f"{stem}{suffix}"
            if path.exists():
                return path
    raise SystemExit(f"error: no article {stem}.txt in {', '.join(map(str, folders))}")


class _Extractor:
    def __init__(self) -> None:
        self._run: Any = None

    def __call__(self, path: Path) -> list[dict[str, Any]]:
        if self._run is None:
            from generators.extract import extract_parsed
            from generators.extract import pipeline as nlp_module
            from generators.source.article import read_article

            def run(p: Path) -> list[dict[str, Any]]:
                article = read_article(p)
                return [
                    f.to_dict() for f in extract_parsed(article, nlp_module.parse(article.clean))
                ]

            self._run = run
        result: list[dict[str, Any]] = self._run(path)
        return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="+", type=Path, help="gold folders or gold YAML files")
    parser.add_argument("--out", type=Path, required=True, help="folder caching predicted facts")
    parser.add_argument(
        "--articles",
        type=Path,
        action="append",
        default=[],
        help="folder of articles (also searched: tests/data/{wikinews,corpus,invented}, the gold folder)",
    )
    parser.add_argument("--misses", metavar="TYPE", help="list missed and wrong facts of TYPE")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    extract = _Extractor()
    pooled: list[tuple[list[dict[str, Any]], list[dict[str, Any]]]] = []
    report: dict[str, Any] = {}
    for target in args.sets:
        folders = [*args.articles, *DEFAULT_FOLDERS, target if target.is_dir() else target.parent]
        pairs = []
        for gold_path in _gold_files(target):
            gold = list(yaml.safe_load(gold_path.read_text(encoding="utf-8")) or [])
            cache = args.out / f"{gold_path.stem}.json"
            if cache.exists():
                predicted = json.loads(cache.read_text(encoding="utf-8"))
            else:
                article = ROOT / SEED_ARTICLE if gold_path.name == "seed-gold.yaml" else None
                predicted = extract(article or _article(gold_path.stem, folders))
                cache.write_text(
                    json.dumps(predicted, ensure_ascii=False, indent=1), encoding="utf-8"
                )
            pairs.append((gold, predicted))
            if args.misses:
                _print_misses(gold_path.stem, gold, predicted, args.misses)
        pooled.extend(pairs)
        report[str(target)] = scoring.score(pairs)
    if len(args.sets) > 1:
        report["pooled"] = scoring.score(pooled)
    if args.json:
        print(
            json.dumps({k: {t: vars(c) for t, c in v.items()} for k, v in report.items()}, indent=1)
        )
        return 0
    for name, totals in report.items():
        print(f"== {name}")
        print(scoring.table(totals))
    return 0


def _print_misses(
    stem: str, gold: list[dict[str, Any]], predicted: list[dict[str, Any]], kind: str
) -> None:
    used: set[int] = set()
    wrong = []
    for p in predicted:
        if p.get("type") != kind:
            continue
        hit = scoring._best_match(p, gold, used, True)
        if hit is None:
            wrong.append(p)
        else:
            used.add(hit)
    missed = [
        g
        for i, g in enumerate(gold)
        if g["type"] == kind and i not in used and not g.get("optional")
    ]
    for g in missed:
        print(f"MISS {stem}: {_brief(g)}")
    for p in wrong:
        print(f"WRONG {stem}: {_brief(p)}")


def _brief(fact: dict[str, Any]) -> str:
    keep = {
        k: v
        for k, v in fact.items()
        if k not in ("id", "type", "sentence", "confidence", "offsets", "span")
    }
    sentence = str(fact.get("sentence", ""))[:160]
    return f"{json.dumps(keep, ensure_ascii=False)}\n      « {sentence} »"


if __name__ == "__main__":
    raise SystemExit(main())
