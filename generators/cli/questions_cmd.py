"""`factdeck questions SOURCE`: print the questions an article's facts make."""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING, Annotated

import typer

from generators.cli.app import app
from generators.cli.options import MaxSizeOption, NoCacheOption, TemplatesOption
from generators.cli.output import check_format, emit, warn
from generators.files.limits import DEFAULT_MAX_SIZE
from generators.files.terminal import printable

if TYPE_CHECKING:
    from generators.questions import Rejection


@app.command()
def questions(
    source: Annotated[
        str,
        typer.Argument(
            metavar="SOURCE", help="Article, deck recipe (.yaml), facts file, or - for stdin."
        ),
    ],
    fmt: Annotated[
        str,
        typer.Option(
            "--format", "-f", metavar="FORMAT", callback=check_format, help="json, yaml or table."
        ),
    ] = "json",
    templates: TemplatesOption = None,
    limit: Annotated[
        int | None,
        typer.Option("--limit", "-n", metavar="N", min=1, help="Keep the N best questions."),
    ] = None,
    kind: Annotated[
        list[str] | None,
        typer.Option(
            "--kind",
            "-k",
            metavar="KIND",
            help="Keep only this kind (basic, cloze, mcq, numeric, truefalse); repeatable.",
        ),
    ] = None,
    template: Annotated[
        list[str] | None,
        typer.Option(
            "--template",
            "-t",
            metavar="ID",
            help="Use only this template id or fact type; repeatable.",
        ),
    ] = None,
    explain: Annotated[
        bool, typer.Option("--explain", help="Also list, on stderr, the questions dropped and why.")
    ] = False,
    keep_all: Annotated[
        bool,
        typer.Option(
            "--all", help="Keep every question, not only each fact's best above the threshold."
        ),
    ] = False,
    per_fact: Annotated[
        int | None,
        typer.Option(
            "--per-fact", metavar="N", min=1, help="Keep up to N questions per fact (default 2)."
        ),
    ] = None,
    max_size: MaxSizeOption = DEFAULT_MAX_SIZE,
    no_cache: NoCacheOption = False,
) -> None:
    """Turn the facts of an article into questions through the question templates."""
    from dataclasses import replace

    from generators.build.compose import explain as explain_source
    from generators.build.compose import load

    loaded = load(source, max_size=max_size, use_cache=not no_cache)
    chosen = loaded.selection()
    chosen = replace(
        chosen,
        templates=tuple(template or ()) or chosen.templates,
        kinds=tuple(kind or ()) or chosen.kinds,
        limit=limit if limit is not None else chosen.limit,
        per_fact=0 if keep_all else per_fact if per_fact is not None else chosen.per_fact,
    )
    result = explain_source(loaded, templates or (), chosen)
    _report_dropped(result.rejected, explain=explain, debug=bool(os.environ.get("FACTDECK_DEBUG")))
    if not result.kept:
        warn(f"no questions from {source}")
    rows = [(q.kind, q.prompt, q.answer) for q in result.kept]
    emit([q.to_dict() for q in result.kept], fmt, rows, ("kind", "prompt", "answer"))


def _report_dropped(rejected: Sequence[Rejection], *, explain: bool, debug: bool) -> None:
    """List the dropped questions (`--explain`); under `--debug`, the tracebacks of failed ones."""
    for rejection in rejected:
        q = rejection.question
        if explain or (debug and rejection.traceback):
            shown = q.source if rejection.traceback else q.prompt
            line = f"dropped {q.template} [{q.kind}]: {rejection.reason}: {shown}"
            typer.echo(printable(line), err=True)
        if debug and rejection.traceback:
            typer.echo(printable(rejection.traceback.rstrip()), err=True)
    failed = sum(1 for r in rejected if r.traceback)
    if failed and not (explain or debug):
        what = "question failed and was" if failed == 1 else "questions failed and were"
        warn(f"{failed} {what} left out; --explain lists them, --debug shows why")
