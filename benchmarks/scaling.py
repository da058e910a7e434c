"""Extraction time and peak memory against article size: they must grow linearly.

Usage: python benchmarks/scaling.py [--sizes 1,2,5,10] [--profile MB] [--no-punctuation MB]

For each size (in MB) a fresh process generates an invented French news text of that size (people,
titles, organisations with acronyms, amounts, dates, quotes; names repeat as in a long dossier),
parses it and extracts its facts (`extract_article`, no cache), and reports the wall time, the
peak resident memory, the number of facts and the longest sentence. The table ends with the time
and memory per MB: linear work keeps them flat. `--profile MB` prints the cProfile top functions
of one run instead; `--no-punctuation MB` runs one text without any sentence punctuation.
Not a test: timings vary by machine (see benchmarks/RESULTS.md for measured numbers).
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MB = 1_000_000

FIRST = [
    "Amélie",
    "Bastien",
    "Clémence",
    "Damien",
    "Elodie",
    "Fabrice",
    "Gaëlle",
    "Hugo",
    "Inès",
    "Jules",
    "Katia",
    "Lucien",
]
FIRST += ["Maëlle", "Noé", "Odile", "Pascal", "Romane", "Sylvain"]
LAST = [
    "Arnaud",
    "Besson",
    "Carrel",
    "Delorme",
    "Esnault",
    "Ferrand",
    "Guérin",
    "Hamel",
    "Jacquet",
    "Lebrun",
    "Marchal",
]
LAST += ["Navarre", "Ollivier", "Perrin", "Renaud", "Tessier"]
ROLES = ["maire", "présidente", "directeur général", "ministre de l'Agriculture", "préfet"]
ROLES += ["secrétaire générale", "porte-parole", "trésorier"]
ORGS = [
    ("Office régional des eaux", "ORE"),
    ("Union des coopératives laitières", "UCL"),
    ("Agence nationale des forêts", "ANF"),
    ("Conseil des ports du littoral", "CPL"),
]
PLACES = ["Valbonne", "Castelmont", "Rivesaltes", "Montrevel", "Saint-Aubin", "Lanvollon"]
MONTHS = ["janvier", "mars", "avril", "juin", "septembre", "novembre"]
UNITS = ["euros", "habitants", "kilomètres", "emplois", "tonnes", "élèves"]


def person(rng: random.Random) -> str:
    """Return an invented full name; a few hundred distinct ones over a long text."""
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def sentence(rng: random.Random, punctuation: bool = True) -> str:
    """Return one invented news sentence."""
    who, org = person(rng), rng.choice(ORGS)
    place, role = rng.choice(PLACES), rng.choice(ROLES)
    number = f"{rng.randint(2, 950)} {rng.choice(['', 'millions d’', 'mille '])}".replace(
        "d’ ", "d’"
    )
    date = f"le {rng.randint(1, 28)} {rng.choice(MONTHS)} {rng.randint(1990, 2024)}"
    shapes = [
        f"{who}, {role} de {place}, a annoncé {date} un plan de {number}{rng.choice(UNITS)}.",
        f"L'{org[0]} ({org[1]}) compte désormais {rng.randint(3, 900)} {rng.choice(UNITS)}.",
        f"« Nous tiendrons nos engagements », a déclaré {who} devant le conseil.",
        f"{who} succède à {person(rng)} à la tête du {org[1]} depuis {date}.",
        f"Selon {who}, près de {rng.randint(10, 99)} % des {rng.choice(UNITS)} sont concernés.",
        f"La commune de {place}, dirigée par {who}, a voté {date} un budget de {number}euros.",
    ]
    text = rng.choice(shapes)
    return text if punctuation else text.translate(str.maketrans("", "", ".,;:!?«»()%"))


def article(size: int, seed: int = 19, punctuation: bool = True) -> str:
    """Return an invented article of about `size` characters, in paragraphs of 3 to 6 sentences."""
    rng = random.Random(seed)
    parts: list[str] = ["Dossier régional\n\ndate 2024-03\n"]
    total = len(parts[0])
    while total < size:
        paragraph = " ".join(sentence(rng, punctuation) for _ in range(rng.randint(3, 6)))
        parts.append(paragraph)
        total += len(paragraph) + 2
    return "\n\n".join(parts)


def run_one(size_mb: float, punctuation: bool) -> dict[str, float]:
    """Extract the facts of one generated article in this process; return its measures."""
    sys.path.insert(0, str(ROOT))
    from generators.extract import extract_article, pipeline
    from generators.source.article import parse_bytes

    pipeline.load()
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    text = article(int(size_mb * MB), punctuation=punctuation)
    parsed = parse_bytes(text.encode(), source="scaling.txt", slug="scaling")
    start = time.perf_counter()
    facts = extract_article(parsed)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    docs = pipeline.parse(parsed.clean[: 2 * MB]) if not punctuation else []
    longest = max((len(s.text) for _, d in docs for s in d.sents), default=0)
    if punctuation:
        longest = max((len(f.sentence) for f in facts), default=0)
    return {
        "mb": size_mb,
        "seconds": round(seconds, 1),
        "peak_mb": round(peak / 1024),
        "model_mb": round(base / 1024),
        "facts": len(facts),
        "longest": longest,
    }


def profile(size_mb: float) -> None:
    """Print the functions where one extraction spends its time."""
    import cProfile
    import pstats

    sys.path.insert(0, str(ROOT))
    from generators.extract import extract_article, pipeline
    from generators.source.article import parse_bytes

    pipeline.load()
    parsed = parse_bytes(article(int(size_mb * MB)).encode(), source="p.txt", slug="p")
    profiler = cProfile.Profile()
    profiler.runcall(extract_article, parsed)
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(40)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,2,5,10")
    parser.add_argument("--one", type=float, help=argparse.SUPPRESS)
    parser.add_argument("--bare", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--profile", type=float)
    parser.add_argument("--no-punctuation", type=float, dest="bare_mb")
    args = parser.parse_args()
    if args.one is not None:
        print(json.dumps(run_one(args.one, not args.bare)))
        return 0
    if args.profile is not None:
        profile(args.profile)
        return 0
    runs = [(float(s), True) for s in args.sizes.split(",")]
    runs += [(args.bare_mb, False)] if args.bare_mb else []
    print("MB     seconds  s/MB   peak MB  (model)  MB/MB  facts   longest sentence")
    for size, punctuation in runs:
        command = [
            sys.executable,
            __file__,
            "--one",
            str(size),
            *([] if punctuation else ["--bare"]),
        ]
        done = subprocess.run(command, capture_output=True, text=True, check=True)
        row = json.loads(done.stdout.strip().splitlines()[-1])
        extra = (row["peak_mb"] - row["model_mb"]) / size
        label = f"{size:<5g}" + ("" if punctuation else " (no punctuation)")
        print(
            f"{label:<6} {row['seconds']:>7.1f}  {row['seconds'] / size:>5.1f}  {row['peak_mb']:>7}"
            f"  {row['model_mb']:>7}  {extra:>5.0f}  {row['facts']:>6}  {row['longest']:>7}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
