"""`factdeck build [SOURCE ...]`: write decks (Anki, quiz page, Moodle, …), one per source and format."""

from __future__ import annotations

import json
import os
import traceback
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from generators.cli.app import app
from generators.errors import FactdeckError, InputError
from generators.export import DEFAULT, FORMATS, Format, Written, format_named

if TYPE_CHECKING:
    from generators.export.changes import Changes

DEFAULT_FOLDER = Path("out")


@dataclass(frozen=True)
class Failure:
    """A source (in one format) that could not be built, and why."""

    target: str
    fmt: str
    message: str

    def line(self, several_formats: bool) -> str:
        """Return the one line that names the file (and the format when several were asked)."""
        where = f"{self.target} ({self.fmt})" if several_formats else self.target
        if self.message.startswith(self.target):  # « x.txt is empty; … » already names it
            return f"Error: {where}{self.message.removeprefix(self.target)}"
        return f"Error: {where}: {self.message}"


@app.command()
def build(
    sources: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="SOURCE",
            help="Deck recipes (.yaml), articles, facts files or folders of them; none: every bundled recipe.",
        ),
    ] = None,
    output: Annotated[
        str | None,
        typer.Option(
            "--output",
            "-o",
            metavar="PATH",
            help="Output file for one deck, folder for several (default: out/).",
        ),
    ] = None,
    formats: Annotated[
        list[str] | None,
        typer.Option(
            "--format",
            metavar="FORMAT",
            help=f"Output format: {', '.join(FORMATS)} (default {DEFAULT}); repeat it or separate with commas.",
        ),
    ] = None,
    templates: Annotated[
        list[Path] | None,
        typer.Option(
            "--templates",
            metavar="DIR",
            help="Folder of template overrides; repeat it, the first wins.",
        ),
    ] = None,
    no_cache: bool = typer.Option(
        False, "--no-cache", help="Extract again even if the article was cached."
    ),
    diff: bool = typer.Option(
        False, "--diff", help="List every question added, changed or removed since the last build."
    ),
    prune: bool = typer.Option(
        False,
        "--prune",
        help="Leave out the questions gone since the last build (else kept, tagged factdeck::retired).",
    ),
    as_json: bool = typer.Option(
        False,
        "--json",
        help="Print on stdout one JSON object: each deck's path, summary and changes.",
    ),
) -> None:
    """Build decks; rebuilt Anki decks update the notes already in Anki instead of duplicating them."""
    from generators.source.recipes import bundled_recipes

    chosen = chosen_formats(formats or [])
    targets = _expand(list(sources or [])) or [str(path) for path in bundled_recipes()]
    if not targets:
        raise InputError("no bundled deck recipes found; give a SOURCE to build")
    several = len(targets) > 1 or any(Path(s).is_dir() for s in sources or [])
    folder = Path(output) if output is not None else DEFAULT_FOLDER
    into_folder = several or len(chosen) > 1 or _names_a_folder(output, folder)
    if several and not no_cache:
        _prefetch(targets)
    written: list[Path] = []
    failures: list[Failure] = []
    report: list[dict[str, Any]] = []
    alone = not several and len(chosen) == 1  # one deck: its error is the command's
    for target in targets:
        for fmt in chosen:
            job = _Job(target, fmt, folder, templates or [], into_folder, not no_cache)
            job = replace(job, prune=prune, diff=diff, report=report if as_json else None)
            failure = _attempt(job, written, alone)
            if failure is not None:
                failures.append(failure)
    if as_json:
        typer.echo(json.dumps({"decks": report}, ensure_ascii=False, indent=2))
    _report(failures, len(written), len(targets) * len(chosen), len(chosen) > 1)


def _names_a_folder(output: str | None, folder: Path) -> bool:
    """Return whether `-o` names a folder: absent, an existing folder, or ending with a slash."""
    return output is None or folder.is_dir() or output.endswith(("/", "\\"))


def _attempt(job: _Job, written: list[Path], alone: bool) -> Failure | None:
    """Run `job`, adding its deck to `written`; return its failure (raise it when `alone`)."""
    try:
        written.append(job.run(written))
    except FactdeckError as exc:
        if alone:
            raise
        return Failure(job.target, job.fmt.name, str(exc))
    except Exception as exc:  # a bug in one article must not stop the others
        if alone:
            raise
        if os.environ.get("FACTDECK_DEBUG"):
            traceback.print_exc()
        reason = f"internal error ({type(exc).__name__}: {exc}); rerun with --debug and report it"
        return Failure(job.target, job.fmt.name, reason)
    return None


def chosen_formats(values: list[str]) -> list[Format]:
    """Return the formats asked (`--format a,b --format c`), each once; default apkg."""
    names = [name.strip().lower() for value in values for name in value.split(",")]
    names = [name for name in names if name] or [DEFAULT]
    return [format_named(name) for name in dict.fromkeys(names)]


def _report(failures: list[Failure], built: int, total: int, several_formats: bool) -> None:
    """Print one line per failure, naming its file, after every other deck was built; exit 1."""
    if not failures:
        return
    typer.echo(f"Built {built} of {total} decks; {len(failures)} failed:", err=True)
    for failure in failures:
        typer.echo(failure.line(several_formats), err=True)
    raise typer.Exit(1)


def _prefetch(targets: list[str]) -> None:
    """Extract every article in one stream; on any failure, leave it to each article's own build."""
    from generators.build.compose import prefetch_facts

    try:
        prefetch_facts(targets)
    except Exception:  # the failing article's own build reports it by name
        if os.environ.get("FACTDECK_DEBUG"):
            traceback.print_exc()


def _expand(sources: list[str]) -> list[str]:
    """Replace each folder by its recipes, or else its articles; keep files (and -) as given."""
    from generators.source.recipes import sources_in_folder

    targets: list[str] = []
    for source in sources:
        path = Path(source)
        if source != "-" and path.is_dir():
            targets += [str(p) for p in sources_in_folder(path)]
        else:
            targets.append(source)
    return list(dict.fromkeys(targets))  # a file named twice is built once


@dataclass(frozen=True)
class _Job:
    """One deck to build: a source, a format, where to write it."""

    target: str
    fmt: Format
    output: Path
    templates: list[Path]
    into_folder: bool
    use_cache: bool
    prune: bool = False
    diff: bool = False
    report: list[dict[str, Any]] | None = None  # --json: each deck's entry, printed at the end

    def run(self, taken: list[Path]) -> Path:
        """Build the deck (unless up to date), print its path on stdout and its counts on stderr."""
        from generators.build import uptodate as buildstate

        target, output, fmt = self.target, self.output, self.fmt.name
        current = (
            buildstate.up_to_date(target, output, self.into_folder, self.templates, fmt)
            if self.use_cache and not self.prune
            else None
        )
        if current is not None and current.path.resolve() not in {p.resolve() for p in taken}:
            self._announce(current.path, f"{current.summary}; up to date", None)
            return current.path
        written, inputs = self._build(taken)
        self._announce(written.path, written.summary, written.changes)
        for warning in written.warnings:
            typer.echo(f"Warning: {warning}", err=True)
        buildstate.record(
            target,
            output,
            self.into_folder,
            self.templates,
            fmt,
            deck=written.path,
            files=inputs,
            summary=_without_changes(written),
        )
        return written.path

    def _build(self, taken: list[Path]) -> tuple[Written, list[Path]]:
        """Write the deck with the builder of its source (a theme: one deck, a subdeck each)."""
        from generators.source.theme import is_theme

        if is_theme(self.target):
            from generators.build.theme import build_theme_deck as build_deck
        else:
            from generators.build.compose import build_deck

        return build_deck(
            self.target,
            self.output,
            self.templates,
            into_folder=self.into_folder,
            use_cache=self.use_cache,
            taken=taken,
            format_name=self.fmt.name,
            prune=self.prune,
        )

    def _announce(self, path: Path, summary: str, changes: Changes | None) -> None:
        """Print the deck's path (stdout) and summary, with its changes listed under `--diff`."""
        if self.report is not None:
            entry = {"path": str(path), "format": self.fmt.name, "summary": summary}
            self.report.append({**entry, "changes": changes.to_dict() if changes else None})
        else:
            typer.echo(str(path))
        typer.echo(summary, err=True)
        if self.diff and changes is not None and not changes.first:
            for line in changes.lines():
                typer.echo(line, err=True)


def _without_changes(written: Written) -> str:
    """Return a deck's summary without its changes (a later up-to-date run has none)."""
    if written.changes is None:
        return written.summary
    return written.summary.removesuffix(f"; {written.changes.summary()}")
