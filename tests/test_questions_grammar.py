"""A French grammar check on every question generated from the corpus and the seed (real extraction)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from generators.french.grammar import fold
from generators.questions import generate
from generators.questions.quality import is_completion
from generators.questions.templates import load_templates
from generators.records import Question
from generators.source.article import read_article

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = [
    ROOT / "decks" / "otan-irak-2020-02.txt",
    *sorted((ROOT / "tests" / "data" / "corpus").glob("[0-9]*.txt")),
]

# « de le », « à les »…: contractions a French writer never leaves apart.
# (case matters: « de Le Nordez » is right, the name keeps its « Le »).
UNCONTRACTED = re.compile(r"(?<![\w’'-])([Dd]e|[Àà]) (le|les)(?= )")
# « de OMS », « que il », « le avion »: elision missing before a vowel (h and numbers excepted).
NOT_ELIDED = re.compile(
    r"(?<![\w’'-])(de|que|le|la|je|ne|se|me|te|jusque|lorsque|puisque) ([aeiouyàâäéèêëîïôöûüœæ][\w-]*)",
    re.IGNORECASE,
)
ELISION_EXCEPTIONS = {"onze", "onzième", "un", "une", "uns", "yacht", "yaourt", "ouate", "ouistiti"}
PLACEHOLDER = re.compile(r"\[\[|\]\]|\[%|%\]|\{\{(?!c\d+::)|\bNone\b|___")


def quoted_removed(text: str) -> str:
    """Return the text a template wrote: quoted article words left out."""
    return re.sub(r"«[^»]*»", "« »", text)


def own_text(question: Question) -> list[str]:
    """Return the texts of a question that templates composed (not copied article sentences)."""
    texts = [question.answer, *question.accept]
    if question.kind in ("basic", "mcq", "numeric") and not is_completion(question.prompt):
        texts.append(quoted_removed(question.prompt))
    elif question.kind == "truefalse":
        texts.append(question.prompt.split(":", 1)[0])
    return texts


def grammar_problems(question: Question) -> list[str]:
    """Return what a French reader would flag in this question."""
    problems: list[str] = []
    every = [question.prompt, question.answer, *question.accept, *question.choices, question.extra]
    for text in every:
        if "  " in text or text != text.strip():
            problems.append(f"doubled or stray space in {text!r}")
        if PLACEHOLDER.search(text):
            problems.append(f"unfilled placeholder in {text!r}")
        if text.count("«") != text.count("»"):
            problems.append(f"unbalanced « » in {text!r}")
    for text in own_text(question):
        for match in UNCONTRACTED.finditer(text):
            problems.append(f"« {match.group(0)} » not contracted in {text!r}")
        for match in NOT_ELIDED.finditer(text):
            if match.group(2).lower() not in ELISION_EXCEPTIONS:
                problems.append(f"« {match.group(0)} » not elided in {text!r}")
    if question.kind in ("basic", "mcq", "numeric") and not is_completion(question.prompt):
        if not question.prompt.endswith(" ?"):
            problems.append(f"question without « ? » (after a space): {question.prompt!r}")
        answer = fold(re.sub(r"^(le|la|les|l’|l')\s*", "", question.answer))
        if len(answer) > 2 and f" {answer} " in f" {fold(question.prompt)} ":
            problems.append(f"answer {question.answer!r} in the prompt {question.prompt!r}")
    if question.kind == "cloze" and not re.search(r"\{\{c1::[^{}]+\}\}", question.prompt):
        problems.append(f"cloze without a gap: {question.prompt!r}")
    if question.kind == "mcq" and (
        len(set(question.choices)) != 4 or question.answer not in question.choices
    ):
        problems.append(f"choices {question.choices!r} for {question.answer!r}")
    return problems


@pytest.fixture(scope="module")
def generated(extract_text: Callable[..., list]) -> dict[str, list[Question]]:  # type: ignore[type-arg]
    """Every question the default templates make of the seed and the corpus, by article."""
    templates = list(load_templates().values())
    out: dict[str, list[Question]] = {}
    for path in ARTICLES:
        article = read_article(path)
        out[path.name] = generate(
            extract_text(article), templates, header=article.header(), per_fact=0
        ).kept
    return out


@pytest.mark.parametrize("name", [p.name for p in ARTICLES])
def test_every_question_reads_as_french(generated: dict[str, list[Question]], name: str) -> None:
    problems = [f"[{q.template}] {p}" for q in generated[name] for p in grammar_problems(q)]
    assert not problems, "\n".join(problems)


def test_no_two_questions_ask_the_same_thing(generated: dict[str, list[Question]]) -> None:
    for name, questions in generated.items():
        keys = [(q.kind, fold(q.prompt)) for q in questions]
        assert len(keys) == len(set(keys)), name


def test_the_corpus_yields_questions_of_every_kind(generated: dict[str, list[Question]]) -> None:
    kinds = {q.kind for questions in generated.values() for q in questions}
    assert kinds == {"basic", "cloze", "mcq", "numeric", "truefalse"}
    assert sum(len(q) for q in generated.values()) > 300


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("Qui dirige de le Portugal ?", "not contracted"),
        ("Qui parle à les soldats ?", "not contracted"),
        ("Quel est le rôle de OMS ?", "not elided"),
        ("Pourquoi dit-on que il part ?", "not elided"),
        ("Qui  part ?", "doubled"),
        ("Qui est [[ role ]] ?", "unfilled"),
        ("Qui est le chef", "without « ? »"),
    ],
)
def test_the_checker_catches_defects(text: str, flag: str) -> None:
    question = Question(
        id="x", fact_id="f", template="t", kind="basic", prompt=text, answer="Paul Roy"
    )
    assert any(flag in p for p in grammar_problems(question))


def test_the_checker_passes_good_french() -> None:
    good = Question(
        id="x",
        fact_id="f",
        template="t",
        kind="basic",
        prompt="À qui la major-générale Anne Roy a-t-elle succédé à la tête de l’OMS ?",
        answer="au général Paul Durand",
    )
    assert grammar_problems(good) == []
