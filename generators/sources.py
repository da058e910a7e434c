"""Resolve a SOURCE argument (article, recipe, or saved facts file) into an article's facts."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from generators.article import Article, read_article, slugify
from generators.errors import InputError
from generators.facts import Fact, load_facts_document
from generators.limits import DEFAULT_MAX_SIZE
from generators.recipes import Recipe, is_recipe, load_recipe


@dataclass(frozen=True)
class Source:
    """The facts of one article with where they came from."""

    name: str
    header: dict[str, Any]
    facts: list[Fact]
    article: Article | None = None
    recipe: Recipe | None = None


def load_source(
    source: str | Path,
    *,
    max_size: int = DEFAULT_MAX_SIZE,
    use_cache: bool = True,
    stdin: BinaryIO | None = None,
) -> Source:
    """Return the facts of SOURCE: a recipe, a saved facts file, an article file, or `-`."""
    name = str(source)
    if (
        name != "-"
        and is_recipe(name)
        and Path(name).is_file()
        and not _is_facts_document(Path(name))
    ):
        return _from_recipe(load_recipe(name), max_size=max_size, use_cache=use_cache)
    if name != "-" and name.lower().endswith((".json", ".yaml", ".yml")):
        return _from_facts_file(Path(name))
    article = read_article(name, max_size=max_size, stdin=stdin)
    return Source(name, article.header(), extract(article, use_cache), article=article)


def extract(article: Article, use_cache: bool = True) -> list[Fact]:
    """Extract the facts of `article` (imports spaCy only when the cache misses)."""
    from generators.extract import extract_facts

    return extract_facts(article, use_cache=use_cache)


def _from_recipe(recipe: Recipe, *, max_size: int, use_cache: bool) -> Source:
    article = read_article(recipe.article, max_size=max_size, slug=recipe.slug)
    if recipe.facts is not None:
        _, facts = load_facts_document(_read_text(recipe.facts), str(recipe.facts))
    else:
        facts = extract(article, use_cache)
    facts = [f for f in facts if f.id not in recipe.exclude]
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

    from generators.yamlload import safe_load

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
