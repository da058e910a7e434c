"""Time to the first quiz question, against `python -c "import typer, rich"` in the same run.

Usage: python benchmarks/quiz_startup.py [--runs N] [--check]

Prepares a private FACTDECK_HOME: extracts the seed article once (filling the facts cache) and
builds its deck; then times, for the cached article (its recipe) and for the built deck, how long
`factdeck quiz SOURCE` takes until « Question 1/ » is on screen, and compares the medians with the
start-up time of `python -c "import typer, rich"`. The target is at most 3×. `--check` exits 1 when
the ratio of either source is above it.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RECIPE = ROOT / "decks" / "otan-irak-2020-02.yaml"
TARGET = 3.0


def user_env(base: dict[str, str]) -> dict[str, str]:
    """Return BASE as a user's shell would have it, with factdeck's bytecode compiled.

    `pip install` compiles every module to bytecode, and the baseline's packages (typer, rich) are
    compiled; a checkout run with PYTHONDONTWRITEBYTECODE set would recompile factdeck's ~40 modules
    from source at every start (≈ 35 ms here) and time that instead. So compile them once, and drop
    the variable from the timed commands' environment.
    """
    import compileall

    compileall.compile_dir(ROOT / "generators", quiet=1)
    return {k: v for k, v in base.items() if k != "PYTHONDONTWRITEBYTECODE"}


def time_baseline(env: dict[str, str]) -> float:
    """Return the wall time of `python -c "import typer, rich"`."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import typer, rich"], check=True, env=env)
    return time.perf_counter() - start


def time_typer_floor(env: dict[str, str]) -> float:
    """Return the wall time of a factdeck command that parses its options and fails at once.

    This is the floor of every factdeck command: Python, typer, rich and the command modules. (typer
    0.29 would add ~70 ms here: it coerces every non-flag option through pydantic; hence `<0.29`.)
    """
    start = time.perf_counter()
    command = [sys.executable, "-m", "generators", "stats", "--db", "/nonexistent/progress.db"]
    subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def time_first_question(source: str, db: Path, env: dict[str, str]) -> float:
    """Return the wall time until the quiz shows its first question."""
    command = [
        sys.executable,
        "-m",
        "generators",
        "quiz",
        source,
        "--answers",
        "-",
        "--db",
        str(db),
        "--fresh",
        "--limit",
        "1",
    ]
    start = time.perf_counter()
    proc = subprocess.Popen(
        command,
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=env,
        cwd=ROOT,
    )
    assert proc.stderr is not None and proc.stdin is not None
    seen = b""
    while b"Question 1/" not in seen:
        chunk = proc.stderr.read1(4096)  # type: ignore[attr-defined]
        if not chunk:
            raise SystemExit(
                f"the quiz ended before its first question: {seen.decode(errors='replace')}"
            )
        seen += chunk
    elapsed = time.perf_counter() - start
    proc.stdin.close()
    proc.wait(timeout=30)
    return elapsed


def prepare(home: Path, env: dict[str, str]) -> dict[str, str]:
    """Fill the facts cache for the seed article and build its deck; return the sources to time."""
    subprocess.run(
        [sys.executable, "-m", "generators", "facts", str(RECIPE)],
        check=True,
        env=env,
        stdout=subprocess.DEVNULL,
    )
    deck = home / "seed.apkg"
    subprocess.run(
        [sys.executable, "-m", "generators", "build", str(RECIPE), "-o", str(deck)],
        check=True,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return {"cached article (recipe)": str(RECIPE), "built deck (.apkg)": str(deck)}


def main() -> int:
    """Run the benchmark and print the medians and ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument(
        "--check", action="store_true", help=f"exit 1 when a ratio is above {TARGET}"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        env = {
            **user_env(dict(os.environ)),
            "FACTDECK_HOME": str(home),
            "FACTDECK_PLAYER": "bench",
            "NO_COLOR": "1",
        }
        sources = prepare(home, env)
        baseline: list[float] = []
        floor: list[float] = []
        quiz: dict[str, list[float]] = {name: [] for name in sources}
        for run in range(args.runs):  # interleaved, so a busy machine slows every side alike
            baseline.append(time_baseline(env))
            floor.append(time_typer_floor(env))
            for name, source in sources.items():
                quiz[name].append(time_first_question(source, home / f"p{run}.db", env))
        base, best = statistics.median(baseline), min(baseline)
        print(
            f"python -c 'import typer, rich': median {base * 1000:.0f} ms, best {best * 1000:.0f} ms ({args.runs} runs)"
        )
        print(f"any factdeck command that parses options (the floor): {_ratios(floor, base, best)}")
        worst = 0.0
        for name, times in quiz.items():
            worst = max(worst, statistics.median(times) / base)
            print(f"first question, {name}: {_ratios(times, base, best)} (target ≤ {TARGET:g}×)")
    return 1 if args.check and worst > TARGET else 0


def _ratios(times: list[float], base: float, best: float) -> str:
    median = statistics.median(times)
    return f"median {median * 1000:.0f} ms = {median / base:.2f}×, best {min(times) * 1000:.0f} ms = {min(times) / best:.2f}×"


if __name__ == "__main__":
    sys.exit(main())
