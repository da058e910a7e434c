"""Write a deck as Quizlet's import text: one card a line, term and definition split by a tab."""

from __future__ import annotations

from pathlib import Path

from generators.errors import InputError
from generators.export import Written
from generators.export.shapes import Tally, answer_of, blanked, one_line, truth
from generators.files.atomic import write_text_atomic
from generators.records import CLOZE, TRUEFALSE, Deck, Question


def card(question: Question) -> tuple[str, str]:
    """Return the term (the question) and the definition (its answer) of one card."""
    term = blanked(question.prompt) if question.kind == CLOZE else question.prompt
    if question.kind == TRUEFALSE:
        answer = "Vrai" if truth(question) else "Faux"
    else:
        answer = answer_of(question)
    return one_line(term), one_line(answer)


def write(path: Path, deck: Deck) -> Written:
    """Write the deck's questions as tab-separated term/definition lines at `path`."""
    tally = Tally()
    lines = []
    for question in deck.questions:
        term, definition = card(question)
        if not term or not definition:
            tally.skip(question)
            continue
        lines.append(f"{term}\t{definition}")
        tally.kept += 1
    if not lines:
        raise InputError(f"no questions for deck {deck.name!r}; nothing written")
    write_text_atomic(path, "\n".join(lines) + "\n")
    return Written(path, tally.summary(deck.name, "Quizlet cards"))
