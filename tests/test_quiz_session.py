"""The session loop, driven through an injected console and input stream, with a real database."""

from __future__ import annotations

import io
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from rich.console import Console

from generators.questions import Question
from generators.quiz import session
from generators.quiz.session import Options, Quiz, choices_for, plan
from generators.quiz.store import Store, open_store
from generators.quiz.ui import QuizUI

NOW = datetime(2026, 3, 1, 9, 0, tzinfo=timezone.utc)
SEEDED = Options(seed=1)


@pytest.fixture(autouse=True)
def english() -> None:
    """Speak English, whatever an earlier test chose (the language is process-wide)."""
    from generators.quiz import i18n

    i18n.use("en")


def question(
    qid: str,
    fact: str,
    answer: str,
    *,
    kind: str = "basic",
    fact_type: str = "person_role",
    **extra: object,
) -> Question:
    extra.setdefault("source", f"Phrase source de {qid}.")
    return Question(
        id=qid,
        fact_id=fact,
        template=f"tpl-{kind}",
        kind=kind,
        prompt=f"Question {qid} ?",
        answer=answer,
        fact_type=fact_type,
        **extra,
    )  # type: ignore[arg-type]


QUESTIONS = [
    question("q1", "f1", "Marie Lefort"),
    question(
        "q1b", "f1", "Marie Lefort", kind="mcq", choices=("Marie Lefort", "Paul Martin", "Jean Roy")
    ),
    question("q2", "f2", "Paul Martin"),
    question("q3", "f3", "environ 220", kind="numeric", fact_type="quantity", range=(200.0, 240.0)),
    question("q4", "f4", "le 12 février 2020", fact_type="event"),
]


def run(
    store: Store,
    lines: str,
    *,
    players: tuple[str, ...] = ("ana",),
    interactive: bool = False,
    options: Options = SEEDED,
    questions: list[Question] = QUESTIONS,
    now: datetime = NOW,
) -> tuple[Quiz, str]:
    out = io.StringIO()
    ui = QuizUI(
        Console(file=out, width=80, no_color=True), io.StringIO(lines), interactive=interactive
    )
    cards = {
        p: {f: {"due": c.due, "reviews": c.reviews} for f, c in store.cards(p).items()}
        for p in players
    }
    turns = plan(questions, players, cards, now, options)
    sid = store.start_session(
        "deck",
        players,
        [(t.player, t.question.id) for t in turns],
        options.signature(),
        options.seed,
        now.isoformat(),
    )
    quiz = Quiz(
        store, ui, "deck", turns, sid, 0, questions, lambda: now, options.seed, len(players)
    )
    quiz.run()
    return quiz, out.getvalue()


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return open_store(tmp_path / "p.db")


def test_plan_orders_by_seed_and_rotates_questions_per_fact() -> None:
    turns = plan(QUESTIONS, ["ana"], {}, NOW, Options(seed=3))
    assert sorted(t.question.fact_id for t in turns) == ["f1", "f2", "f3", "f4"]
    assert turns == plan(QUESTIONS, ["ana"], {}, NOW, Options(seed=3))
    orders = {
        tuple(t.question.id for t in plan(QUESTIONS, ["ana"], {}, NOW, Options(seed=s)))
        for s in range(8)
    }
    assert len(orders) > 1
    first = {t.question.fact_id: t.question.id for t in turns}["f1"]
    reviewed = {"ana": {"f1": {"due": NOW.isoformat(), "reviews": 1}}}
    second = {
        t.question.fact_id: t.question.id
        for t in plan(QUESTIONS, ["ana"], reviewed, NOW, Options(seed=3))
    }["f1"]
    assert {first, second} == {"q1", "q1b"}


def test_plan_puts_due_first_then_new_then_later() -> None:
    cards = {
        "ana": {
            "f1": {"due": (NOW + timedelta(days=3)).isoformat(), "reviews": 2},
            "f2": {"due": (NOW - timedelta(days=1)).isoformat(), "reviews": 2},
        }
    }
    facts = [t.question.fact_id for t in plan(QUESTIONS, ["ana"], cards, NOW, Options(seed=1))]
    assert facts[0] == "f2" and facts[-1] == "f1" and set(facts[1:3]) == {"f3", "f4"}
    due = [
        t.question.fact_id
        for t in plan(QUESTIONS, ["ana"], cards, NOW, Options(seed=1, due_only=True))
    ]
    assert "f1" not in due and due[0] == "f2"
    capped = [
        t.question.fact_id
        for t in plan(QUESTIONS, ["ana"], cards, NOW, Options(seed=1, due_only=True, new=1))
    ]
    assert len(capped) == 2 and capped[0] == "f2"
    assert len(plan(QUESTIONS, ["ana"], cards, NOW, Options(seed=1, limit=2))) == 2


def test_plan_filters_kind_and_tag() -> None:
    assert {
        t.question.kind for t in plan(QUESTIONS, ["ana"], {}, NOW, Options(kinds=("numeric",)))
    } == {"numeric"}
    assert {
        t.question.fact_type for t in plan(QUESTIONS, ["ana"], {}, NOW, Options(tags=("event",)))
    } == {"event"}


def test_hot_seat_asks_every_player_the_same_question_in_turn() -> None:
    turns = plan(QUESTIONS, ["ana", "ben"], {}, NOW, Options(seed=1))
    assert [t.player for t in turns[:4]] == ["ana", "ben", "ana", "ben"]
    assert turns[0].question == turns[1].question


def test_choices_are_seeded_and_borrow_distractors() -> None:
    mcq = QUESTIONS[1]
    assert choices_for(mcq, QUESTIONS, 5) == choices_for(mcq, QUESTIONS, 5)
    assert sorted(choices_for(mcq, QUESTIONS, 5)) == sorted(mcq.choices)
    borrowed = choices_for(QUESTIONS[2], QUESTIONS, 5)
    assert (
        "Paul Martin" in borrowed
        and "Marie Lefort" in borrowed
        and len(set(borrowed)) == len(borrowed)
    )


def test_unattended_answers_each_line_literally_and_saves_each(store: Store) -> None:
    quiz, transcript = run(store, "Lefort\nq\n")
    assert [r.given for r in quiz.results] == ["Lefort", "q"]
    assert store.query("SELECT COUNT(*) AS n FROM answers")[0]["n"] == 2
    assert not quiz.finished and quiz.position == 2
    assert transcript.count("Answer:") == 2 and "Source: « Phrase source de" in transcript


def test_session_finishes_and_scores(store: Store) -> None:
    answers = {
        "q1": "lefort",
        "q1b": "Marie Lefort",
        "q2": "martin",
        "q3": "deux cent dix",
        "q4": "12/02/2020",
    }
    order = [t.question.id for t in plan(QUESTIONS, ["ana"], {}, NOW, Options(seed=1))]
    quiz, _ = run(store, "".join(answers[q] + "\n" for q in order))
    assert quiz.finished
    assert all(r.verdict.correct for r in quiz.results), [r.verdict for r in quiz.results]
    assert store.query("SELECT finished FROM sessions")[0]["finished"] is not None


def test_interactive_undo_restores_card_and_asks_again(store: Store) -> None:
    quiz, transcript = run(
        store,
        "wrong\nu\nLefort\n\nq\n",
        interactive=True,
        options=Options(seed=1, kinds=("basic",), limit=1),
    )
    rows = store.query("SELECT given, undone FROM answers ORDER BY id")
    assert rows == [{"given": "wrong", "undone": 1}, {"given": "Lefort", "undone": 0}]
    assert [r.given for r in quiz.results] == ["Lefort"]
    assert "Undone" in transcript and store.query("SELECT reviews FROM cards")[0]["reviews"] == 1


def test_interactive_override_and_flag(store: Store) -> None:
    quiz, transcript = run(
        store,
        "Lebrun\nr\nf\n\n",
        interactive=True,
        options=Options(seed=1, kinds=("basic",), limit=1),
    )
    assert quiz.results[0].verdict.correct and "overridden" in quiz.results[0].verdict.reason
    assert store.query("SELECT correct, overridden FROM answers") == [
        {"correct": 1, "overridden": 1}
    ]
    assert store.query("SELECT COUNT(*) AS n FROM flags")[0]["n"] == 1
    assert "Counted as right" in transcript and "flagged" in transcript


def test_interactive_switch_to_multiple_choice_is_rated_hard(store: Store) -> None:
    quiz, transcript = run(
        store,
        "?\nMarie Lefort\n\n",
        interactive=True,
        options=Options(seed=1, kinds=("basic",), limit=1),
    )
    assert "1." in transcript and "2." in transcript
    assert quiz.results[0].mode == "choice" and quiz.results[0].verdict.correct
    assert quiz.results[0].rating == 2  # Hard: right, but helped by the options


def test_interactive_commands_help_and_give_up(store: Store) -> None:
    quiz, transcript = run(store, "h\n!\n\nq\n", interactive=True)
    assert "undo the last answer" in transcript
    assert quiz.results[0].given == "" and quiz.results[0].verdict.reason == "gave up"


def test_end_of_input_stops_and_leaves_the_session_to_resume(store: Store) -> None:
    quiz, _ = run(store, "")
    assert quiz.results == [] and not quiz.finished
    assert store.unfinished_session("deck", ["ana"], Options(seed=1).signature()) is not None


def test_resumed_session_continues_where_it_stopped(store: Store) -> None:
    run(store, "a\nb\n")
    found = store.unfinished_session("deck", ["ana"], Options(seed=1).signature())
    assert found is not None and found.position == 2
    by_id = {q.id: q for q in QUESTIONS}
    turns = [session.Turn(p, by_id[q]) for p, q in found.plan]
    out = io.StringIO()
    ui = QuizUI(Console(file=out, width=80), io.StringIO("x\ny\n"), interactive=False)
    quiz = Quiz(store, ui, "deck", turns, found.id, found.position, QUESTIONS, lambda: NOW, 1)
    quiz.run()
    assert quiz.finished and len(store.session_answers(found.id)) == 4
    assert "Question 3/4" in out.getvalue()


def test_hot_seat_saves_each_players_card(store: Store) -> None:
    quiz, transcript = run(
        store,
        "Lefort\nRoy\n",
        players=("ana", "ben"),
        options=Options(seed=1, kinds=("basic",), limit=1),
    )
    assert [(r.player, r.verdict.correct) for r in quiz.results] == [("ana", True), ("ben", False)]
    assert {r["player"] for r in store.query("SELECT player FROM cards")} == {"ana", "ben"}
    assert "· ana" in transcript and "· ben" in transcript


def test_transcript_fits_80_columns(store: Store) -> None:
    long = question("q9", "f9", "Marie Lefort", source="Une très longue phrase " * 12)
    _, transcript = run(store, "Lefort\n", questions=[long])
    assert max(len(line) for line in transcript.splitlines()) <= 80
    assert "\n?" not in transcript


def test_interactive_self_rating_replaces_the_computed_one(store: Store) -> None:
    options = Options(seed=1, kinds=("basic",), limit=1)
    quiz, transcript = run(store, "Lefort\n1\n\n", interactive=True, options=options)
    assert quiz.results[0].verdict.correct and quiz.results[0].rating == 1
    assert store.query("SELECT correct, rating FROM answers") == [{"correct": 1, "rating": 1}]
    assert "Rated again (logged)" in transcript


def test_plain_console_when_not_a_terminal(store: Store) -> None:
    from generators.quiz.ui import make_console

    out = io.StringIO()
    console = make_console(stderr=False, file=out)
    assert console.width == 80 and console.no_color
    ui = QuizUI(console, io.StringIO("Lefort\n"), interactive=False)
    turns = plan(QUESTIONS, ["ana"], {}, NOW, Options(seed=1, kinds=("basic",), limit=1))
    sid = store.start_session(
        "deck", ["ana"], [("ana", turns[0].question.id)], "[]", 1, NOW.isoformat()
    )
    Quiz(store, ui, "deck", turns, sid, 0, QUESTIONS, lambda: NOW, 1).run()
    assert "\x1b[" not in out.getvalue() and "Answer:" in out.getvalue()


def test_interactive_option_number_out_of_range_asks_again(store: Store) -> None:
    quiz, transcript = run(
        store, "7\n1\n\n", interactive=True, options=Options(seed=1, kinds=("mcq",), limit=1)
    )
    assert "Type a number from 1 to 3, or an option's text." in transcript
    assert len(quiz.results) == 1
    assert quiz.results[0].given == quiz.results[0].question.choices[0] or "option 1" in str(
        quiz.results[0].verdict.reason
    )
    assert store.query("SELECT COUNT(*) AS n FROM answers")[0]["n"] == 1


def test_interactive_text_matching_no_option_asks_again(store: Store) -> None:
    quiz, transcript = run(
        store,
        "Personne Inconnue\nPaul Martin\n\n",
        interactive=True,
        options=Options(seed=1, kinds=("mcq",), limit=1),
    )
    assert "Type a number from 1 to 3, or an option's text." in transcript
    assert [(r.given, r.verdict.correct) for r in quiz.results] == [("Paul Martin", False)]


NUMBERED = question(
    "q7", "f7", "35", kind="mcq", fact_type="quantity", choices=("12", "35", "40", "50")
)


def test_interactive_option_whose_text_is_a_number_is_typed_as_its_text(store: Store) -> None:
    quiz, transcript = run(store, "35\n\n", interactive=True, questions=[NUMBERED])
    assert "Type a number" not in transcript
    assert [(r.given, r.verdict.correct) for r in quiz.results] == [("35", True)]


def test_an_option_picked_by_number_is_recorded_as_its_text(store: Store) -> None:
    options = choices_for(NUMBERED, [NUMBERED], SEEDED.seed)
    number = options.index("40") + 1
    quiz, _ = run(store, f"{number}\n", questions=[NUMBERED])
    assert quiz.results[0].given == "40" and not quiz.results[0].verdict.correct
    assert store.query("SELECT given FROM answers") == [{"given": "40"}]
