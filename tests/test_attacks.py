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
import os
import subprocess
import sys
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, run_factdeck

SENTENCE = (
    "Le conseil régional a voté un budget de 300 millions d'euros pour les écoles de la région."
)


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


def _question_template_link(tmp: Path, _: pytest.MonkeyPatch) -> list[str]:
    secret = "fact: quantity\ntemplates:\n  - id: quantity-x\n    kind: basic\n    prompt: 'PRIVATE [[ amount ]] ?'\n    answer: '[[ amount ]]'\n"
    _write(tmp / "home/.config/app.yaml", secret)
    _write(tmp / "facts.json", facts_doc())
    (tmp / "shared").mkdir()
    (tmp / "shared/quantity.yaml").symlink_to(tmp / "home/.config/app.yaml")
    return ["questions", f"{tmp}/facts.json", "--templates", f"{tmp}/shared", "--format", "json"]


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


def _quiz_escapes(tmp: Path, _: pytest.MonkeyPatch) -> list[str]:
    sentence = f"Le conseil{ESCAPES} a voté un budget de 300 millions d'euros."
    _write(tmp / "facts.json", facts_doc(fact(sentence, subject=f"budget{ESCAPES}")))
    _write(tmp / "answers.txt", "300 millions\n" * 5)
    return ["quiz", f"{tmp}/facts.json", "--answers", f"{tmp}/answers.txt", "--db", f"{tmp}/p.db"]


def _quiz_plain(run: Run) -> bool:
    text = run.out + run.err
    return run.code == 0 and not any(c in text for c in "\x1b\x07\x9b") and "hidden" in text


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


# --- 6, 7. progress is never lost, a user's file is never replaced ------------------------------


def _progress(tmp: Path) -> Path:
    """Write a progress database with one answer by « ana »; return its path."""
    from generators.quiz import scheduler
    from generators.quiz.store import AnswerRecord, open_store

    path = tmp / "progress.db"
    store = open_store(path)
    now = "2026-03-01T09:00:00+00:00"
    answer = AnswerRecord(
        None,
        "ana",
        "doc",
        "doc:quantity:1",
        "q1",
        "quantity",
        "basic",
        "typed",
        "Combien ?",
        "300",
        "300",
        True,
        "right",
        3,
        None,
        now,
    )
    store.record_answer(answer, lambda before: (scheduler.new_card("f", "ana", _now()), now))
    store.close()
    return path


def _now() -> Any:
    from datetime import datetime, timezone

    return datetime(2026, 3, 1, 9, 0, tzinfo=timezone.utc)


THESIS = b"Chapitre 1. Introduction\n" * 200


def _db_is_thesis(command: str) -> Callable[[Path, pytest.MonkeyPatch], list[str]]:
    def plant(tmp: Path, _: pytest.MonkeyPatch) -> list[str]:
        _write(tmp / "thesis.txt", THESIS)
        _write(tmp / "facts.json", facts_doc())
        _write(tmp / "answers.txt", "300\n")
        return [
            *command.format(tmp=tmp).split(),
            "--db",
            f"{tmp}/thesis.txt",
        ]

    return plant


def _thesis_intact(run: Run) -> bool:
    names = sorted(p.name for p in run.tmp.iterdir() if p.name.startswith("thesis"))
    return (
        _error(run, "not an SQLite database")
        and (run.tmp / "thesis.txt").read_bytes() == THESIS
        and names == ["thesis.txt"]
    )


def _export_over(target: str, command: str) -> Callable[[Path, pytest.MonkeyPatch], list[str]]:
    def plant(tmp: Path, _: pytest.MonkeyPatch) -> list[str]:
        _progress(tmp)
        _write(tmp / "thesis.txt", THESIS)
        _write(tmp / "facts.json", facts_doc())
        _write(tmp / "answers.txt", "300\n")
        out = target.format(tmp=tmp)
        if out.endswith("pipe.csv"):
            os.mkfifo(out)  # a device stand-in that a regression cannot destroy
        return command.format(tmp=tmp, out=out).split()

    return plant


def _refused_thesis_kept(run: Run) -> bool:
    return _error(run) and (run.tmp / "thesis.txt").read_bytes() == THESIS


def _own_export_replaced(tmp: Path, _: pytest.MonkeyPatch) -> list[str]:
    _progress(tmp)
    _write(tmp / "old.csv", "id,answered_at,player\n1,2026,ana\n")
    return ["results", "--db", f"{tmp}/progress.db", "-o", f"{tmp}/old.csv"]


# --- 10. inputs that crashed: one clear line, bounded cost --------------------------------------


def _big_number(tmp: Path, _: pytest.MonkeyPatch) -> list[str]:
    text = f"Le conseil a voté lundi un budget de {'9' * 401} euros pour les écoles de la région.\n"
    _write(tmp / "big.txt", text)
    return ["facts", f"{tmp}/big.txt"]


def _strict_json(run: Run) -> bool:
    def refuse(word: str) -> None:
        raise ValueError(word)

    json.loads(run.out, parse_constant=refuse)  # no Infinity, no NaN
    return run.code == 0


def _stdin_closed(tmp: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    monkeypatch.setattr(sys, "stdin", None)
    return ["facts", "-"]


def _stdout_closed(tmp: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    _write(tmp / "facts.json", facts_doc())
    monkeypatch.setattr(sys, "stdout", None)
    return ["facts", f"{tmp}/facts.json"]


def _stdout_full(tmp: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    _write(tmp / "facts.json", facts_doc())
    assert Path("/dev/full").is_char_device()
    monkeypatch.setattr(sys, "stdout", open("/dev/full", "w"))  # noqa: SIM115 - the run's stdout
    return ["facts", f"{tmp}/facts.json"]


def _output_device(tmp: Path, _: pytest.MonkeyPatch) -> list[str]:
    _write(tmp / "facts.json", facts_doc())
    os.mkfifo(tmp / "pipe.apkg")  # not /dev/full itself: a regression would replace the device
    return ["build", f"{tmp}/facts.json", "-o", f"{tmp}/pipe.apkg"]


def _zip_bomb(tmp: Path, _: pytest.MonkeyPatch) -> list[str]:
    with zipfile.ZipFile(tmp / "bomb.apkg", "w", compression=zipfile.ZIP_DEFLATED) as bomb:
        with bomb.open("collection.anki2", "w", force_zip64=True) as inner:
            zeros = b"\0" * (1 << 24)
            for _ in range(17):  # 272 MB of zeros in a 300 kB file
                inner.write(zeros)
        bomb.writestr("media", "{}")
    _write(tmp / "answers.txt", "1\n")
    return ["quiz", f"{tmp}/bomb.apkg", "--answers", f"{tmp}/answers.txt", "--db", f"{tmp}/p.db"]


def _meta_types(tmp: Path, _: pytest.MonkeyPatch) -> list[str]:
    import html

    import genanki

    model = genanki.Model(
        1_700_000_001,
        "factdeck Basic",
        fields=[{"name": "Question"}, {"name": "Answer"}, {"name": "Meta"}],
        templates=[{"name": "Card 1", "qfmt": "{{Question}}", "afmt": "{{Answer}}"}],
    )
    deck = genanki.Deck(1_700_000_002, "factdeck::shared")
    meta = {"id": "q1", "prompt": "Combien ?", "answer": "3", "range": ["a", "b"], "accept": 3}
    fields = ["Combien ?", "3", html.escape(json.dumps(meta))]
    deck.add_note(genanki.Note(model=model, fields=fields, guid="q1"))
    genanki.Package(deck).write_to_file(str(tmp / "shared.apkg"))
    _write(tmp / "answers.txt", "3\n")
    return ["quiz", f"{tmp}/shared.apkg", "--answers", f"{tmp}/answers.txt", "--db", f"{tmp}/p.db"]


LAUGHS = "".join(
    f"{c}: &{c} [{', '.join([f'*{p}'] * 9)}]\n" for p, c in zip("abcdefgh", "bcdefghi", strict=True)
)


def _yaml_bomb(tmp: Path, _: pytest.MonkeyPatch) -> list[str]:
    fact_yaml = json.dumps(fact())[:-1] + ', "aliases": *i}'
    _write(
        tmp / "facts.yaml",
        f"a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n{LAUGHS}facts: [{fact_yaml}]\n",
    )
    return ["questions", f"{tmp}/facts.yaml"]


def _deep(name: str, text: str) -> Callable[[Path, pytest.MonkeyPatch], list[str]]:
    def plant(tmp: Path, _: pytest.MonkeyPatch) -> list[str]:
        _write(tmp / name, text)
        return ["facts", f"{tmp}/{name}"]

    return plant


def _answers_stdin_zero(tmp: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    _write(tmp / "facts.json", facts_doc())
    monkeypatch.setattr(sys, "stdin", open("/dev/zero", encoding="utf-8"))  # noqa: SIM115
    return ["quiz", f"{tmp}/facts.json", "--answers", "-", "--db", f"{tmp}/p.db"]


def _answers_device(tmp: Path, _: pytest.MonkeyPatch) -> list[str]:
    _write(tmp / "facts.json", facts_doc())
    return ["quiz", f"{tmp}/facts.json", "--answers", "/dev/zero", "--db", f"{tmp}/p.db"]


# --- 8. a shared template cannot keep the machine busy -------------------------------------------

TEMPLATE = "fact: quantity\ntemplates:\n  - id: quantity-shared\n    kind: basic\n    prompt: {prompt}\n    answer: '[[ amount ]]'\n"


def _template(prompt: str, command: str) -> Callable[[Path, pytest.MonkeyPatch], list[str]]:
    def plant(tmp: Path, _: pytest.MonkeyPatch) -> list[str]:
        _write(tmp / "shared/quantity.yaml", TEMPLATE.format(prompt=json.dumps(prompt)))
        _write(tmp / "facts.json", facts_doc())
        return command.format(tmp=tmp).split()

    return plant


def _bounded(run: Run) -> bool:
    small = len(run.out) + len(run.err) < 20_000
    return small and (run.code == 0 or _error(run)) and "Traceback" not in run.err


QUESTIONS = "questions {tmp}/facts.json --templates {tmp}/shared --format json --explain"
LIMITS = ("refused", "without end", "loop steps", "rendering took over")


def _stopped(run: Run) -> bool:
    """Return whether the template was stopped by a limit of the sandbox, briefly."""
    return _bounded(run) and any(word in run.err for word in LIMITS)


TEMPLATE_ROWS = {
    "power": "Combien [[ 9 ** (9 ** 9) ]] ?",
    "percent-width": "Combien [[ '%999999999d' % 1 ]] ?",
    "format-width": "Combien [[ '{:>999999999}'.format(1) ]] ?",
    "repeat": "Combien [[ sentence * 100000000 ]] ?",
    "four-loops": "[% for a in sentence %][% for b in sentence %][% for c in sentence %]"
    "[% for d in sentence %][% endfor %][% endfor %][% endfor %][% endfor %] ?",
    "recursion": "[% macro f() %][[ f() ]][% endmacro %][[ f() ]] ?",
}


# --- 11. an article's cloze markers are text in every field ------------------------------------


def _cloze_markers(tmp: Path, _: pytest.MonkeyPatch) -> list[str]:
    sentence = (
        "Le conseil {{c2::secret}} a voté un budget de 300 millions d'euros }} pour les écoles."
    )
    _write(tmp / "facts.json", facts_doc(fact(sentence, subject="budget {{c3::x}}")))
    return ["build", f"{tmp}/facts.json", "-o", f"{tmp}/d.apkg"]


def _one_gap_each(run: Run) -> bool:
    import re
    import sqlite3
    import tempfile

    with zipfile.ZipFile(run.tmp / "d.apkg") as deck, tempfile.TemporaryDirectory() as folder:
        collection = Path(deck.extract("collection.anki2", folder))
        conn = sqlite3.connect(collection)
        notes = (
            [
                (str(row[0]), str(row[1]).split("\x1f"))
                for row in conn.execute(
                    "SELECT m.name, n.flds FROM notes n JOIN notetypes m ON m.id = n.mid"
                )
            ]
            if _has_notetypes(conn)
            else [("", str(r[0]).split("\x1f")) for r in conn.execute("SELECT flds FROM notes")]
        )
        conn.close()
    fields = [f for _, flds in notes for f in flds]
    gaps = [re.findall(r"\{\{c(\d+)::", f) for f in fields]
    return (
        run.code == 0
        and all(g in ([], ["1"]) for g in gaps)
        and not any("{{c2::" in f or "{{c3::" in f for f in fields)
        and any(g == ["1"] for g in gaps)
    )


def _has_notetypes(conn: Any) -> bool:
    return bool(conn.execute("SELECT 1 FROM sqlite_master WHERE name='notetypes'").fetchone())


# --- 12. weak messages made clear --------------------------------------------------------------

RECIPE = "name: 'G::Budget'\narticle: {article}\nfacts: facts.json\nlanguage: {language}\n"


def _recipe(
    text: str | bytes, *, fifo: bool = False
) -> Callable[[Path, pytest.MonkeyPatch], list[str]]:
    def plant(tmp: Path, _: pytest.MonkeyPatch) -> list[str]:
        _write(tmp / "facts.json", facts_doc())
        _write(tmp / "article.txt", SENTENCE + "\n")
        if fifo:
            os.mkfifo(tmp / "pipe.txt")
        _write(tmp / "deck.yaml", text)
        return ["build", f"{tmp}/deck.yaml", "-o", f"{tmp}/d.apkg"]

    return plant


def _stale_temp(tmp: Path, _: pytest.MonkeyPatch) -> list[str]:
    done = subprocess.run(["true"], check=True)
    dead = subprocess.Popen(["true"])
    dead.wait()
    _write(tmp / "facts.json", facts_doc())
    _write(tmp / f"out/.d.apkg.{dead.pid}.k2x9.tmp", b"half a deck")
    _write(tmp / "out/.d.apkg.1.live.tmp", b"pid 1 is alive: not ours to delete")
    assert done.returncode == 0
    return ["build", f"{tmp}/facts.json", "-o", f"{tmp}/out/d.apkg"]


def _only_live_temp(run: Run) -> bool:
    names = sorted(p.name for p in (run.tmp / "out").iterdir())
    return run.code == 0 and names == [".d.apkg.1.live.tmp", "d.apkg"]


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
    Attack(
        "2-question-template-links-out",
        _question_template_link,
        lambda r: _error(r, "leads outside") and "PRIVATE" not in r.out,
    ),
    Attack("3-facts-table-escapes", _escapes("facts", "table"), _no_controls),
    Attack("3-questions-table-escapes", _escapes("questions", "table"), _no_controls),
    Attack("3-facts-json-c1-controls", _escapes("facts", "json"), _no_controls),
    Attack("3-build-summary-escapes", _build_summary_escapes, _summary_plain),
    Attack("3-quiz-escapes", _quiz_escapes, _quiz_plain),
    Attack("3-error-line-escapes", _error_escapes, _error_plain),
    Attack("5-init-force-file-link", _init_link, _link_replaced),
    Attack("5-init-force-folder-link", _init_folder_link, _folder_untouched),
    Attack("7-db-is-a-thesis-results", _db_is_thesis("results"), _thesis_intact),
    Attack("7-db-is-a-thesis-stats", _db_is_thesis("stats --player ana"), _thesis_intact),
    Attack(
        "7-db-is-a-thesis-quiz",
        _db_is_thesis("quiz {tmp}/facts.json --answers {tmp}/answers.txt"),
        _thesis_intact,
    ),
    Attack(
        "7-results-o-over-a-thesis",
        _export_over("{tmp}/thesis.txt", "results --db {tmp}/progress.db -o {out}"),
        _refused_thesis_kept,
    ),
    Attack(
        "7-results-o-a-device",
        _export_over("{tmp}/pipe.csv", "results --db {tmp}/progress.db -o {out}"),
        lambda r: _error(r, "device"),
    ),
    Attack(
        "7-quiz-export-over-a-thesis",
        _export_over(
            "{tmp}/thesis.txt",
            "quiz {tmp}/facts.json --answers {tmp}/answers.txt --db {tmp}/progress.db --export {out}",
        ),
        _refused_thesis_kept,
    ),
    Attack(
        "7-results-o-its-own-export",
        _own_export_replaced,
        lambda r: r.code == 0 and (r.tmp / "old.csv").read_text().startswith("id,answered_at,"),
    ),
    Attack("10-401-digit-number", _big_number, _strict_json),
    Attack("10-stdin-closed", _stdin_closed, lambda r: _error(r, "standard input is closed")),
    Attack("10-stdout-closed", _stdout_closed, lambda r: _error(r, "standard output is closed")),
    Attack("10-stdout-full", _stdout_full, lambda r: _error(r, "cannot write the output")),
    Attack("10-output-is-a-device", _output_device, lambda r: _error(r, "device")),
    Attack("10-zip-bomb-apkg", _zip_bomb, lambda r: _error(r, "zip bomb")),
    Attack("10-deck-meta-wrong-types", _meta_types, lambda r: _error(r, "Meta")),
    Attack("10-yaml-bomb-facts", _yaml_bomb, lambda r: _error(r, "YAML bomb")),
    Attack(
        "10-deep-yaml",
        _deep("deep.yaml", "facts: " + "[" * 50_000 + "]" * 50_000 + "\n"),
        lambda r: _error(r, "nested too deeply"),
    ),
    Attack(
        "10-deep-json",
        _deep("deep.json", '{"facts": ' + "[" * 50_000 + "]" * 50_000 + "}"),
        lambda r: _error(r, "nested too deeply"),
    ),
    Attack("10-answers-dev-zero", _answers_device, lambda r: _error(r, "/dev/zero")),
    Attack(
        "10-answers-stdin-dev-zero",
        _answers_stdin_zero,
        lambda r: (
            r.code == 1
            and _last(r.err).endswith(  # after the answer prompt « › »
                "Error: an answer line is over 10000 characters; give one answer per line"
            )
        ),
    ),
    *(
        Attack(f"8-questions-{k}", _template(v, QUESTIONS), _stopped)
        for k, v in TEMPLATE_ROWS.items()
    ),
    Attack(
        "8-validate-power",
        _template(TEMPLATE_ROWS["power"], "templates validate {tmp}/shared"),
        _bounded,
    ),
    Attack("11-cloze-markers-in-the-article", _cloze_markers, _one_gap_each),
    Attack(
        "12-recipe-not-utf8",
        _recipe(
            RECIPE.format(article="article.txt", language="fr")
            .replace("G::", "Géo::")
            .encode("latin-1")
        ),
        lambda r: _error(r, "is not UTF-8 text; save the recipe as UTF-8"),
    ),
    Attack(
        "12-recipe-article-empty",
        _recipe(RECIPE.format(article="''", language="fr")),
        lambda r: _error(r, "the file name is empty"),
    ),
    Attack(
        "12-recipe-article-fifo",
        _recipe(RECIPE.format(article="pipe.txt", language="fr"), fifo=True),
        lambda r: _error(r, "is not a regular file"),
    ),
    Attack(
        "12-recipe-duplicate-key",
        _recipe(RECIPE.format(article="article.txt", language="fr") + "name: 'G::Other'\n"),
        lambda r: _error(r, "deck.yaml:5: recipe key 'name' is given twice (also line 1)"),
    ),
    Attack(
        "12-recipe-unknown-language",
        _recipe(RECIPE.format(article="article.txt", language="klingon")),
        lambda r: _error(r, "unknown language 'klingon'"),
    ),
    Attack("12-temp-file-left-by-kill-9", _stale_temp, _only_live_temp),
]


# Rows whose fix waits for another helper's file to land (see the note of issue 19).
PENDING: set[str] = set()


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


# --- 8. templates: bounded work ------------------------------------------------------------------

TEMPLATE_BOMBS = {
    "power": "[[ 9 ** (9 ** 9) ]]",
    "percent-width": "[[ '%999999999d' % 1 ]]",
    "format-width": "[[ '{:>999999999}'.format(1) ]]",
    "nested-format-width": "[[ '{:>{}}'.format(1, 999999999) ]]",
    "repeat": "[[ subject * 100000000 ]]",
    "four-loops": "[% for a in sentence %][% for b in sentence %][% for c in sentence %]"
    "[% for d in sentence %][% endfor %][% endfor %][% endfor %][% endfor %]",
    "recursion": "[% macro f() %][[ f() ]][% endmacro %][[ f() ]]",
    "doubling-calls": "[% macro g(k) %][% if k %][[ g(k - 1) ]][[ g(k - 1) ]][% endif %]"
    "[% endmacro %][[ g(40) ]]",
    "center-filter": "[[ subject|center(999999999) ]]",
    "format-filter": "[[ '%999999999d'|format(1) ]]",
    "replace-filter": "[[ sentence|replace('', sentence)|replace('', sentence) ]]",
    "concat-doubling": "[% set a = sentence ~ sentence ~ sentence ~ sentence %]"
    "[% set b = a ~ a ~ a ~ a ~ a ~ a ~ a ~ a %][% set c = b ~ b ~ b ~ b ~ b ~ b ~ b ~ b %]"
    "[[ c ~ c ]]",
    "float-overflow": "[[ 9.0 ** 9999 ]]",
    "long-output": "[% for w in sentence %][% for v in sentence %][[ sentence ]][% endfor %][% endfor %]",
}


@pytest.mark.parametrize("source", TEMPLATE_BOMBS.values(), ids=TEMPLATE_BOMBS.keys())
def test_bounded_sandbox_stops_a_template_bomb(source: str) -> None:
    from jinja2.exceptions import SecurityError

    from generators.questions import sandbox

    env = sandbox.BoundedSandbox(
        variable_start_string="[[",
        variable_end_string="]]",
        block_start_string="[%",
        block_end_string="%]",
    )
    context = {"sentence": SENTENCE, "subject": "budget"}
    with pytest.raises(SecurityError):
        sandbox.render(env.from_string(source), context)


def test_bounded_sandbox_renders_ordinary_templates() -> None:
    from generators.questions import sandbox

    env = sandbox.BoundedSandbox(
        variable_start_string="[[",
        variable_end_string="]]",
        block_start_string="[%",
        block_end_string="%]",
    )
    source = (
        "[[ subject|upper ]] [[ n * 2 ]] [[ '%5.1f' % 2.25 ]] [[ '{:>4}'.format(n) ]] "
        "[% for w in sentence.split()[:2] %][[ w ~ '!' ]][% endfor %] [[ 2 ** 10 ]]"
    )
    got = sandbox.render(
        env.from_string(source), {"subject": "budget", "n": 3, "sentence": SENTENCE}
    )
    assert got == "BUDGET 6   2.2    3 Le!conseil! 1024"
    assert sandbox.evaluate(env.compile_expression("n > 2 and subject"), {"n": 3, "subject": "x"})


def test_templates_init_on_a_full_disk_leaves_no_partial_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    disk = tmp_path / "disk"
    disk.mkdir()
    if subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=12k", "tmpfs", str(disk)], capture_output=True
    ).returncode:
        pytest.skip("cannot mount a tmpfs here (needs root)")
    try:
        code, _, err = run_factdeck(["templates", "init", f"{disk}/mine"], monkeypatch, capsys)
        assert code == 1 and "Error: cannot copy into" in err and "disk is full" in err
        assert list(disk.iterdir()) == []
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)


# --- 9. an article without punctuation parses in sentences of a sane length ------------------------


def test_text_without_punctuation_is_cut_in_sentences(nlp) -> None:  # type: ignore[no-untyped-def]
    from generators.extract import pipeline

    words = " ".join(
        f"le conseil de la ville vote un budget pour les écoles {i}" for i in range(400)
    )
    docs = pipeline.parse(words)  # one 25 000-character paragraph, not a full stop in it
    sentences = [s.text for _, doc in docs for s in doc.sents]
    assert len(sentences) > 10 and max(map(len, sentences)) <= 1_500
