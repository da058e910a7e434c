"""Facts derived from what an extractor found, in named passes the orchestrator runs.

`leads_from_successions`: « X succède à Y à la tête de Z » says X heads Z; the succession
extractor records the post taken (`succession.takings`), this pass makes the leads fact
(via `title`). It runs right after the succession extractor and before the leads extractor, so
its facts claim their (leader, entity) keys first, as when successions emitted them.
`leads_of_replaced`: « Y remplace X à ce poste » (lexicon succession_post_anaphors) and X heads
Z: Y heads Z; it runs after the leads extractor, whose facts it reads. When X heads nothing known
and the sentence before says « Z a un nouveau chef », Y heads Z and X headed it (past).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from generators.extract.context import Context
from generators.extract.leading import entity_phrase, new_head_body
from generators.extract.titles import token_gender
from generators.extract.types import leads, succession
from generators.extract.types.action_nominal import lead_outcomes
from generators.extract.types.action_tally import vote_tallies
from generators.extract.types.action_title import title_actions
from generators.records import Fact


def leads_from_successions(ctx: Context) -> list[Fact]:
    """Return the leads facts of the posts successors take, in the order they were found."""
    facts: list[Fact] = []
    for taking in succession.takings(ctx):
        leader = (taking.successor, None)
        fact = leads.record(ctx, taking.sent, taking.offset, leader, taking.post, "title")
        if fact is not None:
            facts.append(fact)
    return facts


def leads_of_replaced(ctx: Context) -> list[Fact]:
    """« Y remplace X à ce poste », X heading Z: Y heads Z now (the leads of X found so far)."""
    facts: list[Fact] = []
    made: list[tuple[str, str, object]] = ctx.extras.get("leads_made", [])
    for taking in succession.same_posts(ctx):
        held = [(entity, head) for leader, entity, head in list(made) if leader == taking.post]
        for entity, head in held:
            fact = leads.record(
                ctx,
                taking.sent,
                taking.offset,
                (taking.successor, None),
                (entity, head),
                "succession",
            )
            if fact is not None:
                facts.append(fact)
        if not held:
            facts.extend(_new_head_of_body(ctx, taking))
    return facts


def _new_head_of_body(ctx: Context, taking: succession.Taking) -> list[Fact]:
    """« L'agence a un nouveau directeur. Y remplace X à ce poste »: Y heads the agency, X did;
    each gets the title (« directeur de l'agence », past for X)."""
    sent = taking.sent
    found = new_head_body(sent.doc[sent.start - 1].sent) if sent.start > 0 else None
    if found is None or ctx.names.mention_at(taking.offset + found[0].idx) is not None:
        return []  # « A a un nouveau directeur »: a person has a boss, no body changed heads
    body, title = found
    role = f"{title.text} {_of(body)}{entity_phrase(sent.doc, body)}"
    facts = []
    for person, past in ((taking.successor, False), (taking.post, True)):
        via = "succession-past" if past else "succession"
        fact = leads.record(ctx, sent, taking.offset, (person, None), body, via)
        if fact is not None:
            facts.append(fact)
            if ctx.names.gender(person) not in (None, token_gender(title)):
                continue  # « une nouvelle présidente … remplace Marc X »: his title is another word
            extra = {"past": True} if past else {}
            held = f"{'ancienne' if token_gender(title) == 'f' else 'ancien'} {role}"
            names = ctx.names
            facts.append(
                ctx.fact(
                    "person_role",
                    sent,
                    taking.offset,
                    evidence="past" if past else None,
                    person=person,
                    aliases=names.aliases(person),
                    role=held if past else role,
                    gender=names.gender(person),
                    role_gender=names.gender(person),
                    **extra,
                )
            )
    return facts


def _of(noun: Any) -> str:
    """Return « de » contracted with the noun's article: « du », « de la », « de l' », « des »."""
    det = next((c.lower_ for c in noun.children if c.dep_ == "det"), "")
    return {"le": "du ", "la": "de la ", "l'": "de l'", "les": "des "}.get(det, "de ")


# The passes to run right after the extractor of a fact type, in order.
AFTER: dict[str, tuple[Callable[[Context], list[Fact]], ...]] = {
    "succession": (leads_from_successions,),
    "leads": (leads_of_replaced,),
    "action": (lead_outcomes, title_actions, vote_tallies),
}
