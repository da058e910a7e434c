"""`factdeck cache info` and `factdeck cache clear`: the cache of extracted facts."""

from __future__ import annotations

import typer

from generators.cli import app

cache_app = typer.Typer(
    help="Show or clear the cache of extracted facts (rebuilt automatically when stale).",
    no_args_is_help=True,
)
app.add_typer(cache_app, name="cache")


@cache_app.command("info")
def info() -> None:
    """Print the cache folder, its number of cached articles and their size."""
    from generators import cache

    found = cache.info()
    typer.echo(f"folder: {found.folder}")
    typer.echo(f"entries: {found.entries}")
    typer.echo(f"size: {found.size / 1e6:.1f} MB")


@cache_app.command("clear")
def clear() -> None:
    """Delete every cached extraction; the next run parses its articles again."""
    from generators import cache

    count = cache.clear()
    typer.echo(
        f"Removed {count} cached {'entry' if count == 1 else 'entries'} from {cache.folder()}",
        err=True,
    )
