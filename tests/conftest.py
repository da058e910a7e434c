"""Shared fixtures: the real French model loaded once per session, the seed article, isolation."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SEED = ROOT / "decks" / "otan-irak-2020-02.txt"
SEED_RECIPE = ROOT / "decks" / "otan-irak-2020-02.yaml"
CORPUS = DATA / "corpus"


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Point FACTDECK_HOME at a fresh folder so no test reads or writes the user's files."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("FACTDECK_HOME", str(home))
    return home


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    """The real spaCy French pipeline, loaded once per test session."""
    from generators.extract import pipeline as nlp_module

    return nlp_module.load()


@pytest.fixture(scope="session")
def seed_article():  # type: ignore[no-untyped-def]
    from generators.source.article import read_article

    return read_article(SEED)


@pytest.fixture(scope="session")
def extract_text(nlp):  # type: ignore[no-untyped-def]
    """Return a function: French text (or Article) → facts, with the session's model."""
    from generators.extract import extract_parsed
    from generators.extract import pipeline as nlp_module
    from generators.source.article import Article, parse_bytes

    def run(text_or_article, slug: str = "test"):  # type: ignore[no-untyped-def]
        article = (
            text_or_article
            if isinstance(text_or_article, Article)
            else parse_bytes(text_or_article.encode(), source="test.txt", slug=slug)
        )
        return extract_parsed(article, nlp_module.parse(article.clean))

    return run


@pytest.fixture(scope="session")
def seed_facts(extract_text, seed_article):  # type: ignore[no-untyped-def]
    return extract_text(seed_article)


def anki_sample() -> tuple[dict[str, Any], list[Any]]:
    """Return the hand-made article header and questions of tests/data/anki_questions.json."""
    from generators.questions import Question

    data = json.loads((DATA / "anki_questions.json").read_text(encoding="utf-8"))
    questions = []
    for raw in data["questions"]:
        fields = dict(raw)
        for key in ("accept", "choices", "tags"):
            fields[key] = tuple(fields.get(key, ()))
        fields["range"] = tuple(fields["range"]) if fields.get("range") else None
        questions.append(Question(**fields))
    return data["article"], questions


def run_factdeck(
    args: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> tuple[int, str, str]:
    """Run `factdeck ARGS` in-process through its real entry point; return code, stdout, stderr."""
    from generators.cli import main

    monkeypatch.setattr(sys, "argv", ["factdeck", *args])
    with pytest.raises(SystemExit) as exit_info:
        main()
    out, err = capsys.readouterr()
    return int(exit_info.value.code or 0), out, err


def exit_status(child: Any) -> int | None:
    """Wait for a factdeck spawned in a real terminal (pexpect) to end; return its exit status."""
    import pexpect

    child.expect(pexpect.EOF)
    child.close()
    status: int | None = child.exitstatus
    return status


def start_chromium(profile: Path) -> Any:
    """Start Debian's headless Chromium with its own driver (no Selenium Manager download)."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for arg in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
    ):
        options.add_argument(arg)
    options.add_argument(f"--user-data-dir={profile}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
