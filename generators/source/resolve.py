"""Resolve a SOURCE argument (article, recipe, or saved facts file) into what to build from."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from generators.errors import InputError
from generators.files.limits import DEFAULT_MAX_SIZE
from generators.records import Fact, Selection, load_facts_document
from generators.source.article import Article, read_article, slugify
from generators.source.recipes import Recipe, is_recipe, load_recipe


@dataclass(frozen=True)
class Source:
    """One article (or saved facts) with where it came from; `facts` is None until extracted."""

    name: str
    header: dict[str, Any]
    facts: list[Fact] | None
    article: Article | None = None
    recipe: Recipe | None = None

    def selection(self) -> Selection:
        """Return what the recipe keeps of the questions (everything for a bare article)."""
        recipe = self.recipe
        if recipe is None:
            return Selection()
        return Selection(
            recipe.templates, recipe.kinds, recipe.limit, recipe.tags, per_fact=recipe.per_fact
        )


def load_source(
    source: str | Path,
    *,
    max_size: int = DEFAULT_MAX_SIZE,
    stdin: BinaryIO | None = None,
) -> Source:
    """Return SOURCE resolved: a recipe, a saved facts file, an article file, or `-`."""
    name = str(source)
    if (
        name != "-"
        and is_recipe(name)
        and Path(name).is_file()
        and not _is_facts_document(Path(name))
    ):
        return _from_recipe(load_recipe(name), max_size=max_size)
    if name != "-" and name.lower().endswith((".json", ".yaml", ".yml")):
        return _from_facts_file(Path(name))
    article = read_article(name, max_size=max_size, stdin=stdin)
    return Source(name, article.header(), None, article=article)


def _from_recipe(recipe: Recipe, *, max_size: int) -> Source:
    article = read_article(recipe.article, max_size=max_size, slug=recipe.slug)
    facts = None
    if recipe.facts is not None:
        _, facts = load_facts_document(_read_text(recipe.facts), str(recipe.facts))
    header = article.header()
    header["title"] = header["title"] or recipe.name.split("::")[-1]
    return Source(str(recipe.path), header, facts, article=article, recipe=recipe)


def _from_facts_file(path: Path) -> Source:
    header, facts = load_facts_document(_read_text(path), str(path))
    header.setdefault("slug", slugify(path.stem))
    header.setdefault("source", str(path))
    return Source(str(path), header, facts)


def _is_facts_document(path: Path) -> bool:
    """Return whether a YAML file is a saved facts document rather than a recipe."""
    import yaml

    from generators.files.yamlload import safe_load

    try:
        data = safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return False  # let the recipe loader report the problem with its line
    return isinstance(data, list) or (
        isinstance(data, dict) and isinstance(data.get("facts"), list)
    )


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"no such file: {path}; check the path") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read {path}: {exc}") from None
