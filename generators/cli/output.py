"""Print data to stdout as JSON, YAML or a readable table; messages go to stderr."""

from __future__ import annotations

import json
import re
import shutil
import textwrap
from collections.abc import Sequence
from typing import Any

import typer

from generators.files.terminal import json_safe, printable

FORMATS = ("json", "yaml", "table")
_MIN_COLUMN = 8
# Spaces French typography puts before ? ! : ; » and after «: wrapping must not break there.
_NO_BREAK = re.compile(r" [?!:;»]|« ")


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
        typer.echo(json_safe(json.dumps(data, ensure_ascii=False, indent=2)))
    elif fmt == "yaml":
        import yaml

        typer.echo(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100).rstrip())
    else:
        typer.echo(render_table(table_rows, headers))


def render_table(
    rows: Sequence[Sequence[str]], headers: Sequence[str], width: int | None = None
) -> str:
    """Return plain-text columns fitting in `width` columns (default: the terminal's), cells wrapped."""
    total = width or shutil.get_terminal_size((80, 24)).columns
    cells = [[" ".join(printable(str(c)).split()) for c in row] for row in [headers, *rows]]
    widths = _fit([max(len(row[i]) for row in cells) for i in range(len(headers))], total)
    wrapped = [[_wrap(c, w) for c, w in zip(row, widths, strict=True)] for row in cells]
    spaced = any(len(lines) > 1 for row in wrapped[1:] for lines in row)
    out = [_lines(wrapped[0], widths), ["  ".join("-" * w for w in widths)]]
    for row in wrapped[1:]:
        out.append(_lines(row, widths) + ([""] if spaced else []))
    return "\n".join(line for block in out for line in block).rstrip("\n")


def _fit(widths: list[int], total: int) -> list[int]:
    """Narrow the widest columns until the columns and their gaps fit in `total` characters."""
    widths = list(widths)
    room = max(total - 1 - 2 * (len(widths) - 1), 0)
    while sum(widths) > room:
        widest = max(range(len(widths)), key=lambda i: widths[i])
        if widths[widest] <= _MIN_COLUMN:
            break
        widths[widest] -= 1
    return widths


def _wrap(text: str, width: int) -> list[str]:
    """Wrap `text` to `width`, never leaving « ? » or « » » alone at the start of a line."""
    glued = _NO_BREAK.sub(lambda m: m.group(0).replace(" ", "\u00a0"), text)
    lines = textwrap.wrap(glued, width, break_on_hyphens=False) or [""]
    return [line.replace("\u00a0", " ") for line in lines]


def _lines(row: list[list[str]], widths: list[int]) -> list[str]:
    """Return the text lines of one table row whose cells may span several lines."""
    height = max(len(cell) for cell in row)
    return [
        "  ".join(
            (cell[i] if i < len(cell) else "").ljust(w) for cell, w in zip(row, widths, strict=True)
        ).rstrip()
        for i in range(height)
    ]


def warn(message: str) -> None:
    """Print a warning on stderr."""
    typer.echo(f"Warning: {printable(message)}", err=True)
