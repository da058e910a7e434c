"""`factdeck quiz`, `stats`, `leaderboard` and `results`: the study group's terminal commands."""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated, Any, TextIO

import typer

from generators.cli.app import app
from generators.cli.common import (
    check_name,
    clock_for,
    default_player,
    open_progress,
    reading,
    speak,
)
from generators.cli.options import LangOption, PlayerOption, ProgressDbOption
from generators.errors import InputError
from generators.quiz.i18n import _


@app.command()
def quiz(
    source: Annotated[
        str,
        typer.Argument(
            metavar="SOURCE",
            help="A deck built by factdeck (.apkg), a deck recipe (.yaml) or an article.",
        ),
    ],
    player: PlayerOption = None,
    players: Annotated[
        str | None,
        typer.Option(
            "--players",
            metavar="A,B,…",
            help="Hot-seat: comma-separated players taking turns (ana,ben).",
        ),
    ] = None,
    db: ProgressDbOption = None,
    seed: Annotated[
        int | None,
        typer.Option("--seed", metavar="N", help="Fix the order of questions and options."),
    ] = None,
    now: Annotated[
        str | None,
        typer.Option(
            "--now", metavar="ISO", help="Fix the clock scheduling reads (ISO date-time)."
        ),
    ] = None,
    limit: Annotated[
        int | None,
        typer.Option("--limit", "-n", metavar="N", min=1, help="Ask at most N questions."),
    ] = None,
    due: Annotated[
        bool, typer.Option("--due", help="Ask only what is due (new facts count as due).")
    ] = False,
    new: Annotated[
        int | None,
        typer.Option("--new", metavar="N", min=0, help="Ask at most N facts never seen before."),
    ] = None,
    article: Annotated[
        list[str] | None,
        typer.Option(
            "--article", metavar="SLUG", help="Only the questions of this article (repeatable)."
        ),
    ] = None,
    tag: Annotated[
        list[str] | None,
        typer.Option(
            "--tag", metavar="TAG", help="Only questions with this tag or fact type (repeatable)."
        ),
    ] = None,
    kind: Annotated[
        list[str] | None,
        typer.Option(
            "--kind",
            metavar="KIND",
            help="Only questions of this kind: basic, cloze, mcq, numeric, truefalse… (repeatable).",
        ),
    ] = None,
    answers: Annotated[
        str | None,
        typer.Option(
            "--answers",
            metavar="FILE|-",
            help="Run unattended: each line of FILE (or - for stdin) answers the next question.",
        ),
    ] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the results as JSON on stdout.")
    ] = False,
    templates: Annotated[
        list[Path] | None,
        typer.Option(
            "--templates",
            metavar="DIR",
            help="Question templates folder (repeatable; the first wins).",
        ),
    ] = None,
    fresh: Annotated[
        bool,
        typer.Option("--fresh", help="Start a new session instead of resuming the unfinished one."),
    ] = False,
    export: Annotated[
        Path | None,
        typer.Option(
            "--export", metavar="FILE", help="Write this session's results to FILE (.csv or .json)."
        ),
    ] = None,
    lang: LangOption = None,
) -> None:
    """Quiz yourself (or a group, taking turns) in the terminal; progress is saved after every answer."""
    from generators.build.quiz_questions import quiz_questions
    from generators.quiz import ui
    from generators.quiz.session import Options

    names = _players(player, players)
    clock = clock_for(now)
    deck = quiz_questions(source, templates or [])
    if article:  # a theme's article: its fact ids start with its slug
        from dataclasses import replace

        wanted = tuple(f"{slug}:" for slug in article)
        deck = replace(deck, questions=[q for q in deck.questions if q.fact_id.startswith(wanted)])
    if not deck.questions:
        raise InputError(f"no questions for {source}; check its facts with `factdeck facts`")
    speak(lang, deck.questions)
    options = Options(
        seed=seed,
        limit=limit,
        due_only=due,
        new=new,
        tags=tuple(tag or ()),
        kinds=tuple(kind or ()),
    )
    store = open_progress(db, create=True)
    stream = _answers_stream(answers)
    console = ui.make_console(stderr=answers is not None or as_json)
    view = ui.QuizUI(console, stream, interactive=answers is None)
    try:
        code = _play(store, deck, names, options, clock, view, fresh, as_json, export)
    finally:
        store.close()
        if stream is not None and stream is not sys.stdin:
            stream.close()
    if code:
        raise typer.Exit(code)


def _play(
    store: Any,
    deck: Any,
    names: list[str],
    options: Any,
    clock: Any,
    view: Any,
    fresh: bool,
    as_json: bool,
    export: Path | None,
) -> int:
    """Run the session, show the scores, print or export the results; return the exit code."""
    quiz_run = _prepare(store, deck, names, options, clock, view, fresh)
    if quiz_run is None:
        _print_json(as_json, names, [])
        return 0
    if deck.title:
        view.title(deck.title)
    interrupted = _run(quiz_run)
    rows = store.session_answers(quiz_run.session_id)
    _finish(view, rows, names, deck.questions, quiz_run, interrupted)
    _print_json(as_json, names, [r.to_dict() for r in quiz_run.results])
    if export is not None:
        _export(export, rows)
    if not interrupted:
        return 0
    saved = len(quiz_run.results)
    view.notice(
        _("Stopped: {n} answer(s) of this run are saved; run the same command to resume.").format(
            n=saved
        )
    )
    return 130


def _prepare(
    store: Any, deck: Any, names: list[str], options: Any, clock: Any, view: Any, fresh: bool
) -> Any:
    """Resume the unfinished session of the same quiz, or plan a new one; None when nothing to ask."""
    stamp = clock().isoformat()
    for name in names:
        store.ensure_player(name, stamp)
    by_id = {q.id: q for q in deck.questions}
    found = None if fresh else store.unfinished_session(deck.key, names, options.signature())
    if found is not None and all(q in by_id for _, q in found.plan):
        return _resumed(store, deck, by_id, len(names), options, clock, view, found)
    if found is not None:
        store.finish_session(found.id, stamp)
    return _planned(store, deck, names, options, clock, view, stamp)


def _resumed(
    store: Any,
    deck: Any,
    by_id: dict[str, Any],
    players: int,
    options: Any,
    clock: Any,
    view: Any,
    found: Any,
) -> Any:
    """Return the quiz of the unfinished session `found`, at the question it stopped at."""
    from generators.quiz import session

    turns = [session.Turn(p, by_id[q]) for p, q in found.plan]
    resuming = _("Resuming: {done} of {total} answered (--fresh starts over).")
    view.notice(resuming.format(done=found.position, total=len(turns)))
    return session.Quiz(
        store,
        view,
        deck.key,
        turns,
        found.id,
        found.position,
        deck.questions,
        clock,
        options.seed,
        players,
    )


def _planned(
    store: Any, deck: Any, names: list[str], options: Any, clock: Any, view: Any, stamp: str
) -> Any:
    """Plan and start a new session of the questions due; None when nothing to ask."""
    from generators.quiz import session

    cards = {
        n: {f: {"due": c.due, "reviews": c.reviews} for f, c in store.cards(n).items()}
        for n in names
    }
    turns = session.plan(deck.questions, names, cards, clock(), options)
    if not turns:
        view.notice(_("Nothing to ask: no question is due or matches the filters."))
        return None
    plan = [(t.player, t.question.id) for t in turns]
    session_id = store.start_session(
        deck.key, names, plan, options.signature(), options.seed, stamp
    )
    return session.Quiz(
        store, view, deck.key, turns, session_id, 0, deck.questions, clock, options.seed, len(names)
    )


def _run(quiz_run: Any) -> bool:
    """Run the quiz; return True when Ctrl-C stopped it (every answer given is already saved)."""
    try:
        quiz_run.run()
    except KeyboardInterrupt:
        return True
    return False


def _finish(
    view: Any,
    rows: list[dict[str, Any]],
    names: list[str],
    questions: Sequence[Any],
    quiz_run: Any,
    interrupted: bool,
) -> None:
    from generators.quiz import report

    if not rows:
        return
    view.console.print()
    view.summary(rows, names)
    if len(names) > 1 and not interrupted:
        sources = {q.id: q.source for q in questions}
        view.debrief(report.debrief(rows, sources))


def _print_json(enabled: bool, names: list[str], results: list[dict[str, Any]]) -> None:
    if not enabled:
        return
    data = {
        "player": ",".join(names),
        "players": names,
        "asked": len(results),
        "correct": sum(1 for r in results if r["correct"]),
        "results": results,
    }
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2))


def _players(player: str | None, players: str | None) -> list[str]:
    """Return the players of this quiz: --players, else --player, else the environment."""
    if players:
        names = [p.strip() for p in players.split(",") if p.strip()]
        if len(set(names)) != len(names) or not names:
            raise typer.BadParameter(
                "give distinct names separated by commas, e.g. ana,ben", param_hint="--players"
            )
        return [check_name(n) for n in names]
    return [check_name(player or default_player())]


def _answers_stream(answers: str | None) -> TextIO | None:
    """Return the stream the answers come from: a file read whole, stdin, or None for the terminal."""
    from generators.files.limits import MAX_ANSWERS_SIZE
    from generators.files.streams import bounded_lines

    if answers is None:
        return None if sys.stdin is None or sys.stdin.isatty() else bounded_lines(sys.stdin)
    if answers == "-":
        if sys.stdin is None:
            raise InputError("standard input is closed; pipe the answers in or give a file")
        return bounded_lines(sys.stdin)
    with reading(answers, "answers"):
        with Path(answers).open("rb") as handle:
            data = handle.read(MAX_ANSWERS_SIZE + 1)  # bounded: --answers /dev/zero
        if len(data) > MAX_ANSWERS_SIZE:
            raise InputError(
                f"answers file {answers} is over {MAX_ANSWERS_SIZE >> 20} MB; give one line per answer"
            )
        return io.StringIO(data.decode("utf-8-sig"))


def _export(path: Path, rows: list[dict[str, Any]]) -> None:
    from generators.files.atomic import check_replaceable, write_text_atomic
    from generators.quiz import report

    fmt = "json" if path.suffix.lower() == ".json" else "csv"
    text = report.to_json(rows) if fmt == "json" else report.to_csv(rows, report.EXPORT_FIELDS)
    check_replaceable(path, report.EXPORT_START, "a factdeck export")
    write_text_atomic(path, text)
