"""A quiz session: which questions, in what order, for whom; asking, checking, saving, scoring."""

from __future__ import annotations

import json
import random
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from generators.quiz import scheduler
from generators.quiz.answers import (
    PERSON_TYPES,
    Verdict,
    check,
    expected_answer,
    fold,
    has_month,
    name_words,
    parse_date,
    parse_numbers,
    picked_choice,
)
from generators.quiz.i18n import _
from generators.quiz.store import AnswerRecord, Store
from generators.records import Question

CHOICES = 4
TRUE_FALSE = ("Vrai", "Faux")


@dataclass(frozen=True)
class Options:
    """What to ask: filters, limits and the seed that fixes order and options."""

    seed: int | None = None
    limit: int | None = None
    due_only: bool = False
    new: int | None = None
    tags: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()

    def signature(self) -> str:
        """Return the text that identifies these options, to resume only the same quiz."""
        return json.dumps(
            [self.seed, self.limit, self.due_only, self.new, sorted(self.tags), sorted(self.kinds)]
        )


@dataclass(frozen=True)
class Turn:
    """One question put to one player."""

    player: str
    question: Question


@dataclass
class Result:
    """One answer given during this run."""

    player: str
    question: Question
    given: str
    verdict: Verdict
    mode: str
    answer_id: int
    rating: int
    due: str

    def to_dict(self) -> dict[str, Any]:
        """Return the result as in `factdeck quiz --json`."""
        return {
            "question_id": self.question.id,
            "fact_id": self.question.fact_id,
            "player": self.player,
            "prompt": display_prompt(self.question),
            "expected": expected_answer(self.question),
            "given": self.given,
            "correct": self.verdict.correct,
            "reason": self.verdict.reason,
        }


class Interface(Protocol):
    """What the session needs from the screen: show things and read lines (None at end of input)."""

    interactive: bool

    def question(
        self, turn: Turn, number: int, total: int, choices: Sequence[str], players: int
    ) -> None:
        """Show the question, its number out of the total and its options."""

    def read_answer(self) -> str | None:
        """Read the player's answer (None at end of input)."""

    def read_after(self) -> str | None:
        """Read the line typed after the feedback (None at end of input)."""

    def hand_over(self, player: str) -> str | None:
        """Pass the turn to `player` and read their go-ahead (None at end of input)."""

    def feedback(self, result: Result, question: Question, next_review: str) -> None:
        """Show whether the answer was right, why, and when the card comes back."""

    def notice(self, text: str) -> None:
        """Show a one-line message."""

    def help(self) -> None:
        """Show the commands the player may type."""


# --- planning ---------------------------------------------------------------------------------


def select_questions(questions: Sequence[Question], options: Options) -> list[Question]:
    """Keep the questions that match `--kind` and `--tag`."""
    kept = [q for q in questions if not options.kinds or q.kind in options.kinds]
    return [q for q in kept if not options.tags or set(options.tags) & {*q.tags, q.fact_type}]


def plan(
    questions: Sequence[Question],
    players: Sequence[str],
    cards: dict[str, dict[str, Any]],
    now: datetime,
    options: Options,
) -> list[Turn]:
    """Return the turns of a session: due facts first, then new ones, then the rest by due date.

    `cards[player][fact_id]` holds each player's card row (`card`, `reviews`). Each fact gets one
    question, rotated over its questions by how often the fact was reviewed; in hot-seat mode every
    player answers the same question in turn.
    """
    by_fact: dict[str, list[Question]] = {}
    for question in sorted(select_questions(questions, options), key=lambda q: q.id):
        by_fact.setdefault(question.fact_id, []).append(question)
    rng = random.Random(options.seed)
    keyed = [(_priority(fact, players, cards, now), rng.random(), fact) for fact in sorted(by_fact)]
    keyed = [k for k in keyed if not options.due_only or k[0][0] < 2]
    keyed.sort()
    facts = _cap_new([k[2] for k in keyed], [k[0][0] for k in keyed], options.new)
    if options.limit is not None:
        facts = facts[: options.limit]
    turns: list[Turn] = []
    for fact in facts:
        reviews = min(cards.get(p, {}).get(fact, {}).get("reviews", 0) for p in players)
        question = by_fact[fact][reviews % len(by_fact[fact])]
        turns.extend(Turn(player, question) for player in players)
    return turns


def _priority(
    fact: str, players: Sequence[str], cards: dict[str, dict[str, Any]], now: datetime
) -> tuple[int, str]:
    """Return (0 due, 1 new, 2 not yet due) and the earliest due time over the players."""
    rows = [cards.get(p, {}).get(fact) for p in players]
    dues = [str(r["due"]) for r in rows if r]
    if dues and min(scheduler.parse_time(d) for d in dues) <= now:
        return (0, min(dues))
    if len(dues) < len(rows):
        return (1, "")
    return (2, min(dues))


def _cap_new(facts: list[str], groups: list[int], new: int | None) -> list[str]:
    if new is None:
        return facts
    kept, count = [], 0
    for fact, group in zip(facts, groups, strict=True):
        if group == 1:
            count += 1
            if count > new:
                continue
        kept.append(fact)
    return kept


def choices_for(question: Question, pool: Sequence[Question], seed: int | None) -> list[str]:
    """Return the options of a question, shuffled the same way for the same seed.

    A question without its own choices borrows distractors from the deck: the answers and options
    of other questions whose answer has the same shape (a person, a number, a date, else the same
    fact type), never one that reads the same as the answer.
    """
    answer = expected_answer(question)
    options = list(question.choices)
    if not options and question.kind == "truefalse":
        return list(TRUE_FALSE)
    if not options:
        distractors = _distractors(question, pool, seed)
        if not distractors:
            return []
        options = [answer, *distractors]
    rng = random.Random(f"{seed}:{question.id}") if seed is not None else random.Random()
    rng.shuffle(options)
    return options


def _distractors(question: Question, pool: Sequence[Question], seed: int | None) -> list[str]:
    shape = answer_shape(question)
    others = sorted(
        {
            text
            for q in pool
            if q.kind != "truefalse" and answer_shape(q) == shape
            for text in (expected_answer(q), *q.choices)
        }
    )
    random.Random(f"{seed}:{question.id}:distractors").shuffle(others)
    seen = {fold(expected_answer(question))}
    distractors: list[str] = []
    for other in others:
        if fold(other) not in seen and len(distractors) < CHOICES - 1:
            seen.add(fold(other))
            distractors.append(other)
    return distractors


def answer_shape(question: Question) -> str:
    """Return what kind of thing the answer is: person, date, number, or the fact type."""
    answer = expected_answer(question)
    if question.kind == "truefalse":
        return "truefalse"
    if parse_date(answer) is not None and (question.fact_type == "event" or has_month(answer)):
        return "date"
    if parse_numbers(answer) and question.fact_type == "quantity":
        return "number"
    if question.fact_type in PERSON_TYPES and name_words(answer):
        return "person"
    return question.fact_type


def display_prompt(question: Question) -> str:
    """Return the prompt as shown: an Anki cloze gap becomes « […] »."""
    return re.sub(r"\{\{c\d+::.*?\}\}", "[…]", question.prompt)


# --- running ----------------------------------------------------------------------------------


@dataclass
class Quiz:
    """Runs the turns of one session: asks, checks, saves after every answer, undoes, overrides."""

    store: Store
    ui: Interface
    deck: str
    turns: list[Turn]
    session_id: int
    position: int
    pool: Sequence[Question]
    clock: Callable[[], datetime]
    seed: int | None = None
    players: int = 1
    results: list[Result] = field(default_factory=list)
    finished: bool = False

    def run(self) -> list[Result]:
        """Ask every remaining turn; stop at the end of input or when the player quits."""
        while self.position < len(self.turns):
            if not self._turn(self.turns[self.position]):
                return self.results
        self.finished = True
        self.store.finish_session(self.session_id, scheduler.utc_now().isoformat())
        return self.results

    def _turn(self, turn: Turn) -> bool:
        """Ask one turn; return False when the session stops here."""
        question = turn.question
        if self.players > 1 and self.ui.interactive and self.position > 0:
            line = self.ui.hand_over(turn.player)  # hot seat: the screen is cleared first
            if line is None or line.strip().lower() == "q":
                return False
        native = question.kind in ("mcq", "truefalse")
        choices = choices_for(question, self.pool, self.seed) if native else []
        self._show(turn, choices)
        started = time.monotonic()
        while True:
            line = self.ui.read_answer()
            if line is None:
                return False
            if not self.ui.interactive:  # unattended: every line, taken literally, is the answer
                return self._after(self._answer(turn, line.strip(), choices, None, helped=False))
            command = line.strip().lower()
            if command == "q":
                return False
            if command == "u":
                self._undo()
                return True
            if command in ("h", "?", ""):
                choices = self._help_or_choices(turn, command, choices)
                continue
            given = "" if command == "!" else line.strip()
            if given and choices and not _is_option(given, turn.question, choices):
                self.ui.notice(
                    _("Type a number from 1 to {n}, or an option's text.").format(n=len(choices))
                )
                continue  # a slip of the finger is not an answer
            seconds = time.monotonic() - started
            helped = bool(choices) and not native
            return self._after(self._answer(turn, given, choices, seconds, helped))

    def _help_or_choices(self, turn: Turn, command: str, choices: list[str]) -> list[str]:
        """Show the keys, or switch the question to multiple choice; return the options shown."""
        if command == "h":
            self.ui.help()
        elif command == "?" and not choices:
            choices = choices_for(turn.question, self.pool, self.seed)
            if choices:
                self._show(turn, choices)
            else:
                self.ui.notice(
                    _("No choices for this question: type your answer, or ! to give up.")
                )
        else:
            self.ui.notice(_("Type your answer (h for help)."))
        return choices

    def _show(self, turn: Turn, choices: Sequence[str]) -> None:
        """Show the question numbered per question, not per turn (hot-seat players share a number)."""
        per = max(self.players, 1)
        self.ui.question(
            turn, self.position // per + 1, max(len(self.turns) // per, 1), choices, self.players
        )

    def _answer(
        self, turn: Turn, given: str, choices: Sequence[str], seconds: float | None, helped: bool
    ) -> Result:
        """Check, rate and save an answer (one transaction), then show the verdict."""
        question = turn.question
        verdict = check(given, question, choices) if given else Verdict(False, _("gave up"))
        timed = None if choices else seconds
        chars = len(expected_answer(question))
        rating = scheduler.rating_for(verdict.correct, timed, expected_chars=chars, helped=helped)
        now = self.clock()
        if choices:  # the option's text, not its number, is what the debrief shows
            given = picked_choice(given, choices) or given
        record = self._record(turn, given, bool(choices), verdict, rating, seconds, now)
        review = _reviewer(question.fact_id, turn.player, rating, now, seconds)
        saved = self.store.record_answer(record, review, self.position + 1)
        self.position += 1
        result = Result(
            turn.player, question, given, verdict, record.mode, saved.answer_id, rating, saved.due
        )
        self.results.append(result)
        self.ui.feedback(result, question, saved.due)
        return result

    def _record(
        self,
        turn: Turn,
        given: str,
        choice: bool,
        verdict: Verdict,
        rating: int,
        seconds: float | None,
        now: datetime,
    ) -> AnswerRecord:
        q = turn.question
        return AnswerRecord(
            self.session_id, turn.player, self.deck, q.fact_id, q.id, q.fact_type, q.kind,
            "choice" if choice else "typed", display_prompt(q), expected_answer(q), given,
            verdict.correct, verdict.reason, rating, seconds, now.isoformat(),
        )  # fmt: skip

    def _after(self, result: Result) -> bool:
        """Offer « I was right », self-rating, flag, undo and quit after the feedback (interactive)."""
        while self.ui.interactive:
            line = self.ui.read_after()
            command = (line or "").strip().lower()
            if line is None or command == "q":
                return False
            if command == "":
                return True
            if command == "r":
                self._override(result)
            elif command == "f":
                self._flag(result)
            elif command == "u":
                self._undo()
                return True
            elif command in ("1", "2", "3", "4"):
                self._rate(result, int(command))
            elif command == "h":
                self.ui.help()
        return True

    def _rate(self, result: Result, rating: int) -> None:
        """Replace the rating worked out from correctness and time by the player's own."""
        now = self.clock()
        review = _reviewer(result.question.fact_id, result.player, rating, now, None)
        if not self.store.rerate(result.answer_id, review, rating, now.isoformat()):
            self.ui.notice(_("Cannot change this answer: the card was reviewed again since."))
            return
        result.rating = rating
        self.ui.notice(
            _("Rated {rating} (logged).").format(rating=_(scheduler.RATING_NAMES[rating]))
        )

    def _override(self, result: Result) -> None:
        if result.verdict.correct:
            self.ui.notice(_("This answer already counts as right."))
            return
        now = self.clock()
        reason = _("overridden by the player (was: {reason})").format(reason=result.verdict.reason)
        rating = scheduler.GOOD
        ok = self.store.override(
            result.answer_id,
            _reviewer(result.question.fact_id, result.player, rating, now, None),
            rating,
            reason,
            now.isoformat(),
        )
        if not ok:
            self.ui.notice(_("Cannot change this answer: the card was reviewed again since."))
            return
        result.verdict = Verdict(True, reason)
        result.rating = rating
        self.ui.notice(_("Counted as right (logged)."))

    def _flag(self, result: Result) -> None:
        q = result.question
        data = {
            "id": q.id,
            "fact_id": q.fact_id,
            "template": q.template,
            "prompt": display_prompt(q),
            "answer": expected_answer(q),
        }
        self.store.flag(result.player, self.deck, data, "", self.clock().isoformat())
        self.ui.notice(_("Question flagged for review (see `factdeck results --flags`)."))

    def _undo(self) -> None:
        last = self.store.last_answer(self.session_id)
        if last is None:
            self.ui.notice(_("Nothing to undo."))
            return
        if not self.store.undo(int(last["id"]), self.clock().isoformat()):
            self.ui.notice(_("Cannot undo: the card was reviewed again since."))
            return
        self.position = max(self.position - 1, 0)
        self.results = [r for r in self.results if r.answer_id != last["id"]]
        undone = _("Undone: « {given} » for « {prompt} ». Asking it again.")
        self.ui.notice(undone.format(given=last["given"], prompt=last["prompt"]))


def _is_option(given: str, question: Question, choices: Sequence[str]) -> bool:
    """Return whether `given` picks one of the options, by number or text (or is the answer)."""
    return picked_choice(given, choices) is not None or check(given, question).correct


def _reviewer(
    fact_id: str, player: str, rating: int, now: datetime, seconds: float | None
) -> Callable[[dict[str, Any] | None], tuple[dict[str, Any], str]]:
    def review(before: dict[str, Any] | None) -> tuple[dict[str, Any], str]:
        """Return the card after this rating (a new card when none) and its next due date."""
        card = before if before is not None else scheduler.new_card(fact_id, player, now)
        done = scheduler.review(card, rating, now, seconds)
        return done.card, done.due.isoformat()

    return review
