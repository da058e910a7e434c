"""How many of the judges' key facts a default deck asks: decks of the judged articles, matched.

Development tool (not part of the package). The blind judges of tests/data/judged/ wrote, for each
article, its five key facts and whether a card asked them. This script builds today's default deck
of those articles (in one process) and matches each key fact to the deck's cards by their answers:
a card asks a key fact when its answer's words are in the fact's text and the card shares two more
words of the fact (its prompt or its sentence; one for a figure), or when its prompt and answer say most of the fact. The match is a rough stand-in for a judge; `check`
measures it against the judges' own flags on the cards they judged.

    python scripts/key_facts.py dump /tmp/decks.json            # build the decks (with --explain)
    python scripts/key_facts.py count /tmp/decks.json [-v]     # key facts asked, cards per article
    python scripts/key_facts.py check                          # the matcher against the judges
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
JUDGED = ROOT / "tests" / "data" / "judged"
ARTICLES = ROOT / "tests" / "data" / "wikinews"
# One judged file per article set: the latest judging of each set (J11-round1 does not parse).
LATEST = (
    "session12/J3-start.yaml",
    "session12/J4-end.yaml",
    "session12/J5-end.yaml",
    "session14/J6-end.yaml",
    "session14/J7-s13-end.yaml",
    "session15/J10-KL-roundB.yaml",
    "session15/J8-L-roundA.yaml",
    "session15/J9-M-roundB.yaml",
    "session17/J12-final.yaml",
    "session19/packet-Sa-start.yaml",
    "session19/packet-Sb-start.yaml",
    "session20/packet-Ta-start.yaml",
    "session20/packet-Tb-start.yaml",
    "session20/packet-Ua-end.yaml",
    "session20/packet-Ub-end.yaml",
    "session20/packet-Va-end.yaml",
    "session20/packet-Vb-end.yaml",
    "session21/packet-Xa-end.yaml",
    "session21/packet-Xb-end.yaml",
    "session21/packet-Ya-end.yaml",
    "session21/packet-Yb1-end.yaml",
    "session21/packet-Yb2-end.yaml",
    "session22/packet-Za-start.yaml",
    "session22/packet-Zb-start.yaml",
    "session22/packet-Z2a-end.yaml",
    "session22/packet-Z2b-end.yaml",
    "session22/packet-Z3a-end.yaml",
    "session22/packet-Z3b-end.yaml",
)
_STOP = frozenset(
    [
        "les",
        "des",
        "une",
        "dans",
        "pour",
        "par",
        "sur",
        "avec",
        "qui",
        "que",
        "est",
        "sont",
        "ont",
        "été",
        "aux",
        "son",
        "ses",
        "leur",
        "leurs",
        "cette",
        "ces",
        "aussi",
        "plus",
        "mais",
        "elle",
        "ils",
        "elles",
        "lui",
        "pas",
        "ont",
        "avait",
        "avoir",
        "être",
        "fait",
        "entre",
        "après",
        "avant",
        "selon",
        "dont",
        "comme",
        "tout",
        "tous",
        "très",
    ]
)


def key_facts() -> dict[str, list[dict[str, Any]]]:
    """Return each judged article's key facts (from its latest judging), by the name of its file
    in tests/data/wikinews (an article judged under an older number is found by its slug and one
    of its cards' sentences; one whose text is not stored is left out)."""
    found: dict[str, list[dict[str, Any]]] = {}
    for name in reversed(LATEST):
        data = yaml.safe_load((JUDGED / name).read_text(encoding="utf-8"))
        sources: dict[str, list[str]] = {}
        for q in data.get("questions") or []:
            sources.setdefault(q["article"], []).append(" ".join(str(q["source"]).split())[:50])
        for entry in data.get("coverage") or []:
            article = _stored(entry["article"], sources.get(entry["article"], []))
            if article:
                found.setdefault(article, entry.get("key_facts") or [])
    return found


def _stored(name: str, sources: list[str]) -> str:
    """Return the file of a judged article: its own name, else a file of the same slug that holds
    one of its cards' sentences ('' if none)."""
    if (ARTICLES / name).exists():
        return name
    for path in ARTICLES.glob(f"*_{name.split('_', 1)[1]}"):
        text = " ".join(path.read_text(encoding="utf-8").split())
        if any(s and s in text for s in sources):
            return path.name
    return ""


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.replace("’", "'")).encode("ascii", "ignore")
    return text.decode().lower()


def _words(text: str) -> list[str]:
    """Return the content words of a text, folded, number words as digits."""
    from generators.french.numbers import parse_words

    words = []
    folded = re.sub(r"(?<=\d)[ \u00a0\u202f.](?=\d{3}\b)", "", _fold(text))
    for word in re.findall(r"[a-z0-9]+(?:,\d+)?", folded):
        value = parse_words(word) if word.isalpha() else None
        if value is not None and word not in ("un", "une"):
            words.append(str(int(value)) if value == int(value) else str(value))
        elif word.isdigit() or (len(word) > 2 and word not in _STOP):
            words.append(word)
    return words


def _has(word: str, bag: set[str]) -> bool:
    """Tell a word (or its stem: plural, feminine, conjugation) in a bag of words."""
    if word in bag:
        return True
    if word.isdigit() or len(word) < 5:
        return False
    return any(len(w) >= 5 and w[:5] == word[:5] for w in bag)


def asks(card: dict[str, Any], fact: str) -> bool:
    """Tell whether a card asks a key fact: its answer in the fact, and two more shared words."""
    bag = set(_words(fact))
    answer = _words(str(card.get("answer") or ""))
    asked = set(_words(f"{card.get('prompt', '')} {card.get('answer', '')}"))
    if len(bag) >= 2 and sum(_has(w, asked) for w in bag) >= max(2, 0.6 * len(bag)):
        return True  # the card says most of the fact (« Qui a été remplacé par X ? »)
    if not answer or not all(_has(w, bag) for w in answer):
        return False
    shown = set(_words(f"{card.get('prompt', '')} {card.get('source', '')}")) - set(answer)
    rest = bag - set(answer)
    figure = all(w.isdigit() for w in answer) and not re.fullmatch(r"(?:1[5-9]|20)\d\d", answer[0])
    return sum(_has(w, shown) for w in rest) >= min(1 if figure else 2, len(rest))


def dump(out: Path, names: list[str]) -> None:
    """Build the default deck of each judged article; write kept and dropped cards as JSON."""
    sys.path.insert(0, str(ROOT))
    from generators.build.compose import explain, load

    decks: dict[str, Any] = {}
    articles = names or sorted(key_facts())
    for name in articles:
        source = load(ARTICLES / name)
        result = explain(source)
        decks[name] = {
            "words": len(source.article.clean.split()) if source.article else 0,
            "kept": [_card(q) for q in result.kept],
            "dropped": [{**_card(r.question), "why": r.reason} for r in result.rejected],
            "facts": [
                {
                    "id": f.id,
                    "type": f.type,
                    "sentence": f.sentence,
                    "start": f.start,
                    **dict(f.fields),
                }
                for f in source.facts or []
            ],
        }
        print(f"{name}: {len(result.kept)} cards", file=sys.stderr)
    out.write_text(json.dumps(decks, ensure_ascii=False, indent=1, default=str), encoding="utf-8")


def _card(q: Any) -> dict[str, Any]:
    return {
        "id": q.id,
        "fact_id": q.fact_id,
        "kind": q.kind,
        "template": q.template,
        "fact_type": q.fact_type,
        "score": q.score,
        "prompt": q.prompt,
        "answer": q.answer,
        "source": q.source,
    }


def count(path: Path, verbose: bool) -> None:
    """Print the key facts the dumped decks ask, and their cards per article."""
    decks = json.loads(path.read_text(encoding="utf-8"))
    keys = key_facts()
    asked = total = cards = english = 0
    for name, deck in decks.items():
        cards += len(deck["kept"])
        for fact in keys.get(name, []):
            if _english(fact["fact"]):
                english += 1  # a judge wrote it in English: the matcher cannot read it
                continue
            total += 1
            hit = next((c for c in deck["kept"] if asks(c, fact["fact"])), None)
            asked += hit is not None
            if verbose:
                mark = "+" if hit else "-"
                print(f"{mark} {name[:30]} | {fact['fact'][:110]}")
                if hit:
                    print(f"      {hit['prompt'][:100]} → {hit['answer']}")
    n = max(len(decks), 1)
    print(
        f"key facts asked {asked} / {total} (and {english} written in English, not matched); "
        f"{cards} cards, {cards / n:.2f} per article"
    )


def _english(text: str) -> bool:
    """Tell a key fact a judge wrote in English (some did)."""
    return (
        len(
            re.findall(
                r"\b(?:the|of|and|was|were|his|her|has|by|with|in|to|for|from|after|is|are|at)\b",
                text,
            )
        )
        >= 2
    )


def check() -> None:
    """Measure the matcher against the judges' flags on the cards they judged."""
    agree = both = judge_only = match_only = 0
    for name in LATEST:
        data = yaml.safe_load((JUDGED / name).read_text(encoding="utf-8"))
        cards: dict[str, list[dict[str, Any]]] = {}
        for q in data.get("questions") or []:
            cards.setdefault(q["article"], []).append(q)
        for entry in data.get("coverage") or []:
            for fact in entry.get("key_facts") or []:
                if _english(fact["fact"]):
                    continue
                mine = any(asks(c, fact["fact"]) for c in cards.get(entry["article"], []))
                theirs = bool(fact.get("asked"))
                agree += mine == theirs
                both += mine and theirs
                judge_only += theirs and not mine
                match_only += mine and not theirs
    print(f"agree {agree}; both {both}, judge only {judge_only}, matcher only {match_only}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    d.add_argument("articles", nargs="*")
    c = sub.add_parser("count")
    c.add_argument("decks", type=Path)
    c.add_argument("-v", "--verbose", action="store_true")
    sub.add_parser("check")
    args = parser.parse_args()
    if args.command == "dump":
        dump(args.out, args.articles)
    elif args.command == "count":
        count(args.decks, args.verbose)
    else:
        check()


if __name__ == "__main__":
    main()
