"""Render one template on one fact: the question, its id, tags, accepted answers and range."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from typing import Any

from generators.french import grammar as french
from generators.french.grammar import fold
from generators.questions.distractors import choices_for, false_statement
from generators.questions.index import ArticleIndex, is_rank
from generators.questions.phrasing import clean, contract_names
from generators.questions.roles import askable_role, asked_role
from generators.questions.templates import Template, render_field
from generators.questions.variables import TOLERANCE
from generators.records import BASIC, MCQ, NUMERIC, TRUEFALSE, Fact, Question


def question_id(fact_id: str, template_id: str) -> str:
    """Return the stable id of the question a template makes of a fact."""
    return hashlib.sha1(f"{fact_id}\x1f{template_id}".encode()).hexdigest()[:16]


def make_question(
    template: Template,
    fact: Fact,
    context: dict[str, Any],
    index: ArticleIndex,
    extra_tags: Sequence[str],
) -> Question:
    """Render one template on one fact (choices, swaps and ranges included)."""
    qid = question_id(fact.id, template.id)
    context = dict(context)
    answer_override = ""
    extra = ""
    if template.kind == TRUEFALSE:
        context["shown"], swapped, true_value = false_statement(
            template.swap, fact, context, index, qid
        )
        answer_override = "Faux" if swapped else "Vrai"
        extra = clean(true_value)
    prompt = contract_names(
        french.tidy(render_field(template, "prompt", template.prompt, context))
        .replace("'", "’")
        .replace("….", "…")
        .replace("… …", "…")
    )
    prompt = _UNELIDED_GAP.sub(r"\1e …", prompt)  # « le mois d’… » reads « le mois de … »
    answer = answer_override or clean(render_field(template, "answer", template.answer, context))
    rendered = (clean(render_field(template, "accept", a, context)) for a in template.accept)
    also = _also_right(fact, answer, index) if template.kind in (BASIC, NUMERIC) else []
    accept = tuple(dict.fromkeys(a for a in (*rendered, *also) if a and a != answer))
    if template.extra:
        extra = clean(render_field(template, "extra", template.extra, context))
    choices: tuple[str, ...] = ()
    if template.kind == MCQ:
        choices = choices_for(
            template.choices_from, fact, context, index, prompt, [answer, *accept], qid
        )
    typeset = french.typeset  # the card shows the source's words, not its spacing slips
    return Question(
        id=qid,
        fact_id=fact.id,
        template=template.id,
        kind=template.kind,
        prompt=prompt,
        answer=typeset(answer),
        accept=tuple(dict.fromkeys(typeset(a) for a in accept)),
        choices=tuple(typeset(c) for c in choices),
        range=answer_range(fact) if template.kind == NUMERIC else None,
        source=typeset(fact.sentence),
        tags=_tags(fact, template, index, extra_tags),
        fact_type=fact.type,
        extra=typeset(extra),
        score=template.weight,
        meta={
            "reverse": template.reverse,
            "start": fact.start,
            "actor_source": str(fact.get("actor_source") or ""),  # « Qui » trusts a named actor
        },
    )


_UNELIDED_GAP = re.compile(r"(?<![\w-])([dD]|[qQ]u)[’'] ?…")


def _also_right(fact: Fact, answer: str, index: ArticleIndex) -> list[str]:
    """Return other right answers: asked for one role of a person, the others are right too."""
    if fact.type != "person_role" or fold(answer) != fold(asked_role(str(fact.get("role") or ""))):
        return []
    person = index.person(str(fact.get("person") or ""))
    rank = is_rank(answer)
    roles = (asked_role(r) for r in (person.roles if person else []))
    return [clean(r) for r in roles if is_rank(r) == rank and askable_role(r)]


def _tags(
    fact: Fact, template: Template, index: ArticleIndex, extra: Sequence[str]
) -> tuple[str, ...]:
    raw = [fact.type, str(index.header.get("slug") or ""), template.id, *template.tags, *extra]
    return tuple(dict.fromkeys(re.sub(r"\s+", "_", t.strip()) for t in raw if t and t.strip()))


def answer_range(fact: Fact) -> tuple[float, float] | None:
    """Return the accepted [low, high] of an approximate or ranged quantity (TOLERANCE around it)."""
    value, maximum = fact.get("value"), fact.get("value_max")
    if not isinstance(value, (int, float)):
        return None
    if isinstance(maximum, (int, float)):
        return (float(value), float(maximum))
    if not fact.get("approx"):
        return None
    low, high = value * (1 - TOLERANCE), value * (1 + TOLERANCE)
    return (_round_bound(low), _round_bound(high))


def _round_bound(number: float) -> float:
    return float(round(number)) if abs(number) >= 10 else round(number, 2)
