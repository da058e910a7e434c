"""Find the questions of a quiz SOURCE: a built deck, a recipe or an article."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from generators.errors import FactdeckError, InputError
from generators.quiz.deck_reader import DeckQuestions, read_deck


def load_questions(source: str, template_dirs: Sequence[Path] = ()) -> DeckQuestions:
    """Return the questions of SOURCE; a deck is read as built, an article's facts come from the cache."""
    if source.lower().endswith(".apkg"):
        return read_deck(Path(source))
    if source == "-":
        raise InputError(
            "the quiz cannot read an article from stdin (stdin holds the answers); give a file"
        )
    from generators import questions as questions_module
    from generators.sources import load_source

    loaded = load_source(source)
    questions_for = getattr(questions_module, "questions_for", None)
    if questions_for is None:
        raise FactdeckError(
            "this factdeck cannot generate questions yet; quiz on a deck built with `factdeck build`"
        )
    questions = list(questions_for(loaded, list(template_dirs)))
    header = loaded.header
    key = str(header.get("slug") or Path(source).stem)
    title = str(header.get("title") or (loaded.recipe.name if loaded.recipe else key))
    return DeckQuestions(key, title, questions)
