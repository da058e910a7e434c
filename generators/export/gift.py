"""Write a deck in GIFT, Moodle's plain-text question format: one category per article.

Multiple choice `{=right ~wrong}`, true/false `{TRUE}`, short answer `{=a =b}`, numerical
`{#low..high}` for approximate numbers, and a cloze as GIFT's missing word (`Le {=mot} …`).
Every text escapes GIFT's special characters `~ = # { } :` and the backslash.
"""

from __future__ import annotations

import re
from pathlib import Path

from generators.errors import InputError
from generators.export import Written
from generators.export.shapes import (
    CLOZE,
    Tally,
    accepted,
    answer_of,
    number_of,
    one_line,
    truth,
)
from generators.files.atomic import write_text_atomic
from generators.records import MCQ, NUMERIC, TRUEFALSE, Deck, Question

_SPECIAL = re.compile(r"([\\~=#{}:])")


def escape(text: str) -> str:
    """Return `text` on one line with GIFT's special characters escaped by a backslash."""
    return _SPECIAL.sub(r"\\\1", one_line(text))


def number(value: float) -> str:
    """Return a number as GIFT reads it (a point for decimals, no grouping)."""
    return str(int(value)) if value == int(value) else repr(value)


def category(deck: Deck) -> str:
    """Return the category of the deck's article: factdeck/<article slug or deck name>."""
    name = str(deck.article.get("slug") or deck.name).replace("/", "-")
    return f"$CATEGORY: $course$/factdeck/{name}"


def answers(question: Question) -> str | None:
    """Return the answer block of a question (without its braces), or None if GIFT cannot say it."""
    feedback = f" ####{escape(question.source)}" if question.source else ""
    if question.kind == MCQ:
        right = answer_of(question)
        if right not in question.choices:
            return None
        options = " ".join(("=" if c == right else "~") + escape(c) for c in question.choices)
        return options + feedback
    if question.kind == TRUEFALSE:
        return ("TRUE" if truth(question) else "FALSE") + feedback
    if question.kind == NUMERIC:
        low_high = question.range
        if low_high is not None:
            return f"#{number(low_high[0])}..{number(low_high[1])}{feedback}"
        value = number_of(question)
        return None if value is None else f"#{number(value)}{feedback}"
    return " ".join(f"={escape(a)}" for a in accepted(question)) + feedback


def text(question: Question) -> str | None:
    """Return one question in GIFT, named by its id, or None when GIFT cannot express it."""
    title = f"::{escape(question.id)}::"
    gaps = list(CLOZE.finditer(question.prompt))
    if gaps:
        if len(gaps) > 1:
            return None  # GIFT's missing word holds one gap only
        gap = gaps[0]
        before, after = question.prompt[: gap.start()], question.prompt[gap.end() :]
        block = answers(question)
        return f"{title}{escape(before)}{{{block}}}{escape(after)}" if block else None
    block = answers(question)
    return None if block is None else f"{title}{escape(question.prompt)} {{{block}}}"


def write(path: Path, deck: Deck) -> Written:
    """Write the deck's questions as a GIFT file at `path`."""
    tally = Tally()
    blocks = [f"// {one_line(deck.name)} — written by factdeck", category(deck)]
    blocks += tally.keep(deck.questions, text)
    if not tally.kept:
        raise InputError(f"no questions for deck {deck.name!r}; nothing written")
    write_text_atomic(path, "\n\n".join(blocks) + "\n")
    return Written(path, tally.summary(deck.name, "GIFT for Moodle"))
