"""The `factdeck` command: a typer app of thin commands over the library."""

from __future__ import annotations

import os
import sys
import traceback

import typer
from typer._click.exceptions import ClickException  # typer ≥ 0.26 ships its own copy of click

from generators import __version__
from generators.errors import FactdeckError
from generators.files.terminal import printable

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


# Command modules register themselves on `app` when imported.
import generators.cli.build_cmd  # noqa: E402,F401
from generators.cli import (  # noqa: E402,F401
    cache_cmd,
    facts_cmd,
    questions_cmd,
    quiz_cmd,
    review_cmd,
    templates_cmd,
)


def main() -> None:
    """Run the app: expected failures become `Error: …` and exit 1, Ctrl-C exits 130."""
    debug = "--debug" in sys.argv[1:] or bool(os.environ.get("FACTDECK_DEBUG"))
    try:
        code = app(prog_name="factdeck", standalone_mode=False)
    except FactdeckError as exc:
        if debug:
            traceback.print_exc()
        typer.echo(f"Error: {printable(str(exc))}", err=True)
        sys.exit(1)
    except typer.Abort:
        typer.echo("Interrupted.", err=True)
        sys.exit(130)
    except KeyboardInterrupt:
        typer.echo("Interrupted.", err=True)
        sys.exit(130)
    except ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except BrokenPipeError:
        sys.stderr.close()
        sys.exit(1)
    except Exception as exc:  # a bug: say so in one line unless --debug asks for the traceback
        if debug:
            traceback.print_exc()
        typer.echo(
            f"Error: internal error ({type(exc).__name__}: {exc}); rerun with --debug and report it",
            err=True,
        )
        sys.exit(1)
    if code == 130:  # typer may turn Ctrl-C into exit code 130 itself
        typer.echo("Interrupted.", err=True)
    sys.exit(code if isinstance(code, int) else 0)
