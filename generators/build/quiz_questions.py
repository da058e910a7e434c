"""The questions of a quiz SOURCE: a built deck as built, else a recipe's or article's (cached)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from generators.errors import InputError
from generators.files import cache
from generators.records import DeckQuestions, Question, question_from_dict
from generators.source.resolve import Source


def quiz_questions(source_arg: str, template_dirs: Sequence[Path] = ()) -> DeckQuestions:
    """Return the questions of SOURCE; a deck is read as built, an article's facts come from the cache."""
    if source_arg.lower().endswith(".apkg"):
        from generators.curate.decisions import DROPPED_TAG
        from generators.export.anki.reader import read_deck

        deck = read_deck(Path(source_arg))  # the group's drops stay in Anki, tagged: not asked
        return replace(deck, questions=[q for q in deck.questions if DROPPED_TAG not in q.tags])
    if source_arg == "-":
        raise InputError(
            "the quiz cannot read an article from stdin (stdin holds the answers); give a file"
        )
    from generators.source.theme import is_theme

    if is_theme(source_arg):  # the whole theme: every article's questions and those across
        from generators.build.theme import quiz_deck

        return quiz_deck(source_arg, template_dirs)
    from generators.build.compose import load, questions_of

    loaded = load(source_arg)
    header = loaded.header
    key = str(header.get("slug") or Path(source_arg).stem)
    title = str(header.get("title") or (loaded.recipe.name if loaded.recipe else key))
    cache_key = _questions_key(loaded, template_dirs)
    cached = cache.get(cache_key)
    if cached is not None:
        return DeckQuestions(key, title, [question_from_dict(q) for q in cached["questions"]])
    questions: list[Question] = questions_of(loaded, list(template_dirs))
    cache.put(cache_key, {"questions": [q.to_dict() for q in questions]})
    return DeckQuestions(key, title, questions)


def _questions_key(loaded: Source, template_dirs: Sequence[Path]) -> str:
    """Return a hash of everything questions depend on: code, facts, header, recipe, review, templates."""
    from generators.build.compose import decisions_file

    digest = hashlib.sha256()
    facts = [f.to_dict() for f in loaded.facts or []]
    digest.update(
        json.dumps(
            [cache.questions_code(), loaded.header, facts], sort_keys=True, default=str
        ).encode()
    )
    if loaded.recipe is not None:
        digest.update(_read(Path(loaded.recipe.path)))
    decisions = decisions_file(loaded)
    digest.update(b"\x00decisions\x00" + (_read(decisions) if decisions else b""))
    digest.update(cache.templates_fingerprint(template_dirs).encode())
    return "questions-" + digest.hexdigest()


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError:
        return b""
