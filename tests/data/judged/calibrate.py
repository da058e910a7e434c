"""Fit the score threshold on judged questions: which cut keeps the good cards and drops the bad.

usage: .venv/bin/python tests/data/judged/calibrate.py [-v] [--kinds] [--deck [--corpus DIR]]
       [JUDGED.yaml ...]

With no file it reads every *.yaml beside it (before.yaml, the old code's cards, and after.yaml,
the cards of the code of 2026-12-04). `--kinds` also fits one threshold per question kind and
prints the rates at the kind thresholds factdeck uses (lexicon/score_kind_thresholds.txt).
`--deck` runs each file's cards through the whole selection, article by article: the quality
filter (generators.questions.quality.problem, with an index of no facts), the score threshold
and the budget (generators.questions.budget.keep_best: one card per figure or date, list
sentences, a year of the title); with `--corpus DIR` (the folder of the judged articles) it
also reads each article's title and length, and prints the labels kept at several caps of
cards per words (a judged file holds a sample of each deck, so the cap is scaled by the sample's
share of the deck, the deck's size read from the cards' numbers). It prints, per file, the labels each stage drops and the labels kept.

Each judged question is scored as factdeck scores it now (generators.questions.score: its
template's weight from the bundled templates, its text's signals; a judged file has no fact, so
confidence and story weight are neutral). Good = ok or awkward, bad = wrong or useless. The best
threshold maximises the share of good cards kept minus the share of bad cards kept (Youden's J).
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

import yaml

from generators.questions import budget
from generators.questions.budget import ArticleShape, keep_best
from generators.questions.index import ArticleIndex
from generators.questions.quality import Rejection, problem
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
        fact_id=item.get("fact_id") or item["qid"],  # no fact: each card its own
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
    weights = template_weights()
    return [(score(question_of(i), None, weight(weights, i)), i["label"]) for i in items]


def template_weights() -> dict[str, float]:
    """Return the bundled templates' weights by id."""
    return {t.id: t.weight for t in load_templates().values()}


def weight(weights: dict[str, float], item: dict[str, Any]) -> float:
    """Return a judged card's template weight: 0 for a template no longer bundled (its card is
    not made any more), 1 for a card that names none."""
    template = item.get("template", "")
    return weights.get(template, 0.0 if template else 1.0)


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


def deck_stages(
    items: list[dict[str, Any]], corpus: Path | None, per_card: int | None = None
) -> dict[str, Counter[str]]:
    """Return the labels each selection stage drops, and those kept, over the judged articles."""
    weights = template_weights()
    stages: dict[str, Counter[str]] = {
        s: Counter() for s in ("quality", "score", "budget", "cap", "kept")
    }
    articles: dict[str, list[dict[str, Any]]] = {}
    for item in items:
        articles.setdefault(item["article"], []).append(item)
    for name, group in articles.items():
        title, words = _article(corpus, name)
        index = ArticleIndex.build([], {"title": title})
        labels = {i["qid"]: i["label"] for i in group}
        ready: list[Question] = []
        for item in group:
            question = question_of(item)
            if problem(question, index):
                stages["quality"][item["label"]] += 1
                continue
            value = score(question, None, weight(weights, item))
            ready.append(replace(question, score=value))
        # a judged file holds a sample of each deck: the cap is scaled to the sample's share
        share = len(group) / (1 + max(int(i["qid"].rsplit("-", 1)[1]) for i in group))
        sample_words = round(words * share) if per_card is not None else 0
        shape = ArticleShape(title=title, words=sample_words)
        kept, dropped = _keep(ready, shape, per_card)
        for rejection in dropped:
            reason = rejection.reason
            stage = (
                "cap" if "cap of" in reason else "score" if reason.startswith("score") else "budget"
            )
            stages[stage][labels[rejection.question.id]] += 1
        stages["kept"].update(labels[q.id] for q in kept)
    return stages


def _keep(
    ready: list[Question], shape: ArticleShape, per_card: int | None
) -> tuple[list[Question], list[Rejection]]:
    """Run the budget with `per_card` words per card (None: no cap)."""
    saved = budget.WORDS_PER_CARD
    budget.WORDS_PER_CARD = per_card or saved
    try:
        return keep_best(ready, shape=shape)
    finally:
        budget.WORDS_PER_CARD = saved


def _article(corpus: Path | None, name: str) -> tuple[str, int]:
    """Return the title and the body's length in words of a judged article (from `corpus`)."""
    if corpus is None or not (corpus / name).is_file():
        return "", 0
    lines = (corpus / name).read_text(encoding="utf-8").splitlines()
    body = [line for line in lines[1:] if not line.startswith("source:")]
    return lines[0], len(" ".join(body).split())


def print_deck(items: list[dict[str, Any]], corpus: Path | None) -> None:
    """Print, for each cap, the labels dropped by each stage and the labels kept."""
    caps: list[int | None] = [None] if corpus is None else [None, 40, 50, 60, 80]
    for per_card in caps:
        stages = deck_stages(items, corpus, per_card)
        kept = stages["kept"]
        total = sum(kept.values()) or 1
        head = "no cap" if per_card is None else f"one card per {per_card} words"
        print(f"  {head}: kept {sum(kept.values())}: " + _shares(kept, total))
        for stage in ("quality", "score", "budget", "cap"):
            if stages[stage]:
                print(f"    dropped by {stage}: " + _shares(stages[stage], None))


def _shares(labels: Counter[str], total: int | None) -> str:
    order = ("ok", "awkward", "wrong", "useless")
    if total is None:
        return ", ".join(f"{label} {labels[label]}" for label in order)
    return ", ".join(f"{label} {labels[label]} ({labels[label] / total:.0%})" for label in order)


CURRENT_JUDGING = 19  # sessionNN folders from this one on: judged under scripts/judging.md


def template_counts() -> dict[str, list[int]]:
    """Count each template's labels over every judged file below this folder, each card once (the
    same card in a start and an end packet is one judgment), then over the files judged under the
    current instructions (session folders from CURRENT_JUDGING on): lexicon
    score_template_judgements, eight counts per template. A card marked `superseded` (a wrong
    fact since fixed, the current code makes no such card: tests/test_s28_cards.py checks it) is
    not held against its template."""
    seen: dict[tuple[str, str, str, str], str] = {}
    current: dict[tuple[str, str, str, str], str] = {}
    for path in sorted(HERE.rglob("*.yaml")):
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError:
            continue  # an early round's file that does not parse (key_facts.py skips it too)
        session = re.fullmatch(r"session(\d+)", path.parent.name)
        for item in data.get("questions", []) if isinstance(data, dict) else []:
            key = (
                item.get("article", ""),
                item.get("template", ""),
                item["prompt"],
                item["answer"],
            )
            if item.get("superseded"):
                continue  # a card the current code no longer makes (its fact was wrong, fixed)
            if item.get("template") and item.get("label") in (*GOOD, *BAD):
                seen.setdefault(key, item["label"])
                if session and int(session.group(1)) >= CURRENT_JUDGING:
                    current.setdefault(key, item["label"])
    counts: dict[str, list[int]] = {}
    for offset, judged in ((0, seen), (4, current)):
        for (_, template, _, _), label in judged.items():
            counts.setdefault(template, [0] * 8)[offset + (*GOOD, *BAD).index(label)] += 1
    return dict(sorted(counts.items()))


def main(argv: list[str]) -> None:
    """Print the fitted threshold, the rates it gives, and the signals of each judged card."""
    if "--templates" in argv:  # the table of lexicon/score_template_judgements.txt
        for template, counts in template_counts().items():
            if sum(counts[:4]) >= 3:
                print(template, *counts)
        return
    corpus = Path(argv[argv.index("--corpus") + 1]) if "--corpus" in argv else None
    files = [Path(a) for a in argv if a.endswith(".yaml")]
    if "--deck" in argv:
        for path in files or sorted(HERE.glob("*.yaml")):
            print(f"{path.name}:")
            print_deck(load([path]), corpus)
        return
    items = load(files)
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
