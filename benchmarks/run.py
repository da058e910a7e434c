"""Every factdeck benchmark side by side with its bare baseline, in one run; writes RESULTS.md.

Usage: python benchmarks/run.py [--runs N] [--batch N] [--long MB] [--no-write] [--check]

Measures, interleaving factdeck and its baseline so a busy machine slows both alike (medians of
`--runs`, default 3):

1. cold `factdeck build` of the seed recipe (empty cache) vs `python -c "import spacy;
   spacy.load(M)(text)"` on the seed text;
2. cached `factdeck build` (facts in the cache: spaCy is not loaded) vs `python -c "import genanki"`;
3. batch extraction throughput (`extract_many`, no cache) vs bare `nlp.pipe` words/s, on `--batch`
   (default 120) articles made by mixing sentences of tests/data/corpus/;
4. quiz time to first question (benchmarks/quiz_startup.py when present) vs `python -c "import
   typer, rich"`;
5. peak RSS of the cold build vs the bare spaCy load + parse.

Then runs benchmarks/extraction_overhead.py when present. `--long MB` also extracts one article of
that many megabytes (time and peak RSS). `--check` exits 1 when a target is missed. Not a test:
timings vary by machine; the ratios are what to compare.
"""

from __future__ import annotations

import argparse
import datetime
import importlib.util
import json
import os
import platform
import random
import re
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent
SEED_TEXT = ROOT / "decks" / "otan-irak-2020-02.txt"
SEED_RECIPE = ROOT / "decks" / "otan-irak-2020-02.yaml"
CORPUS = ROOT / "tests" / "data" / "corpus"
MODEL = "fr_core_news_sm"
FACTDECK = [sys.executable, "-m", "generators"]
# Runs a command and prints its wall time and peak RSS (KiB): the child's own numbers only.
METER = (
    "import resource, subprocess, sys, time\n"
    "start = time.perf_counter()\n"
    "done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)\n"
    "elapsed = time.perf_counter() - start\n"
    "if done.returncode:\n"
    "    sys.exit(done.stderr.decode(errors='replace')[-2000:])\n"
    "print(elapsed, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
)


@dataclass(frozen=True)
class Result:
    """One line of the results table."""

    name: str
    factdeck: str
    baseline: str
    ratio: float
    target: str
    ok: bool


@dataclass(frozen=True)
class Run:
    """Wall time (s) and peak resident memory (MB) of one command."""

    seconds: float
    rss_mb: float


def measure(command: list[str], env: dict[str, str]) -> Run:
    """Run `command` once under the meter."""
    done = subprocess.run(
        [sys.executable, "-c", METER, *command], env=env, capture_output=True, text=True, cwd=ROOT
    )
    if done.returncode:
        raise SystemExit(f"benchmark command failed: {' '.join(command)}\n{done.stderr}")
    seconds, rss = done.stdout.split()
    return Run(float(seconds), int(rss) / 1024)


def interleave(runs: int, sides: dict[str, Callable[[], Run]]) -> dict[str, list[Run]]:
    """Run each side `runs` times, alternating sides."""
    found: dict[str, list[Run]] = {name: [] for name in sides}
    for _ in range(runs):
        for name, side in sides.items():
            found[name].append(side())
    return found


def median(runs: list[Run], field: str = "seconds") -> float:
    return statistics.median(getattr(run, field) for run in runs)


def mixed_articles(count: int, seed: int = 7) -> list[str]:
    """Return `count` article texts of 3-6 paragraphs made of shuffled corpus sentences."""
    sentences: list[str] = []
    for path in sorted(CORPUS.glob("[0-9]*.txt")):
        text = " ".join(path.read_text(encoding="utf-8").split())
        sentences += [
            s.strip()
            for s in re.split(r"(?<=[.!?»])\s+(?=[A-ZÀ-ÖØ-Þ«])", text)
            if len(s.split()) > 4
        ]
    rng = random.Random(seed)
    articles = []
    for _ in range(count):
        paragraphs = [
            " ".join(rng.sample(sentences, rng.randint(2, 5))) for _ in range(rng.randint(3, 6))
        ]
        articles.append("\n\n".join(paragraphs) + "\n")
    return articles


def load_sibling(name: str) -> ModuleType | None:
    """Import benchmarks/NAME.py when another helper has written it."""
    path = HERE / f"{name}.py"
    if not path.is_file():
        return None
    spec = importlib.util.spec_from_file_location(f"bench_{name}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def bench_builds(runs: int, home: Path, env: dict[str, str]) -> list[Result]:
    """Cold and cached builds of the seed, with their baselines; peak RSS of the cold ones."""
    seed = SEED_TEXT.read_text(encoding="utf-8")
    deck = home / "seed.apkg"
    build = [*FACTDECK, "build", str(SEED_RECIPE), "-o", str(deck)]

    def cold() -> Run:
        # Forget the facts and the build record, and remove the deck: nothing may be skipped.
        subprocess.run([*FACTDECK, "cache", "clear"], env=env, capture_output=True, check=True)
        deck.unlink(missing_ok=True)
        return measure(build, env)

    spacy_parse = [
        sys.executable,
        "-c",
        f"import spacy, sys; spacy.load({MODEL!r})(sys.argv[1])",
        seed,
    ]
    cold_runs = interleave(runs, {"build": cold, "spacy": lambda: measure(spacy_parse, env)})
    measure(build, env)  # fill the cache
    cached_runs = interleave(
        max(runs, 5),
        {
            "build": lambda: measure(build, env),
            "genanki": lambda: measure([sys.executable, "-c", "import genanki"], env),
        },
    )
    return [
        _ratio(
            "cold build (seed) vs spaCy load+parse", cold_runs["build"], cold_runs["spacy"], 1.2
        ),
        _ratio(
            "cached build (seed) vs `import genanki`",
            cached_runs["build"],
            cached_runs["genanki"],
            3.0,
        ),
        _ratio(
            "peak RSS, cold build vs spaCy load+parse",
            cold_runs["build"],
            cold_runs["spacy"],
            1.2,
            "rss_mb",
        ),
    ]


def _ratio(
    name: str, ours: list[Run], base: list[Run], target: float, field: str = "seconds"
) -> Result:
    mine, theirs = median(ours, field), median(base, field)
    unit = "MB" if field == "rss_mb" else "s"
    ratio = mine / theirs
    return Result(
        name, f"{mine:.2f} {unit}", f"{theirs:.2f} {unit}", ratio, f"≤ {target:g}×", ratio <= target
    )


BATCH_SCRIPT = """
import json, sys, time
MODEL = sys.argv[3]
texts = json.load(open(sys.argv[1], encoding="utf-8"))
words = sum(len(t.split()) for t in texts)
if sys.argv[2] == "spacy":
    import spacy
    nlp = spacy.load(MODEL)
    list(nlp.pipe(texts[:4]))
    start = time.perf_counter()
    list(nlp.pipe(texts))
else:
    from generators.extract import pipeline as parser
    from generators.source.article import parse_bytes
    from generators.extract import extract_many
    parser.load()
    articles = [parse_bytes(t.encode(), source=f"{i}.txt", slug=f"a{i}") for i, t in enumerate(texts)]
    extract_many(articles[:4])
    start = time.perf_counter()
    results = extract_many(articles)
    assert not any(r.error for r in results), [r.error for r in results if r.error][:3]
print(words / (time.perf_counter() - start))
"""


def bench_batch(runs: int, count: int, home: Path, env: dict[str, str]) -> list[Result]:
    """Words per second: extract_many (parse + every fact module) vs bare nlp.pipe."""
    texts = home / "batch.json"
    articles = mixed_articles(count)
    texts.write_text(json.dumps(articles, ensure_ascii=False), encoding="utf-8")

    def rate(side: str) -> float:
        done = subprocess.run(
            [sys.executable, "-c", BATCH_SCRIPT, str(texts), side, MODEL],
            env=env,
            capture_output=True,
            text=True,
            cwd=ROOT,
        )
        if done.returncode:
            raise SystemExit(f"batch benchmark failed ({side}):\n{done.stderr}")
        return float(done.stdout.strip())

    ours, theirs = [], []
    for _ in range(max(1, runs - 1)):
        ours.append(rate("factdeck"))
        theirs.append(rate("spacy"))
    mine, base = statistics.median(ours), statistics.median(theirs)
    words = sum(len(t.split()) for t in articles)
    return [
        Result(
            f"batch of {count} articles ({words} words): extract_many vs bare nlp.pipe",
            f"{mine:.0f} words/s",
            f"{base:.0f} words/s",
            mine / base,
            "≥ 0.8×",
            mine / base >= 0.8,
        )
    ]


def bench_quiz(runs: int, home: Path, env: dict[str, str]) -> list[Result]:
    """Time to the first quiz question on cached facts vs `import typer, rich`."""
    quiz = load_sibling("quiz_startup")
    if quiz is None:
        return []
    env = {**env, "FACTDECK_PLAYER": "bench", "NO_COLOR": "1"}
    sources = quiz.prepare(home, env)
    base: list[float] = []
    firsts: dict[str, list[float]] = {name: [] for name in sources}
    for run in range(max(runs, 5)):
        base.append(quiz.time_baseline(env))
        for name, source in sources.items():
            firsts[name].append(quiz.time_first_question(source, home / f"quiz{run}.db", env))
    baseline = statistics.median(base)
    results = []
    for name, times in firsts.items():
        ratio = statistics.median(times) / baseline
        results.append(
            Result(
                f"quiz first question ({name}) vs `import typer, rich`",
                f"{statistics.median(times):.2f} s",
                f"{baseline:.2f} s",
                ratio,
                "≤ 3×",
                ratio <= 3.0,
            )
        )
    return results


def extraction_overhead(runs: int) -> str:
    """Return the summary line of benchmarks/extraction_overhead.py, when present."""
    script = HERE / "extraction_overhead.py"
    if not script.is_file():
        return ""
    done = subprocess.run(
        [sys.executable, str(script), "--runs", str(max(runs * 3, 5))],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    lines = [line for line in done.stdout.splitlines() if "target" in line]
    return lines[-1] if lines else f"extraction_overhead.py failed: {done.stderr.strip()[-300:]}"


def bench_long(megabytes: float, home: Path, env: dict[str, str]) -> str:
    """Extract one article of `megabytes` MB; return its time and peak RSS."""
    text = "\n\n".join(mixed_articles(int(megabytes * 1_000_000 / 3000) + 1, seed=11))
    path = home / "long.txt"
    path.write_text(text[: int(megabytes * 1_000_000)], encoding="utf-8")
    run = measure([*FACTDECK, "facts", str(path), "--no-cache", "--max-size", str(20_000_000)], env)
    size = path.stat().st_size / 1e6
    return f"long article: {size:.1f} MB extracted in {run.seconds:.0f} s, peak RSS {run.rss_mb:.0f} MB"


def table(results: list[Result]) -> str:
    lines = [
        "| measure | factdeck | baseline | ratio | target | met |",
        "|---|---|---|---|---|---|",
    ]
    for r in results:
        lines.append(
            f"| {r.name} | {r.factdeck} | {r.baseline} | {r.ratio:.2f}× | {r.target} | {'yes' if r.ok else '**no**'} |"
        )
    return "\n".join(lines)


def environment() -> str:
    import importlib.metadata as md

    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:
        cores = os.cpu_count() or 1
    versions = ", ".join(
        f"{name} {md.version(name)}" for name in ("spacy", "fr-core-news-sm", "typer", "genanki")
    )
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return (
        f"{datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC, Python {platform.python_version()}, "
        f"{cores} cores, load average {load:.1f} at the start; {versions}"
    )


START, END = "<!-- results:start -->", "<!-- results:end -->"


def write_results(report: str) -> None:
    """Replace the measured part of RESULTS.md, keeping the notes written around it."""
    path = HERE / "RESULTS.md"
    block = f"{START}\n{report}{END}\n"
    old = path.read_text(encoding="utf-8") if path.is_file() else ""
    if START in old and END in old:
        before, rest = old.split(START, 1)
        block = before + block + "\n" + rest.split(END, 1)[1].lstrip("\n")
    path.write_text(block, encoding="utf-8")


def main() -> int:
    """Run every benchmark, print the table and write benchmarks/RESULTS.md."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--batch", type=int, default=120)
    parser.add_argument("--long", type=float, default=0.0, metavar="MB")
    parser.add_argument("--no-write", action="store_true", help="do not write RESULTS.md")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args()
    env_line = environment()
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        quiz = load_sibling("quiz_startup")
        base = quiz.user_env(dict(os.environ)) if quiz is not None else dict(os.environ)
        env = {**base, "FACTDECK_HOME": str(home)}
        results: list[Result] = []
        for step in (
            lambda: bench_builds(args.runs, home, env),
            lambda: bench_batch(args.runs, args.batch, home, env),
            lambda: bench_quiz(args.runs, home, env),
        ):
            for result in step():
                results.append(result)
                print(
                    f"{result.name}: {result.factdeck} vs {result.baseline} = {result.ratio:.2f}× (target {result.target}) {'ok' if result.ok else 'MISSED'}",
                    flush=True,
                )
        notes = [
            line
            for line in (
                extraction_overhead(args.runs),
                bench_long(args.long, home, env) if args.long else "",
            )
            if line
        ]
    for note in notes:
        print(note)
    report = f"{env_line}; `python benchmarks/run.py --runs {args.runs} --batch {args.batch}`.\n\n{table(results)}\n"
    if notes:
        report += "\n" + "\n".join(f"- {note}" for note in notes) + "\n"
    if not args.no_write:
        write_results(report)
    print("\n" + table(results))
    return 1 if args.check and not all(r.ok for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
