"""`factdeck review` end to end: unattended keys, status, bad files, rebuilds and Anki import."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import pexpect
import pytest
from anki.collection import Collection
from conftest import exit_status, run_factdeck
from test_anki_import import import_deck

from generators.build.quiz_questions import quiz_questions
from generators.export.anki.notes import note_guid
from generators.records import question_from_dict

DATA = Path(__file__).resolve().parent / "data" / "review"
RECIPE = "name: Groupe::Usine\narticle: usine.txt\nlanguage: fr\nfacts: usine.facts.json\n"
# An invented article and its facts as `factdeck facts` saved them (no run needs spaCy).
EDIT = {"1 200": "1 500", '"value": 1200': '"value": 1500'}


def write_deck(folder: Path, edits: dict[str, str] | None = None) -> Path:
    """Write the article, its facts and its recipe into `folder`, with `edits` made to both."""
    folder.mkdir(exist_ok=True)
    for name in ("usine.txt", "usine.facts.json"):
        text = (DATA / name).read_text(encoding="utf-8")
        for old, new in (edits or {}).items():
            text = text.replace(old, new)
        (folder / name).write_text(text, encoding="utf-8")
    recipe = folder / "usine.yaml"
    recipe.write_text(RECIPE, encoding="utf-8")
    return recipe


@pytest.fixture
def recipe(tmp_path: Path) -> Path:
    return write_deck(tmp_path / "decks")


def run(args: list[str], mp: pytest.MonkeyPatch, cap: pytest.CaptureFixture[str]) -> Any:
    return run_factdeck(args, mp, cap)


def questions(recipe: Path, mp: pytest.MonkeyPatch, cap: pytest.CaptureFixture[str]) -> Any:
    code, out, err = run(["questions", str(recipe)], mp, cap)
    assert code == 0, err
    return json.loads(out)


def status(recipe: Path, mp: pytest.MonkeyPatch, cap: pytest.CaptureFixture[str]) -> dict[str, int]:
    code, out, err = run(["review", str(recipe), "--status"], mp, cap)
    assert code == 0, err
    return {k: int(v) for k, v in (line.rsplit(": ", 1) for line in out.splitlines())}


def review_keys(
    recipe: Path, keys: str, mp: pytest.MonkeyPatch, cap: pytest.CaptureFixture[str], *extra: str
) -> str:
    path = recipe.parent / "keys.txt"
    path.write_text(keys, encoding="utf-8")
    code, _, err = run(["review", str(recipe), "--keys", str(path), *extra], mp, cap)
    assert code == 0, err
    return str(err)


def test_unattended_review_applies_to_questions_and_status(
    recipe: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    before = questions(recipe, monkeypatch, capsys)
    first, second = before[0], before[1]
    transcript = review_keys(
        recipe, "d\ndoublon\ne\nQui a un nouveau rôle ?\n\n\nq\n", monkeypatch, capsys
    )
    assert "Reviewed 2: 0 kept, 1 edited, 1 dropped" in transcript
    after = questions(recipe, monkeypatch, capsys)
    assert [q["id"] for q in after] == [q["id"] for q in before[1:]]
    assert after[0]["prompt"] == "Qui a un nouveau rôle ?" and after[0]["id"] == second["id"]
    counts = status(recipe, monkeypatch, capsys)
    assert counts["questions"] == len(before)
    assert (counts["reviewed"], counts["edited"], counts["dropped"]) == (2, 1, 1)
    assert counts["new"] == len(before) - 2 and counts["changed since review"] == 0
    decisions = (recipe.parent / "usine.decisions.yaml").read_text(encoding="utf-8")
    assert f"{first['id']}:\n  decision: drop\n  was: {first['prompt']}" in decisions
    _, _, err = run(["questions", str(recipe), "--explain"], monkeypatch, capsys)
    assert f"dropped in review: {first['prompt']}" in err


def test_an_edited_article_shows_only_the_changed_questions_again(
    recipe: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    total = len(questions(recipe, monkeypatch, capsys))
    review_keys(recipe, "\n" * total, monkeypatch, capsys)
    assert status(recipe, monkeypatch, capsys)["kept"] == total
    write_deck(recipe.parent, EDIT)
    counts = status(recipe, monkeypatch, capsys)
    changed = counts["changed since review"]
    edited = [q for q in questions(recipe, monkeypatch, capsys) if "1 500" in q["source"]]
    assert 0 < changed == len(edited) < total  # only the questions of the edited sentence
    transcript = review_keys(recipe, "q\n", monkeypatch, capsys)
    assert f"1/{changed + counts['new']} · changed since you reviewed it" in transcript
    assert "you kept it" in transcript
    code, _, err = run(
        ["build", str(recipe), "-o", str(recipe.parent / "u.apkg")], monkeypatch, capsys
    )
    assert code == 0 and f"{changed} questions changed since the group reviewed them" in err


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("x:\n  decision: keep\n   why: a: b\n", 3, "fix the YAML syntax"),
        ("0000000000000000:\n  decision: drop\n", 1, "unknown question id '0000000000000000'"),
        ("0000000000000000:\n  decision: drop\n  colour: red\n", 3, "unknown field 'colour'"),
    ],
)
@pytest.mark.parametrize("command", ["build", "questions", "review", "quiz"])
def test_a_bad_decisions_file_stops_every_command_with_its_line(
    recipe: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    command: str,
    text: str,
    line: int,
    message: str,
) -> None:
    path = recipe.parent / "usine.decisions.yaml"
    path.write_text(text, encoding="utf-8")
    out_file = recipe.parent / "u.apkg"
    extra = {"build": ["-o", str(out_file)], "quiz": ["--answers", os.devnull]}.get(command, [])
    code, out, err = run([command, str(recipe), *extra], monkeypatch, capsys)
    assert (code, out) == (1, "")
    assert err.startswith(f"Error: {path}:{line}: ") and message in err
    assert err.count("\n") == 1
    assert path.read_text(encoding="utf-8") == text and not out_file.exists()


def test_flagged_questions_come_first_with_flagged_only(
    recipe: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from generators.quiz.store import open_store

    listed = questions(recipe, monkeypatch, capsys)
    flagged = listed[3]
    db = recipe.parent / "progress.db"
    store = open_store(db)
    store.flag(
        "ana",
        "usine",
        {**flagged, "answer": flagged["answer"]},
        "ambiguë",
        "2026-03-02T10:00:00+00:00",
    )
    store.close()
    assert status_with_db(recipe, db, monkeypatch, capsys)["flagged"] == 1
    transcript = review_keys(
        recipe, "d\nambiguë\n", monkeypatch, capsys, "--flagged", "--db", str(db)
    )
    assert "1/1 · new" in transcript and "⚑ flagged by ana: « ambiguë »" in transcript
    assert flagged["id"] not in [q["id"] for q in questions(recipe, monkeypatch, capsys)]
    assert status_with_db(recipe, db, monkeypatch, capsys)["flagged"] == 0  # decided since


def status_with_db(recipe: Path, db: Path, mp: pytest.MonkeyPatch, cap: Any) -> dict[str, int]:
    code, out, _ = run(["review", str(recipe), "--status", "--db", str(db)], mp, cap)
    assert code == 0
    return {k: int(v) for k, v in (line.rsplit(": ", 1) for line in out.splitlines())}


@pytest.mark.slow
def test_anki_keeps_the_edited_note_and_tags_the_dropped_one(
    recipe: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    deck = tmp_path / "usine.apkg"
    assert run(["build", str(recipe), "-o", str(deck)], monkeypatch, capsys)[0] == 0
    listed = questions(recipe, monkeypatch, capsys)
    col = Collection(str(tmp_path / "collection.anki2"))
    try:
        assert import_deck(col, deck)["new"] == len(listed)
        notes = {col.get_note(n).guid: n for n in col.find_notes("")}
        edited_prompt = "Quel est le poste de Claire Dubois ?"
        edited_nid = notes[note_guid(question_from_dict(listed[1]))]
        card = col.get_note(edited_nid).cards()[0]
        card.start_timer()
        col.sched.answerCard(card, 3)  # a member reviews the card before the edit
        review_keys(recipe, f"d\n\ne\n{edited_prompt}\n\n\nq\n", monkeypatch, capsys)
        code, _, err = run(["build", str(recipe), "-o", str(deck)], monkeypatch, capsys)
        assert code == 0
        assert "1 questions dropped in review kept tagged factdeck::dropped" in err
        assert "tag:factdeck::dropped" in err
        log = import_deck(col, deck)
        assert log["new"] == 0 and log["updated"] >= 2
        assert col.note_count() == len(listed)
        note = col.get_note(edited_nid)  # the same note, updated in place
        assert edited_prompt in note.fields[0].replace("\xa0", " ")
        assert col.db is not None
        assert col.db.scalar("select count() from revlog where cid = ?", card.id) == 1
        dropped = col.find_notes("tag:factdeck::dropped")
        assert dropped == [notes[note_guid(question_from_dict(listed[0]))]]
    finally:
        col.close()
    asked = {q.id for q in quiz_questions(str(deck)).questions}
    assert listed[0]["id"] not in asked and listed[1]["id"] in asked
    fresh = tmp_path / "fresh.apkg"  # a first build has no member to keep the dropped note for
    code, _, err = run(["build", str(recipe), "-o", str(fresh)], monkeypatch, capsys)
    assert code == 0 and "factdeck::dropped" not in err


def spawn_review(recipe: Path, env: dict[str, str]) -> pexpect.spawn:
    """Start `factdeck review RECIPE` in a real terminal of 40 × 100."""
    return pexpect.spawn(
        sys.executable,
        ["-m", "generators", "review", str(recipe)],
        env=env,
        encoding="utf-8",
        dimensions=(40, 100),
        timeout=60,
    )


@pytest.mark.slow
def test_review_in_a_real_terminal(recipe: Path) -> None:
    env = {**os.environ, "NO_COLOR": "1", "TERM": "xterm"}
    env.pop("EDITOR", None)
    env.pop("VISUAL", None)
    child = spawn_review(recipe, env)
    child.expect(r"1/\d+ · new")
    child.expect("Enter: keep · d: drop · e: edit · s: skip · q: quit")
    child.expect("› ")
    child.sendline("")
    child.expect(r"2/\d+ · new")
    child.expect("› ")
    child.sendline("d")
    child.expect("Reason")
    child.sendline("trop vague")
    child.expect(r"3/\d+ · new")
    child.expect("› ")
    child.sendline("e")
    child.expect("prompt › ")
    child.sendline("Qui est cité ?")
    while child.expect([r"(answer|also accepted|choices) › ", r"4/\d+ · new"]) == 0:
        child.sendline("")
    child.expect("› ")
    child.sendline("q")
    child.expect("Reviewed 3: 1 kept, 1 edited, 1 dropped")
    assert exit_status(child) == 0
    text = (recipe.parent / "usine.decisions.yaml").read_text(encoding="utf-8")
    assert "reason: trop vague" in text and "prompt: Qui est cité ?" in text


@pytest.mark.parametrize("source", ["-", "deck.apkg"])
def test_review_needs_a_recipe_or_an_article(
    source: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(["review", source], monkeypatch, capsys)
    assert code == 1
    assert err == (
        f"Error: cannot review {source}: decisions are saved beside a recipe or an article; "
        "give the recipe\n"
    )


def test_an_article_keeps_its_decisions_beside_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    recipe = write_deck(tmp_path / "decks")
    facts = recipe.with_name("usine.facts.json")
    review_keys(facts, "d\n\nq\n", monkeypatch, capsys)
    assert (tmp_path / "decks" / "usine.facts.decisions.yaml").is_file()
    assert not (tmp_path / "decks" / "usine.decisions.yaml").exists()


def test_other_formats_leave_the_dropped_question_out(
    recipe: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    listed = questions(recipe, monkeypatch, capsys)
    review_keys(recipe, "\nd\n\nq\n", monkeypatch, capsys)  # keep the first, drop the second
    out = recipe.parent / "out"
    args = ["build", str(recipe), "--format", "quizlet", "-o", f"{out}/"]
    code, _, err = run(args, monkeypatch, capsys)
    assert code == 0, err
    text = next(out.glob("*.quizlet.txt")).read_text(encoding="utf-8")
    assert listed[0]["prompt"] in text and listed[1]["prompt"] not in text
    assert "factdeck::dropped" not in err


@pytest.mark.slow
def test_ctrl_c_in_a_real_terminal_keeps_the_decisions_made(recipe: Path) -> None:
    env = {**os.environ, "NO_COLOR": "1", "TERM": "xterm"}
    child = spawn_review(recipe, env)
    child.expect("› ")
    child.sendline("d")
    child.expect("Reason")
    child.sendline("")
    child.expect(r"2/\d+ · new")
    child.expect("› ")
    child.sendintr()
    child.expect("every decision made is saved")
    assert exit_status(child) == 130
    text = (recipe.parent / "usine.decisions.yaml").read_text(encoding="utf-8")
    assert text.count("decision: drop") == 1
