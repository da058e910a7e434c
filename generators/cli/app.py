"""The typer app every command module registers itself on, and the options of all commands."""

from __future__ import annotations

import os

import typer

from generators import __version__

app = typer.Typer(
    name="factdeck",
    help="Turn French news articles into facts, questions, Anki decks and terminal quizzes.",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
    add_completion=False,
    rich_markup_mode=None,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"factdeck {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version and exit."
    ),
    debug: bool = typer.Option(
        False, "--debug", help="Show a traceback on errors (for bug reports)."
    ),
) -> None:
    """Turn French news articles into facts, questions, Anki decks and terminal quizzes."""
    if debug:
        os.environ["FACTDECK_DEBUG"] = "1"
