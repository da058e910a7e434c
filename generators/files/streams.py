"""Read lines from a stream someone else controls, never holding more than a line's worth."""

from __future__ import annotations

from typing import TextIO, cast

from generators.errors import InputError

MAX_LINE = 10_000  # characters of one answer line: typed by hand, not /dev/zero


class BoundedLines:
    """Lines of a text stream, each refused past MAX_LINE characters (`- < /dev/zero` ends)."""

    def __init__(self, stream: TextIO, limit: int = MAX_LINE) -> None:
        self.stream = stream
        self.limit = limit

    def readline(self) -> str:
        """Return the next line; refuse one longer than the limit."""
        line = self.stream.readline(self.limit + 1)
        if len(line) > self.limit:
            raise InputError(
                f"an answer line is over {self.limit} characters; give one answer per line"
            )
        return line

    def isatty(self) -> bool:
        """Return whether the underlying stream is a terminal."""
        return self.stream.isatty()

    def close(self) -> None:
        """Leave the underlying stream (standard input) open."""


def bounded_lines(stream: TextIO, limit: int = MAX_LINE) -> TextIO:
    """Return `stream` read line by line with each line bounded (what the quiz reads of it)."""
    return cast(TextIO, BoundedLines(stream, limit))
