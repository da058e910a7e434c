"""`factdeck quiz`, `stats`, `leaderboard`, `results`: the CONTRACT interface, on real .apkg decks."""

from __future__ import annotations

import html
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from generators.cli import app
from generators.questions import Question

ROOT = Path(__file__).resolve().parent.parent
RECIPE = ROOT / "decks" / "otan-irak-2020-02.yaml"
NOW = "2026-03-01T09:00:00+00:00"

QUESTIONS = [
    Question(
        id="q-count",
        fact_id="demo:quantity:1",
        template="quantity-combien",
        kind="numeric",
        prompt="Combien de bénévoles travaillent à la banque alimentaire ?",
        answer="environ 300",
        range=(270.0, 330.0),
        source="Environ 300 bénévoles travaillent à la banque alimentaire.",
        fact_type="quantity",
        tags=("quantity", "demo"),
    ),
    Question(
        id="q-who",
        fact_id="demo:succession:1",
        template="succession-qui",
        kind="basic",
        prompt="Qui a succédé à Paul Girard à la présidence de l'association ?",
        answer="Claire Moreau",
        source="Claire Moreau a succédé à Paul Girard à la présidence de l'association.",
        fact_type="succession",
        tags=("succession", "demo"),
    ),
    Question(
        id="q-role",
        fact_id="demo:person_role:1",
        template="role-mcq",
        kind="mcq",
        prompt="Qui est la trésorière de l'association ?",
        answer="Nadia Lemaire",
        choices=("Nadia Lemaire", "Claire Moreau", "Paul Girard", "Hugo Petit"),
        source="Nadia Lemaire, trésorière de l'association, présente les comptes.",
        fact_type="person_role",
    ),
    Question(
        id="q-when",
        fact_id="demo:event:1",
        template="event-quand",
        kind="basic",
        prompt="À quelle date l'entrepôt a-t-il ouvert ?",
        answer="le 3 mars 2021",
        source="L'entrepôt a ouvert le 3 mars 2021.",
        fact_type="event",
    ),
]
RIGHT = {
    "q-count": "trois cents",
    "q-who": "Moreau",
    "q-role": "Nadia Lemaire",
    "q-when": "03/03/2021",
}
BY_PROMPT = {q.prompt: q.id for q in QUESTIONS}


def basic_model() -> Any:
    """Return a genanki note type shaped like factdeck's: Question, Answer, Meta."""
    import genanki

    return genanki.Model(
        1_700_000_001,
        "factdeck Basic",
        fields=[{"name": "Question"}, {"name": "Answer"}, {"name": "Meta"}],
        templates=[{"name": "Card 1", "qfmt": "{{Question}}", "afmt": "{{Answer}}"}],
    )


def make_deck(path: Path, questions: list[Question] = QUESTIONS, slug: str = "demo") -> Path:
    """Write a real .apkg whose notes end with factdeck's Meta field (HTML-escaped JSON)."""
    import genanki

    model = basic_model()
    deck = genanki.Deck(1_700_000_002, "factdeck::demo")
    for q in questions:
        meta = {**q.to_dict(), "article": {"slug": slug, "title": "Démo"}, "schema": 1}
        fields = [
            html.escape(q.prompt),
            html.escape(q.answer),
            html.escape(json.dumps(meta, ensure_ascii=False)),
        ]
        deck.add_note(genanki.Note(model=model, fields=fields, guid=q.id))
    genanki.Package(deck).write_to_file(str(path))
    return path


def quiz(
    args: list[str], answers: str, tmp_path: Path, *, db: str = "p.db"
) -> tuple[int, str, str]:
    """Run `factdeck quiz` unattended in-process; return (exit code, stdout, stderr)."""
    file = tmp_path / "answers.txt"
    file.write_text(answers, encoding="utf-8")
    lang = [] if "--lang" in args else ["--lang", "en"]
    result = CliRunner().invoke(
        app,
        ["quiz", *args, *lang, "--answers", str(file), "--db", str(tmp_path / db), "--now", NOW],
    )
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def ordered_answers(stderr_or_ids: list[str], right: bool = True) -> str:
    return "".join((RIGHT[q] if right else "rien") + "\n" for q in stderr_or_ids)


def order(deck: Path, tmp_path: Path, seed: int) -> list[str]:
    """Return the question ids a seeded run asks, in order (from a throw-away database)."""
    code, out, _ = quiz(
        [str(deck), "--seed", str(seed), "--json"], "x\n" * 8, tmp_path, db=f"order{seed}.db"
    )
    assert code == 0
    return [r["question_id"] for r in json.loads(out)["results"]]


@pytest.fixture
def deck(tmp_path: Path) -> Path:
    return make_deck(tmp_path / "demo.apkg")


def test_unattended_json_is_the_contract_object(deck: Path, tmp_path: Path) -> None:
    ids = order(deck, tmp_path, 1)
    code, out, err = quiz(
        [str(deck), "--seed", "1", "--json", "--player", "ana"], ordered_answers(ids), tmp_path
    )
    assert code == 0
    data = json.loads(out)  # stdout holds only the JSON object
    assert {"player", "asked", "correct", "results"} <= set(data)
    assert (data["player"], data["asked"], data["correct"]) == ("ana", 4, 4)
    for item in data["results"]:
        assert {
            "question_id",
            "fact_id",
            "prompt",
            "expected",
            "given",
            "correct",
            "reason",
        } <= set(item)
    assert "Question 1/4" in err and "Question 1/4" not in out


def test_same_seed_and_clock_give_the_same_run(deck: Path, tmp_path: Path) -> None:
    first = quiz([str(deck), "--seed", "7", "--json"], "a\nb\nc\n", tmp_path, db="a.db")
    second = quiz([str(deck), "--seed", "7", "--json"], "a\nb\nc\n", tmp_path, db="b.db")
    assert first[1] == second[1]
    assert len({tuple(order(deck, tmp_path, s)) for s in range(6)}) > 1


def test_run_stops_at_limit_or_end_of_input(deck: Path, tmp_path: Path) -> None:
    code, out, _ = quiz(
        [str(deck), "--seed", "1", "--json", "--limit", "2"], "a\nb\nc\nd\n", tmp_path, db="a.db"
    )
    assert code == 0 and json.loads(out)["asked"] == 2
    code, out, _ = quiz([str(deck), "--seed", "1", "--json"], "a\n", tmp_path, db="b.db")
    assert code == 0 and json.loads(out)["asked"] == 1


def test_each_line_is_taken_literally(deck: Path, tmp_path: Path) -> None:
    code, out, _ = quiz([str(deck), "--seed", "1", "--json"], "u\nq\n?\n", tmp_path)
    assert code == 0
    assert [r["given"] for r in json.loads(out)["results"]] == ["u", "q", "?"]


def test_multiple_choice_by_number(deck: Path, tmp_path: Path) -> None:
    _, _, err = quiz([str(deck), "--seed", "3", "--kind", "mcq"], "", tmp_path, db="look.db")
    number = next(
        line.split(".")[0].strip()
        for line in err.splitlines()
        if line.strip().endswith("Nadia Lemaire")
    )
    code, out, _ = quiz(
        [str(deck), "--seed", "3", "--kind", "mcq", "--json"], f"{number}\n", tmp_path
    )
    assert code == 0
    assert json.loads(out)["results"][0]["correct"] is True


def test_quiz_resumes_the_unfinished_session(deck: Path, tmp_path: Path) -> None:
    ids = order(deck, tmp_path, 2)
    _, out1, _ = quiz([str(deck), "--seed", "2", "--json"], ordered_answers(ids[:2]), tmp_path)
    _, out2, err2 = quiz([str(deck), "--seed", "2", "--json"], ordered_answers(ids[2:]), tmp_path)
    assert "Resuming: 2 of 4 answered" in err2
    asked = [r["question_id"] for r in json.loads(out1)["results"] + json.loads(out2)["results"]]
    assert asked == ids
    _, out3, err3 = quiz([str(deck), "--seed", "2", "--json", "--fresh"], "x\n", tmp_path)
    assert "Resuming" not in err3 and json.loads(out3)["asked"] == 1


def test_due_skips_what_was_learnt_even_after_reextraction(deck: Path, tmp_path: Path) -> None:
    ids = order(deck, tmp_path, 1)
    quiz([str(deck), "--seed", "1", "--limit", "4"], ordered_answers(ids), tmp_path)
    reworded = [
        Question(
            **{
                **q.__dict__,
                "id": q.id + "-v2",
                "prompt": q.prompt.replace("Qui", "Quelle personne"),
            }
        )
        for q in QUESTIONS
    ]
    reworded.append(
        Question(
            id="q-new",
            fact_id="demo:quantity:2",
            template="t",
            kind="numeric",
            prompt="Combien de camions ?",
            answer="12",
            fact_type="quantity",
        )
    )
    rebuilt = make_deck(tmp_path / "demo-v2.apkg", reworded)
    code, out, _ = quiz([str(rebuilt), "--due", "--json", "--fresh"], "12\n", tmp_path)
    assert code == 0
    assert [r["question_id"] for r in json.loads(out)["results"]] == ["q-new"]


def test_hot_seat_turns_scores_and_debrief(deck: Path, tmp_path: Path) -> None:
    ids = order(deck, tmp_path, 4)
    lines = "".join(f"{RIGHT[q]}\nrien\n" for q in ids[:2])
    code, out, err = quiz(
        [str(deck), "--seed", "4", "--players", "ana,ben", "--limit", "2", "--json"],
        lines,
        tmp_path,
    )
    assert code == 0
    data = json.loads(out)
    assert [r["player"] for r in data["results"]] == ["ana", "ben", "ana", "ben"]
    assert data["players"] == ["ana", "ben"] and data["correct"] == 2
    assert "Scores" in err and "Group debrief" in err and "Facts to review together" in err
    assert "rien" in err.split("Group debrief")[1]  # the most common wrong answer


def test_stats_leaderboard_and_results(deck: Path, tmp_path: Path) -> None:
    ids = order(deck, tmp_path, 1)
    quiz(
        [str(deck), "--seed", "1", "--player", "ana"], ordered_answers(ids[:3]) + "rien\n", tmp_path
    )
    quiz([str(deck), "--seed", "1", "--player", "ben", "--limit", "2"], "rien\nrien\n", tmp_path)
    db = str(tmp_path / "p.db")
    result = CliRunner().invoke(
        app, ["stats", "--player", "ana", "--db", db, "--now", NOW, "--json"]
    )
    stats = json.loads(result.stdout)
    assert (stats["asked"], stats["correct"], stats["streak_days"], stats["facts"]) == (4, 3, 1, 4)
    assert {t["fact_type"] for t in stats["by_type"]} == {
        "quantity",
        "succession",
        "person_role",
        "event",
    }
    assert (
        stats["due_now"] == 0 and stats["due_today"] >= 1
    )  # the wrong answer comes back within minutes
    board = json.loads(CliRunner().invoke(app, ["leaderboard", "--db", db, "--json"]).stdout)
    assert [(r["deck"], r["player"], r["correct"]) for r in board] == [
        ("demo", "ana", 3),
        ("demo", "ben", 0),
    ]
    text = CliRunner().invoke(app, ["leaderboard", "--db", db]).stdout
    assert "ana" in text and "ben" in text
    csv_text = CliRunner().invoke(app, ["results", "--db", db, "--player", "ben"]).stdout
    assert (
        csv_text.splitlines()[0].startswith("id,answered_at,player")
        and len(csv_text.splitlines()) == 3
    )
    rows = json.loads(CliRunner().invoke(app, ["results", "--db", db, "--format", "json"]).stdout)
    assert len(rows) == 6 and {"prompt", "given", "correct", "reason"} <= set(rows[0])
    assert (
        json.loads(
            CliRunner().invoke(app, ["results", "--db", db, "--flags", "--format", "json"]).stdout
        )
        == []
    )


def test_export_writes_the_session_results(deck: Path, tmp_path: Path) -> None:
    quiz([str(deck), "--seed", "1", "--export", str(tmp_path / "out.csv")], "a\nb\n", tmp_path)
    lines = (tmp_path / "out.csv").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 3 and "given" in lines[0]
    quiz(
        [str(deck), "--seed", "1", "--fresh", "--export", str(tmp_path / "out.json")],
        "a\n",
        tmp_path,
    )
    assert len(json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))) == 1


def test_answers_file_with_bom_and_crlf(deck: Path, tmp_path: Path) -> None:
    (tmp_path / "bom.txt").write_bytes("\ufeffMoreau\r\nrien\r\n".encode())
    result = CliRunner().invoke(
        app,
        [
            "quiz",
            str(deck),
            "--kind",
            "basic",
            "--tag",
            "succession",
            "--json",
            "--answers",
            str(tmp_path / "bom.txt"),
            "--db",
            str(tmp_path / "p.db"),
        ],
    )
    assert json.loads(result.stdout)["results"][0]["given"] == "Moreau"
    (tmp_path / "latin1.txt").write_bytes("réponse\n".encode("latin-1"))
    from generators.errors import InputError

    args = [
        "quiz",
        str(deck),
        "--answers",
        str(tmp_path / "latin1.txt"),
        "--db",
        str(tmp_path / "p.db"),
    ]
    result = CliRunner().invoke(app, args)
    assert isinstance(result.exception, InputError)
    assert (
        str(result.exception)
        == f"answers file {tmp_path / 'latin1.txt'} is not UTF-8 text; save it as UTF-8"
    )


def test_player_comes_from_the_environment(
    deck: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FACTDECK_PLAYER", "zoé")
    _, out, _ = quiz([str(deck), "--seed", "1", "--json"], "a\n", tmp_path)
    assert json.loads(out)["player"] == "zoé"


def test_a_deck_not_built_by_factdeck_is_refused(tmp_path: Path) -> None:
    import genanki

    model = genanki.Model(
        1_700_000_003,
        "Plain",
        fields=[{"name": "Front"}, {"name": "Back"}],
        templates=[{"name": "c", "qfmt": "{{Front}}", "afmt": "{{Back}}"}],
    )
    plain = genanki.Deck(1_700_000_004, "plain")
    plain.add_note(genanki.Note(model=model, fields=["a", "b"]))
    genanki.Package(plain).write_to_file(str(tmp_path / "plain.apkg"))
    from generators.errors import InputError

    with pytest.raises(InputError, match="no factdeck notes"):
        quiz([str(tmp_path / "plain.apkg")], "", tmp_path)


def factdeck(
    *args: str, stdin: str = "", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generators", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=300,
    )


@pytest.mark.slow
@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["quiz", "{deck}", "--db", "{tmp}", "--answers", "-"],
            "Error: {tmp} is a folder, not a progress database; give a file path with --db",
        ),
        (
            ["quiz", "{deck}", "--db", "{tmp}/no/p.db", "--answers", "-"],
            "Error: cannot create {tmp}/no/p.db: folder {tmp}/no does not exist; create it first",
        ),
        (
            ["quiz", "{deck}", "--answers", "{tmp}/missing.txt", "--db", "{tmp}/p.db"],
            "Error: no such answers file: {tmp}/missing.txt; check the path",
        ),
        (
            ["quiz", "{tmp}/missing.apkg", "--answers", "-"],
            "Error: no such deck: {tmp}/missing.apkg; check the path",
        ),
        (
            ["stats", "--player", "nobody", "--db", "{tmp}/none.db"],
            "Error: no progress database at {tmp}/none.db yet; play with `factdeck quiz` first",
        ),
    ],
)
def test_errors_are_one_line(tmp_path: Path, args: list[str], message: str) -> None:
    deck = make_deck(tmp_path / "demo.apkg")
    done = factdeck(*[a.format(deck=deck, tmp=tmp_path) for a in args])
    assert done.returncode == 1
    assert done.stderr.strip() == message.format(tmp=tmp_path)


@pytest.mark.slow
def test_unknown_player_and_corrupt_database(tmp_path: Path) -> None:
    deck = make_deck(tmp_path / "demo.apkg")
    db = tmp_path / "p.db"
    assert (
        factdeck(
            "quiz", str(deck), "--db", str(db), "--answers", "-", "--player", "ana", stdin="a\n"
        ).returncode
        == 0
    )
    done = factdeck("stats", "--player", "nobody", "--db", str(db))
    assert (
        done.returncode == 1
        and done.stderr.strip()
        == f"Error: no answers by player 'nobody' in {db}; known players: ana"
    )
    db.write_bytes(b"garbage" * 1000)
    done = factdeck("quiz", str(deck), "--db", str(db), "--answers", "-", stdin="a\n")
    assert done.returncode == 1  # a --db that is not a database is the user's file: left alone
    assert done.stderr.startswith(f"Error: {db} is not an SQLite database, so not factdeck's")
    assert db.read_bytes() == b"garbage" * 1000 and not list(tmp_path.glob("p.db.corrupt-*"))


@pytest.mark.slow
def test_two_quiz_processes_on_one_database_lose_nothing(tmp_path: Path) -> None:
    deck = make_deck(tmp_path / "demo.apkg")
    db = tmp_path / "p.db"
    procs = []
    for player in ("ana", "ben", "ana"):
        procs.append(
            subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "generators",
                    "quiz",
                    str(deck),
                    "--db",
                    str(db),
                    "--answers",
                    "-",
                    "--player",
                    player,
                    "--fresh",
                    "--json",
                ],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
        )
    outputs = [p.communicate("a\nb\nc\nd\n", timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], outputs
    import sqlite3

    rows = (
        sqlite3.connect(db)
        .execute("SELECT player, COUNT(*) FROM answers GROUP BY player ORDER BY player")
        .fetchall()
    )
    assert rows == [("ana", 8), ("ben", 4)]


NO_SPACY = """
import sys
from generators.cli import app
try:
    app(sys.argv[1:], standalone_mode=False)
finally:
    # pydantic: typer 0.29 coerces options through it (+70 ms at every start)
    heavy = sorted(m for m in ("spacy", "thinc", "genanki", "anki", "pydantic") if m in sys.modules)
    print("HEAVY=" + ",".join(heavy), file=sys.stderr)
"""


@pytest.mark.slow
def test_quiz_on_a_cached_article_or_built_deck_never_imports_spacy(tmp_path: Path) -> None:
    env = {"FACTDECK_HOME": str(tmp_path / "home")}
    assert factdeck("facts", str(RECIPE), env=env).returncode == 0  # extracts once, fills the cache
    built = tmp_path / "seed.apkg"
    assert factdeck("build", str(RECIPE), "-o", str(built), env=env).returncode == 0
    for source in (str(RECIPE), str(built)):
        done = subprocess.run(
            [
                sys.executable,
                "-c",
                NO_SPACY,
                "quiz",
                source,
                "--answers",
                "-",
                "--db",
                str(tmp_path / "p.db"),
                "--json",
                "--limit",
                "2",
                "--fresh",
            ],
            input="500\nJennie Carignan\n",
            capture_output=True,
            text=True,
            env={**os.environ, **env},
            timeout=300,
        )
        assert done.returncode == 0, done.stderr
        assert "HEAVY=\n" in done.stderr
        assert json.loads(done.stdout)["asked"] == 2


def test_stats_without_player_after_a_hot_seat_shows_the_players_known(
    deck: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FACTDECK_PLAYER", "login")  # the login name, who never played
    db = str(tmp_path / "p.db")
    quiz([str(deck), "--seed", "1", "--player", "ana", "--limit", "1"], "rien\n", tmp_path)
    alone = CliRunner().invoke(app, ["stats", "--db", db, "--now", NOW, "--json"])
    assert alone.exit_code == 0 and json.loads(alone.stdout)["player"] == "ana"
    quiz([str(deck), "--seed", "1", "--players", "ana,ben", "--limit", "1"], "a\nb\n", tmp_path)
    both = CliRunner().invoke(app, ["stats", "--db", db, "--now", NOW, "--json"])
    assert both.exit_code == 0
    assert [item["player"] for item in json.loads(both.stdout)] == ["ana", "ben"]
    assert "--player" in both.stderr
    text = CliRunner().invoke(app, ["stats", "--db", db, "--now", NOW]).stdout
    assert "ana:" in text and "ben:" in text


def test_hot_seat_debrief_shows_the_wrong_option_text_not_its_number(
    deck: Path, tmp_path: Path
) -> None:
    _, _, err = quiz([str(deck), "--seed", "3", "--kind", "mcq"], "", tmp_path, db="look.db")
    number = next(
        line.split(".")[0].strip()
        for line in err.splitlines()
        if line.strip().endswith("Hugo Petit")
    )
    args = [str(deck), "--seed", "3", "--kind", "mcq", "--players", "ana,ben"]
    code, _, err = quiz(args, f"{number}\n{number}\n", tmp_path)
    assert code == 0
    debrief = err.split("Group debrief")[1]
    assert "Hugo Petit" in debrief


def test_the_deck_title_shows_without_control_characters(tmp_path: Path) -> None:
    import genanki

    model = basic_model()
    package = genanki.Deck(1_700_000_005, "factdeck::titre")
    q = QUESTIONS[1]
    title = "La foire\x1b[2J de Lorval\x07"
    meta = {**q.to_dict(), "article": {"slug": "foire", "title": title}, "schema": 1}
    fields = [html.escape(q.prompt), html.escape(q.answer), html.escape(json.dumps(meta))]
    package.add_note(genanki.Note(model=model, fields=fields, guid=q.id))
    genanki.Package(package).write_to_file(str(tmp_path / "titre.apkg"))
    _, _, err = quiz([str(tmp_path / "titre.apkg"), "--seed", "1"], "x\n", tmp_path)
    shown = err.split("Question 1/1")[0]
    assert "La foire de Lorval" in shown and "\x1b" not in err and "\x07" not in err
