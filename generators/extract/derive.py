"""Facts derived from what an extractor found, in named passes the orchestrator runs.

`leads_from_successions`: « X succède à Y à la tête de Z » says X heads Z; the succession
extractor records the post taken (`succession.takings`), this pass makes the leads fact
(via `title`). It runs right after the succession extractor and before the leads extractor, so
its facts claim their (leader, entity) keys first, as when successions emitted them.
`leads_of_replaced`: « Y remplace X à ce poste » (lexicon succession_post_anaphors) and X heads
Z: Y heads Z; it runs after the leads extractor, whose facts it reads.
"""

from __future__ import annotations

from collections.abc import Callable

from generators.extract.context import Context
from generators.extract.types import leads, succession
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
        for leader, entity, head in list(made):
            if leader != taking.post:
                continue
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
    return facts


# The passes to run right after the extractor of a fact type, in order.
AFTER: dict[str, tuple[Callable[[Context], list[Fact]], ...]] = {
    "succession": (leads_from_successions,),
    "leads": (leads_of_replaced,),
}
