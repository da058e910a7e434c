"""Render template text in a bounded Jinja2 sandbox, with the French helpers.

Text fields are Jinja2 templates with `[[ … ]]` for placeholders and `[% … %]` for statements, so
Anki's `{{c1::…}}` cloze syntax stays literal; they run in `generators.questions.sandbox` (Jinja2's
`ImmutableSandboxedEnvironment`, with bounded arithmetic, loops, time and output), with
`StrictUndefined` and no loader: a shared template cannot run code, read files, hang the machine
or use a placeholder that does not exist.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from generators.errors import TemplateError

if TYPE_CHECKING:
    from generators.questions.templates.schema import Template


@functools.cache
def environment() -> Any:
    """Return the shared sandboxed Jinja2 environment with the French helpers."""
    from jinja2 import StrictUndefined

    from generators.questions.sandbox import BoundedSandbox

    env = BoundedSandbox(
        variable_start_string="[[",
        variable_end_string="]]",
        block_start_string="[%",
        block_end_string="%]",
        comment_start_string="[#",
        comment_end_string="#]",
        undefined=StrictUndefined,
        autoescape=False,
        keep_trailing_newline=False,
    )
    env.globals.clear()
    env.globals.update(helpers())
    env.filters.update(helpers())
    return env


def helpers() -> dict[str, Callable[..., Any]]:
    """Return the French helpers templates can call, as functions and as filters."""
    from generators.french import grammar as french
    from generators.questions.roles import trade

    return {
        "de": lambda phrase: french.contract("de", str(getattr(phrase, "le", phrase))),
        "a": lambda phrase: french.contract("à", str(getattr(phrase, "le", phrase))),
        "elide": french.elide,
        "combien": french.combien,
        "inv": french.invert,
        "agree": french.agree,
        "quote": french.quote,
        "cap": french.capitalize,
        "unarticled": french.without_article,
        "num": french.format_number,
        "cloze": cloze,
        "fill": fill,
        "words": first_words,
        "trade": trade,
    }


def cloze(text: object, number: int = 1) -> str:
    """Return Anki's cloze syntax around `text`: {{c1::text}}."""
    return f"{{{{c{number}::{text}}}}}"


def fill(gapped: str, value: object) -> str:
    """Return `gapped` with its gap (___) replaced by `value`."""
    return gapped.replace("___", str(value))


def first_words(text: str, count: int = 15) -> str:
    """Return the first `count` words of `text`, with « … » when cut."""
    words = str(text).split()
    return " ".join(words) if len(words) <= count else " ".join(words[:count]).rstrip(",;:") + "…"


def helper_names() -> frozenset[str]:
    """Return every name a template may use without it being a fact variable."""
    return frozenset(helpers()) | {"loop", "true", "false", "none", "True", "False", "None"}


@functools.cache
def _compiled(source: str, is_expression: bool) -> Any:
    env = environment()
    return (
        env.compile_expression(source, undefined_to_none=False)
        if is_expression
        else env.from_string(source)
    )


def render(source: str, context: Mapping[str, Any]) -> str:
    """Render one text field of a template with `context`."""
    from generators.questions import sandbox

    return sandbox.render(_compiled(source, False), context)


def render_field(template: Template, name: str, source: str, context: Mapping[str, Any]) -> str:
    """Render one field of `template`; a failure names the file, line, template and field."""
    from jinja2 import TemplateError as JinjaError

    try:
        return render(source, context)
    except (JinjaError, TypeError, ValueError, AttributeError) as exc:
        raise TemplateError(
            f"{template.where}: template {template.id}: {name}: {exc}; fix the template"
        ) from None


def condition(template: Template, context: Mapping[str, Any]) -> bool:
    """Return whether `template.when` holds for `context` (true when it has no condition)."""
    from jinja2 import TemplateError as JinjaError

    from generators.questions import sandbox

    if not template.when:
        return True
    try:
        return bool(sandbox.evaluate(_compiled(template.when, True), context))
    except (JinjaError, TypeError, ValueError, AttributeError) as exc:
        raise TemplateError(
            f"{template.where}: template {template.id}: when: {exc}; fix the condition"
        ) from None
