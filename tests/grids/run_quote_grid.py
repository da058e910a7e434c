"""Run the full quote grid with the real model: recall and wrong facts per shape, failing words.

PYTHONPATH=. python tests/grids/run_quote_grid.py [--sample] [--fails SHAPE]"""

from __future__ import annotations

import sys
from collections import defaultdict

from generators.extract import extract_parsed
from generators.extract import pipeline as nlp_module
from generators.source.article import parse_bytes
from tests.grids.quote_grid import grid, judge, sample


def quote_facts(text: str) -> list[tuple[str | None, str]]:
    article = parse_bytes(("Titre\n\n" + text).encode(), source="grid.txt", slug="grid")
    facts = extract_parsed(article, nlp_module.parse(article.clean))
    return [(f.to_dict()["speaker"], f.to_dict()["text"]) for f in facts if f.type == "quote"]


def main() -> None:
    rows = sample() if "--sample" in sys.argv else grid()
    show = sys.argv[sys.argv.index("--fails") + 1] if "--fails" in sys.argv else None
    nlp_module.load()
    stats: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    fails: dict[str, list[str]] = defaultdict(list)
    for row in rows:
        facts = quote_facts(row.text)
        found, wrong = judge(row, facts)
        s = stats[row.shape]
        s[0] += found
        s[1] += len(row.expected)
        s[2] += wrong
        s[3] += 1
        if found < len(row.expected) or wrong:
            fails[row.shape].append(row.word)
            if show in (row.shape, "all"):
                print(f"  [{row.shape}] {row.text}\n     got {facts}")
    tf = te = tw = 0
    for shape, (found, expected, wrong, n) in stats.items():
        rec = found / expected if expected else 1.0
        print(f"{shape:22} rows {n:4} recall {rec:.3f} ({found}/{expected}) wrong {wrong}")
        print(f"{'':22} fails: {' '.join(fails[shape][:40])}")
        tf, te, tw = tf + found, te + expected, tw + wrong
    print(f"TOTAL rows {len(rows)} recall {tf / te:.3f} ({tf}/{te}) wrong {tw}")


if __name__ == "__main__":
    main()
