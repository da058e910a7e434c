"""The sharing formats: GIFT and Moodle XML checked against their grammar and schema, Quizlet's
tab-separated text, Kahoot's spreadsheet read back with openpyxl, the PDF sheet read back with pypdf."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from lxml import etree

from generators.errors import FactdeckError
from generators.export import FORMATS, format_named
from generators.export.shapes import clip
from generators.records import Deck, Question

DATA = Path(__file__).parent / "data"
TRICKY = "{a} = b ~ c # d : e \\ f <b>g</b> & « h » œ’"


def q(id: str, kind: str, prompt: str, answer: str, **fields: Any) -> Question:
    """Return an invented question."""
    return Question(
        id=id,
        fact_id=f"f-{id}",
        template="t",
        kind=kind,
        prompt=prompt,
        answer=answer,
        source=f"Phrase {id} : {TRICKY}.",
        **fields,
    )


QUESTIONS = (
    q(
        "m1",
        "mcq",
        "Qui dirige l’agence régionale ?",
        "Lucie Ferrand",
        choices=("Paul Rivard", "Lucie Ferrand", "Marc Aubin", f"Ana {TRICKY}"),
        fact_type="leads",
    ),
    q("t1", "truefalse", "Vrai ou faux : la ville compte quinze écoles.", "Vrai"),
    q("t2", "truefalse", "Vrai ou faux : la ville compte vingt écoles.", "Faux (quinze)"),
    q(
        "b1",
        "basic",
        f"Quelle fonction Lucie Ferrand occupe-t-elle {TRICKY} ?",
        "directrice de l’agence",
        accept=("directrice",),
    ),
    q(
        "n1",
        "numeric",
        "À 10 % près, combien d’élèves ?",
        "environ 340",
        accept=("340",),
        range=(306.0, 374.0),
    ),
    q("n2", "numeric", "Combien de classes ?", "douze", accept=("12",)),
    q(
        "c1",
        "cloze",
        "La ville compte {{c1::quinze}} écoles et un cœur de ville.",
        "quinze",
        accept=("15",),
    ),
    q("c2", "cloze", "{{c1::Lucie}} dirige {{c2::l’agence}}.", "Lucie"),
)
DECK = Deck(
    name="Groupe::Écoles",
    questions=QUESTIONS,
    timestamp=0,
    article={
        "title": "Une ville, ses écoles et leur cœur « vivant »",
        "date": "2021-03-14",
        "slug": "ecoles",
    },
)


def write(tmp_path: Path, name: str, deck: Deck = DECK) -> tuple[Path, str]:
    path = tmp_path / f"deck{FORMATS[name].suffix}"
    return path, format_named(name).write(path, deck).summary


# --- GIFT ---------------------------------------------------------------------------------------
GIFT_SPECIAL = "~=#{}:"


def gift_parts(block: str) -> tuple[str, str, str, str]:
    """Split a GIFT question into title, text before, answers and text after; fail on bad syntax."""
    match = re.fullmatch(r"::((?:[^:\\]|\\.)*)::(.*)", block, re.S)
    assert match, block
    title, rest = match.groups()
    parts, depth, current = [], 0, ""
    i = 0
    while i < len(rest):
        char = rest[i]
        if char == "\\":
            assert rest[i + 1] in GIFT_SPECIAL + "\\", f"needless escape in {block!r}"
            current += rest[i : i + 2]
            i += 2
            continue
        if char in "{}":
            assert (char == "{") == (depth == 0), f"unbalanced braces in {block!r}"
            depth = 1 - depth
            parts.append(current)
            current = ""
        elif depth == 0:
            assert char not in GIFT_SPECIAL, f"unescaped {char!r} in the text of {block!r}"
        current += char if char not in "{}" else ""
        i += 1
    parts.append(current)
    assert len(parts) == 3 and depth == 0, block
    return title, parts[0], parts[1], parts[2]


def gift_answers(answers: str) -> tuple[str, list[tuple[str, str]]]:
    """Return the kind of a GIFT answer block and its (mark, text) items."""
    body = re.split(r"(?<!\\)####", answers)[0].strip()
    if body in {"TRUE", "FALSE", "T", "F"}:
        return "truefalse", []
    if body.startswith("#"):
        assert re.fullmatch(r"#-?\d+(\.\d+)?(:\d+(\.\d+)?|\.\.-?\d+(\.\d+)?)?", body), body
        return "numerical", []
    items = re.findall(r"([=~])((?:[^=~\\]|\\.)*)", body)
    assert items and "".join(m + t for m, t in items).strip() == body, body
    return ("multichoice" if any(m == "~" for m, _ in items) else "shortanswer"), items


def unescape_gift(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text).strip()


def test_gift_follows_the_grammar_and_keeps_every_kind_it_can(tmp_path: Path) -> None:
    path, summary = write(tmp_path, "gift")
    blocks = path.read_text(encoding="utf-8").strip().split("\n\n")
    assert blocks[1] == "$CATEGORY: $course$/factdeck/ecoles"
    kinds = {}
    for block in blocks[2:]:
        title, _, answers, _ = gift_parts(block)
        kinds[unescape_gift(title)] = gift_answers(answers)
        assert "\n" not in block
    assert {k: v[0] for k, v in kinds.items()} == {
        "m1": "multichoice",
        "t1": "truefalse",
        "t2": "truefalse",
        "b1": "shortanswer",
        "n1": "numerical",
        "n2": "numerical",
        "c1": "shortanswer",
    }
    assert [unescape_gift(t) for m, t in kinds["m1"][1] if m == "="] == ["Lucie Ferrand"]
    assert f"Ana {TRICKY}" in [unescape_gift(t) for _, t in kinds["m1"][1]]
    assert "#306..374" in path.read_text(encoding="utf-8")
    assert summary.endswith("skipped 1 this format cannot express (1 cloze)")  # two gaps


def test_gift_grammar_check_refuses_broken_text() -> None:
    with pytest.raises(AssertionError):
        gift_parts("::x::a = b {=c}")
    with pytest.raises(AssertionError):
        gift_parts("::x::a {=c} {=d}")


# --- Moodle XML ---------------------------------------------------------------------------------
def test_moodle_xml_is_valid_against_the_schema_with_a_category_per_article(tmp_path: Path) -> None:
    path, summary = write(tmp_path, "moodle-xml")
    schema = etree.XMLSchema(etree.parse(str(DATA / "moodle_quiz.xsd")))
    document = etree.parse(str(path))
    schema.assertValid(document)
    types = [node.get("type") for node in document.getroot()]
    assert types == [
        "category",
        "multichoice",
        "truefalse",
        "truefalse",
        "shortanswer",
        "numerical",
        "numerical",
        "cloze",
        "cloze",
    ]
    assert (
        document.findtext("question[@type='category']/category/text") == "$course$/factdeck/ecoles"
    )
    numerical = document.find("question[@type='numerical']/answer")
    assert (numerical.findtext("text"), numerical.findtext("tolerance")) == ("340", "34")
    assert "skipped" not in summary


def named(document: Any, name: str) -> Any:
    """Return the <question> named `name`."""
    return next(n for n in document.getroot() if n.findtext("name/text") == name)


def test_moodle_xml_escapes_text_and_writes_embedded_answers(tmp_path: Path) -> None:
    path, _ = write(tmp_path, "moodle-xml")
    document = etree.parse(str(path))
    text = named(document, "b1").findtext("questiontext/text")
    assert "&lt;b&gt;g&lt;/b&gt;" in text and "<b>" not in text  # HTML shown as text in Moodle
    clozes = [n.findtext("questiontext/text") for n in document.findall("question[@type='cloze']")]
    assert clozes[0] == "La ville compte {1:SHORTANSWER:=quinze~=15} écoles et un cœur de ville."
    assert clozes[1] == "{1:SHORTANSWER:=Lucie} dirige {1:SHORTANSWER:=l’agence}."
    for subquestion in re.findall(r"\{1:SHORTANSWER:(.*?)(?<!\\)\}", clozes[0] + clozes[1]):
        assert re.fullmatch(r'(=(?:[^}#~/"\\]|\\.)+)(~=(?:[^}#~/"\\]|\\.)+)*', subquestion)
    right = named(document, "t2").find("answer[@fraction='100']")
    assert right.findtext("text") == "false"


# --- Quizlet ------------------------------------------------------------------------------------
def test_quizlet_writes_one_term_and_definition_a_line(tmp_path: Path) -> None:
    path, _ = write(tmp_path, "quizlet")
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(QUESTIONS)
    pairs = [line.split("\t") for line in lines]
    assert all(len(pair) == 2 and all(pair) for pair in pairs)
    assert pairs[6] == ["La ville compte _____ écoles et un cœur de ville.", "quinze"]
    assert pairs[2][1] == "Faux"


# --- Kahoot -------------------------------------------------------------------------------------
def test_kahoot_sheet_holds_multiple_choice_cut_at_words(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    long_prompt = "Quelle " + " ".join(["longue"] * 30) + " question ?"
    long_choice = "réponse " + "interminable " * 10
    mcq = q("m2", "mcq", long_prompt, "Oui", choices=("Oui", "Non", long_choice))
    deck = Deck(name="d", questions=(*QUESTIONS, mcq), timestamp=0, article={})
    path, summary = write(tmp_path, "kahoot", deck)
    sheet = load_workbook(path).active
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=9)]
    assert rows[0][1] == "Qui dirige l’agence régionale ?"
    assert rows[0][2:6] == ["Paul Rivard", "Lucie Ferrand", "Marc Aubin", clip(f"Ana {TRICKY}", 75)]
    assert rows[0][6] == 30 and rows[0][7] == "2"
    assert len(rows[1][1]) <= 120 and rows[1][1].endswith("…")
    assert long_prompt.startswith(rows[1][1][:-1]) and long_prompt[len(rows[1][1]) - 1] == " "
    assert len(rows[1][4]) <= 75 and long_choice.startswith(rows[1][4][:-1].rstrip())
    assert rows[1][5] in (None, "")
    assert sheet.cell(row=8, column=2).value.startswith("Question - max 120")
    assert "skipped 7" in summary


def test_kahoot_refuses_a_deck_without_multiple_choice(tmp_path: Path) -> None:
    deck = Deck(name="d", questions=QUESTIONS[1:3], timestamp=0, article={})
    with pytest.raises(FactdeckError, match="no multiple-choice"):
        write(tmp_path, "kahoot", deck)
    assert not (tmp_path / "deck.kahoot.xlsx").exists()


# --- PDF ----------------------------------------------------------------------------------------
def test_pdf_sheet_reads_back_with_title_questions_and_answers_last(tmp_path: Path) -> None:
    from pypdf import PdfReader

    path, _ = write(tmp_path, "pdf")
    pages = [page.extract_text().replace("\xa0", " ") for page in PdfReader(path).pages]
    assert "Une ville, ses écoles et leur cœur « vivant »" in pages[0]
    assert "14 mars 2021" in pages[0]
    body = "\n".join(pages[:-1])
    for number, question in enumerate(QUESTIONS, start=1):
        assert f"{number}. {question.prompt.split('{{')[0][:15]}" in body
    assert "Lucie Ferrand" in body and "l’agence" in body
    assert "Réponses" in pages[-1] and "Réponses" not in body
    assert "b) Lucie Ferrand" in pages[-1] and "3. Faux" in pages[-1] and "7. quinze" in pages[-1]


def test_every_format_is_in_the_registry_with_its_own_suffix() -> None:
    assert list(FORMATS) == ["apkg", "html", "gift", "moodle-xml", "quizlet", "kahoot", "pdf"]
    assert len({f.suffix for f in FORMATS.values()}) == len(FORMATS)


@pytest.mark.parametrize("name", [n for n in FORMATS if n != "apkg"])
def test_a_pipe_given_as_output_is_refused_not_replaced(name: str, tmp_path: Path) -> None:
    import os

    pipe = tmp_path / f"pipe{FORMATS[name].suffix}"
    os.mkfifo(pipe)
    with pytest.raises(FactdeckError, match="device or a pipe"):
        format_named(name).check(pipe)
    assert pipe.is_fifo()
