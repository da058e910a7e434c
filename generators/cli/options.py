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
PlayerOption = Annotated[
    str | None,
    typer.Option(
        "--player",
        "-p",
        metavar="NAME",
        help="Player name (default: $FACTDECK_PLAYER, else your login name).",
    ),
]
ProgressDbOption = Annotated[
    Path | None,
    typer.Option(
        "--db",
        metavar="PATH",
        help="Progress database (default: progress.db in $FACTDECK_HOME or the user data folder).",
    ),
]
LangOption = Annotated[
    str | None,
    typer.Option(
        "--lang",
        metavar="fr|en",
        help="Language of the quiz's messages: fr or en (default: the locale's; the deck's when"
        " it is C).",
    ),
]
DeckSlugOption = Annotated[
    str | None,
    typer.Option("--deck", metavar="SLUG", help="Only this deck (its article slug)."),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON on stdout.")]
