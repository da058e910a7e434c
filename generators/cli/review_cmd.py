"""`factdeck review SOURCE`: the group keeps, edits or drops questions once; every build applies it."""

from __future__ import annotations

import io
import sys
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Annotated, Any, TextIO

import typer

from generators.cli.app import app
from generators.cli.common import reading
from generators.cli.options import NoCacheOption, TemplatesOption
from generators.cli.output import warn
from generators.errors import InputError

DB_HELP = "Progress database whose quiz flags come first (default: the quiz's)."
STATUS_LABELS = {
    "reviewed": "reviewed",
    "kept": "kept",
    "edited": "edited",
    "dropped": "dropped",
    "flagged": "flagged",
    "changed": "changed since review",
    "new": "new",
    "gone": "decisions on questions no longer made",
}


@app.command()
def review(
    source: Annotated[
        str,
        typer.Argument(metavar="SOURCE", help="A deck recipe (.yaml) or an article."),
    ],
    flagged: Annotated[
        bool, typer.Option("--flagged", help="Show only the questions flagged in quizzes.")
    ] = False,
    show_status: Annotated[
        bool,
        typer.Option("--status", help="Print how many questions are in each state; no review."),
    ] = False,
    everything: Annotated[
        bool, typer.Option("--all", help="Show every question again, decided ones included.")
    ] = False,
    keys: Annotated[
        str | None,
        typer.Option(
            "--keys",
            metavar="FILE|-",
            help="Run unattended: each line of FILE (or - for stdin) is the next key or text typed.",
        ),
    ] = None,
    db: Annotated[Path | None, typer.Option("--db", metavar="PATH", help=DB_HELP)] = None,
    templates: TemplatesOption = None,
    no_cache: NoCacheOption = False,
) -> None:
    """Review the questions of a deck before it is built: keep (Enter), drop (d), edit (e), skip (s)."""
    from generators.build.compose import decisions_file, explain, load
    from generators.curate import session
    from generators.curate.decisions import DROPPED, apply_decisions, load_decisions

    if source == "-" or source.lower().endswith(".apkg"):
        raise InputError(
            f"cannot review {source}: decisions are saved beside a recipe or an article; give the recipe"
        )
    loaded = load(source, use_cache=not no_cache)
    path = decisions_file(loaded)
    assert path is not None  # only stdin has none
    decisions = load_decisions(path)
    chosen = loaded.selection()
    found = explain(loaded, templates or (), replace(chosen, limit=None), reviewed=False)
    facts = loaded.facts or []
    apply_decisions(decisions, found.kept, facts, [r.question.id for r in found.rejected])
    flags = _flags(db, str(loaded.header.get("slug") or ""))
    items = session.items_of(found.kept, facts, decisions, flags)
    if chosen.limit is not None:  # the deck's best N once the dropped ones are left out
        open_ids = [i.question.id for i in items if i.state != DROPPED][: chosen.limit]
        items = [i for i in items if i.question.id in set(open_ids) or i.state == DROPPED]
    if show_status:
        _print_status(session.status(items, decisions), len(items))
        return
    picked = items if everything else session.to_review(items, flagged_only=flagged)
    picked = sorted(picked, key=lambda i: not i.flags) if everything else picked
    gone = session.status(items, decisions)["gone"]
    if gone:
        warn(f"{gone} decisions in {path} are about questions no longer made; kept in the file")
    _run(picked, decisions, keys, path)


def _run(items: list[Any], decisions: Any, keys: str | None, path: Path) -> None:
    """Run the review over `items` and print its summary on stderr."""
    from generators.curate import session, view

    console = view.make_console()
    if not items:
        console.print(f"Nothing to review: every question is decided ({path}).")
        return
    stream = _keys_stream(keys)
    ui = view.ReviewView(console, stream, interactive=keys is None)
    try:
        tally = session.Review(ui, decisions, items, _clock).run()
    except KeyboardInterrupt:
        console.print()
        console.print("Stopped: every decision made is saved; run the same command to go on.")
        raise typer.Exit(130) from None
    finally:
        if stream is not None and stream is not sys.stdin:
            stream.close()
    console.print(session.summary(tally, str(path)))


def _clock() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _flags(db: Path | None, deck: str) -> list[Any]:
    """Return the quiz flags on this deck from the progress database (none when it does not exist)."""
    from generators.curate.session import Flag
    from generators.files.resources import progress_db_path
    from generators.quiz import report
    from generators.quiz.store import open_store

    path = db if db is not None else progress_db_path()
    if not path.is_file() or not deck:
        return []
    store = open_store(path)
    try:
        rows = report.flags(store, deck)
    finally:
        store.close()
    return [
        Flag(str(r["question_id"]), str(r["player"]), str(r["note"] or ""), str(r["flagged_at"]))
        for r in rows
    ]


def _print_status(counts: dict[str, int], total: int) -> None:
    """Print the counts of `review --status` on stdout, one `label: N` per line."""
    typer.echo(f"questions: {total}")
    for key, label in STATUS_LABELS.items():
        if key != "gone" or counts[key]:
            typer.echo(f"{label}: {counts[key]}")


def _keys_stream(keys: str | None) -> TextIO | None:
    """Return where the keys come from: a file read whole, stdin, or None for the terminal."""
    if keys is None:
        return None if sys.stdin.isatty() else sys.stdin
    if keys == "-":
        return sys.stdin
    with reading(keys, "keys"):
        return io.StringIO(Path(keys).read_text(encoding="utf-8-sig"))
