"""Theme recipes: several articles under one theme (`articles:` a list of files, or a folder).

A theme recipe is a deck recipe whose `articles` replaces `article`:

    name: Défense
    language: fr
    articles: [semaine-01.txt, semaine-02.txt]   # or `articles: articles/` (a folder beside it)

Each article becomes a single-article recipe of the theme (its slug is the file's stem), so every
per-article stage (extraction, questions, review decisions) works on it unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from generators.errors import InputError
from generators.files.yamlload import compose_and_load
from generators.source.article import slugify
from generators.source.recipes import (
    ARTICLE_SUFFIXES,
    Recipe,
    _inside,
    _key_lines,
    is_recipe,
)

_FIELDS: dict[str, type | tuple[type, ...]] = {
    "name": str,
    "articles": (list, str),
    "language": str,
    "description": str,
    "templates": list,
    "kinds": list,
    "limit": int,
    "tags": list,
    "exclude": list,
    "slug": str,
}
_REQUIRED = ("name", "articles", "language")


@dataclass(frozen=True)
class Theme:
    """A theme recipe: its name (the deck), its articles in order, the selection of each."""

    path: Path
    name: str
    language: str
    slug: str
    articles: tuple[Path, ...]
    description: str = ""
    templates: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    limit: int | None = None  # per article
    tags: tuple[str, ...] = ()
    exclude: frozenset[str] = field(default_factory=frozenset)

    def recipes(self) -> list[Recipe]:
        """Return one single-article recipe per article, named after the theme."""
        base = Recipe(
            path=self.path,
            name=self.name,
            article=self.path,
            language=self.language,
            slug=self.slug,
            description=self.description,
            templates=self.templates,
            kinds=self.kinds,
            limit=self.limit,
            tags=self.tags,
            exclude=self.exclude,
        )
        return [replace(base, article=p, slug=article_slug(p)) for p in self.articles]


def article_slug(path: Path) -> str:
    """Return the slug of a theme's article: its file's stem (fact ids and GUIDs derive from it)."""
    return slugify(path.stem)


def is_theme(path: str | Path) -> bool:
    """Return whether `path` is a recipe file that lists several articles (`articles:`)."""
    if not is_recipe(path) or not Path(path).is_file():
        return False
    try:
        _, data = compose_and_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return False  # the recipe loader says what is wrong, with its line
    return isinstance(data, dict) and "articles" in data


def load_theme(path: str | Path) -> Theme:
    """Read and validate the theme recipe at `path`; its articles must sit beside it."""
    path = Path(path)
    try:
        node, data = compose_and_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise InputError(f"cannot read theme recipe {path}: {str(exc).splitlines()[0]}") from None
    if not isinstance(data, dict):
        raise InputError(f"{path}:1: a theme recipe is a mapping with name, articles and language")
    lines = _key_lines(node)
    _check_keys(path, data, lines)
    where = f"{path}:{lines.get('articles', 1)}"
    articles = _articles(path.resolve().parent, data["articles"], where)
    slugs = [article_slug(p) for p in articles]
    twice = sorted({s for s in slugs if slugs.count(s) > 1})
    if twice:
        raise InputError(f"{where}: two articles have the slug {twice[0]!r}; rename one file")
    if data.get("limit") is not None and data["limit"] < 1:
        raise InputError(f"{path}:{lines.get('limit', 1)}: recipe key 'limit' must be at least 1")
    return Theme(
        path=path,
        name=data["name"],
        language=data["language"],
        slug=slugify(data.get("slug") or path.stem),
        articles=tuple(articles),
        description=data.get("description", ""),
        templates=tuple(data.get("templates", ())),
        kinds=tuple(data.get("kinds", ())),
        limit=data.get("limit"),
        tags=tuple(data.get("tags", ())),
        exclude=frozenset(data.get("exclude", ())),
    )


def _check_keys(path: Path, data: dict[str, Any], lines: dict[str, int]) -> None:
    """Refuse unknown keys, values of the wrong type and missing required keys."""
    for key, value in data.items():
        where = f"{path}:{lines.get(str(key), 1)}"
        if key not in _FIELDS:
            raise InputError(
                f"{where}: unknown theme recipe key {key!r}; known keys: {', '.join(_FIELDS)}"
            )
        if not isinstance(value, _FIELDS[key]) or isinstance(value, bool):
            raise InputError(f"{where}: theme recipe key {key!r} has the wrong type")
        if isinstance(value, list) and not all(isinstance(item, str) for item in value):
            raise InputError(f"{where}: theme recipe key {key!r} must be a list of strings")
    for key in _REQUIRED:
        if key not in data:
            raise InputError(f"{path}:1: theme recipe lacks {key!r}; add `{key}: …`")


def _articles(folder: Path, given: list[str] | str, where: str) -> list[Path]:
    """Return the articles a theme lists, or those of the folder it names, in order."""
    if isinstance(given, list):
        if not given:
            raise InputError(f"{where}: 'articles' is empty; list the theme's article files")
        return list(dict.fromkeys(_inside(folder, name, where) for name in given))
    target = (folder / given).resolve()
    if not target.is_relative_to(folder) or not target.is_dir():
        raise InputError(
            f"{where}: {given!r} is not a folder beside the recipe; give a list or a folder"
        )
    found = sorted(
        p
        for p in target.iterdir()
        if p.is_file() and not p.name.startswith(".") and p.suffix.lower() in ARTICLE_SUFFIXES
    )
    if not found:
        raise InputError(f"{where}: {given!r} holds no articles ({', '.join(ARTICLE_SUFFIXES)})")
    return found
