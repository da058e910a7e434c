"""Writers of a deck of questions, behind one registry: format name → module with `write`.

Each format is a module with `write(path, deck) -> Written` (and optionally `check(path)`, which
refuses an existing file the writer must not replace); adding a format is that module, its test
and one line in `FORMATS`. Writers import only `records`, `french`, `lexicon`, `errors`, `files`
and their own package, so a writer never knows where the questions came from.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from generators.errors import InputError, OutputError

if TYPE_CHECKING:
    from generators.export.changes import Changes
    from generators.records import Deck


@dataclass(frozen=True)
class Written:
    """What a writer wrote: the file, a one-line summary for stderr, and warnings."""

    path: Path
    summary: str
    warnings: tuple[str, ...] = ()
    changes: Changes | None = None  # what changed since the previous build of `path`, if known


@dataclass(frozen=True)
class Format:
    """An export format: its name, file suffix, what it is for, and the module that writes it."""

    name: str
    suffix: str
    description: str
    module: str

    def write(self, path: Path, deck: Deck) -> Written:
        """Write `deck` to `path` in this format (imports the writer on first use)."""
        writer: Callable[[Path, Deck], Written] = importlib.import_module(self.module).write
        return writer(path, deck)

    def check(self, path: Path) -> None:
        """Raise OutputError when `path` exists and must not be replaced by this format."""
        if path.exists() and not path.is_file() and not path.is_dir():
            # a device or a pipe: an atomic write would rename a file over it
            raise OutputError(f"{path} is a device or a pipe, not a file; give a file name")
        check: Callable[[Path], None] | None = getattr(
            importlib.import_module(self.module), "check", None
        )
        if check is not None:
            check(path)


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("apkg", ".apkg", "Anki package", "generators.export.anki.writer"),
        Format("html", ".html", "one-file quiz page, offline", "generators.export.html"),
        Format("gift", ".gift.txt", "Moodle GIFT questions", "generators.export.gift"),
        Format("moodle-xml", ".moodle.xml", "Moodle XML questions", "generators.export.moodle_xml"),
        Format("quizlet", ".quizlet.txt", "Quizlet import text", "generators.export.quizlet"),
        Format("kahoot", ".kahoot.xlsx", "Kahoot quiz spreadsheet", "generators.export.kahoot"),
        Format("pdf", ".pdf", "printable sheet", "generators.export.pdf"),
    )
}
DEFAULT = "apkg"


def format_named(name: str) -> Format:
    """Return the format `name`, or raise InputError listing the known ones."""
    try:
        return FORMATS[name]
    except KeyError:
        known = ", ".join(FORMATS)
        raise InputError(f"unknown format {name!r}; choose one of {known}") from None
