"""What every non-Anki writer needs of a question: its gaps, its truth, its number, the counts.

A question's prompt may hold Anki cloze gaps (`{{c1::texte}}`); formats without gaps show a
blank or their own gap syntax. Writers count the questions they cannot express by kind and say so.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TypeVar

from generators import lexicon
from generators.french.numbers import parse_number
from generators.records import Question

T = TypeVar("T")

CLOZE = re.compile(r"\{\{c\d+::(.*?)(?:::([^}]*))?\}\}")
BLANK = "_____"


def one_line(text: str) -> str:
    """Return `text` on one line, runs of white space (tabs, newlines) made single spaces."""
    return " ".join(text.split())


def french_spacing(text: str) -> str:
    """Return `text` with no-break spaces where French typography keeps words together (« x ? »)."""
    text = re.sub(r" ([?!:;»])", "\u00a0\\1", text)
    return re.sub(r"« ", "«\u00a0", text)


def dateline(date: str) -> str:
    """Return an ISO date prefix the French way: « 14 mars 2021 », « mars 2021 », « 2021 »."""
    parts = date.split("-")
    if not parts[0].isdigit():
        return date
    months = lexicon.words("french_months")
    try:
        month = months[int(parts[1]) - 1] if len(parts) > 1 else ""
        day = str(int(parts[2])) if len(parts) > 2 else ""
    except (ValueError, IndexError):
        return date
    day = "1er" if day == "1" else day
    return " ".join(p for p in (day, month, parts[0]) if p)


def deck_path(name: str, title: str) -> str:
    """Return the deck's place shown above the title (« Groupe › Sujet »), without the title."""
    parts = [p.strip() for p in name.split("::") if p.strip()]
    if parts and parts[-1] == title:
        parts = parts[:-1]
    return " › ".join(parts)


def gaps(prompt: str) -> list[str]:
    """Return the text of each cloze gap of `prompt`, in order."""
    return [match.group(1) for match in CLOZE.finditer(prompt)]


def blanked(prompt: str, blank: str = BLANK) -> str:
    """Return `prompt` with every cloze gap replaced by `blank`."""
    return CLOZE.sub(blank, prompt)


def filled(text: str) -> str:
    """Return `text` with every cloze gap replaced by its answer (no Anki syntax left)."""
    return CLOZE.sub(r"\1", text)


def answer_of(question: Question) -> str:
    """Return the answer as a reader sees it."""
    return filled(question.answer).strip()


def truth(question: Question) -> bool:
    """Return whether a true/false question's statement is true (its answer reads « vrai »)."""
    first = (answer_of(question).lower().split() or [""])[0].strip(".!")
    return first in lexicon.word_set("answer_true")


def number_of(question: Question) -> float | None:
    """Return the numeric answer of a question: its answer's number, else an accepted one's."""
    for text in (answer_of(question), *question.accept):
        words = text.split()
        spans = [(i, j) for i in range(len(words)) for j in range(len(words), i, -1)]
        for i, j in spans:  # the longest run of words that reads as one number (« 2,8 milliards »)
            value = parse_number(" ".join(words[i:j]))
            if value is not None:
                return float(value)
    return None


def accepted(question: Question) -> list[str]:
    """Return the answer and the other accepted answers, each once, in order."""
    found = [answer_of(question), *(filled(a).strip() for a in question.accept)]
    return [a for a in dict.fromkeys(found) if a]


def clip(text: str, limit: int, ellipsis: str = "…") -> str:
    """Return `text` cut to `limit` characters at a word boundary, marked with an ellipsis."""
    text = one_line(text)
    if len(text) <= limit:
        return text
    room = limit - len(ellipsis)
    cut = text[: room + 1]
    cut = cut[: cut.rfind(" ")] if " " in cut else text[:room]
    return cut.rstrip(" ,;:") + ellipsis


@dataclass
class Tally:
    """The questions a writer kept, and those it skipped by kind."""

    kept: int = 0
    skipped: Counter[str] = field(default_factory=Counter)

    def skip(self, question: Question) -> None:
        """Count `question` as one this format cannot express."""
        self.skipped[question.kind] += 1

    def keep(
        self, questions: Iterable[Question], convert: Callable[[Question], T | None]
    ) -> list[T]:
        """Return what `convert` makes of each question, in order; count its None as skipped."""
        made: list[T] = []
        for question in questions:
            item = convert(question)
            if item is None:
                self.skip(question)
                continue
            made.append(item)
            self.kept += 1
        return made

    def summary(self, deck_name: str, what: str) -> str:
        """Return the writer's one-line summary: kept questions and skipped ones by kind."""
        line = f"{deck_name}: {self.kept} questions ({what})"
        if self.skipped:
            parts = ", ".join(f"{n} {kind}" for kind, n in sorted(self.skipped.items()))
            line += f"; skipped {sum(self.skipped.values())} this format cannot express ({parts})"
        return line
