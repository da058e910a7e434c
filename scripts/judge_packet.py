"""Blind judging of questions: build a packet mixing the decks of several checkouts, then tally labels.

Development tool (not part of the package); the judge's instructions are in scripts/judging.md.

    # decks of two checkouts on the same articles, mixed, identical cards once, shuffled:
    python scripts/judge_packet.py make /tmp/packet --articles DIR start=/work/old now=/work/main
    # the judge writes /tmp/packet/labels.yaml (scripts/judging.md); then, per deck:
    python scripts/judge_packet.py tally /tmp/packet /tmp/packet/labels.yaml --write tests/data/judged/sessionN

    # every question a checkout makes (`--all`), beside its default deck:
    python scripts/judge_packet.py make /tmp/p1 --articles DIR start=/work/old startall=/work/old:all
    # a second round: cards judged in /tmp/p1 keep their labels (p2/prelabels.yaml, with the key
    # facts written there); the new judge sees only the new cards
    python scripts/judge_packet.py make /tmp/p2 --articles DIR --prelabelled /tmp/p1=/tmp/p1/labels.yaml \
        start=/work/old startall=/work/old:all end=. endall=.:all
    python scripts/judge_packet.py tally /tmp/p2 /tmp/p2/labels.yaml     # merges prelabels.yaml

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


def _deck(code: Path, article: Path, every: bool = False) -> list[dict[str, Any]]:
    """The questions `code` makes of `article`: its default deck, or all of them (`every`)."""
    env = {**os.environ, "PYTHONPATH": str(code)}
    command = [sys.executable, "-m", "generators", "questions", "--no-cache", str(article)]
    done = subprocess.run(
        command + (["--all"] if every else []),
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


def _spec(deck: str) -> tuple[str, Path, bool]:
    """`NAME=CHECKOUT` (its default deck) or `NAME=CHECKOUT:all` (every question it makes)."""
    name, _, path = deck.partition("=")
    every = path.endswith(":all")
    return name, Path(path.removesuffix(":all")), every


Known = dict[tuple[str, str], dict[str, Any]]
KeyFacts = dict[str, list[tuple[str, list[str]]]]


def _known(prelabelled: list[str]) -> tuple[Known, KeyFacts]:
    """Labels already given in earlier packets (`PACKET=LABELS`), by (article, card), and each
    article's key facts with the cards (by content) that asked them."""
    known: Known = {}
    key_facts: KeyFacts = defaultdict(list)
    for spec in prelabelled:
        packet, _, labels = spec.partition("=")
        mapping = json.loads((Path(packet) / "mapping.json").read_text(encoding="utf-8"))
        for art in yaml.safe_load(Path(labels).read_text(encoding="utf-8")):
            for card in art.get("cards") or []:
                entry = mapping.get(str(card["id"]))
                if entry:
                    known[(entry["article"], _card_key(entry["question"]))] = card
            for fact in art.get("key_facts") or []:
                asked = [str(c) for c in fact.get("asked_by") or [] if str(c) in mapping]
                cards = [_card_key(mapping[c]["question"]) for c in asked]
                key_facts[art["article"]].append((fact["fact"], cards))
    return known, key_facts


def make(
    out: Path, articles_dir: Path, decks: list[str], seed: int, prelabelled: list[str]
) -> None:
    out.mkdir(parents=True, exist_ok=True)
    specs = [_spec(d) for d in decks]
    codes = {name: _revision(path) + (" --all" if every else "") for name, path, every in specs}
    known, old_keys = _known(prelabelled)
    carried: dict[str, list[dict[str, Any]]] = defaultdict(list)
    id_of: dict[tuple[str, str], str] = {}
    articles = sorted(articles_dir.glob("*.txt"))
    rng = random.Random(seed)
    mapping: dict[str, dict[str, Any]] = {}
    per_deck: dict[str, dict[str, list[dict[str, Any]]]] = {name: {} for name in codes}
    lines_articles, lines_cards = ["# Articles\n"], ["# Cards\n"]
    for article in articles:
        num = article.name.split("_", 1)[0]
        cards: dict[str, dict[str, Any]] = {}
        for name, path, every in specs:
            deck = _deck(path, article, every)
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
            id_of[(article.name, _card_key(q))] = cid
            old = known.get((article.name, _card_key(q)))
            if old is not None:  # judged in an earlier packet: its label comes along, unshown
                carried[article.name].append({**old, "id": cid})
                continue
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
    if known:
        prelabels = [
            {
                "article": a.name,
                "key_facts": [
                    {
                        "fact": text,
                        "asked_by": [id_of[(a.name, k)] for k in keys if (a.name, k) in id_of],
                    }
                    for text, keys in old_keys.get(a.name, [])
                ],
                "cards": carried.get(a.name, []),
            }
            for a in articles
        ]
        (out / "prelabels.yaml").write_text(
            yaml.safe_dump(prelabels, allow_unicode=True, sort_keys=False), encoding="utf-8"
        )
    counts = {name: sum(len(v) for v in d.values()) for name, d in per_deck.items()}
    shown = len(mapping) - sum(len(c) for c in carried.values())
    print(f"{len(articles)} articles, {len(mapping)} distinct cards ({shown} to judge); {counts}")


def _key_facts(judged: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Each article's key facts, the cards asking them merged over several label files (by text)."""
    keys: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    for art in judged:
        for fact in art.get("key_facts") or []:
            entry = keys[art["article"]].setdefault(fact["fact"], {"fact": fact["fact"]})
            entry["asked_by"] = [*entry.get("asked_by", []), *(fact.get("asked_by") or [])]
    return {article: list(facts.values()) for article, facts in keys.items()}


def tally(packet: Path, labels_paths: list[Path], write: Path | None) -> None:
    mapping = json.loads((packet / "mapping.json").read_text(encoding="utf-8"))
    codes = json.loads((packet / "decks.json").read_text(encoding="utf-8"))["codes"]
    prelabels = packet / "prelabels.yaml"
    judged: list[dict[str, Any]] = []
    for path in [*labels_paths, *([prelabels] if prelabels.exists() else [])]:
        judged += yaml.safe_load(path.read_text(encoding="utf-8")) or []
    label_of = {str(card["id"]): card for art in judged for card in art.get("cards") or []}
    keys = _key_facts(judged)
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
    p_make.add_argument(
        "--prelabelled",
        action="append",
        default=[],
        metavar="PACKET=LABELS",
        help="carry the labels of cards judged in an earlier packet; only new cards are shown",
    )
    p_make.add_argument("decks", nargs="+", help="NAME=CHECKOUT, or NAME=CHECKOUT:all (--all)")
    p_tally = sub.add_parser("tally", help="rates per deck from a judge's labels")
    p_tally.add_argument("packet", type=Path)
    p_tally.add_argument("labels", type=Path, nargs="+", help="label files (merged)")
    p_tally.add_argument("--write", type=Path, help="folder for one judged YAML per deck")
    args = parser.parse_args()
    if args.command == "make":
        make(args.out, args.articles, args.decks, args.seed, args.prelabelled)
    else:
        tally(args.packet, args.labels, args.write)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
