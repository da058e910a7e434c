"""Write a deck as a printable sheet (PDF): title and date on top, numbered questions with room
to answer, the answers on the last page.

Drawn with fpdf2's built-in Helvetica in the Windows-1252 encoding, which holds French text
(« », œ, ’, é…); a character outside it is printed without its accent, or as « ? ».
"""

from __future__ import annotations

import string
import unicodedata
from pathlib import Path
from typing import Any

from generators.errors import InputError
from generators.export import Written
from generators.export.shapes import (
    BLANK,
    Tally,
    answer_of,
    blanked,
    dateline,
    deck_path,
    french_spacing,
    one_line,
    truth,
)
from generators.files.atomic import write_bytes_atomic
from generators.records import CLOZE, TRUEFALSE, Deck, Question

ENCODING = "windows-1252"
LINE = 6.5  # mm between lines of text
ROOM = 2  # ruled lines left to answer a question with no options


def printable(text: str) -> str:
    """Return `text` with every character the sheet's font lacks replaced by its nearest letter."""
    out = []
    for char in french_spacing(one_line(text)):
        try:
            char.encode(ENCODING)
        except UnicodeEncodeError:
            bare = "".join(
                c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c)
            )
            char = bare if bare and all(_encodable(c) for c in bare) else "?"
        out.append(char)
    return "".join(out)


def _encodable(char: str) -> bool:
    try:
        char.encode(ENCODING)
    except UnicodeEncodeError:
        return False
    return True


def shown_answer(question: Question) -> str:
    """Return the answer as the answer page prints it."""
    if question.kind == TRUEFALSE:
        return "Vrai" if truth(question) else "Faux"
    letters = string.ascii_lowercase
    answer = answer_of(question)
    if question.choices and answer in question.choices:
        return f"{letters[question.choices.index(answer)]}) {answer}"
    return answer


def _sheet(deck: Deck) -> Any:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.core_fonts_encoding = ENCODING
    pdf.set_title(printable(deck.name))
    pdf.set_creator("factdeck")
    pdf.set_auto_page_break(True, margin=15)
    pdf.set_margins(18, 15, 18)
    return pdf


def _header(pdf: Any, deck: Deck) -> None:
    title = str(deck.article.get("title") or deck.name)
    date = dateline(str(deck.article.get("date") or ""))
    pdf.add_page()
    pdf.set_font("helvetica", "B", 16)
    pdf.multi_cell(0, 8, printable(title), align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", "", 10)
    place = deck_path(deck.name, title)
    line = " · ".join(part for part in (date, place) if part)
    pdf.multi_cell(0, 6, printable(line), align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(
        0,
        8,
        printable("Nom : ______________________    Date : ____________"),
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(2)


def _question(pdf: Any, number: int, question: Question) -> None:
    prompt = blanked(question.prompt, BLANK * 2) if question.kind == CLOZE else question.prompt
    pdf.set_font("helvetica", "B", 11)
    pdf.multi_cell(
        0, LINE, printable(f"{number}. {prompt}"), align="L", new_x="LMARGIN", new_y="NEXT"
    )
    pdf.set_font("helvetica", "", 11)
    options = ("Vrai", "Faux") if question.kind == TRUEFALSE else question.choices
    if options:
        for letter, option in zip(string.ascii_lowercase, options, strict=False):
            pdf.set_x(pdf.l_margin + 6)
            pdf.multi_cell(
                0,
                LINE,
                printable(f"[   ] {letter}) {option}"),
                align="L",
                new_x="LMARGIN",
                new_y="NEXT",
            )
    else:
        for _ in range(ROOM):
            pdf.ln(LINE + 1)
            y = pdf.get_y()
            pdf.set_draw_color(170, 170, 170)
            pdf.line(pdf.l_margin + 6, y, pdf.w - pdf.r_margin, y)
    pdf.ln(3)


def _answers(pdf: Any, questions: list[Question]) -> None:
    pdf.add_page()
    pdf.set_font("helvetica", "B", 14)
    pdf.cell(0, 9, "Réponses", new_x="LMARGIN", new_y="NEXT")
    for number, question in enumerate(questions, start=1):
        pdf.set_font("helvetica", "", 10)
        pdf.multi_cell(
            0,
            5.5,
            printable(f"{number}. {shown_answer(question)}"),
            align="L",
            new_x="LMARGIN",
            new_y="NEXT",
        )


def write(path: Path, deck: Deck) -> Written:
    """Write the deck's questions as a printable PDF sheet at `path`."""
    tally = Tally()
    questions = [q for q in deck.questions if q.prompt.strip() and answer_of(q)]
    for question in deck.questions:
        if question not in questions:
            tally.skip(question)
    if not questions:
        raise InputError(f"no questions for deck {deck.name!r}; nothing written")
    tally.kept = len(questions)
    pdf = _sheet(deck)
    _header(pdf, deck)
    for number, question in enumerate(questions, start=1):
        _question(pdf, number, question)
    _answers(pdf, questions)
    write_bytes_atomic(path, bytes(pdf.output()))
    return Written(path, tally.summary(deck.name, f"printable sheet, {pdf.pages_count} pages"))
