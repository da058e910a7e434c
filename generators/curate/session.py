"""The review pass: which questions to show and in what order, the keys, the decisions saved.

Questions flagged in quizzes come first (with the players' notes), then those changed since they
were reviewed, then the new ones, each group best first. A question decided and unchanged since
is not shown again unless a player flagged it after the decision. Each decision is saved at once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from generators.curate.decisions import (
    CHANGED,
    DROP,
    DROPPED,
    EDIT,
    EDITED,
    KEEP,
    KEPT,
    NEW,
    Decision,
    Decisions,
    decide,
    load_decisions,
    save_decisions,
    state_of,
)
from generators.curate.view import KEYS, ReviewView
from generators.records import Fact, Question

STATUS_ORDER = ("reviewed", KEPT, EDITED, DROPPED, "flagged", CHANGED, NEW, "gone")


@dataclass(frozen=True)
class Flag:
    """A player's flag on a question during a quiz."""

    question_id: str
    player: str
    note: str
    at: str


@dataclass(frozen=True)
class Item:
    """One question of the review with its state, its decision and its pending flags."""

    question: Question
    fact: Fact | None
    state: str
    decision: Decision | None
    flags: tuple[Flag, ...] = ()


@dataclass
class Tally:
    """What this review pass did."""

    kept: int = 0
    edited: int = 0
    dropped: int = 0
    skipped: int = 0
    left: int = 0
    quit: bool = False
    done: list[str] = field(default_factory=list)


def items_of(
    questions: Sequence[Question],
    facts: Iterable[Fact],
    decisions: Decisions,
    flags: Iterable[Flag] = (),
) -> list[Item]:
    """Return every question with its state and the flags raised since it was decided."""
    by_fact = {f.id: f for f in facts}
    raised: dict[str, list[Flag]] = {}
    for flag in flags:
        raised.setdefault(flag.question_id, []).append(flag)
    items = []
    for question in questions:
        fact = by_fact.get(question.fact_id)
        decision = decisions.get(question.id)
        since = decision.at if decision is not None else ""
        pending = tuple(f for f in raised.get(question.id, ()) if not since or f.at > since)
        items.append(Item(question, fact, state_of(decision, question, fact), decision, pending))
    return items


def to_review(items: Sequence[Item], *, flagged_only: bool = False) -> list[Item]:
    """Return the items to show, in order: flagged, changed since reviewed, new (each best first)."""
    flagged = [i for i in items if i.flags]
    if flagged_only:
        return flagged
    changed = [i for i in items if not i.flags and i.state == CHANGED]
    new = [i for i in items if not i.flags and i.state == NEW]
    return flagged + changed + new


def status(items: Sequence[Item], decisions: Decisions) -> dict[str, int]:
    """Return the counts `review --status` prints (reviewed = kept + edited + dropped)."""
    counts = {name: 0 for name in STATUS_ORDER}
    for item in items:
        counts[item.state] += 1
        counts["flagged"] += bool(item.flags)
    counts["reviewed"] = counts[KEPT] + counts[EDITED] + counts[DROPPED]
    current = {i.question.id for i in items}
    counts["gone"] = sum(1 for qid in decisions.entries if qid not in current)
    return counts


class Review:
    """Walk the items, read a key for each, save each decision as it is made."""

    def __init__(
        self,
        view: ReviewView,
        decisions: Decisions,
        items: Sequence[Item],
        clock: Callable[[], str],
    ) -> None:
        self.view = view
        self.decisions = decisions
        self.items = list(items)
        self.clock = clock
        self.tally = Tally()

    def run(self) -> Tally:
        """Review every item until the end, `q`, or the end of the keys."""
        for number, item in enumerate(self.items, 1):
            q = item.question
            self.view.show(number, len(self.items), q, item.state, item.decision, item.flags)
            if not self._one(item):
                self.tally.left = len(self.items) - number + 1
                self.tally.quit = True
                break
        return self.tally

    def _one(self, item: Item) -> bool:
        """Read keys until the item is decided or skipped; False to stop the review."""
        while True:
            key = self.view.read_key()
            if key is None or key == "q":
                return False
            done = self._act(item, key)
            if done is not None:
                return done

    def _act(self, item: Item, key: str) -> bool | None:
        """Do what `key` says: True for the next item, False to stop, None to ask again."""
        if key in ("", "k"):
            return self._record(item, KEEP)
        if key == "s":
            self.tally.skipped += 1
            return True
        if key == "d":
            reason = self.view.read("Reason (Enter: none) › ")
            return reason is not None and self._record(item, DROP, reason=reason.strip())
        if key == "e":
            edits = self._edits(item.question)
            if edits is None:
                return False
            return self._record(item, EDIT, edits=edits) if edits else None
        if key == "r" and item.decision is not None and item.state == CHANGED:
            before = item.decision  # the same decision, on the question as it is now
            edits = dict(before.edits)
            return self._record(item, before.action, reason=before.reason, edits=edits)
        self.view.notice(f"Unknown key {key!r}. {KEYS}")
        return None

    def _edits(self, question: Question) -> dict[str, Any] | None:
        """Return valid edits ({} to ask the key again, None at the end of input)."""
        edits = self.view.edit(question)
        if edits is None:
            return None if self.view.stream is not None else {}
        answer = str(edits.get("answer", question.answer))
        choices = edits.get("choices", question.choices)
        if choices and answer not in choices:
            self.view.notice(f"The answer « {answer} » must be one of the choices: edit again.")
            return {}
        if not str(edits.get("prompt", question.prompt)).strip() or not answer.strip():
            self.view.notice("A question needs a prompt and an answer: edit again.")
            return {}
        if not edits:
            self.view.notice("Nothing changed: kept as it is.")
            edits = {"prompt": question.prompt}
        return edits

    def _record(
        self,
        item: Item,
        action: str,
        *,
        reason: str = "",
        edits: Mapping[str, Any] | None = None,
    ) -> bool:
        """Save the decision on the item at once; return True (go on)."""
        decision = decide(
            item.question, item.fact, action, self.clock(), edits=edits, reason=reason
        )
        # Read the file again: what another member or a hand edit saved meanwhile is kept.
        self.decisions = load_decisions(self.decisions.path).with_decision(decision)
        save_decisions(self.decisions)
        field_name = {KEEP: "kept", EDIT: "edited", DROP: "dropped"}[decision.action]
        setattr(self.tally, field_name, getattr(self.tally, field_name) + 1)
        self.tally.done.append(item.question.id)
        return True


def summary(tally: Tally, path: str) -> str:
    """Return the closing line of a review pass."""
    done = tally.kept + tally.edited + tally.dropped
    left = f"; {tally.left} left for next time" if tally.left else ""
    return (
        f"Reviewed {done}: {tally.kept} kept, {tally.edited} edited, {tally.dropped} dropped; "
        f"{tally.skipped} skipped{left}. Decisions in {path}; every build applies them."
    )
