"""What changed since the last build of an output: questions added, changed (and what), removed."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from generators.records import Question

RETIRED = "factdeck::retired"  # the tag of a question carried from the previous build, now gone
COMPARED = ("prompt", "answer", "choices")  # what a member sees change on a card


@dataclass(frozen=True)
class Changed:
    """A question in both builds whose card text differs: each changed field, before and after."""

    id: str
    prompt: str
    fields: Mapping[str, tuple[Any, Any]]

    def to_dict(self) -> dict[str, Any]:
        """Return the change as a JSON object."""
        return {
            "id": self.id,
            "prompt": self.prompt,
            "changed": {
                name: {"before": old, "after": new} for name, (old, new) in self.fields.items()
            },
        }


@dataclass(frozen=True)
class Changes:
    """The questions a build added, changed and removed since the previous build of its output."""

    added: tuple[Question, ...] = ()
    changed: tuple[Changed, ...] = ()
    removed: tuple[Mapping[str, Any], ...] = ()  # the previous build's question objects
    retired: int = 0  # notes carried tagged RETIRED (the removed ones and those retired before)
    first: bool = False  # no previous build to compare with

    @property
    def any(self) -> bool:
        """Return whether anything was added, changed or removed."""
        return bool(self.added or self.changed or self.removed)

    def summary(self) -> str:
        """Return the one-line count of the changes (« 2 added, 1 changed, 1 removed »)."""
        if self.first:
            return "first build"
        if not self.any:
            return "no question changed"
        counts = (
            (len(self.added), "added"),
            (len(self.changed), "changed"),
            (len(self.removed), "removed"),
        )
        return ", ".join(f"{n} {word}" for n, word in counts if n)

    def lines(self) -> list[str]:
        """Return one line per added (+), changed (~, with what) and removed (-) question."""
        out = [f"  + {q.prompt}" for q in self.added]
        for change in self.changed:
            out.append(f"  ~ {change.prompt} ({', '.join(change.fields)})")
            for name, (old, new) in change.fields.items():
                out.append(f"      {name}: {_shown(old)} → {_shown(new)}")
        out += [f"  - {q.get('prompt', '')}" for q in self.removed]
        return out

    def to_dict(self) -> dict[str, Any]:
        """Return the changes as a JSON object (ids and prompts; what changed, before and after)."""
        return {
            "first_build": self.first,
            "added": [{"id": q.id, "prompt": q.prompt} for q in self.added],
            "changed": [change.to_dict() for change in self.changed],
            "removed": [{"id": q.get("id"), "prompt": q.get("prompt")} for q in self.removed],
            "retired": self.retired,
        }


def compare(
    previous: Mapping[str, Mapping[str, Any]] | None,
    current: Sequence[Question],
    retired_before: Iterable[str] = (),
) -> Changes:
    """Compare the previous build's questions (id → Meta object) with the current ones.

    A question retired by an earlier build and still gone is not removed again; one that comes
    back counts as added.
    """
    if previous is None:
        return Changes(added=tuple(current), first=True)
    gone = set(retired_before)
    ids = {q.id for q in current}
    added, changed = [], []
    for question in current:
        old = previous.get(question.id)
        if old is None or question.id in gone:
            added.append(question)
            continue
        fields = _differences(old, question)
        if fields:
            changed.append(Changed(question.id, question.prompt, fields))
    removed = [q for qid, q in previous.items() if qid not in ids and qid not in gone]
    return Changes(tuple(added), tuple(changed), tuple(removed))


def _differences(old: Mapping[str, Any], new: Question) -> dict[str, tuple[Any, Any]]:
    after = new.to_dict()
    out: dict[str, tuple[Any, Any]] = {}
    for name in COMPARED:
        before = old.get(name, [] if name == "choices" else "")
        if before != after[name]:
            out[name] = (before, after[name])
    return out


def _shown(value: Any) -> str:
    if isinstance(value, list):
        return " | ".join(map(str, value)) or "(none)"
    return f"« {value} »"
