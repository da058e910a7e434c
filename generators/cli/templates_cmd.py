"""`factdeck templates …`: list, show, copy, check and try the question templates."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from generators.cli.app import app
from generators.cli.options import TemplatesOption
from generators.cli.output import check_format, emit, render_table
from generators.errors import TemplateError

if TYPE_CHECKING:
    from generators.questions.templates import Template

templates_app = typer.Typer(
    name="templates",
    help="List, show, copy, validate and preview the question templates.",
    no_args_is_help=True,
)
app.add_typer(templates_app)


@templates_app.command("list")
def list_templates(templates: TemplatesOption = None) -> None:
    """List the templates in effect, with where each one comes from."""
    from generators.questions.templates import load_templates

    resolved = load_templates(templates or ())
    rows = [(t.id, t.fact, t.kind, t.origin, f"{t.path}:{t.line}") for t in resolved.values()]
    typer.echo(render_table(rows, ("id", "fact", "kind", "origin", "file"), width=80))


@templates_app.command("show")
def show(
    template_id: Annotated[
        str, typer.Argument(metavar="ID", help="Template id (see `templates list`).")
    ],
    templates: TemplatesOption = None,
) -> None:
    """Print one template as YAML, with its file and the placeholders it may use."""
    import yaml

    from generators.questions.templates import helpers, load_templates
    from generators.questions.variables import COMMON_VARIABLES, VARIABLES

    template = _find(load_templates(templates or ()), template_id)
    typer.echo(f"# {template.origin}: {template.path}:{template.line}")
    typer.echo(
        yaml.safe_dump(
            [template.to_dict()], allow_unicode=True, sort_keys=False, width=100
        ).rstrip()
    )
    typer.echo(f"# placeholders: {', '.join(VARIABLES[template.fact] + COMMON_VARIABLES)}")
    typer.echo(f"# helpers: {', '.join(sorted(helpers()))}")


@templates_app.command("init")
def init(
    folder: Annotated[
        Path | None,
        typer.Argument(
            metavar="DIR", help="Where to copy the defaults (default: the user folder)."
        ),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Overwrite files that already exist.")
    ] = False,
) -> None:
    """Copy the bundled templates into DIR (or the user folder) to edit them."""
    from generators.files.resources import user_templates_dir
    from generators.questions.templates import copy_defaults

    target = folder or user_templates_dir()
    files = copy_defaults(target, force=force)
    typer.echo(f"Copied {len(files)} template files to {target}", err=True)
    typer.echo(str(target))


@templates_app.command("validate")
def validate(
    folder: Annotated[
        Path | None,
        typer.Argument(metavar="DIR", help="Folder to check (default: every template in effect)."),
    ] = None,
    templates: TemplatesOption = None,
) -> None:
    """Check template files: YAML, known fields and fact types, placeholders that exist."""
    from generators.questions.templates import load_folder, load_templates

    if folder is not None:
        if not folder.is_dir():
            raise TemplateError(f"no such templates folder: {folder}; check the path")
        count = len(load_folder(folder, str(folder)))
    else:
        count = len(load_templates(templates or ()))
    typer.echo(f"OK: {count} templates valid")


@templates_app.command("preview")
def preview(
    template_id: Annotated[
        str, typer.Argument(metavar="ID", help="Template id (see `templates list`).")
    ],
    article: Annotated[
        str,
        typer.Argument(
            metavar="ARTICLE", help="Article, deck recipe or facts file to render it on."
        ),
    ],
    fmt: Annotated[
        str,
        typer.Option(
            "--format", "-f", metavar="FORMAT", callback=check_format, help="json, yaml or table."
        ),
    ] = "table",
    templates: TemplatesOption = None,
) -> None:
    """Render one template on the facts of an article, with the questions it would drop and why."""
    from generators.build.compose import load
    from generators.questions import generate
    from generators.questions.templates import load_templates

    template = _find(load_templates(templates or ()), template_id)
    source = load(article)
    result = generate(source.facts or [], [template], header=source.header)
    for rejection in result.rejected:
        typer.echo(f"dropped: {rejection.reason}: {rejection.question.prompt}", err=True)
    rows = [(q.prompt, q.answer) for q in result.kept]
    emit([q.to_dict() for q in result.kept], fmt, rows, ("prompt", "answer"))


def _find(resolved: dict[str, Template], template_id: str) -> Template:
    if template_id not in resolved:
        raise TemplateError(
            f"unknown template id {template_id!r}; run `factdeck templates list` to see the ids"
        )
    return resolved[template_id]
