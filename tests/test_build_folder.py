"""`factdeck build FOLDER`: every article that can be built is built, then one line per failure
names its file (exit 1); `--format` writes several formats at once, each up to date on its own."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT
from conftest import run_factdeck as run

import generators.build.compose as compose
from generators.export import FORMATS

WIKINEWS = ROOT / "tests" / "data" / "wikinews"
SEED = ROOT / "decks" / "otan-irak-2020-02.yaml"
GOOD = sorted(WIKINEWS.glob("*.txt"))[:4]


@pytest.fixture
def folder(tmp_path: Path, nlp: Any) -> Path:
    """Return a folder of four good articles, an empty one and one that is not text."""
    articles = tmp_path / "articles"
    articles.mkdir()
    for index, path in enumerate(GOOD):
        shutil.copy(path, articles / f"{index}-{path.name}")
    (articles / "5-vide.txt").write_text("", encoding="utf-8")
    (articles / "6-binaire.txt").write_bytes(bytes(range(256)) * 8)
    return articles


def test_a_folder_builds_every_good_article_and_names_each_failure(
    folder: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "out"
    code, stdout, stderr = run(["build", str(folder), "-o", str(out)], monkeypatch, capsys)
    assert code == 1
    assert len(stdout.splitlines()) == len(GOOD) == len(list(out.glob("*.apkg")))
    lines = stderr.splitlines()
    failures = [line for line in lines if line.startswith("Error: ")]
    named = [str(folder / "5-vide.txt"), str(folder / "6-binaire.txt")]
    assert len(failures) == 2
    for line, path in zip(failures, named, strict=True):
        assert line.startswith((f"Error: {path} ", f"Error: {path}: ")), line
    assert lines.index(f"Built {len(GOOD)} of {len(GOOD) + 2} decks; 2 failed:") < lines.index(
        failures[0]
    )
    assert "Traceback" not in stderr


def test_a_bug_in_one_article_does_not_stop_the_others(
    folder: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    real = compose.load
    planted = folder / f"1-{GOOD[1].name}"

    def failing(source_arg: Any, **options: Any) -> Any:
        if Path(source_arg) == planted:  # a planted bug, as an unforeseen exception would be
            raise IndexError("list index out of range")
        return real(source_arg, **options)

    monkeypatch.setattr(compose, "load", failing)
    out = tmp_path / "out"
    code, _, stderr = run(["build", str(folder), "-o", str(out)], monkeypatch, capsys)
    assert code == 1
    assert len(list(out.glob("*.apkg"))) == len(GOOD) - 1
    assert f"Error: {planted}: internal error (IndexError: list index out of range)" in stderr
    assert f"Built {len(GOOD) - 1} of {len(GOOD) + 2} decks; 3 failed:" in stderr


def test_several_formats_at_once_each_up_to_date_on_its_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], nlp: Any
) -> None:
    out = tmp_path / "out"
    args = ["build", str(SEED), "-o", str(out), "--format", "apkg,html", "--format", "gift"]
    code, stdout, stderr = run(args, monkeypatch, capsys)
    assert code == 0, stderr
    names = sorted(p.name for p in out.iterdir())
    slug = SEED.stem
    assert names == sorted(f"{slug}{FORMATS[f].suffix}" for f in ("apkg", "html", "gift"))
    assert stdout.splitlines() == [
        str(out / f"{slug}{FORMATS[f].suffix}") for f in ("apkg", "html", "gift")
    ]
    code, stdout, stderr = run(args, monkeypatch, capsys)
    assert stderr.count("; up to date") == 3
    (out / f"{slug}.html").unlink()
    code, stdout, stderr = run(
        ["build", str(SEED), "-o", str(out), "--format", "html,pdf"], monkeypatch, capsys
    )
    assert code == 0 and "; up to date" not in stderr  # the html is gone, the pdf new
    assert (out / f"{slug}.html").exists() and (out / f"{slug}.pdf").exists()
    code, _, stderr = run(
        ["build", str(SEED), "-o", str(out), "--format", "pdf"], monkeypatch, capsys
    )
    assert stderr.count("; up to date") == 1


def test_one_format_to_a_file_and_the_same_file_in_another_format(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], nlp: Any
) -> None:
    target = tmp_path / "quiz.html"
    code, stdout, _ = run(
        ["build", str(SEED), "-o", str(target), "--format", "html"], monkeypatch, capsys
    )
    assert code == 0 and stdout.strip() == str(target)
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    sheet = tmp_path / "sheet"
    run(["build", str(SEED), "-o", str(sheet), "--format", "quizlet"], monkeypatch, capsys)
    code, _, stderr = run(
        ["build", str(SEED), "-o", str(sheet), "--format", "gift"], monkeypatch, capsys
    )
    assert code == 0 and "up to date" not in stderr  # same path, other format: written again
    assert sheet.read_text(encoding="utf-8").startswith("// ")


@pytest.mark.parametrize("value", ["docx", "html,docx"])
def test_an_unknown_format_lists_the_known_ones(
    value: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, stdout, stderr = run(
        ["build", str(SEED), "-o", str(tmp_path), "--format", value], monkeypatch, capsys
    )
    assert (code, stdout) == (1, "")
    assert stderr.strip() == f"Error: unknown format 'docx'; choose one of {', '.join(FORMATS)}"
    assert list(tmp_path.iterdir()) == []
