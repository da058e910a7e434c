"""The quiz in a real terminal (pexpect): type answers, undo, Ctrl-C mid-quiz, resume."""

from __future__ import annotations

import os
import re
import sqlite3
import sys
from pathlib import Path

import pexpect
import pytest
from conftest import exit_status
from test_quiz_cli import BY_PROMPT, RIGHT, make_deck

pytestmark = pytest.mark.slow
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def spawn(deck: Path, db: Path, *extra: str, lang: str = "en_US.UTF-8") -> pexpect.spawn:
    env = {**os.environ, "NO_COLOR": "1", "FACTDECK_PLAYER": "ana", "TERM": "xterm"}
    env.update({"LANG": lang, "LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": ""})
    args = [
        "-m",
        "generators",
        "quiz",
        str(deck),
        "--db",
        str(db),
        "--seed",
        "5",
        "--now",
        "2026-03-01T09:00",
        *extra,
    ]
    return pexpect.spawn(
        sys.executable, args, env=env, encoding="utf-8", dimensions=(24, 80), timeout=60
    )


def next_question(child: pexpect.spawn) -> str:
    """Wait for the next question and return its id (from its prompt on screen)."""
    child.expect(r"Question \d/\d")
    child.expect("› ")
    shown = " ".join(ANSI.sub("", child.before).split())
    return next(qid for prompt, qid in BY_PROMPT.items() if " ".join(prompt.split()) in shown)


def kept_answers(db: Path) -> list[tuple[str, int]]:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT question_id, undone FROM answers ORDER BY id").fetchall()


def test_type_undo_interrupt_and_resume(tmp_path: Path) -> None:
    deck = make_deck(tmp_path / "demo.apkg")
    db = tmp_path / "p.db"
    child = spawn(deck, db)

    first = next_question(child)
    child.sendline(RIGHT[first])
    child.expect("✓")
    child.expect("Enter: next")
    child.sendline("")

    second = next_question(child)
    child.sendline("!")  # give up: wrong, whatever the kind
    child.expect("✗")
    child.sendline("u")  # undo: the card goes back, the question is asked again
    child.expect("Undone")
    assert next_question(child) == second
    assert kept_answers(db) == [(first, 0), (second, 1)]
    child.sendline(RIGHT[second])
    child.expect("✓")
    child.sendline("")

    next_question(child)
    child.send("half typed")
    child.sendintr()  # Ctrl-C while typing: that answer is lost, the others are saved
    child.expect_exact("answer(s) of this run are saved")
    child.expect("Interrupted")
    assert exit_status(child) == 130
    assert [a for a in kept_answers(db) if not a[1]] == [(first, 0), (second, 0)]

    child = spawn(deck, db)
    child.expect("Resuming: 2 of 4 answered")
    for _ in range(2):
        qid = next_question(child)
        assert qid not in (first, second)
        child.sendline(RIGHT[qid])
        child.expect("✓")
        child.sendline("")
    child.expect("Scores")
    assert exit_status(child) == 0
    assert sum(1 for _, undone in kept_answers(db) if not undone) == 4


def test_switch_to_choices_and_i_was_right(tmp_path: Path) -> None:
    deck = make_deck(tmp_path / "demo.apkg")
    db = tmp_path / "p.db"
    child = spawn(deck, db, "--tag", "succession", "--tag", "event")
    for _ in range(2):
        qid = next_question(child)
        if qid == "q-who":  # a person: the deck's other names serve as options
            child.sendline("?")
            child.expect("type the option's number")
            options = [" ".join(ANSI.sub("", line).split()) for line in child.before.splitlines()]
            child.expect("› ")
            number = next(
                line.split(".")[0] for line in options if line.endswith(RIGHT[qid].split()[-1])
            )
            child.sendline(number)
            child.expect("✓")
        else:
            child.sendline("surement pas")
            child.expect("✗")
            child.sendline("r")
            child.expect("Counted as right")
            child.sendline("f")
            child.expect("flagged")
        child.sendline("")
    assert exit_status(child) == 0
    with sqlite3.connect(db) as conn:
        rows = dict(
            (q, (mode, overridden, correct, rating))
            for q, mode, overridden, correct, rating in conn.execute(
                "SELECT question_id, mode, overridden, correct, rating FROM answers"
            )
        )
        assert rows["q-who"] == ("choice", 0, 1, 2)  # right with the options: rated Hard
        assert rows["q-when"] == ("typed", 1, 1, 3)  # overridden: counted right, rated Good
        assert conn.execute("SELECT question_id FROM flags").fetchall() == [("q-when",)]
        assert conn.execute("SELECT kind FROM events ORDER BY id").fetchall() == [
            ("override",),
            ("flag",),
        ]


def test_a_killed_terminal_loses_at_most_the_answer_being_typed(tmp_path: Path) -> None:
    import signal

    deck = make_deck(tmp_path / "demo.apkg")
    db = tmp_path / "p.db"
    child = spawn(deck, db)
    for _ in range(2):
        child.sendline(RIGHT[next_question(child)])
        child.expect("Enter: next")
        child.sendline("")
    next_question(child)
    child.send("en cours de fr")
    child.kill(signal.SIGKILL)
    child.close()
    assert len(kept_answers(db)) == 2
    child = spawn(deck, db)
    child.expect("Resuming: 2 of 4 answered")
    child.sendintr()
    child.expect(pexpect.EOF)


def test_hot_seat_clears_the_screen_and_hands_over(tmp_path: Path) -> None:
    deck = make_deck(tmp_path / "demo.apkg")
    child = spawn(deck, tmp_path / "p.db", "--players", "ana,ben", "--limit", "1")
    qid = next_question(child)
    secret = "Réponse Secrète"
    child.sendline(secret)
    child.expect("✗")
    child.expect("Enter: next")
    child.sendline("")
    child.expect_exact("\x1b[2J")  # cleared before the hand-over
    child.expect("ben, your turn: press Enter")
    assert secret not in child.before
    child.sendline("")
    assert next_question(child) == qid
    assert secret not in child.before  # ben's screen never shows ana's answer
    child.sendline(RIGHT[qid])
    child.expect("✓")
    child.sendline("")
    assert exit_status(child) == 0


def test_hot_seat_in_french_when_the_locale_says_nothing(tmp_path: Path) -> None:
    deck = make_deck(tmp_path / "demo.apkg")
    child = spawn(deck, tmp_path / "p.db", "--players", "ana,ben", "--limit", "1", lang="C.UTF-8")
    qid = next_question(child)
    screen = " ".join(ANSI.sub("", child.before).split())
    assert screen.startswith("· ana · ") and "Entrée : répondre" in screen
    child.sendline("!")
    child.expect("abandon")
    child.expect("Réponse : ")
    child.expect("Entrée : suite")
    child.sendline("")
    child.expect("À ben : appuyez sur Entrée")
    child.sendline("")
    child.expect(r"Question 1/1 · ben · ")
    child.expect("› ")
    child.sendline(RIGHT[qid])
    child.expect("✓")
    child.expect("juste")
    child.sendline("")
    child.expect("Bilan du groupe")
    assert exit_status(child) == 0
    debrief = ANSI.sub("", child.before)
    assert "(abandon)" in debrief  # ana's answer: she gave up
    for english in ("Answer:", "right", "Enter:", "person_role", "gave up"):
        assert english not in debrief
