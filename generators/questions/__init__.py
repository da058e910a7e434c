"""Facts × templates → questions: render in French, add choices, filter with reasons, rank.

`questions_for(facts, header)` is what the build calls; `explain_questions(facts, header)` also
returns the questions the quality filter dropped, each with its reason (`--explain`).

The stage, left to right: `templates/` (schema, loader, sandboxed rendering), `index` (the
article's people, genders and roles), `phrasing` (French clause surgery), `variables` (what a
template of each fact type sees), `distractors`, `render` (one question), `quality` (filter, rank).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generators.questions.index import ArticleIndex
from generators.questions.quality import Rejection, merge_duplicates, problem, rank
from generators.questions.render import make_question
from generators.questions.templates import Template, condition, load_templates, select
from generators.questions.variables import build_context
from generators.records import Fact, Question, Selection

__all__ = [
    "Explanation",
    "Question",
    "Rejection",
    "explain_questions",
    "generate",
    "questions_for",
]


@dataclass(frozen=True)
class Explanation:
    """The questions kept, best first, and those dropped with a reason."""

    kept: list[Question]
    rejected: list[Rejection]


def questions_for(
    facts: Sequence[Fact],
    header: Mapping[str, Any],
    template_dirs: Sequence[str | Path] = (),
    selection: Selection | None = None,
) -> list[Question]:
    """Return the questions of an article's facts, best first (honours the selection)."""
    return explain_questions(facts, header, template_dirs, selection).kept


def explain_questions(
    facts: Sequence[Fact],
    header: Mapping[str, Any],
    template_dirs: Sequence[str | Path] = (),
    selection: Selection | None = None,
) -> Explanation:
    """Return the kept questions and the rejected ones with their reasons."""
    selection = selection or Selection()
    chosen = select(load_templates(template_dirs).values(), selection.templates, selection.kinds)
    return generate(facts, chosen, header=header, extra_tags=selection.tags, limit=selection.limit)


def generate(
    facts: Sequence[Fact],
    templates: Iterable[Template],
    *,
    header: Mapping[str, Any] | None = None,
    extra_tags: Sequence[str] = (),
    limit: int | None = None,
) -> Explanation:
    """Render `templates` on `facts`, filter the results and rank them."""
    index = ArticleIndex.build(facts, header or {})
    by_type: dict[str, list[Template]] = {}
    for template in templates:
        by_type.setdefault(template.fact, []).append(template)
    candidates: list[Question] = []
    rejected: list[Rejection] = []
    for fact in facts:
        if fact.type not in by_type:
            continue
        context = build_context(fact, index)
        for template in by_type[fact.type]:
            if not condition(template, context):
                continue
            question = make_question(template, fact, context, index, extra_tags)
            reason = problem(question, index)
            if reason:
                rejected.append(Rejection(question, reason))
            else:
                candidates.append(question)
    kept, duplicates = merge_duplicates(candidates)
    ranked = rank(kept)
    over = (
        [Rejection(q, f"ranked below the limit of {limit}") for q in ranked[limit:]]
        if limit is not None
        else []
    )
    return Explanation(
        ranked[:limit] if limit is not None else ranked, rejected + duplicates + over
    )
