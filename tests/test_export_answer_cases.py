"""The terminal quiz's checker against the table of answer cases the quiz page is tested on too."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from generators.quiz.answers import check
from generators.records import Question

CASES_FILE = Path(__file__).parent / "data" / "answer_cases.yaml"


def load_cases() -> list[dict[str, Any]]:
    """Return the table's cases."""
    cases: list[dict[str, Any]] = yaml.safe_load(CASES_FILE.read_text(encoding="utf-8"))["cases"]
    return cases


def question_of(case: dict[str, Any]) -> Question:
    """Return the Question a case describes."""
    q = case["q"]
    return Question(
        id="case",
        fact_id="case",
        template="case",
        kind=q.get("kind", "basic"),
        prompt=q.get("prompt", ""),
        answer=q["answer"],
        accept=tuple(q.get("accept", ())),
        choices=tuple(q.get("choices", ())),
        range=(float(q["range"][0]), float(q["range"][1])) if q.get("range") else None,
        fact_type=q.get("fact_type", ""),
    )


def case_id(case: dict[str, Any]) -> str:
    return f"{case['q']['answer']}|{case['given']}"


def marks(case: dict[str, Any]) -> list[Any]:
    """Mark cases of work in progress elsewhere as expected to fail until it lands."""
    if case.get("pending"):
        return [pytest.mark.xfail(reason=f"issue #{case['pending']} not in the quiz yet")]
    return []


CASES = [pytest.param(c, id=case_id(c), marks=marks(c)) for c in load_cases()]


def test_the_table_holds_both_verdicts_and_every_kind() -> None:
    cases = load_cases()
    assert len(cases) >= 60
    assert {c["right"] for c in cases} == {True, False}
    kinds = {c["q"].get("kind", "basic") for c in cases}
    assert kinds >= {"basic", "cloze", "mcq", "numeric", "truefalse"}


@pytest.mark.parametrize("case", CASES)
def test_the_terminal_quiz_gives_the_verdict_of_the_table(case: dict[str, Any]) -> None:
    question = question_of(case)
    choices = question.choices if case.get("choose") else ()
    verdict = check(case["given"], question, choices)
    assert verdict.correct is case["right"], verdict.reason
