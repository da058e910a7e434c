"""Blind judging of questions: build a packet mixing the decks of several checkouts, then tally labels.

Development tool (not part of the package); the judge's instructions are in scripts/judging.md.

    # decks of two checkouts on the same articles, mixed, identical cards once, shuffled:
    python scripts/judge_packet.py make /tmp/packet --articles DIR start=/work/old now=/work/main
    # the judge writes /tmp/packet/labels.yaml (scripts/judging.md); then, per deck:
    python scripts/judge_packet.py tally /tmp/packet /tmp/packet/labels.yaml --write tests/data/judged/sessionN

Each checkout makes its default deck (`factdeck questions --no-cache`) with its own code
(PYTHONPATH), one process per article.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import yaml

LABELS = ("ok", "awkward", "wrong", "useless")


def _deck(code: Path, article: Path) -> list[dict[str, Any]]:
    env = {**os.environ, "PYTHONPATH": str(code)}
    done = subprocess.run(
        [sys.executable, "-m", "generators", "questions", "--no-cache", str(article)],
        env=env,
        cwd=code,  # `python -m` puts the working folder first on sys.path, before PYTHONPATH
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"error: {code} failed on {article.name}: {done.stderr.strip()[-300:]}")
    questions: list[dict[str, Any]] = json.loads(done.stdout)
    return questions


def _revision(code: Path) -> str:
    """Return `code`'s checkout as « path @ short commit » (the commit, when it is a git checkout)."""
    done = subprocess.run(
        ["git", "-C", str(code), "rev-parse", "--short", "HEAD"],
        capture_output=True,
        text=True,
        check=False,
    )
    return f"{code} @ {done.stdout.strip()}" if done.returncode == 0 else str(code)


def _card_key(q: dict[str, Any]) -> str:
    return json.dumps(
        [q["kind"], q["prompt"], q["answer"], sorted(q.get("choices") or [])], ensure_ascii=False
    )


def make(out: Path, articles_dir: Path, decks: list[str], seed: int) -> None:
    out.mkdir(parents=True, exist_ok=True)
    codes = {name: _revision(Path(path)) for name, path in (d.split("=", 1) for d in decks)}
    paths = dict(d.split("=", 1) for d in decks)
    articles = sorted(articles_dir.glob("*.txt"))
    rng = random.Random(seed)
    mapping: dict[str, dict[str, Any]] = {}
    per_deck: dict[str, dict[str, list[dict[str, Any]]]] = {name: {} for name in codes}
    lines_articles, lines_cards = ["# Articles\n"], ["# Cards\n"]
    for article in articles:
        num = article.name.split("_", 1)[0]
        cards: dict[str, dict[str, Any]] = {}
        for name in codes:
            deck = _deck(Path(paths[name]), article)
            per_deck[name][article.name] = deck
            for q in deck:
                entry = cards.setdefault(_card_key(q), {"question": q, "decks": []})
                entry["decks"].append(name)
        order = list(cards.values())
        rng.shuffle(order)
        lines_articles += [
            f"\n## Article {num} ({article.name})\n",
            article.read_text(encoding="utf-8"),
        ]
        lines_cards.append(f"\n## Article {num} ({article.name})\n")
        for i, entry in enumerate(order, 1):
            cid = f"{num}-{i:03d}"
            q = entry["question"]
            mapping[cid] = {"article": article.name, **entry}
            lines_cards.append(f"\n### {cid} ({q['kind']})\n\nQ: {q['prompt']}\n")
            if q.get("choices"):
                lines_cards += [f"- {c}" for c in q["choices"]]
                lines_cards.append("")
            lines_cards.append(f"A: {q['answer']}\n\nSource: {q.get('source', '')}\n")
    (out / "articles.md").write_text("\n".join(lines_articles), encoding="utf-8")
    (out / "cards.md").write_text("\n".join(lines_cards), encoding="utf-8")
    (out / "mapping.json").write_text(
        json.dumps(mapping, ensure_ascii=False, indent=1), encoding="utf-8"
    )
    (out / "decks.json").write_text(
        json.dumps({"codes": codes, "decks": per_deck}, ensure_ascii=False), encoding="utf-8"
    )
    counts = {name: sum(len(v) for v in d.values()) for name, d in per_deck.items()}
    print(f"{len(articles)} articles, {len(mapping)} distinct cards; per deck: {counts}")


def tally(packet: Path, labels_path: Path, write: Path | None) -> None:
    mapping = json.loads((packet / "mapping.json").read_text(encoding="utf-8"))
    codes = json.loads((packet / "decks.json").read_text(encoding="utf-8"))["codes"]
    judged = yaml.safe_load(labels_path.read_text(encoding="utf-8"))
    label_of: dict[str, dict[str, str]] = {}
    keys: dict[str, list[dict[str, Any]]] = {}
    for art in judged:
        keys[art["article"]] = art.get("key_facts") or []
        for card in art.get("cards") or []:
            label_of[str(card["id"])] = card
    missing = sorted(set(mapping) - set(label_of))
    if missing:
        print(f"warning: {len(missing)} cards without a label: {', '.join(missing[:10])}")
    for name in codes:
        rates: Counter[str] = Counter()
        by_kind: dict[str, Counter[str]] = defaultdict(Counter)
        by_type: dict[str, Counter[str]] = defaultdict(Counter)
        ids = [cid for cid, m in mapping.items() if name in m["decks"] and cid in label_of]
        for cid in ids:
            label, q = label_of[cid]["label"], mapping[cid]["question"]
            rates[label] += 1
            by_kind[q["kind"]][label] += 1
            by_type[q["fact_type"]][label] += 1
        asked = total_keys = 0
        for facts in keys.values():
            for fact in facts:
                total_keys += 1
                asked += any(
                    name in mapping.get(str(c), {}).get("decks", [])
                    for c in fact.get("asked_by") or []
                )
        n = len(ids) or 1
        arts = len({mapping[c]["article"] for c in mapping})
        print(
            f"== {name} ({codes[name]}): {len(ids)} cards, {len(ids) / max(arts, 1):.2f} per article"
        )
        print(
            "   "
            + ", ".join(f"{lab} {rates[lab]} ({100 * rates[lab] / n:.0f} %)" for lab in LABELS)
        )
        print(f"   key facts asked {asked} / {total_keys}")
        for title, table in (("kind", by_kind), ("fact type", by_type)):
            for k, c in sorted(table.items()):
                print(f"   {title} {k}: " + "/".join(str(c[lab]) for lab in LABELS))
        if write:
            _write(write, packet.name, name, codes[name], ids, mapping, label_of, keys)


def _write(
    folder: Path,
    packet: str,
    name: str,
    code: str,
    ids: list[str],
    mapping: dict[str, Any],
    label_of: dict[str, Any],
    keys: dict[str, list[dict[str, Any]]],
) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    coverage = [
        {
            "article": article,
            "key_facts": [
                {
                    "fact": f["fact"],
                    "asked": any(
                        name in mapping.get(str(c), {}).get("decks", [])
                        for c in f.get("asked_by") or []
                    ),
                }
                for f in facts
            ],
        }
        for article, facts in keys.items()
    ]
    questions = []
    for cid in ids:
        q = mapping[cid]["question"]
        questions.append(
            {
                "qid": cid,
                "article": mapping[cid]["article"],
                "kind": q["kind"],
                "template": q["template"],
                "fact_type": q["fact_type"],
                "score": q.get("score"),
                "prompt": q["prompt"],
                "answer": q["answer"],
                "choices": q.get("choices") or [],
                "source": q.get("source", ""),
                "label": label_of[cid]["label"],
                "why": label_of[cid].get("why", ""),
            }
        )
    data = {
        "code": code,
        "judge": "blind French teacher, first look",
        "coverage": coverage,
        "questions": questions,
    }
    path = folder / f"{packet}-{name}.yaml"
    path.write_text(
        yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100), encoding="utf-8"
    )
    print(f"   wrote {path}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p_make = sub.add_parser("make", help="build a packet")
    p_make.add_argument("out", type=Path)
    p_make.add_argument("--articles", type=Path, required=True)
    p_make.add_argument("--seed", type=int, default=17)
    p_make.add_argument("decks", nargs="+", help="NAME=CHECKOUT")
    p_tally = sub.add_parser("tally", help="rates per deck from a judge's labels")
    p_tally.add_argument("packet", type=Path)
    p_tally.add_argument("labels", type=Path)
    p_tally.add_argument("--write", type=Path, help="folder for one judged YAML per deck")
    args = parser.parse_args()
    if args.command == "make":
        make(args.out, args.articles, args.decks, args.seed)
    else:
        tally(args.packet, args.labels, args.write)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
