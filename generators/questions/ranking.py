"""A deck's questions ranked best first across facts, duplicates merged, and the record of a
question dropped (the quality filter is questions/quality.py)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from generators.french.grammar import fold
from generators.records import BASIC, CLOZE, Question


@dataclass(frozen=True)
class Rejection:
    """A question dropped, and why: by the quality filter, or by an error while making it."""

    question: Question
    reason: str
    traceback: str = ""  # the error's traceback when making the question failed (`--debug`)

    def to_dict(self) -> dict[str, Any]:
        """Return the rejection as a JSON object."""
        return {
            "template": self.question.template,
            "fact_id": self.question.fact_id,
            "kind": self.question.kind,
            "prompt": self.question.prompt,
            "reason": self.reason,
        }


def merge_duplicates(questions: Sequence[Question]) -> tuple[list[Question], list[Rejection]]:
    """Keep one question per prompt; another right answer to the same prompt becomes accepted."""
    kept: dict[tuple[str, str], Question] = {}
    dropped: list[Rejection] = []
    for question in sorted(questions, key=lambda q: -q.score):
        key = (
            question.kind,
            fold(re.sub(r"\{\{c\d+::(.*?)\}\}", r" gap \1 gap ", question.prompt)),
        )
        first = kept.get(key)
        if first is None:
            kept[key] = question
            continue
        if fold(question.answer) != fold(first.answer) and question.kind in (BASIC, CLOZE):
            extra = tuple(
                a
                for a in (question.answer, *question.accept)
                if a not in first.accept and a != first.answer
            )
            kept[key] = replace(first, accept=first.accept + extra)
            dropped.append(
                Rejection(
                    question, f"same question as {first.id} (its answer is now also accepted there)"
                )
            )
        else:
            dropped.append(Rejection(question, f"duplicate of {first.id}"))
    return list(kept.values()), dropped


def rank(questions: Sequence[Question]) -> list[Question]:
    """Order questions best first, spreading them over facts: every fact's best before any second."""
    by_fact: dict[str, list[Question]] = {}
    for question in sorted(
        questions, key=lambda q: (-_quality(q), q.meta.get("start", 0), q.template)
    ):
        by_fact.setdefault(question.fact_id, []).append(question)
    ranked: list[Question] = []
    depth = 0
    while len(ranked) < len(questions):
        layer = [group[depth] for group in by_fact.values() if len(group) > depth]
        ranked += sorted(layer, key=lambda q: (-_quality(q), q.meta.get("start", 0), q.template))
        depth += 1
    return [replace(q, score=round(_quality(q), 3)) for q in ranked]


def _quality(question: Question) -> float:
    return question.score  # questions/score.py: template, fact and the text's own signals
