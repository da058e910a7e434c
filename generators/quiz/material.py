"""Find the questions of a quiz SOURCE: a built deck, a recipe or an article (questions cached)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from generators.errors import FactdeckError, InputError
from generators.quiz.deck_reader import DeckQuestions, read_deck
from generators.quiz.record import question_from_dict

# Bump when the cached questions' shape changes.
QUESTIONS_CACHE_VERSION = "1"


def load_questions(source: str, template_dirs: Sequence[Path] = ()) -> DeckQuestions:
    """Return the questions of SOURCE; a deck is read as built, an article's facts come from the cache."""
    if source.lower().endswith(".apkg"):
        return read_deck(Path(source))
    if source == "-":
        raise InputError(
            "the quiz cannot read an article from stdin (stdin holds the answers); give a file"
        )
    from generators import cache
    from generators.sources import load_source

    loaded = load_source(source)
    header = loaded.header
    key = str(header.get("slug") or Path(source).stem)
    title = str(header.get("title") or (loaded.recipe.name if loaded.recipe else key))
    cache_key = _questions_key(loaded, template_dirs)
    cached = cache.get(cache_key)
    if cached is not None:
        return DeckQuestions(key, title, [question_from_dict(q) for q in cached["questions"]])
    questions = _generate(loaded, template_dirs)
    cache.put(cache_key, {"questions": [q.to_dict() for q in questions]})
    return DeckQuestions(key, title, questions)


def _generate(loaded: Any, template_dirs: Sequence[Path]) -> list[Any]:
    from generators import questions as questions_module

    questions_for = getattr(questions_module, "questions_for", None)
    if questions_for is None:
        raise FactdeckError(
            "this factdeck cannot generate questions yet; quiz on a deck built with `factdeck build`"
        )
    return list(questions_for(loaded, list(template_dirs)))


def _questions_key(loaded: Any, template_dirs: Sequence[Path]) -> str:
    """Return a hash of everything questions depend on: facts, header, recipe, template files."""
    from generators import __version__

    digest = hashlib.sha256()
    facts = [f.to_dict() for f in loaded.facts]
    digest.update(
        json.dumps(
            [QUESTIONS_CACHE_VERSION, __version__, loaded.header, facts],
            sort_keys=True,
            default=str,
        ).encode()
    )
    if loaded.recipe is not None:
        digest.update(_read(Path(loaded.recipe.path)))
    for folder in _template_folders(template_dirs):
        digest.update(str(folder).encode())
        for path in (
            sorted([*folder.glob("*.yaml"), *folder.glob("*.yml")]) if folder.is_dir() else []
        ):
            digest.update(path.name.encode() + b"\x00" + _read(path))
    return "questions-" + digest.hexdigest()


def _template_folders(template_dirs: Sequence[Path]) -> list[Path]:
    from generators.resources import bundled_dir, user_templates_dir

    return [*map(Path, template_dirs), user_templates_dir(), bundled_dir("templates") / "questions"]


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError:
        return b""
