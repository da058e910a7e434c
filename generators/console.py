"""The rich console and line input that the review and the quiz share (tests inject both ends)."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TextIO

from rich.console import Console
from rich.text import Text


def make_console(target: TextIO, width: int) -> Console:
    """Return a console on `target`: plain when not a terminal, no colour under NO_COLOR."""
    terminal = target.isatty()
    return Console(
        file=target,
        width=min(Console(file=target).width, width) if terminal else width,
        no_color=bool(os.environ.get("NO_COLOR")) or not terminal,
        highlight=False,
        emoji=False,
    )


def read_line(
    console: Console,
    stream: TextIO | None,
    prompt: str,
    *,
    echo: bool = False,
    shown: Callable[[str], str] = str,
) -> str | None:
    """Read one line after `prompt` from `stream`, else the terminal (None at the end of input).

    A line read from a stream that is not a terminal (or any line, with `echo`) is printed back
    as `shown(line)`, so that a transcript reads like the session.
    """
    if stream is None:
        try:
            return console.input(Text(prompt, style="bold"))
        except EOFError:
            return None
    console.print(Text(prompt, style="bold"), end="")
    line = stream.readline()
    if not line:
        console.print()
        return None
    line = line.rstrip("\r\n")
    if echo or not stream.isatty():
        console.print(shown(line), markup=False, highlight=False)
    return line


class ConsoleView:
    """Show on `console`; read lines from `stream`, else the terminal (`interactive`: a person)."""

    def __init__(
        self, console: Console, stream: TextIO | None = None, *, interactive: bool = True
    ) -> None:
        self.console = console
        self.stream = stream
        self.interactive = interactive
