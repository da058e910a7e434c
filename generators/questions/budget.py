"""A deck's budget: per fact, the best one or two questions above the score threshold.

A fact is asked at most `per_fact` times (default 2), never twice the same way (same kind and
same answer, or the same prompt as multiple choice); « X → Y » and « Y → X » are two ways. The same answer
drawn from the same sentence by two facts counts as one fact, and so does a number or a date
asked from two sentences. One source sentence gives at most `PER_SENTENCE` questions (default 2;
one more per `WORDS_PER_QUESTION` words of a long sentence), each of a different kind: a sentence
with several facts is not asked five ways. `per_fact=0` keeps everything.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from generators.french.grammar import fold
from generators.questions.quality import Rejection
from generators.questions.score import THRESHOLD, kind_threshold, signals
from generators.records import TRUEFALSE, Question

PER_FACT = 2
PER_SENTENCE = 2
WORDS_PER_QUESTION = 15  # a long sentence carrying several facts takes one more per 15 words


def keep_best(
    ranked: Sequence[Question], per_fact: int | None = None, threshold: float = THRESHOLD
) -> tuple[list[Question], list[Rejection]]:
    """Return the questions kept (in `ranked` order) and those the budget dropped, with why."""
    budget = PER_FACT if per_fact is None else per_fact
    if budget == 0:
        return list(ranked), []
    taken: dict[str, list[Question]] = {}
    kept_ids: set[str] = set()
    dropped: list[Rejection] = []
    for question in sorted(ranked, key=lambda q: -q.score):
        reason = _why_not(question, taken, budget, threshold)
        if reason:
            dropped.append(Rejection(question, reason))
            continue
        kept_ids.add(question.id)
        for key in [*_groups(question), f"sentence:{fold(question.source)}"]:
            taken.setdefault(key, []).append(question)
    return [q for q in ranked if q.id in kept_ids], dropped


def _why_not(
    question: Question, taken: dict[str, list[Question]], budget: int, threshold: float
) -> str:
    """Return why the budget drops `question`, or '' to keep it."""
    floor = kind_threshold(question.kind, threshold)
    if question.score < floor:
        named = ", ".join(name for name, _ in signals(question)) or "weak template or fact"
        which = f"the {question.kind} threshold" if floor > threshold else "the threshold"
        return f"score {question.score:.2f} below {which} {floor:.2f} ({named})"
    for key in _groups(question):
        before = taken.get(key, [])
        if key.startswith("statement:") and before:
            return f"its sentence already has a true/false statement ({before[0].id})"
        same = next((q for q in before if _same_way(q, question)), None)
        if same is not None:
            return f"asks the same fact the same way as {same.id}"
        if len(before) >= budget:
            return f"its fact is already asked {budget} times ({', '.join(q.id for q in before)})"
    return _sentence_full(question, taken.get(f"sentence:{fold(question.source)}", []))


def _sentence_full(question: Question, before: list[Question]) -> str:
    """Return why the question's source sentence takes no more questions, or ''."""
    if not question.source:
        return ""
    allowed = max(PER_SENTENCE, len(question.source.split()) // WORDS_PER_QUESTION)
    if len(before) >= allowed:
        ids = ", ".join(q.id for q in before)
        return f"its sentence is already asked {allowed} times ({ids})"
    same = next((q for q in before if q.kind == question.kind), None)
    if same is not None:
        return f"its sentence already has a {question.kind} question ({same.id})"
    return ""


def _groups(question: Question) -> list[str]:
    """Return the budgets a question counts against: its fact, its answer in its sentence, and a
    number or date answer anywhere in the article (« 50 200 inscrits » told in two sentences)."""
    answer = fold(question.answer)
    groups = [f"fact:{question.fact_id}", f"answer:{fold(question.source)}\x1f{answer}"]
    if re.search(r"\d", answer) and question.fact_type in ("quantity", "event"):
        groups.append(f"value:{answer}")
    if question.kind == TRUEFALSE:  # one statement per sentence: two swaps of it read as one card
        groups.append(f"statement:{fold(question.source)}")
    return groups


def _same_way(a: Question, b: Question) -> bool:
    """Tell two questions that ask the same thing: same kind and answer, or the same prompt."""
    return (a.kind == b.kind and fold(a.answer) == fold(b.answer)) or fold(a.prompt) == fold(
        b.prompt
    )
