"""Print data to stdout as JSON, YAML or a readable table; messages go to stderr."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import typer

FORMATS = ("json", "yaml", "table")


def check_format(value: str) -> str:
    """Validate a --format value."""
    if value not in FORMATS:
        raise typer.BadParameter(f"choose one of {', '.join(FORMATS)}")
    return value


def emit(
    data: Any, fmt: str, table_rows: Sequence[Sequence[str]] = (), headers: Sequence[str] = ()
) -> None:
    """Print `data` in `fmt` on stdout (`table` prints `table_rows` under `headers`)."""
    if fmt == "json":
        typer.echo(json.dumps(data, ensure_ascii=False, indent=2))
    elif fmt == "yaml":
        import yaml

        typer.echo(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100).rstrip())
    else:
        typer.echo(render_table(table_rows, headers))


def render_table(rows: Sequence[Sequence[str]], headers: Sequence[str], width: int = 60) -> str:
    """Return plain-text columns, each cell cut to `width` characters."""
    cells = [[_cut(str(c), width) for c in row] for row in [headers, *rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    lines = [
        "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def warn(message: str) -> None:
    """Print a warning on stderr."""
    typer.echo(f"Warning: {message}", err=True)


def _cut(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
