"""Facts × templates → questions: render in French, add choices, filter with reasons, rank.

`questions_for(facts, header)` is what the build calls; `explain_questions(facts, header)` also
returns the questions dropped, each with its reason (`--explain`): by the quality filter, or by
an error while making that one question (the others and the article go on; its traceback is kept
on the rejection for `--debug`).

The stage, left to right: `templates/` (schema, loader, sandboxed rendering), `index` (the
article's people, genders and roles), `phrasing` (French clause surgery), `variables` (what a
template of each fact type sees), `distractors`, `render` (one question), `quality` (filter, rank).
"""

from __future__ import annotations

import traceback
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from generators.errors import TemplateError
from generators.questions.anaphora import name_the_referent
from generators.questions.budget import ArticleShape, keep_best
from generators.questions.forms import reworded
from generators.questions.index import ArticleIndex
from generators.questions.mend import mended
from generators.questions.one_answer import second_answer
from generators.questions.posts import own_post
from generators.questions.prominence import in_the_past
from generators.questions.pronouns import name_the_presented, name_the_pronoun
from generators.questions.quality import (
    Rejection,
    drop_connective,
    merge_duplicates,
    problem,
    rank,
)
from generators.questions.referents import complete_country
from generators.questions.render import make_question, question_id
from generators.questions.retouch import retouched
from generators.questions.score import score, story_weights
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
    capped: bool | None = None,
) -> Explanation:
    """Return the kept questions and the rejected ones with their reasons (`capped`: whether the
    article's cap applies; default: unless the selection sets a limit or a per-fact budget)."""
    selection = selection or Selection()
    chosen = select(load_templates(template_dirs).values(), selection.templates, selection.kinds)
    return generate(
        facts,
        chosen,
        header=header,
        extra_tags=selection.tags,
        limit=selection.limit,
        per_fact=selection.per_fact,
        capped=capped,
    )


def generate(
    facts: Sequence[Fact],
    templates: Iterable[Template],
    *,
    header: Mapping[str, Any] | None = None,
    extra_tags: Sequence[str] = (),
    limit: int | None = None,
    per_fact: int | None = None,
    capped: bool | None = None,
) -> Explanation:
    """Render `templates` on `facts`, filter, score and rank them, keep each fact's best (budget)."""
    index = ArticleIndex.build(facts, header or {})
    by_type: dict[str, list[Template]] = {}
    for template in templates:
        by_type.setdefault(template.fact, []).append(template)
    candidates: list[Question] = []
    rejected: list[Rejection] = []
    stories = story_weights(facts, str((header or {}).get("title") or ""))
    for fact in facts:
        made = _questions_of(fact, by_type.get(fact.type, ()), index, extra_tags)
        for outcome in made:
            if isinstance(outcome, Question):
                outcome = replace(outcome, score=score(outcome, fact, story=stories.get(fact.id)))
            if isinstance(outcome, Rejection):
                rejected.append(outcome)
            else:
                candidates.append(outcome)
    kept, duplicates = merge_duplicates(candidates)
    if capped is None:  # an explicit size or budget lifts the article's cap
        capped = limit is None and per_fact is None
    shape = ArticleShape.of(facts, header or {}, capped=capped)
    ranked, over_budget = keep_best(rank(kept), per_fact, shape=shape)
    duplicates += over_budget
    over = (
        [Rejection(q, f"ranked below the limit of {limit}") for q in ranked[limit:]]
        if limit is not None
        else []
    )
    return Explanation(
        ranked[:limit] if limit is not None else ranked, rejected + duplicates + over
    )


def _questions_of(
    fact: Fact, templates: Sequence[Template], index: ArticleIndex, extra_tags: Sequence[str]
) -> list[Question | Rejection]:
    """Return the questions `templates` make of one fact, a failure dropping only its question."""
    if not templates:
        return []
    try:
        context = build_context(fact, index)
    except Exception as exc:  # a bug on one fact costs its questions, never the article's
        return [_failed(template, fact, exc) for template in templates]
    made: list[Question | Rejection] = []
    for template in templates:
        try:
            if not condition(template, context):
                continue
            question = drop_connective(make_question(template, fact, context, index, extra_tags))
            question = complete_country(question, str(index.header.get("title") or ""))
            question = name_the_presented(name_the_pronoun(question, index), index)
            question = name_the_referent(question, index)
            question = mended(retouched(question, str(index.header.get("date") or "")))
            question = in_the_past(reworded(own_post(question, index), index), index)
            reason = problem(question, index) or second_answer(question, fact, index)
        except Exception as exc:
            made.append(_failed(template, fact, exc))
            continue
        made.append(Rejection(question, reason) if reason else question)
    return made


def _failed(template: Template, fact: Fact, exc: Exception) -> Rejection:
    """Return the rejection of a question whose making raised `exc`, with its traceback."""
    placeholder = Question(
        id=question_id(fact.id, template.id),
        fact_id=fact.id,
        template=template.id,
        kind=template.kind,
        prompt="",
        answer="",
        source=" ".join(fact.sentence.split()),
        fact_type=fact.type,
    )
    if isinstance(exc, TemplateError):  # a template's own error names its file, line and field
        reason = f"template error: {exc}"
    else:
        reason = f"internal error: {type(exc).__name__}: {exc}"
    trace = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    return Rejection(placeholder, reason, trace)
