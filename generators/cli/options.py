"""Options several commands share, declared once (name, metavar, help)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

TemplatesOption = Annotated[
    list[Path] | None,
    typer.Option(
        "--templates",
        metavar="DIR",
        help="Folder of question templates; repeat it, the first listed wins.",
    ),
]
MaxSizeOption = Annotated[
    int,
    typer.Option(
        "--max-size", metavar="BYTES", help="Refuse articles larger than this many bytes."
    ),
]
NoCacheOption = Annotated[
    bool, typer.Option("--no-cache", help="Extract again even if the article was cached.")
]
