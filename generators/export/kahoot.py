"""Write a deck as Kahoot's quiz import spreadsheet (.xlsx): multiple choice only.

The layout is Kahoot's template: a header row, then one row per question with the question,
up to four answers, a time limit in seconds and the number(s) of the correct answer(s).
Kahoot refuses longer text, so prompts and answers are cut at a word, never inside one.
"""

from __future__ import annotations

import io
from pathlib import Path

from generators.errors import InputError
from generators.export import Written
from generators.export.shapes import Tally, answer_of, clip
from generators.files.atomic import write_bytes_atomic
from generators.records import MCQ, Deck, Question

QUESTION_LIMIT = 120
ANSWER_LIMIT = 75
TIME_LIMIT = 30  # seconds; Kahoot accepts 5, 10, 20, 30, 60, 90, 120 or 240
HEADER_ROW = 8  # as in Kahoot's template: the questions start on row 9, column B
HEADER = (
    "Question - max 120 characters",
    "Answer 1 - max 75 characters",
    "Answer 2 - max 75 characters",
    "Answer 3 - max 75 characters",
    "Answer 4 - max 75 characters",
    "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs",
    "Correct answer(s) - choose at least one",
)


def row(question: Question) -> list[str | int] | None:
    """Return the spreadsheet row of a multiple-choice question, or None if Kahoot cannot take it."""
    choices = list(question.choices)
    answer = answer_of(question)
    if question.kind != MCQ or not 2 <= len(choices) <= 4 or answer not in choices:
        return None
    answers = [clip(c, ANSWER_LIMIT) for c in choices]
    if len(set(answers)) < len(answers):  # two options cut to the same text
        return None
    correct = choices.index(answer) + 1
    padded: list[str | int] = [*answers, *[""] * (4 - len(answers))]
    return [clip(question.prompt, QUESTION_LIMIT), *padded, TIME_LIMIT, str(correct)]


def workbook_bytes(title: str, rows: list[list[str | int]]) -> bytes:
    """Return the .xlsx file of the rows under Kahoot's header."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Sheet1"
    sheet.append(["", clip(title, 100)])
    sheet.append(["", "Quiz made by factdeck: import it in Kahoot with « Import spreadsheet »."])
    for _ in range(HEADER_ROW - 3):
        sheet.append([])
    sheet.append(["", *HEADER])
    for number, values in enumerate(rows, start=1):
        sheet.append([number, *values])
    for column, width in zip("ABCDEFGH", (4, 60, 30, 30, 30, 30, 12, 12), strict=True):
        sheet.column_dimensions[column].width = width
    book.properties.creator = "factdeck"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def write(path: Path, deck: Deck) -> Written:
    """Write the deck's multiple-choice questions as Kahoot's import spreadsheet at `path`."""
    tally = Tally()
    rows = tally.keep(deck.questions, row)
    if not rows:
        raise InputError(
            f"no multiple-choice questions in deck {deck.name!r}; Kahoot takes only those, nothing written"
        )
    write_bytes_atomic(path, workbook_bytes(deck.name, rows))
    return Written(path, tally.summary(deck.name, "Kahoot quiz"))
