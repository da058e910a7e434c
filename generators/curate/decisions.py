"""The decisions file beside a recipe: keep, edit or drop a question, keyed by its stable id.

Each decision stores what it was made on: a hash of the fact and of the question as rendered. A
question whose fact or text changed since (the article or a template was edited) is not decided
any more: it is built as generated now and the next review shows it again.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from generators.errors import InputError
from generators.files.atomic import write_text_atomic
from generators.files.yamlload import load_or_explain
from generators.records import Fact, Question

SUFFIX = ".decisions.yaml"
DROPPED_TAG = "factdeck::dropped"  # export/anki/writer.py reads the same tag
KEEP, EDIT, DROP = "keep", "edit", "drop"
ACTIONS = (KEEP, EDIT, DROP)
# The states of a question in a review: the decisions plus « new » and « changed since reviewed ».
NEW, KEPT, EDITED, DROPPED, CHANGED = "new", "kept", "edited", "dropped", "changed"
EDITABLE = ("prompt", "answer", "accept", "choices")
_TEXT_FIELDS = ("prompt", "answer", "reason", "was", "fact", "question", "at")
_LIST_FIELDS = ("accept", "choices")
FIELDS = ("decision", *_TEXT_FIELDS, *_LIST_FIELDS)
_HEADER = """\
# factdeck review decisions, keyed by question id (`factdeck questions SOURCE` prints the ids).
# decision: keep, edit (prompt, answer, accept, choices) or drop (reason). `was` is the prompt as
# reviewed; `fact` and `question` hash what the decision was made on: when either changes, the
# question is asked again in the next `factdeck review`. Edit by hand freely, commit with the recipe.
"""


@dataclass(frozen=True)
class Decision:
    """What the group decided about one question, and what the question was when it decided."""

    id: str
    action: str
    edits: Mapping[str, Any] = field(default_factory=dict)  # prompt/answer: str; accept/choices
    reason: str = ""
    was: str = ""
    fact: str = ""  # hash of the fact as reviewed ("" when written by hand: trusted as is)
    question: str = ""  # hash of the question as rendered then
    at: str = ""  # when (ISO, UTC): flags raised later bring the question back
    line: int = 1

    def to_yaml(self) -> dict[str, Any]:
        """Return the decision as the mapping written in the file."""
        out: dict[str, Any] = {"decision": self.action}
        if self.was:
            out["was"] = self.was
        for name in EDITABLE:
            if name in self.edits:
                value = self.edits[name]
                out[name] = list(value) if isinstance(value, tuple) else value
        if self.reason:
            out["reason"] = self.reason
        out.update({k: v for k, v in (("fact", self.fact), ("question", self.question)) if v})
        if self.at:
            out["at"] = self.at
        return out


@dataclass(frozen=True)
class Decisions:
    """The decisions file of one source: its path and its decisions by question id."""

    path: Path
    entries: Mapping[str, Decision] = field(default_factory=dict)

    def get(self, question_id: str) -> Decision | None:
        """Return the decision about `question_id`, if any."""
        return self.entries.get(question_id)

    def with_decision(self, decision: Decision) -> Decisions:
        """Return these decisions with `decision` added or replacing the previous one."""
        return replace(self, entries={**self.entries, decision.id: decision})


@dataclass(frozen=True)
class Applied:
    """Questions with the decisions applied: kept (edits made), dropped, the state of each."""

    kept: list[Question]
    dropped: list[Question]
    states: Mapping[str, str]
    gone: list[Decision]  # decisions whose question is not generated any more (kept in the file)

    def count(self, state: str) -> int:
        """Return how many questions are in `state`."""
        return sum(1 for value in self.states.values() if value == state)


def decisions_path(base: Path) -> Path:
    """Return the decisions file of a recipe or article: beside it, `<stem>.decisions.yaml`."""
    return base.with_name(base.stem + SUFFIX)


def fact_hash(fact: Fact | None) -> str:
    """Return a short hash of what a fact says (type, fields, sentence; not where it stands)."""
    if fact is None:
        return ""
    return _hash([fact.type, dict(fact.fields), fact.sentence])


def question_hash(question: Question) -> str:
    """Return a short hash of a question as rendered (kind, text, answers, choices, range, source)."""
    return _hash(
        [
            question.kind,
            question.prompt,
            question.answer,
            sorted(question.accept),
            sorted(question.choices),
            list(question.range) if question.range else None,
            question.source,
        ]
    )


def _hash(data: Any) -> str:
    text = json.dumps(data, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


# --- reading ---------------------------------------------------------------------------------


def load_decisions(path: Path) -> Decisions:
    """Read the decisions file at `path` (none yet: no decisions); errors say FILE:LINE."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Decisions(path)
    except IsADirectoryError:
        raise InputError(f"{path} is a folder, not a decisions file; move it away") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read decisions file {path}: {exc}; save it as UTF-8") from None
    node, data = load_or_explain(text, path, InputError)
    if data is None:
        return Decisions(path)
    if not isinstance(data, dict) or not isinstance(node, yaml.MappingNode):
        raise InputError(
            f"{path}:1: a decisions file maps question ids to decisions; see its header"
        )
    entries: dict[str, Decision] = {}
    for key_node, _ in node.value:
        qid, line = str(key_node.value), key_node.start_mark.line + 1
        if qid in entries:
            first = entries[qid].line
            raise InputError(
                f"{path}:{line}: question {qid!r} is decided twice (first on line {first}); keep one"
            )
        entries[qid] = Decision(qid, KEEP, line=line)
    raws = list(data.values())  # in file order, one per key: duplicates were refused above
    for (qid, placeholder), (_, value_node), raw in zip(
        entries.items(), node.value, raws, strict=True
    ):
        entries[qid] = _decision(path, qid, placeholder.line, value_node, raw)
    return Decisions(path, entries)


def _decision(path: Path, qid: str, line: int, node: Any, raw: Any) -> Decision:
    """Check one entry of the file and return it as a Decision."""
    if not isinstance(raw, dict):
        raise InputError(
            f"{path}:{line}: decision {qid!r} must be a mapping such as `decision: keep`"
        )
    lines = {str(k.value): k.start_mark.line + 1 for k, _ in node.value}
    for name, value in raw.items():
        where = f"{path}:{lines.get(str(name), line)}"
        if name not in FIELDS:
            raise InputError(
                f"{where}: unknown field {name!r} in decision {qid!r}; known fields: {', '.join(FIELDS)}"
            )
        _check_type(where, qid, str(name), value)
    action = raw.get("decision")
    if action not in ACTIONS:
        where = f"{path}:{lines.get('decision', line)}"
        raise InputError(f"{where}: decision {qid!r} needs `decision: keep`, `edit` or `drop`")
    edits = {
        k: tuple(str(x) for x in v) if isinstance(v, list) else str(v)
        for k, v in raw.items()
        if k in EDITABLE
    }
    if edits and action != EDIT:
        name = next(iter(edits))
        where = f"{path}:{lines.get(name, line)}"
        raise InputError(
            f"{where}: decision {qid!r} sets {name!r} but is {action!r}; write `decision: edit`"
        )
    text = {k: str(raw.get(k) or "") for k in ("reason", "was", "fact", "question", "at")}
    return Decision(qid, str(action), edits, line=line, **text)


def _check_type(where: str, qid: str, name: str, value: Any) -> None:
    if name in _LIST_FIELDS:
        if not isinstance(value, list) or not all(isinstance(v, (str, int, float)) for v in value):
            raise InputError(f"{where}: field {name!r} of decision {qid!r} must be a list of texts")
    elif name in _TEXT_FIELDS and (
        isinstance(value, bool) or not isinstance(value, (str, int, float))
    ):
        raise InputError(f"{where}: field {name!r} of decision {qid!r} must be a text")


# --- writing ---------------------------------------------------------------------------------


def save_decisions(decisions: Decisions) -> None:
    """Write the decisions file atomically, commented, one entry per question id."""
    data = {qid: d.to_yaml() for qid, d in decisions.entries.items()}
    body = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000) if data else "{}\n"
    write_text_atomic(decisions.path, _HEADER + body)


def decide(
    question: Question,
    fact: Fact | None,
    action: str,
    at: str,
    *,
    edits: Mapping[str, Any] | None = None,
    reason: str = "",
) -> Decision:
    """Return the decision `action` about `question` as generated now, stamped with its hashes."""
    changed = {k: v for k, v in (edits or {}).items() if v != getattr(question, k)}
    if action == EDIT and not changed:
        action = KEEP  # an edit that changes nothing keeps the question
    return Decision(
        question.id,
        action,
        changed if action == EDIT else {},
        reason if action == DROP else "",
        question.prompt,
        fact_hash(fact),
        question_hash(question),
        at,
    )


# --- applying --------------------------------------------------------------------------------


def state_of(decision: Decision | None, question: Question, fact: Fact | None) -> str:
    """Return the state of `question`: new, changed (since reviewed), kept, edited or dropped."""
    if decision is None:
        return NEW
    stamped = decision.fact or decision.question
    if stamped and (decision.fact, decision.question) != (fact_hash(fact), question_hash(question)):
        return CHANGED
    return {KEEP: KEPT, EDIT: EDITED, DROP: DROPPED}[decision.action]


def edited(question: Question, decision: Decision, path: Path) -> Question:
    """Return `question` with the decision's edits; refuse an answer missing from the choices."""
    changes = dict(decision.edits)
    result = replace(question, **changes)
    if result.choices and result.answer not in result.choices:
        raise InputError(
            f"{path}:{decision.line}: decision {decision.id!r}: the answer {result.answer!r} is not "
            "among its choices; add it to `choices` or change `answer`"
        )
    return result


def apply_decisions(
    decisions: Decisions,
    questions: Sequence[Question],
    facts: Iterable[Fact],
    other_ids: Iterable[str] = (),
) -> Applied:
    """Apply the decisions to the generated questions (best first); `other_ids`: generated, rejected."""
    by_fact = {f.id: f for f in facts}
    current = {q.id for q in questions}
    _check_known(decisions, current | set(other_ids))
    kept: list[Question] = []
    dropped: list[Question] = []
    states: dict[str, str] = {}
    for question in questions:
        decision = decisions.get(question.id)
        state = state_of(decision, question, by_fact.get(question.fact_id))
        states[question.id] = state
        if state == DROPPED:
            dropped.append(question)
        elif state == EDITED and decision is not None:
            kept.append(edited(question, decision, decisions.path))
        else:
            kept.append(question)
    gone = [d for qid, d in decisions.entries.items() if qid not in current]
    return Applied(kept, dropped, states, gone)


def _check_known(decisions: Decisions, known: set[str]) -> None:
    """Refuse a hand-written decision (no hashes) about a question the source does not generate."""
    for qid, decision in decisions.entries.items():
        if qid not in known and not (decision.fact or decision.question):
            raise InputError(
                f"{decisions.path}:{decision.line}: unknown question id {qid!r}; "
                "use an id that `factdeck questions SOURCE` prints"
            )


def mark_dropped(question: Question) -> Question:
    """Return a dropped question tagged for the writer (kept only where it was exported before)."""
    return replace(question, tags=(*question.tags, DROPPED_TAG))
