"""`factdeck build [SOURCE ...]`: write Anki decks (.apkg), one per recipe or article."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from generators.cli import app
from generators.errors import FactdeckError, InputError

DEFAULT_FOLDER = Path("out")


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
) -> None:
    """Build Anki decks; rebuilt decks update the notes already in Anki instead of duplicating them."""
    from generators.source.recipes import bundled_recipes

    targets = _expand(list(sources or [])) or [str(path) for path in bundled_recipes()]
    if not targets:
        raise InputError("no bundled deck recipes found; give a SOURCE to build")
    several = len(targets) > 1 or any(Path(s).is_dir() for s in sources or [])
    folder = Path(output) if output is not None else DEFAULT_FOLDER
    into_folder = several or output is None or folder.is_dir() or output.endswith(("/", "\\"))
    if several and not no_cache:
        from generators.build.compose import prefetch_facts

        prefetch_facts(targets)
    written: list[Path] = []
    failures: list[str] = []
    for target in targets:
        try:
            written.append(
                _build_one(target, folder, templates or [], into_folder, not no_cache, written)
            )
        except FactdeckError as exc:
            if not several:
                raise
            failures.append(target)
            message = str(exc) if str(exc).startswith(target) else f"{target}: {exc}"
            typer.echo(f"Error: {message}", err=True)
    if failures:
        typer.echo(
            f"Built {len(written)} of {len(targets)} decks; failed: {', '.join(failures)}", err=True
        )
        raise typer.Exit(1)


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


def _build_one(
    target: str,
    output: Path,
    templates: list[Path],
    into_folder: bool,
    use_cache: bool,
    taken: list[Path],
) -> Path:
    """Build one deck (unless up to date), print its path on stdout and its counts on stderr."""
    from generators.build import uptodate as buildstate

    current = buildstate.up_to_date(target, output, into_folder, templates) if use_cache else None
    if current is not None and current.path.resolve() not in {p.resolve() for p in taken}:
        typer.echo(str(current.path))
        typer.echo(f"{current.summary}; up to date", err=True)
        return current.path
    from generators.build.compose import build_deck

    written, inputs = build_deck(
        target, output, templates, into_folder=into_folder, use_cache=use_cache, taken=taken
    )
    typer.echo(str(written.path))
    typer.echo(written.summary, err=True)
    for warning in written.warnings:
        typer.echo(f"Warning: {warning}", err=True)
    buildstate.record(
        target,
        output,
        into_folder,
        templates,
        deck=written.path,
        files=inputs,
        summary=written.summary,
    )
    return written.path
