"""`factdeck stats`, `leaderboard` and `results`: what the progress database says about the group."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer

from generators.cli.app import app
from generators.cli.common import check_name, default_player, now_for, progress_read, speak
from generators.cli.options import (
    DeckSlugOption,
    JsonOption,
    LangOption,
    PlayerOption,
    ProgressDbOption,
)
from generators.cli.output import warn
from generators.errors import StoreError
from generators.quiz.i18n import _


@app.command()
def stats(
    player: PlayerOption = None,
    all_players: Annotated[
        bool, typer.Option("--all", help="Show every player of the database.")
    ] = False,
    db: ProgressDbOption = None,
    now: Annotated[
        str | None,
        typer.Option("--now", metavar="ISO", help="Count due cards at this ISO date-time."),
    ] = None,
    as_json: JsonOption = False,
    lang: LangOption = None,
) -> None:
    """Show a player's accuracy per fact type, cards due, and streak of days."""
    from generators.quiz import report

    speak(lang)
    with progress_read(db) as store:
        known = report.players(store)
        names = _stats_players(player, all_players, known, str(store.path))
        data = [report.stats(store, n, now_for(now)) for n in names]
    if as_json:
        several = all_players or len(data) > 1
        typer.echo(json.dumps(data if several else data[0], ensure_ascii=False, indent=2))
        return
    for item in data:
        _print_stats(item)


def _stats_players(player: str | None, all_players: bool, known: list[str], path: str) -> list[str]:
    """Return whose stats to show: --all, --player, else you, else the one player or all of them."""
    if all_players:
        return known
    if player is None and default_player() not in known and known:
        if len(known) > 1:
            warn(
                _("showing every player ({names}); --player NAME shows one").format(
                    names=", ".join(known)
                )
            )
        return known
    name = check_name(player or default_player())
    if name not in known:
        listed = ", ".join(known) or "none yet"
        raise StoreError(f"no answers by player {name!r} in {path}; known players: {listed}")
    return [name]


def _print_stats(item: dict[str, Any]) -> None:
    from generators.cli.output import render_table
    from generators.files.terminal import printable
    from generators.quiz.ui import type_label

    accuracy = "–" if item["accuracy"] is None else f"{item['accuracy']} %"
    line = _("{player}: {right}/{asked} right ({accuracy}), {facts} facts, streak {days} day(s)")
    typer.echo(
        line.format(
            player=printable(item["player"]),
            right=item["correct"],
            asked=item["asked"],
            accuracy=accuracy,
            facts=item["facts"],
            days=item["streak_days"],
        )
    )
    due = _("due now {now}, today {today}, within 7 days {week}")
    typer.echo(due.format(now=item["due_now"], today=item["due_today"], week=item["due_week"]))
    rows = [
        (type_label(t["fact_type"]), str(t["asked"]), str(t["correct"]), f"{t['accuracy']} %")
        for t in item["by_type"]
    ]
    if rows:
        headers = (_("fact type"), _("asked"), _("right"), _("accuracy"))
        typer.echo(render_table(rows, headers))
    typer.echo("")


@app.command()
def leaderboard(
    deck: DeckSlugOption = None,
    db: ProgressDbOption = None,
    as_json: JsonOption = False,
    lang: LangOption = None,
) -> None:
    """Rank the players of each deck by right answers (players appear once they play)."""
    from generators.quiz import report

    speak(lang)
    with progress_read(db) as store:
        rows = report.leaderboard(store, deck)
    if as_json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    if not rows:
        warn(
            _("no answers yet for deck {deck!r}").format(deck=deck) if deck else _("no answers yet")
        )
        return
    typer.echo(_leaderboard_table(rows))


def _leaderboard_table(rows: list[dict[str, Any]]) -> str:
    """Return the leaderboard rows as a text table, one line per deck and player."""
    from generators.cli.output import render_table

    table = [
        (
            r["deck"],
            r["player"],
            str(r["correct"]),
            str(r["asked"]),
            f"{r['accuracy']} %",
            str(r["facts"]),
            r["last"][:10],
        )
        for r in rows
    ]
    headers = (
        _("deck"),
        _("player"),
        _("right"),
        _("asked"),
        _("accuracy"),
        _("facts"),
        _("last played"),
    )
    return render_table(table, headers)


@app.command()
def results(
    player: Annotated[
        str | None,
        typer.Option("--player", "-p", metavar="NAME", help="Only this player's answers."),
    ] = None,
    deck: DeckSlugOption = None,
    flags: Annotated[
        bool, typer.Option("--flags", help="Export the flagged questions instead of the answers.")
    ] = False,
    fmt: Annotated[
        str, typer.Option("--format", "-f", metavar="csv|json", help="csv or json.")
    ] = "csv",
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", metavar="FILE", help="Write to FILE instead of stdout."),
    ] = None,
    db: ProgressDbOption = None,
) -> None:
    """Export quiz answers (or flagged questions) as CSV or JSON."""
    from generators.files.atomic import check_replaceable, write_text_atomic
    from generators.quiz import report

    if fmt not in ("csv", "json"):
        raise typer.BadParameter("choose csv or json", param_hint="--format")
    with progress_read(db) as store:
        rows = report.flags(store, deck) if flags else report.answers(store, player, deck)
    fields = report.FLAG_FIELDS if flags else report.EXPORT_FIELDS
    text = report.to_json(rows) if fmt == "json" else report.to_csv(rows, fields)
    if output is None:
        typer.echo(text, nl=False)
    else:
        check_replaceable(output, report.EXPORT_START, "a factdeck export")
        write_text_atomic(output, text)
