"""Write a deck as Moodle XML: a category per article, then one <question> per question.

multichoice, truefalse, shortanswer (every accepted answer), numerical (the accepted range as a
value and a tolerance) and cloze (Moodle's embedded answers `{1:SHORTANSWER:=a~=b}`). Text goes in
as HTML (escaped), which the XML writer escapes once more; a gap's answers escape `} # ~ / " \\`.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from xml.etree import ElementTree as ET

from generators.errors import InputError
from generators.export import Written
from generators.export.shapes import CLOZE, Tally, accepted, answer_of, number_of, truth
from generators.files.atomic import write_bytes_atomic
from generators.records import MCQ, NUMERIC, TRUEFALSE, Deck, Question

_CLOZE_SPECIAL = re.compile(r'([}#~/"\\])')


def _text(parent: ET.Element, tag: str, value: str, fmt: str | None = "html") -> ET.Element:
    """Add `<tag format=…><text>value</text></tag>` to `parent`."""
    node = ET.SubElement(parent, tag, {"format": fmt} if fmt else {})
    ET.SubElement(node, "text").text = value
    return node


def _answer(
    parent: ET.Element, fraction: float, value: str, fmt: str = "moodle_auto_format"
) -> ET.Element:
    node = ET.SubElement(parent, "answer", {"fraction": f"{fraction:g}", "format": fmt})
    ET.SubElement(node, "text").text = value
    return node


def _shell(kind: str, question: Question, body: str) -> ET.Element:
    node = ET.Element("question", {"type": kind})
    _text(node, "name", question.id, None)
    _text(node, "questiontext", body)
    _text(node, "generalfeedback", html.escape(question.source))
    ET.SubElement(node, "defaultgrade").text = "1"
    ET.SubElement(node, "penalty").text = "0.3333333"
    ET.SubElement(node, "hidden").text = "0"
    ET.SubElement(node, "idnumber").text = question.id
    return node


def cloze_answer(answers: list[str]) -> str:
    """Return Moodle's embedded short answer for a gap: `{1:SHORTANSWER:=a~=b}`."""
    escaped = "~".join("=" + _CLOZE_SPECIAL.sub(r"\\\1", a) for a in answers)
    return f"{{1:SHORTANSWER:{escaped}}}"


def question_element(question: Question) -> ET.Element | None:
    """Return the <question> of one question, or None when Moodle XML cannot express it."""
    prompt = html.escape(question.prompt)
    if CLOZE.search(question.prompt):
        gaps = CLOZE.findall(question.prompt)
        # Each gap accepts its own text; the one gap of a question also accepts its other answers.
        pieces = CLOZE.split(question.prompt)
        body = ""
        for index, piece in enumerate(pieces):
            step = index % 3
            if step == 0:
                body += html.escape(piece)
            elif step == 1:
                body += cloze_answer(accepted(question) if len(gaps) == 1 else [piece])
        return _shell("cloze", question, body)
    if question.kind == MCQ:
        return _multichoice(question, prompt)
    if question.kind == TRUEFALSE:
        node = _shell("truefalse", question, prompt)
        right = truth(question)
        _answer(node, 100 if right else 0, "true")
        _answer(node, 0 if right else 100, "false")
        return node
    if question.kind == NUMERIC:
        return _numerical(question, prompt)
    node = _shell("shortanswer", question, prompt)
    ET.SubElement(node, "usecase").text = "0"
    for value in accepted(question):
        _answer(node, 100, html.escape(value))
    return node


def _multichoice(question: Question, prompt: str) -> ET.Element | None:
    right = answer_of(question)
    if right not in question.choices:
        return None
    node = _shell("multichoice", question, prompt)
    ET.SubElement(node, "single").text = "true"
    ET.SubElement(node, "shuffleanswers").text = "true"
    ET.SubElement(node, "answernumbering").text = "abc"
    for choice in question.choices:
        _answer(node, 100 if choice == right else 0, html.escape(choice), "html")
    return node


def _numerical(question: Question, prompt: str) -> ET.Element | None:
    if question.range is not None:
        low, high = question.range
        value, tolerance = (low + high) / 2, (high - low) / 2
    else:
        found = number_of(question)
        if found is None:
            return None
        value, tolerance = found, 0.0
    node = _shell("numerical", question, prompt)
    answer = _answer(node, 100, f"{value:g}")
    ET.SubElement(answer, "tolerance").text = f"{tolerance:g}"
    return node


def document(deck: Deck, tally: Tally) -> ET.Element:
    """Return the <quiz> of the deck: its category, then every question Moodle can take."""
    quiz = ET.Element("quiz")
    head = ET.SubElement(quiz, "question", {"type": "category"})
    name = str(deck.article.get("slug") or deck.name).replace("/", "-")
    _text(head, "category", f"$course$/factdeck/{name}", None)
    _text(head, "info", html.escape(str(deck.article.get("title") or deck.name)))
    quiz.extend(tally.keep(deck.questions, question_element))
    return quiz


def write(path: Path, deck: Deck) -> Written:
    """Write the deck's questions as a Moodle XML file at `path`."""
    tally = Tally()
    quiz = document(deck, tally)
    if not tally.kept:
        raise InputError(f"no questions for deck {deck.name!r}; nothing written")
    ET.indent(quiz)
    data = ET.tostring(quiz, encoding="utf-8", xml_declaration=True)
    write_bytes_atomic(path, data + b"\n")
    return Written(path, tally.summary(deck.name, "Moodle XML"))
