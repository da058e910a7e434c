"""The `factdeck` command: a typer app (cli/app.py) of thin commands over the library."""

from __future__ import annotations

import errno
import os
import sys
import traceback
from typing import NoReturn

import typer
from typer._click.exceptions import ClickException  # typer ≥ 0.26 ships its own copy of click

# Command modules register themselves on `app` when imported.
import generators.cli.build_cmd  # noqa: F401
from generators.cli import (  # noqa: F401
    cache_cmd,
    facts_cmd,
    progress_cmd,
    questions_cmd,
    quiz_cmd,
    review_cmd,
    templates_cmd,
)
from generators.cli.app import app
from generators.errors import FactdeckError
from generators.files.terminal import printable


def main() -> None:
    """Run the app: expected failures become `Error: …` and exit 1, Ctrl-C exits 130."""
    debug = "--debug" in sys.argv[1:] or bool(os.environ.get("FACTDECK_DEBUG"))
    if sys.stdout is None:  # started with stdout closed (`>&-`): what it prints would be lost
        typer.echo(
            "Error: standard output is closed; run factdeck with an output (> FILE)", err=True
        )
        sys.exit(1)
    try:
        code = app(prog_name="factdeck", standalone_mode=False)
        sys.stdout.flush()  # a full disk shows here, while it can still be reported
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
    except OSError as exc:
        if exc.errno not in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT):
            _internal(exc, debug)
        _drop_stdout()
        typer.echo(f"Error: cannot write the output: {exc.strerror}; free some space", err=True)
        sys.exit(1)
    except Exception as exc:  # a bug: say so in one line unless --debug asks for the traceback
        _internal(exc, debug)
    if code == 130:  # typer may turn Ctrl-C into exit code 130 itself
        typer.echo("Interrupted.", err=True)
    sys.exit(code if isinstance(code, int) else 0)


def _internal(exc: Exception, debug: bool) -> NoReturn:
    """Report a bug in one line (the traceback with --debug) and exit 1."""
    if debug:
        traceback.print_exc()
    typer.echo(
        f"Error: internal error ({type(exc).__name__}: {exc}); rerun with --debug and report it",
        err=True,
    )
    sys.exit(1)


def _drop_stdout() -> None:
    """Point stdout at /dev/null so that the exit does not fail again flushing what is left."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
