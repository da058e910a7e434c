"""`factdeck facts ARTICLE`: print the facts of an article."""

from __future__ import annotations

from collections.abc import Mapping

import typer

from generators.cli.app import app
from generators.cli.options import MaxSizeOption, NoCacheOption
from generators.cli.output import check_format, emit, warn
from generators.files.limits import DEFAULT_MAX_SIZE


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
    max_size: MaxSizeOption = DEFAULT_MAX_SIZE,
    no_cache: NoCacheOption = False,
) -> None:
    """Extract the facts of an article: quantities, people, successions, leads, events, quotes, acronyms."""
    from generators.build.compose import load
    from generators.records import facts_document

    source = load(article, max_size=max_size, use_cache=not no_cache)
    facts = source.facts or []
    if source.article is not None and source.article.language != "fr":
        warn(
            f"{article} looks {_LANGUAGES.get(source.article.language, 'foreign')}, not French; facts may be missing or wrong"
        )
    if not facts:
        warn(f"no facts found in {article}")
    rows = [(f.type, _summary(f.fields), f.sentence) for f in facts]
    emit(facts_document(source.header, facts), fmt, rows, ("type", "fact", "sentence"))


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
