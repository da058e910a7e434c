"""Find and load question templates: folders in order of precedence, YAML files, the defaults.

Resolution: `--templates DIR` folders (first listed wins), then the user folder, then the bundled
defaults (`templates/questions/<fact type>.yaml`); a template with the same id replaces the later
one, a new id adds to the set.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import yaml

from generators.errors import TemplateError
from generators.files.resources import leads_outside
from generators.files.yamlload import load_or_explain
from generators.questions.templates.schema import FILE_KEYS, Template, build_template, check
from generators.records import FACT_TYPES, KINDS


def template_dirs(extra: Sequence[str | Path] = ()) -> list[tuple[Path, str]]:
    """Return the template folders in order of precedence, each with its origin label."""
    from generators.files.resources import question_template_dirs

    labels = [*(f"--templates {d}" for d in extra), "user", "bundled"]
    return list(zip(question_template_dirs(extra), labels, strict=True))


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
        if leads_outside(folder, path):  # `quantity.yaml -> ~/.ssh/id_rsa` in a shared folder
            raise TemplateError(
                f"template file {path} leads outside {folder} (a link); replace it by the file itself"
            )
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
    node, data = load_or_explain(text, path, TemplateError)
    if data is None:
        return ()
    if not isinstance(data, dict) or not isinstance(data.get("templates"), list):
        raise TemplateError(f"{path}:1: a template file is a mapping with a `templates` list")
    for key, line in _key_lines(node).items():
        if key not in FILE_KEYS:
            raise TemplateError(
                f"{path}:{line}: unknown key {key!r}; a template file has {', '.join(FILE_KEYS)}"
            )
    default_fact = data.get("fact")
    items = _sequence_items(node, "templates")
    templates = [
        build_template(path, line, item, default_fact, origin)
        for item, line in zip(data["templates"], items, strict=True)
    ]
    for template in templates:
        check(template)
    return tuple(templates)


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
    from generators.errors import OutputError
    from generators.files.resources import bundled_dir
    from generators.files.safecopy import copy_into

    if target.exists() and not target.is_dir():
        raise TemplateError(f"{target} is a file, not a folder; choose a folder for the templates")
    files = sorted((bundled_dir("templates") / "questions").glob("*.yaml"))
    clashes = [p.name for p in files if (target / p.name).exists()]
    if clashes and not force:
        raise TemplateError(
            f"{target / clashes[0]} already exists; edit it, or rerun with --force to overwrite"
        )
    try:
        copy_into(files, target)  # replaces a planted link, never writes through it
    except OutputError as exc:
        raise TemplateError(str(exc)) from None
    return files
