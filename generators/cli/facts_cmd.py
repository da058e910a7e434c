"""`factdeck facts ARTICLE`: print the facts of an article."""

from __future__ import annotations

from collections.abc import Mapping

import typer

from generators.cli import app
from generators.cli.output import check_format, emit, warn
from generators.limits import DEFAULT_MAX_SIZE


@app.command()
def facts(
    article: str = typer.Argument(
        ..., metavar="ARTICLE", help="Article file (text or HTML), a deck recipe, or - for stdin."
    ),
    fmt: str = typer.Option(
        "json",
        "--format",
        "-f",
        metavar="FORMAT",
        callback=check_format,
        help="json, yaml or table.",
    ),
    max_size: int = typer.Option(
        DEFAULT_MAX_SIZE,
        "--max-size",
        metavar="BYTES",
        help="Refuse articles larger than this many bytes.",
    ),
    no_cache: bool = typer.Option(
        False, "--no-cache", help="Extract again even if the article was cached."
    ),
) -> None:
    """Extract the facts of an article: quantities, people, successions, leads, events, quotes, acronyms."""
    from generators.facts import facts_document
    from generators.sources import load_source

    source = load_source(article, max_size=max_size, use_cache=not no_cache)
    if source.article is not None and source.article.language != "fr":
        warn(
            f"{article} looks {_LANGUAGES.get(source.article.language, 'foreign')}, not French; facts may be missing or wrong"
        )
    if not source.facts:
        warn(f"no facts found in {article}")
    rows = [(f.type, _summary(f.fields), f.sentence) for f in source.facts]
    emit(facts_document(source.header, source.facts), fmt, rows, ("type", "fact", "sentence"))


_LANGUAGES = {"en": "English", "es": "Spanish"}


def _summary(fields: Mapping[str, object]) -> str:
    keys = (
        "text",
        "person",
        "role",
        "predecessor",
        "successor",
        "leader",
        "entity",
        "date",
        "what",
        "speaker",
        "acronym",
        "expansion",
    )
    return "; ".join(f"{k}={fields[k]}" for k in keys if fields.get(k) not in (None, "", []))
