"""The template schema: the Template record and the validation of a YAML template entry.

A template file is YAML: a mapping with an optional `fact` (the default fact type of its
templates) and a `templates` list. Each template has an `id`, a `fact` type, a `kind`, a `prompt`
and an `answer`, and optionally `when`, `accept`, `tags`, `weight`, `reverse`, `choices_from`,
`swap`, `extra`, `description`. Kinds are those of `generators.records.KINDS`, fact types those of
`generators.records.TYPES`, placeholders those `generators.questions.variables` declares.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generators.errors import TemplateError
from generators.questions.templates.render import environment, helper_names
from generators.records import FACT_TYPES, KINDS, MCQ, TRUEFALSE

POOLS = ("person", "role", "amount", "number", "date", "year", "entity", "expansion")
_KEYS: dict[str, type | tuple[type, ...]] = {
    "id": str,
    "fact": str,
    "kind": str,
    "prompt": str,
    "answer": str,
    "when": str,
    "accept": list,
    "tags": list,
    "weight": (int, float),
    "reverse": bool,
    "choices_from": str,
    "swap": str,
    "extra": str,
    "description": str,
}
_REQUIRED = ("id", "kind", "prompt", "answer")
FILE_KEYS = ("fact", "description", "templates")
_TEXT_FIELDS = ("prompt", "answer", "extra")


@dataclass(frozen=True)
class Template:
    """One question template, with the file and line it came from."""

    id: str
    fact: str
    kind: str
    prompt: str
    answer: str
    when: str = ""
    accept: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    weight: float = 1.0
    reverse: bool = False
    choices_from: str = ""
    swap: str = ""
    extra: str = ""
    description: str = ""
    path: Path = field(default=Path(), compare=False)
    line: int = 0
    origin: str = ""

    @property
    def where(self) -> str:
        return f"{self.path}:{self.line}"

    def to_dict(self) -> dict[str, Any]:
        """Return the template as it would be written in YAML (defaults left out)."""
        data: dict[str, Any] = {"id": self.id, "fact": self.fact, "kind": self.kind}
        optional = {
            "when": self.when,
            "prompt": self.prompt,
            "answer": self.answer,
            "accept": list(self.accept),
            "choices_from": self.choices_from,
            "swap": self.swap,
            "extra": self.extra,
            "tags": list(self.tags),
            "reverse": self.reverse,
            "description": self.description,
        }
        data.update({k: v for k, v in optional.items() if v not in ("", [], False)})
        if self.weight != 1.0:
            data["weight"] = self.weight
        return data


def build_template(path: Path, line: int, item: Any, default_fact: Any, origin: str) -> Template:
    if not isinstance(item, dict):
        raise TemplateError(
            f"{path}:{line}: each entry of `templates` is a mapping with id, kind, prompt and answer"
        )
    tid = str(item.get("id", "?"))
    where = f"{path}:{line}: template {tid}"
    for key, value in item.items():
        if key not in _KEYS:
            raise TemplateError(f"{where}: {key}: unknown field; known fields: {', '.join(_KEYS)}")
        expected = _KEYS[key]
        if not isinstance(value, expected) or (isinstance(value, bool) and expected is not bool):
            raise TemplateError(f"{where}: {key}: must be {_type_name(expected)}")
        if isinstance(value, list) and not all(isinstance(v, str) for v in value):
            raise TemplateError(f"{where}: {key}: must be a list of strings")
    for key in _REQUIRED:
        if key not in item:
            raise TemplateError(
                f"{where}: {key}: missing; every template needs {', '.join(_REQUIRED)}"
            )
    fact = item.get("fact", default_fact)
    if fact not in FACT_TYPES:
        raise TemplateError(
            f"{where}: fact: unknown fact type {fact!r}; choose one of {', '.join(FACT_TYPES)}"
        )
    values = {k: v for k, v in item.items() if k != "fact"}
    for key in ("accept", "tags"):
        if key in values:
            values[key] = tuple(values[key])
    return Template(fact=str(fact), path=path, line=line, origin=origin, **values)


def _type_name(expected: type | tuple[type, ...]) -> str:
    names = {str: "a string", list: "a list", bool: "true or false", (int, float): "a number"}
    return names.get(expected, "valid")  # type: ignore[call-overload]


def check(template: Template) -> None:
    """Raise TemplateError when a template's kind, options or placeholders are not valid."""
    where = f"{template.where}: template {template.id}"
    if template.kind not in KINDS:
        raise TemplateError(
            f"{where}: kind: unknown kind {template.kind!r}; choose one of {', '.join(KINDS)}"
        )
    if template.kind == MCQ and not template.choices_from:
        raise TemplateError(
            f"{where}: choices_from: missing; an mcq template names where distractors come from ({', '.join(POOLS)})"
        )
    if template.kind == TRUEFALSE and not template.swap:
        raise TemplateError(
            f"{where}: swap: missing; a truefalse template names what a false statement swaps ({', '.join(POOLS)})"
        )
    for key in ("choices_from", "swap"):
        value = getattr(template, key)
        if value and value not in POOLS:
            raise TemplateError(
                f"{where}: {key}: unknown value {value!r}; choose one of {', '.join(POOLS)}"
            )
    if not 0 < template.weight <= 100:
        raise TemplateError(f"{where}: weight: must be a number above 0 and at most 100")
    from generators.questions.variables import allowed_names

    allowed = allowed_names(template.fact) | helper_names()
    sources = {"when": template.when} if template.when else {}
    sources.update({k: getattr(template, k) for k in _TEXT_FIELDS})
    sources.update({f"accept[{i}]": a for i, a in enumerate(template.accept)})
    for name, source in sources.items():
        _check_source(where, name, source, allowed, is_expression=name == "when")


def _check_source(
    where: str, name: str, source: str, allowed: frozenset[str], *, is_expression: bool
) -> None:
    from jinja2 import TemplateSyntaxError, meta

    env = environment()
    code = f"[[ {source} ]]" if is_expression else source
    try:
        tree = env.parse(code)
    except TemplateSyntaxError as exc:
        raise TemplateError(
            f"{where}: {name}: {exc.message}; check the [[ ]] and [% %] markers"
        ) from None
    _refuse_unsafe(where, name, tree)
    unknown = sorted(meta.find_undeclared_variables(tree) - allowed)
    if unknown:
        raise TemplateError(
            f"{where}: {name}: unknown placeholder {unknown[0]!r}; see `factdeck templates show` for the names a template may use"
        )


def _refuse_unsafe(where: str, name: str, tree: Any) -> None:
    """Refuse what the sandbox would refuse at render time: private attributes, file access."""
    from jinja2 import nodes

    for node in tree.find_all((nodes.Include, nodes.Import, nodes.FromImport, nodes.Extends)):
        raise TemplateError(
            f"{where}: {name}: line {node.lineno}: templates cannot include or import other files; "
            "remove the [% include/import %]"
        )
    for node in tree.find_all((nodes.Getattr, nodes.Getitem)):
        attr = node.attr if isinstance(node, nodes.Getattr) else getattr(node.arg, "value", None)
        if isinstance(attr, str) and attr.startswith("_"):
            raise TemplateError(
                f"{where}: {name}: access to {attr!r} is refused by the sandbox; "
                "use only the placeholders of `factdeck templates show`"
            )
