"""`factdeck build` skips a deck whose inputs and output did not change, like make."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT
from conftest import run_factdeck as run

from generators.files.resources import bundled_dir

SEED = ROOT / "decks" / "otan-irak-2020-02"
UP_TO_DATE = "; up to date"
# Run the CLI in a fresh interpreter and print which heavy modules the command imported.
PROBE = """
import json, sys
from generators.cli import main
sys.argv = ["factdeck", *sys.argv[1:]]
try:
    main()
except SystemExit as exc:
    code = exc.code or 0
heavy = ("genanki", "jinja2", "spacy", "generators.questions")
print(json.dumps({"code": code, "heavy": sorted(m for m in heavy if m in sys.modules)}), file=sys.stderr)
"""


@pytest.fixture
def recipe(tmp_path: Path, nlp: Any) -> Path:
    """Return a copy of the seed recipe and its article in a temporary folder."""
    shutil.copy(SEED.with_suffix(".txt"), tmp_path / "otan-irak-2020-02.txt")
    return Path(shutil.copy(SEED.with_suffix(".yaml"), tmp_path / "otan-irak-2020-02.yaml"))


def build(
    args: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> tuple[str, str]:
    """Build and return stdout and stderr, failing on a non-zero exit."""
    code, out, err = run(["build", *args], monkeypatch, capsys)
    assert code == 0, err
    return out, err


def _append(path: Path, text: str) -> None:
    with path.open("a", encoding="utf-8") as handle:
        handle.write(text)


def test_second_build_is_skipped_and_output_unchanged(
    recipe: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    deck = tmp_path / "deck.apkg"
    out, err = build([str(recipe), "-o", str(deck)], monkeypatch, capsys)
    assert UP_TO_DATE not in err
    before = deck.read_bytes()
    again, err2 = build([str(recipe), "-o", str(deck)], monkeypatch, capsys)
    assert again == out
    # the summary of the build it skips, without what changed then (« first build »)
    assert err2.strip() == f"{err.strip().removesuffix('; first build')}{UP_TO_DATE}"
    assert deck.read_bytes() == before


@pytest.mark.slow
def test_skipped_build_imports_no_heavy_module(
    recipe: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    deck = tmp_path / "deck.apkg"
    out, _ = build([str(recipe), "-o", str(deck)], monkeypatch, capsys)
    done = subprocess.run(
        [sys.executable, "-c", PROBE, "build", str(recipe), "-o", str(deck)],
        capture_output=True,
        text=True,
        env=os.environ.copy(),
        timeout=120,
        check=False,
    )
    report = json.loads(done.stderr.strip().splitlines()[-1])
    assert report == {"code": 0, "heavy": []}, done.stderr
    assert done.stdout == out
    assert UP_TO_DATE in done.stderr


@pytest.mark.parametrize("edit", ["article", "recipe", "card", "question", "output"])
def test_changed_input_or_output_rebuilds(
    edit: str,
    recipe: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    overrides = tmp_path / "overrides"
    (overrides / "anki").mkdir(parents=True)
    style = Path(shutil.copy(bundled_dir("templates") / "anki" / "style.css", overrides / "anki"))
    question = bundled_dir("templates") / "questions" / "quantity.yaml"
    question = Path(shutil.copy(question, overrides / "quantity.yaml"))
    deck = tmp_path / "deck.apkg"
    args = [str(recipe), "-o", str(deck), "--templates", str(overrides)]
    build(args, monkeypatch, capsys)
    changed = {
        "article": (recipe.with_suffix(".txt"), "\nUn paragraphe ajouté.\n"),
        "recipe": (recipe, "# edited\n"),
        "card": (style, "\n/* edited */\n"),
        "question": (question, "\n# edited\n"),
        "output": (deck, "x"),
    }
    path, text = changed[edit]
    _append(path, text)
    _, err = build(args, monkeypatch, capsys)
    assert UP_TO_DATE not in err
    _, err = build(args, monkeypatch, capsys)
    assert UP_TO_DATE in err


def test_no_cache_rebuilds(
    recipe: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    deck = tmp_path / "deck.apkg"
    build([str(recipe), "-o", str(deck)], monkeypatch, capsys)
    _, err = build([str(recipe), "-o", str(deck), "--no-cache"], monkeypatch, capsys)
    assert UP_TO_DATE not in err


def test_cache_clear_forgets_builds(
    recipe: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    deck = tmp_path / "deck.apkg"
    build([str(recipe), "-o", str(deck)], monkeypatch, capsys)
    code, out, _ = run(["cache", "info"], monkeypatch, capsys)
    assert code == 0 and "build records: 1" in out
    code, _, err = run(["cache", "clear"], monkeypatch, capsys)
    assert code == 0 and "and 1 build record" in err
    _, err = build([str(recipe), "-o", str(deck)], monkeypatch, capsys)
    assert UP_TO_DATE not in err
    _, err = build([str(recipe), "-o", str(deck)], monkeypatch, capsys)
    assert UP_TO_DATE in err


def test_deleted_output_and_folder_builds(
    recipe: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder = tmp_path / "out"
    out, _ = build([str(recipe), "-o", f"{folder}/"], monkeypatch, capsys)
    _, err = build([str(recipe), "-o", f"{folder}/"], monkeypatch, capsys)
    assert UP_TO_DATE in err
    Path(out.strip()).unlink()
    again, err = build([str(recipe), "-o", f"{folder}/"], monkeypatch, capsys)
    assert UP_TO_DATE not in err
    assert again == out
