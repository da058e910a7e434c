"""Question templates: find, load, validate and render them in a sandbox.

A template file is YAML: a mapping with an optional `fact` (the default fact type of its
templates) and a `templates` list. Each template has an `id`, a `fact` type, a `kind`, a `prompt`
and an `answer`, and optionally `when`, `accept`, `tags`, `weight`, `reverse`, `choices_from`,
`swap`, `description`. Text fields are Jinja2 templates with `[[ … ]]` for placeholders and
`[% … %]` for statements, so Anki's `{{c1::…}}` cloze syntax stays literal; they run in Jinja2's
`SandboxedEnvironment` with `StrictUndefined` and no loader: a shared template cannot run code,
read files or use a placeholder that does not exist.

Resolution: `--templates DIR` folders (first listed wins), then the user folder, then the bundled
defaults; a template with the same id replaces the later one, a new id adds to the set.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from generators.errors import TemplateError
from generators.files.yamlload import compose_and_load
from generators.records import FACT_TYPES

KINDS = ("basic", "cloze", "mcq", "numeric", "truefalse")
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
_FILE_KEYS = ("fact", "description", "templates")
_TEXT_FIELDS = ("prompt", "answer", "extra")

# Names a template may use, besides the helpers below: shared by every fact type, then per type.
COMMON_VARIABLES = (
    "fact",
    "sentence",
    "clause",
    "gap",
    "cloze_text",
    "span",
    "shown",
    "article_title",
    "article_date",
    "in_article_date",
)
VARIABLES: dict[str, tuple[str, ...]] = {
    "quantity": (
        "value",
        "value_max",
        "approx",
        "bound",
        "hedge",
        "unit",
        "unit_phrase",
        "subject",
        "predicate",
        "object_question",
        "amount",
        "number",
        "percent",
        "countable",
        "swappable",
        "tolerance",
    ),
    "person_role": (
        "person",
        "role",
        "role_phrase",
        "is_rank",
        "grade",
        "titled",
        "shared_role",
        "specific_role",
        "descriptive_role",
    ),
    "succession": ("predecessor", "successor", "role", "post", "date", "date_text"),
    "leads": (
        "leader",
        "leader_is_person",
        "entity",
        "via",
        "participle",
        "present",
        "imperfect",
        "former",
    ),
    "event": (
        "date",
        "date_norm",
        "date_text",
        "year",
        "year_inferred",
        "full_date",
        "what",
        "participants",
        "inverted",
    ),
    "quote": ("speaker", "text", "short", "marked"),
    "acronym": ("acronym", "expansion"),
}


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


@functools.cache
def environment() -> Any:
    """Return the shared sandboxed Jinja2 environment with the French helpers."""
    from jinja2 import StrictUndefined
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    env = ImmutableSandboxedEnvironment(
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

    return {
        "de": lambda phrase: french.contract("de", str(getattr(phrase, "le", phrase))),
        "a": lambda phrase: french.contract("à", str(getattr(phrase, "le", phrase))),
        "elide": french.elide,
        "combien": french.combien,
        "inv": french.invert,
        "agree": french.agree,
        "quote": french.quote,
        "cap": french.capitalize,
        "num": french.format_number,
        "cloze": cloze,
        "fill": fill,
        "words": first_words,
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


def template_dirs(extra: Sequence[str | Path] = ()) -> list[tuple[Path, str]]:
    """Return the template folders in order of precedence, each with its origin label."""
    from generators.files.resources import bundled_dir, user_templates_dir

    dirs = [(Path(d), f"--templates {d}") for d in extra]
    dirs.append((user_templates_dir(), "user"))
    dirs.append((bundled_dir("templates") / "questions", "bundled"))
    return dirs


def load_templates(extra_dirs: Sequence[str | Path] = ()) -> dict[str, Template]:
    """Return the resolved templates by id: the first folder that defines an id wins."""
    for folder in extra_dirs:
        if not Path(folder).is_dir():
            raise TemplateError(f"no such templates folder: {folder}; check the --templates path")
    resolved: dict[str, Template] = {}
    for folder, origin in reversed(template_dirs(extra_dirs)):
        for template in load_folder(folder, origin):
            resolved[template.id] = template
    return dict(
        sorted(resolved.items(), key=lambda item: (FACT_TYPES.index(item[1].fact), item[0]))
    )


def load_folder(folder: Path, origin: str = "") -> list[Template]:
    """Return the templates of every *.yaml file in `folder` (none if it does not exist)."""
    if not folder.is_dir():
        return []
    found: dict[str, Template] = {}
    for path in sorted([*folder.glob("*.yaml"), *folder.glob("*.yml")]):
        for template in load_file(path, origin):
            if template.id in found:
                first = found[template.id]
                raise TemplateError(
                    f"{template.where}: template {template.id}: id: already defined at {first.where}; give each template its own id"
                )
            found[template.id] = template
    return list(found.values())


def load_file(path: Path, origin: str = "") -> list[Template]:
    """Read, validate and compile the templates of one YAML file (cached while it is unchanged)."""
    try:
        stat = path.stat()
    except OSError as exc:
        raise TemplateError(
            f"{path}: cannot read the template file ({exc.strerror}); check the path"
        ) from None
    return list(_load_file(path, origin, stat.st_mtime_ns, stat.st_size))


@functools.lru_cache(maxsize=256)
def _load_file(path: Path, origin: str, mtime: int, size: int) -> tuple[Template, ...]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise TemplateError(
            f"{path}: cannot read the template file ({exc}); check it is UTF-8 text"
        ) from None
    try:
        node, data = compose_and_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise TemplateError(
            f"{path}:{mark.line + 1 if mark else 1}: {problem}; fix the YAML syntax"
        ) from None
    if data is None:
        return ()
    if not isinstance(data, dict) or not isinstance(data.get("templates"), list):
        raise TemplateError(f"{path}:1: a template file is a mapping with a `templates` list")
    for key, line in _key_lines(node).items():
        if key not in _FILE_KEYS:
            raise TemplateError(
                f"{path}:{line}: unknown key {key!r}; a template file has {', '.join(_FILE_KEYS)}"
            )
    default_fact = data.get("fact")
    items = _sequence_items(node, "templates")
    templates = [
        _build(path, line, item, default_fact, origin)
        for item, line in zip(data["templates"], items, strict=True)
    ]
    for template in templates:
        check(template)
    return tuple(templates)


def _build(path: Path, line: int, item: Any, default_fact: Any, origin: str) -> Template:
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
    if template.kind == "mcq" and not template.choices_from:
        raise TemplateError(
            f"{where}: choices_from: missing; an mcq template names where distractors come from ({', '.join(POOLS)})"
        )
    if template.kind == "truefalse" and not template.swap:
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
    allowed = set(COMMON_VARIABLES) | set(VARIABLES[template.fact]) | helper_names()
    sources = {"when": template.when} if template.when else {}
    sources.update({k: getattr(template, k) for k in _TEXT_FIELDS})
    sources.update({f"accept[{i}]": a for i, a in enumerate(template.accept)})
    for name, source in sources.items():
        _check_source(where, name, source, allowed, is_expression=name == "when")


def _check_source(
    where: str, name: str, source: str, allowed: set[str], *, is_expression: bool
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
    return str(_compiled(source, False).render(**context))


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

    if not template.when:
        return True
    try:
        return bool(_compiled(template.when, True)(**context))
    except (JinjaError, TypeError, ValueError, AttributeError) as exc:
        raise TemplateError(
            f"{template.where}: template {template.id}: when: {exc}; fix the condition"
        ) from None


def _key_lines(node: Any) -> dict[str, int]:
    if not isinstance(node, yaml.MappingNode):
        return {}
    return {str(k.value): k.start_mark.line + 1 for k, _ in node.value}


def _sequence_items(node: Any, key: str) -> list[int]:
    """Return the 1-based line of each item of the top-level sequence `key`."""
    for k, v in node.value:
        if k.value == key and isinstance(v, yaml.SequenceNode):
            return [item.start_mark.line + 1 for item in v.value]
    return []


def select(
    templates: Iterable[Template], ids: Sequence[str] = (), kinds: Sequence[str] = ()
) -> list[Template]:
    """Return the templates whose id (or fact type) is in `ids` and kind in `kinds` (empty: all)."""
    chosen = list(templates)
    if ids:
        unknown = [i for i in ids if not any(t.id == i or t.fact == i for t in chosen)]
        if unknown:
            raise TemplateError(
                f"unknown template id {unknown[0]!r}; run `factdeck templates list` to see the ids"
            )
        chosen = [t for t in chosen if t.id in ids or t.fact in ids]
    if kinds:
        bad = [k for k in kinds if k not in KINDS]
        if bad:
            raise TemplateError(
                f"unknown question kind {bad[0]!r}; choose among {', '.join(KINDS)}"
            )
        chosen = [t for t in chosen if t.kind in kinds]
    return chosen


def copy_defaults(target: Path, *, force: bool = False) -> list[Path]:
    """Copy the bundled question templates into `target`; refuse to overwrite unless `force`."""
    import shutil

    from generators.files.resources import bundled_dir

    if target.exists() and not target.is_dir():
        raise TemplateError(f"{target} is a file, not a folder; choose a folder for the templates")
    files = sorted((bundled_dir("templates") / "questions").glob("*.yaml"))
    clashes = [p.name for p in files if (target / p.name).exists()]
    if clashes and not force:
        raise TemplateError(
            f"{target / clashes[0]} already exists; edit it, or rerun with --force to overwrite"
        )
    try:
        target.mkdir(parents=True, exist_ok=True)
        for path in files:
            shutil.copyfile(path, target / path.name)
    except OSError as exc:
        raise TemplateError(f"cannot copy the templates into {target}: {exc.strerror}") from None
    return files
