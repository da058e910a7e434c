"""Deck recipes (`decks/*.yaml`): load, validate with file:line errors, resolve paths."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from generators.errors import InputError
from generators.files.terminal import printable
from generators.files.yamlload import load_or_explain

_FIELDS: dict[str, type | tuple[type, ...]] = {
    "name": str,
    "article": str,
    "language": str,
    "description": str,
    "templates": list,
    "kinds": list,
    "limit": int,
    "per_fact": int,
    "tags": list,
    "exclude": list,
    "facts": str,
    "slug": str,
}
_REQUIRED = ("name", "article", "language")
LANGUAGES = ("fr",)  # the languages factdeck extracts facts from


@dataclass(frozen=True)
class Recipe:
    """A deck recipe: what to build from which article, curated by the group."""

    path: Path
    name: str
    article: Path
    language: str
    slug: str
    description: str = ""
    templates: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    limit: int | None = None
    per_fact: int | None = None  # questions kept per fact (0: all); None: the default budget
    tags: tuple[str, ...] = ()
    exclude: frozenset[str] = field(default_factory=frozenset)
    facts: Path | None = None


# The review's decisions file sits beside its recipe (generators/curate/decisions.py names it).
DECISIONS_SUFFIXES = (".decisions.yaml", ".decisions.yml")


def is_recipe(path: str | Path) -> bool:
    """Return whether `path` names a recipe file (by its extension; not a decisions file)."""
    name = str(path).lower()
    return name.endswith((".yaml", ".yml")) and not name.endswith(DECISIONS_SUFFIXES)


def load_recipe(path: str | Path) -> Recipe:
    """Read and validate the recipe at `path`."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"no such recipe: {path}; check the path") from None
    except IsADirectoryError:
        raise InputError(f"{path} is a folder, not a recipe; give a .yaml file") from None
    except UnicodeDecodeError:
        raise InputError(
            f"{path} is not UTF-8 text; save the recipe as UTF-8 (« Save with encoding » in an editor)"
        ) from None
    except OSError as exc:
        raise InputError(f"cannot read recipe {path}: {exc.strerror or exc}") from None
    node, data = load_or_explain(text, path, InputError)
    if not isinstance(data, dict):
        raise InputError(
            f"{path}:1: a recipe is a mapping with at least name, article and language"
        )
    lines = _key_lines(node)
    _refuse_duplicates(node, path)
    if "articles" in data:  # several articles: a theme recipe (source/theme.py)
        raise InputError(
            f"{path}:{lines.get('articles', 1)}: a theme recipe (several articles) is built with"
            " `factdeck build` and quizzed with `factdeck quiz`; give one of its articles here"
        )
    for key, value in data.items():
        where = f"{path}:{lines.get(str(key), 1)}"
        if key not in _FIELDS:
            known = ", ".join(_FIELDS)
            raise InputError(f"{where}: unknown recipe key {key!r}; known keys: {known}")
        expected = _FIELDS[key]
        if not isinstance(value, expected) or isinstance(value, bool):
            type_name = expected.__name__ if isinstance(expected, type) else "value"
            raise InputError(f"{where}: recipe key {key!r} must be a {_french_type(type_name)}")
        if isinstance(value, list) and not all(isinstance(item, str) for item in value):
            raise InputError(f"{where}: recipe key {key!r} must be a list of strings")
    for key in _REQUIRED:
        if key not in data:
            raise InputError(f"{path}:1: recipe lacks {key!r}; add `{key}: …`")
    if data["language"] not in LANGUAGES:
        raise InputError(
            f"{path}:{lines.get('language', 1)}: unknown language {data['language']!r}; factdeck"
            " reads French articles: write `language: fr`"
        )
    folder = path.resolve().parent
    article = _inside(folder, data["article"], f"{path}:{lines.get('article', 1)}")
    facts = (
        _inside(folder, data["facts"], f"{path}:{lines.get('facts', 1)}")
        if "facts" in data
        else None
    )
    if data.get("limit") is not None and data["limit"] < 1:
        raise InputError(f"{path}:{lines.get('limit', 1)}: recipe key 'limit' must be at least 1")
    if data.get("per_fact") is not None and data["per_fact"] < 0:
        where = f"{path}:{lines.get('per_fact', 1)}"
        raise InputError(f"{where}: recipe key 'per_fact' must be 0 (all) or more")
    from generators.source.article import slugify

    return Recipe(
        path=path,
        name=printable(data["name"]),  # shown in the terminal and in Anki: no control characters
        article=article,
        language=data["language"],
        slug=slugify(data.get("slug") or path.stem),  # a file name: never a path as given
        description=data.get("description", ""),
        templates=tuple(data.get("templates", ())),
        kinds=tuple(data.get("kinds", ())),
        limit=data.get("limit"),
        per_fact=data.get("per_fact"),
        tags=tuple(data.get("tags", ())),
        exclude=frozenset(data.get("exclude", ())),
        facts=facts,
    )


def _refuse_duplicates(node: Any, path: Path) -> None:
    """Refuse a key given twice: YAML keeps the last silently, the group meant one of them."""
    first: dict[str, int] = {}
    for key, _ in node.value if isinstance(node, yaml.MappingNode) else ():
        line = key.start_mark.line + 1
        if str(key.value) in first:
            raise InputError(
                f"{path}:{line}: recipe key {key.value!r} is given twice (also line"
                f" {first[str(key.value)]}); keep one"
            )
        first[str(key.value)] = line


def _french_type(name: str) -> str:
    return {"str": "string", "int": "whole number", "list": "list"}.get(name, name)


def _inside(folder: Path, relative: str, where: str) -> Path:
    """Resolve `relative` against the recipe's folder and refuse paths that leave it."""
    if not relative.strip():
        raise InputError(f"{where}: the file name is empty; give the file beside the recipe")
    target = (folder / relative).resolve()
    if not target.is_relative_to(folder):
        raise InputError(
            f"{where}: {relative!r} points outside the recipe's folder; keep the file beside the recipe"
        )
    if target.exists() and not target.is_file():
        raise InputError(
            f"{where}: {relative!r} is not a regular file (a folder, a pipe or a device); give a text file"
        )
    if not target.is_file():
        raise InputError(f"{where}: no such file {relative!r} beside the recipe; check the path")
    return target


def _key_lines(node: Any) -> dict[str, int]:
    """Return the 1-based line of each top-level key of a composed YAML mapping."""
    if not isinstance(node, yaml.MappingNode):
        return {}
    return {str(k.value): k.start_mark.line + 1 for k, _ in node.value}


ARTICLE_SUFFIXES = (".txt", ".text", ".md", ".html", ".htm", ".xhtml")


def sources_in_folder(folder: Path) -> list[Path]:
    """Return what a folder given as a build source stands for, sorted by name.

    Its deck recipes when it has any (their articles sit next to them and must not become decks of
    their own), else its articles (.txt, .md, .html…). Hidden files and subfolders are ignored.
    """
    try:
        files = sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))
    except OSError as exc:
        raise InputError(
            f"cannot list {folder}: {exc.strerror or exc}; check its permissions"
        ) from exc
    recipes = [p for p in files if is_recipe(p)]
    found = recipes or [p for p in files if p.suffix.lower() in ARTICLE_SUFFIXES]
    if not found:
        raise InputError(
            f"{folder} holds no deck recipes (.yaml) nor articles ({', '.join(ARTICLE_SUFFIXES)}); "
            "give a folder of articles or the files themselves"
        )
    return found


def bundled_recipes() -> list[Path]:
    """Return the bundled deck recipes, sorted by file name."""
    from generators.files.resources import bundled_dir

    folder = bundled_dir("decks")
    return sorted(p for p in folder.iterdir() if is_recipe(p)) if folder.is_dir() else []
