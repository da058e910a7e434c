"""`factdeck cache info` and `factdeck cache clear`: the cache of extracted facts."""

from __future__ import annotations

import typer

from generators.cli.app import app

cache_app = typer.Typer(
    help="Show or clear the cache of extracted facts (rebuilt automatically when stale).",
    no_args_is_help=True,
)
app.add_typer(cache_app, name="cache")


@cache_app.command("info")
def info() -> None:
    """Print the cache folder, its number of cached articles and their size, and the build records."""
    from generators.build import uptodate as buildstate
    from generators.files import cache

    found = cache.info()
    typer.echo(f"folder: {found.folder}")
    typer.echo(f"entries: {found.entries}")
    typer.echo(f"size: {found.size / 1e6:.1f} MB")
    typer.echo(f"build records: {buildstate.count()}")


@cache_app.command("clear")
def clear() -> None:
    """Delete every cached extraction and build record: the next run parses and builds again."""
    from generators.build import uptodate as buildstate
    from generators.files import cache

    entries = cache.clear()
    builds = buildstate.clear()
    typer.echo(
        f"Removed {_plural(entries, 'cached entry', 'cached entries')} from {cache.folder()} "
        f"and {_plural(builds, 'build record', 'build records')}",
        err=True,
    )


def _plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"
