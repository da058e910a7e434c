"""A theme of 200 articles built in one batch: cold, warm and unchanged, against bare spaCy and genanki.

Usage: python benchmarks/themes.py [--articles N] [--keep DIR]

Makes N articles (default 200) from the texts under tests/data (corpus, wikinews, invented): each
text in turn, its title numbered and its figures shifted so that no two articles share bytes (no
cache hit between them), in a temporary folder with a theme recipe `articles: articles`. Then, each
in a fresh process with an empty FACTDECK_HOME:

- cold: `factdeck build theme.yaml` (extraction of every article, questions, one .apkg);
- warm: the recipe touched (a comment added): facts cached, questions and deck made again;
- unchanged: the same command again (the build record says the deck is current);
- bare spaCy: `spacy.load` and `nlp.pipe` over the same articles' texts, nothing else;
- `import genanki`: the floor of any command that may write a deck.

Prints the wall times and the ratios cold / bare spaCy and unchanged / `import genanki`. Not a test:
timings vary by machine.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
FOLDERS = ("corpus", "wikinews", "invented")


def source_texts() -> list[str]:
    """Return the texts the articles are made from (those shipped in the repository's test data)."""
    files = sorted(p for folder in FOLDERS for p in (DATA / folder).glob("*.txt"))
    return [p.read_text(encoding="utf-8") for p in files if not p.name.startswith("LICENSE")]


def variant(text: str, number: int) -> str:
    """Return `text` with a numbered title and its two-digit figures shifted by `number`."""
    title, _, body = text.partition("\n")
    body = re.sub(r"\b([1-9]\d)\b", lambda m: str(int(m.group(1)) + number % 7), body)
    return f"{title} ({number})\n{body}"


def make_theme(folder: Path, count: int) -> Path:
    """Write `count` articles and a theme recipe listing their folder; return the recipe."""
    texts = source_texts()
    articles = folder / "articles"
    articles.mkdir(parents=True)
    for number in range(count):
        text = variant(texts[number % len(texts)], number)
        (articles / f"article-{number:03d}.txt").write_text(text, encoding="utf-8")
    recipe = folder / "theme.yaml"
    recipe.write_text("name: Banc d'essai\nlanguage: fr\narticles: articles\n", encoding="utf-8")
    return recipe


def timed(command: list[str], env: dict[str, str]) -> float:
    """Return the wall time of `command` in a fresh process; stop on failure."""
    start = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"{' '.join(command)} failed ({done.returncode}):\n{done.stderr[-2000:]}")
    return elapsed


BARE_SPACY = """
import sys
from pathlib import Path
import spacy
from generators.source.article import read_article
texts = [read_article(p).clean for p in sorted(Path(sys.argv[1]).glob("*.txt"))]
nlp = spacy.load("fr_core_news_sm")
for _ in nlp.pipe(texts):
    pass
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--keep", type=Path, help="Make the theme in DIR and keep it.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="factdeck-themes-") as tmp:
        folder = args.keep or Path(tmp)
        recipe = make_theme(folder, args.articles)
        env = {**os.environ, "FACTDECK_HOME": str(folder / "home")}
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed factdeck has its bytecode
        subprocess.run(
            [sys.executable, "-m", "compileall", "-q", str(ROOT / "generators")], check=True
        )
        build = [
            sys.executable,
            "-m",
            "generators",
            "build",
            str(recipe),
            "-o",
            str(folder / "out"),
        ]
        cold = timed(build, env)
        with recipe.open("a", encoding="utf-8") as handle:
            handle.write("# touched\n")
        warm = timed(build, env)
        unchanged = timed(build, env)
        bare = timed([sys.executable, "-c", BARE_SPACY, str(folder / "articles")], env)
        genanki = min(timed([sys.executable, "-c", "import genanki"], env) for _ in range(3))
    print(f"articles: {args.articles}")
    print(f"cold build:           {cold:7.1f} s  ({cold / bare:.2f}× bare spaCy load + nlp.pipe)")
    print(f"warm (facts cached):  {warm:7.1f} s")
    print(
        f"unchanged:            {unchanged:7.2f} s  ({unchanged / genanki:.1f}× `import genanki`)"
    )
    print(f"bare spaCy:           {bare:7.1f} s")
    print(f"import genanki:       {genanki:7.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
