"""Fit the score threshold on judged questions: which cut keeps the good cards and drops the bad.

usage: .venv/bin/python tests/data/judged/calibrate.py [-v] [--kinds] [JUDGED.yaml ...]

With no file it reads every *.yaml beside it (before.yaml, the old code's cards, and after.yaml,
the cards of the code of 2026-12-04). `--kinds` also fits one threshold per question kind and
prints the rates at the kind thresholds factdeck uses (lexicon/score_kind_thresholds.txt).

Each judged question is scored as factdeck scores it now (generators.questions.score: its
template's weight from the bundled templates, its text's signals; a judged file has no fact, so
confidence and story weight are neutral). Good = ok or awkward, bad = wrong or useless. The best
threshold maximises the share of good cards kept minus the share of bad cards kept (Youden's J).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

from generators.questions.score import kind_threshold, score, signals
from generators.questions.templates import load_templates
from generators.records import Question

HERE = Path(__file__).resolve().parent
GOOD = ("ok", "awkward")
BAD = ("wrong", "useless")


def load(paths: list[Path]) -> list[dict[str, Any]]:
    """Return the judged questions of `paths` (default: every *.yaml beside this script)."""
    items: list[dict[str, Any]] = []
    for path in paths or sorted(HERE.glob("*.yaml")):
        items.extend(yaml.safe_load(path.read_text(encoding="utf-8"))["questions"])
    return items


def question_of(item: dict[str, Any]) -> Question:
    """Rebuild the judged question as a record."""
    return Question(
        id=item["qid"],
        fact_id=item.get("fact_id", ""),
        template=item.get("template", ""),
        kind=item["kind"],
        prompt=item["prompt"],
        answer=item["answer"],
        accept=tuple(item.get("accept") or ()),
        choices=tuple(item.get("choices") or ()),
        source=item.get("source", ""),
        fact_type=item.get("fact_type", ""),
    )


def scored(items: list[dict[str, Any]]) -> list[tuple[float, str]]:
    """Return (score, label) of each judged question."""
    weights = {t.id: t.weight for t in load_templates().values()}
    return [
        (score(question_of(i), None, weights.get(i.get("template", ""), 1.0)), i["label"])
        for i in items
    ]


def rates(pairs: list[tuple[float, str]], threshold: float) -> dict[str, float]:
    """Return the shares of good and bad cards kept at `threshold`, and the labels kept."""
    kept = [label for value, label in pairs if value >= threshold]
    good = sum(label in GOOD for _, label in pairs) or 1
    bad = sum(label in BAD for _, label in pairs) or 1
    counts = Counter(kept)
    return {
        "good_kept": sum(counts[g] for g in GOOD) / good,
        "bad_kept": sum(counts[b] for b in BAD) / bad,
        "ok_share_kept": counts["ok"] / (len(kept) or 1),
        "bad_share_kept": sum(counts[b] for b in BAD) / (len(kept) or 1),
        "kept": float(len(kept)),
    }


def best_threshold(pairs: list[tuple[float, str]]) -> float:
    """Return the threshold (a multiple of 0.01) with the largest good-kept minus bad-kept share."""
    candidates = [round(k / 100, 2) for k in range(101)]
    return max(candidates, key=lambda t: (_youden(pairs, t), -t))


def _youden(pairs: list[tuple[float, str]], threshold: float) -> float:
    shares = rates(pairs, threshold)
    return shares["good_kept"] - shares["bad_kept"]


def by_kind(items: list[dict[str, Any]], pairs: list[tuple[float, str]]) -> None:
    """Print, per kind, the labels, the fitted threshold and the rates at the threshold in use."""
    for kind in sorted({i["kind"] for i in items}):
        sub = [p for i, p in zip(items, pairs, strict=True) if i["kind"] == kind]
        labels = Counter(label for _, label in sub)
        best, used = best_threshold(sub), kind_threshold(kind)
        fit, now = rates(sub, best), rates(sub, used)
        print(
            f"  {kind:9} n={len(sub):3} ok {labels['ok']:2} awkward {labels['awkward']:2} "
            f"wrong {labels['wrong']:2} useless {labels['useless']:2} | fitted {best:.2f} "
            f"(J {fit['good_kept'] - fit['bad_kept']:.2f}) | in use {used:.2f}: good kept "
            f"{now['good_kept']:.2f}, bad kept {now['bad_kept']:.2f}, ok kept "
            f"{_ok_kept(sub, used)}/{labels['ok']}"
        )


def rates_in_use(items: list[dict[str, Any]], pairs: list[tuple[float, str]]) -> dict[str, float]:
    """Return the shares kept when each kind is cut at the threshold factdeck uses for it."""
    shifted = [
        (value - kind_threshold(item["kind"]) + 1.0, label)
        for item, (value, label) in zip(items, pairs, strict=True)
    ]
    return rates(shifted, 1.0)


def _ok_kept(pairs: list[tuple[float, str]], threshold: float) -> int:
    return sum(label == "ok" and value >= threshold for value, label in pairs)


def main(argv: list[str]) -> None:
    """Print the fitted threshold, the rates it gives, and the signals of each judged card."""
    items = load([Path(a) for a in argv if not a.startswith("-")])
    pairs = scored(items)
    best = best_threshold(pairs)
    print(f"{len(pairs)} judged questions; best threshold {best:.2f}")
    for threshold in sorted({best, 0.3, 0.4, 0.5}):
        shares = rates(pairs, threshold)
        print(f"  >= {threshold:.2f}: " + ", ".join(f"{k} {v:.2f}" for k, v in shares.items()))
    if "--kinds" in argv:
        by_kind(items, pairs)
        shares = rates_in_use(items, pairs)
        print("  at the kind thresholds: " + ", ".join(f"{k} {v:.2f}" for k, v in shares.items()))
    if "-v" in argv:
        for item, (value, label) in zip(items, pairs, strict=True):
            names = ", ".join(n for n, _ in signals(question_of(item)))
            print(f"{value:.2f} {label:8} {item['qid']} {names}")


if __name__ == "__main__":
    main(sys.argv[1:])
