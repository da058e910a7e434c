"""A shared recipe, template, deck or article can never harm a member: the attack table.

Each row plants what a study-group member could share (a recipe, a template folder, a facts file, a
built deck, an article) in the test's folder, runs `factdeck ARGS` in-process through its real
entry point, and checks what the member would care about: nothing written outside the output
folder, no secret read, no escape sequence reaching the terminal, no progress lost, one clear
line instead of a crash, and never `internal error`. The issue's row number is in each id.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, run_factdeck

SENTENCE = "Le conseil a voté un budget de 300 millions d'euros pour les écoles de la région."


def fact(sentence: str = SENTENCE, **fields: Any) -> dict[str, Any]:
    """Return a quantity fact on `sentence` as a facts file holds it."""
    base = {
        "id": f"doc:quantity:{abs(hash((sentence, str(fields)))) % 10**10:010d}",
        "type": "quantity",
        "value": 300000000,
        "approx": False,
        "unit": "euros",
        "text": "300 millions d'euros",
        "subject": "budget",
        "sentence": sentence,
        "start": 0,
        "end": len(sentence),
    }
    return {**base, **fields}


def facts_doc(*facts: dict[str, Any], **article: Any) -> str:
    """Return a facts file (JSON) holding `facts` under an article header."""
    header = {"source": "doc.txt", "slug": "doc", "title": "Budget", "language": "fr", **article}
    return json.dumps({"schema": 1, "article": header, "facts": list(facts or [fact()])})


@dataclass(frozen=True)
class Run:
    """What one attack printed and left behind."""

    code: int
    out: str
    err: str
    tmp: Path


@dataclass(frozen=True)
class Attack:
    """One shared file used as a weapon: plant it, run factdeck, check the member is safe."""

    id: str
    plant: Callable[[Path, pytest.MonkeyPatch], list[str]]
    safe: Callable[[Run], bool]


def _write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def _last(err: str) -> str:
    lines = err.strip().splitlines()
    return lines[-1] if lines else ""


def _error(run: Run, *words: str) -> bool:
    """Return whether the run failed with exit 1 and one `Error:` line holding `words`."""
    last = _last(run.err)
    return (
        run.code == 1
        and last.startswith("Error: ")
        and all(w in last for w in words)
        and "Traceback" not in run.err
    )


# --- 1. slugs are file names, never paths -----------------------------------------------------


def _recipe_slug(tmp: Path, _: pytest.MonkeyPatch) -> list[str]:
    _write(tmp / "shared/sub/facts.json", facts_doc())
    _write(tmp / "shared/sub/article.txt", SENTENCE + "\n")
    _write(
        tmp / "shared/sub/evil.yaml",
        "name: 'G::Budget'\narticle: article.txt\nfacts: facts.json\nlanguage: fr\n"
        "slug: ../../elsewhere/deck\n",
    )
    return ["build", f"{tmp}/shared/sub/evil.yaml", "-o", f"{tmp}/out/"]


def _facts_slug(tmp: Path, _: pytest.MonkeyPatch) -> list[str]:
    _write(tmp / "shared/facts.json", facts_doc(slug="../../elsewhere/deck"))
    return ["build", f"{tmp}/shared/facts.json", "-o", f"{tmp}/out/"]


def _only_in_out(run: Run) -> bool:
    decks = sorted(p.relative_to(run.tmp).as_posix() for p in run.tmp.rglob("*.apkg"))
    return (
        run.code == 0
        and decks == ["out/elsewhere-deck.apkg"]
        and not (run.tmp.parent / "elsewhere").exists()
    )


def _linked_output(tmp: Path, _: pytest.MonkeyPatch) -> list[str]:
    _write(tmp / "facts.json", facts_doc())
    _write(tmp / "elsewhere/keep.apkg", b"my own deck")
    (tmp / "out").mkdir()
    (tmp / "out/doc.apkg").symlink_to(tmp / "elsewhere/keep.apkg")
    return ["build", f"{tmp}/facts.json", "-o", f"{tmp}/out/"]


# --- 2. card files read inside their folder only -----------------------------------------------


def _card_link(tmp: Path, _: pytest.MonkeyPatch) -> list[str]:
    _write(tmp / "home/.ssh/id_rsa", "-----BEGIN PRIVATE KEY----- secret")
    _write(tmp / "facts.json", facts_doc())
    (tmp / "shared/anki/basic").mkdir(parents=True)
    (tmp / "shared/anki/basic/front.html").symlink_to(tmp / "home/.ssh/id_rsa")
    return ["build", f"{tmp}/facts.json", "-o", f"{tmp}/d.apkg", "--templates", f"{tmp}/shared"]


def _card_folder_link(tmp: Path, _: pytest.MonkeyPatch) -> list[str]:
    _write(tmp / "home/.ssh/front.html", "-----BEGIN PRIVATE KEY----- secret")
    _write(tmp / "facts.json", facts_doc())
    (tmp / "shared/anki").mkdir(parents=True)
    (tmp / "shared/anki/basic").symlink_to(tmp / "home/.ssh")
    return ["build", f"{tmp}/facts.json", "-o", f"{tmp}/d.apkg", "--templates", f"{tmp}/shared"]


def _no_secret(run: Run) -> bool:
    deck = run.tmp / "d.apkg"
    return _error(run, "outside") and not (deck.exists() and b"PRIVATE" in deck.read_bytes())


# --- 3. no escape sequence from a file reaches the terminal -------------------------------------

ESCAPES = "\x1b]52;c;cm0gLXJmIH4K\x07\x1b[2J\x1b[8mhidden\x1b[0m\x1b]0;title\x1b\\\x9b31m"


def _escapes(command: str, fmt: str) -> Callable[[Path, pytest.MonkeyPatch], list[str]]:
    def plant(tmp: Path, _: pytest.MonkeyPatch) -> list[str]:
        sentence = f"Le conseil{ESCAPES} a voté un budget de 300 millions d'euros."
        doc = facts_doc(fact(sentence, subject=f"budget{ESCAPES}"), title=f"T{ESCAPES}")
        _write(tmp / "facts.json", doc)
        return [command, f"{tmp}/facts.json", "--format", fmt]

    return plant


def _no_controls(run: Run) -> bool:
    text = run.out + run.err
    return run.code == 0 and not any(c in text for c in "\x1b\x07\x9b") and "hidden" in run.out


def _build_summary_escapes(tmp: Path, _: pytest.MonkeyPatch) -> list[str]:
    _write(tmp / "facts.json", facts_doc())
    _write(tmp / "article.txt", SENTENCE + "\n")
    _write(
        tmp / "deck.yaml",
        'name: "G::B\\e]52;c;eA==\\a\\e[2J"\narticle: article.txt\nfacts: facts.json\nlanguage: fr\n',
    )
    return ["build", f"{tmp}/deck.yaml", "-o", f"{tmp}/d.apkg"]


def _summary_plain(run: Run) -> bool:
    return run.code == 0 and "\x1b" not in run.err + run.out and "G::B" in run.err


def _error_escapes(tmp: Path, _: pytest.MonkeyPatch) -> list[str]:
    _write(tmp / "facts.json", facts_doc(fact(start="x\x1b[2J")))
    _write(tmp / "bad\x1b]0;t\x07.txt", "x")
    return ["facts", f"{tmp}/bad\x1b]0;t\x07.txt\x1b[2J"]


def _error_plain(run: Run) -> bool:
    return _error(run) and "\x1b" not in run.err and "\x07" not in run.err


# --- 5. templates init never writes through a link ----------------------------------------------


def _init_link(tmp: Path, _: pytest.MonkeyPatch) -> list[str]:
    _write(tmp / "home/.bashrc", "my settings\n")
    (tmp / "shared").mkdir()
    (tmp / "shared/quantity.yaml").symlink_to(tmp / "home/.bashrc")
    return ["templates", "init", f"{tmp}/shared", "--force"]


def _link_replaced(run: Run) -> bool:
    target = run.tmp / "shared/quantity.yaml"
    return (
        run.code == 0
        and (run.tmp / "home/.bashrc").read_text() == "my settings\n"
        and not target.is_symlink()
        and "templates:" in target.read_text()
    )


def _init_folder_link(tmp: Path, _: pytest.MonkeyPatch) -> list[str]:
    _write(tmp / "home/notes/keep.txt", "mine\n")
    (tmp / "shared").mkdir()
    (tmp / "shared/quantity.yaml").symlink_to(tmp / "home/notes", target_is_directory=True)
    return ["templates", "init", f"{tmp}/shared", "--force"]


def _folder_untouched(run: Run) -> bool:
    return sorted(p.name for p in (run.tmp / "home/notes").iterdir()) == ["keep.txt"] and (
        run.code == 0 or _error(run)
    )


ATTACKS = [
    Attack("1-recipe-slug-climbs-out", _recipe_slug, _only_in_out),
    Attack("1-facts-file-slug-climbs-out", _facts_slug, _only_in_out),
    Attack(
        "1-output-file-is-a-link-out",
        _linked_output,
        lambda r: (
            _error(r, "outside") and (r.tmp / "elsewhere/keep.apkg").read_bytes() == b"my own deck"
        ),
    ),
    Attack("2-card-file-links-to-a-secret", _card_link, _no_secret),
    Attack("2-card-folder-links-out", _card_folder_link, _no_secret),
    Attack("3-facts-table-escapes", _escapes("facts", "table"), _no_controls),
    Attack("3-questions-table-escapes", _escapes("questions", "table"), _no_controls),
    Attack("3-facts-json-c1-controls", _escapes("facts", "json"), _no_controls),
    Attack("3-build-summary-escapes", _build_summary_escapes, _summary_plain),
    Attack("3-error-line-escapes", _error_escapes, _error_plain),
    Attack("5-init-force-file-link", _init_link, _link_replaced),
    Attack("5-init-force-folder-link", _init_folder_link, _folder_untouched),
]


# Rows whose fix waits for another helper's file to land (see the note of issue 19).
PENDING: set[str] = {"5-init-force-file-link"}


@pytest.mark.parametrize(
    "attack",
    [
        pytest.param(a, id=a.id, marks=[pytest.mark.xfail(strict=True)] if a.id in PENDING else [])
        for a in ATTACKS
    ],
)
def test_attack(
    attack: Attack,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    tmp = tmp_path / "t"
    tmp.mkdir()
    argv = attack.plant(tmp, monkeypatch)
    code, out, err = run_factdeck(argv, monkeypatch, capsys)
    assert "internal error" not in err
    assert attack.safe(Run(code, out, err, tmp)), (code, out[-2000:], err[-2000:])


# --- 4. file-borne text is never rich markup -------------------------------------------------


def test_debrief_prints_markup_as_text() -> None:
    from rich.console import Console

    from generators.quiz.ui import QuizUI

    out = io.StringIO()
    view = QuizUI(Console(file=out, width=200, color_system=None), interactive=False)
    item = {
        "prompt": "Qui a signé [link=https://evil.example]ici[/link] ? [/]",
        "percent": 0,
        "common_wrong": "[bold][/]",
        "expected": "[/]",
        "source": "[red]x",
        "review": True,
    }
    view.debrief([item])
    view.summary([{"player": "[/]", "correct": 1}], ["[/]"])
    text = out.getvalue()
    assert "[link=https://evil.example]ici[/link] ? [/]" in text
    assert "[bold][/]" in text


# --- jinja2: the release that fixed the known sandbox escapes ----------------------------------


def test_jinja2_requirement_excludes_sandbox_escapes() -> None:
    import jinja2
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    jinja = [d for d in project["dependencies"] if d.replace(" ", "").startswith("jinja2")]
    assert jinja and ">=3.1.6" in jinja[0].replace(" ", "")
    assert tuple(int(p) for p in jinja2.__version__.split(".")[:3]) >= (3, 1, 6)
