"""The question as the quiz sees it, without importing the question generator (slow to import)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Protocol


class QuestionLike(Protocol):
    """What the quiz reads of a question: `generators.questions.Question` or a `QuizQuestion`."""

    @property
    def id(self) -> str: ...
    @property
    def fact_id(self) -> str: ...
    @property
    def template(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def prompt(self) -> str: ...
    @property
    def answer(self) -> str: ...
    @property
    def accept(self) -> tuple[str, ...]: ...
    @property
    def choices(self) -> tuple[str, ...]: ...
    @property
    def range(self) -> tuple[float, float] | None: ...
    @property
    def source(self) -> str: ...
    @property
    def tags(self) -> tuple[str, ...]: ...
    @property
    def fact_type(self) -> str: ...
    def to_dict(self) -> dict[str, Any]: ...


@dataclass(frozen=True)
class QuizQuestion:
    """A question read back from a built deck's Meta field or from the questions cache."""

    id: str
    fact_id: str
    template: str
    kind: str
    prompt: str
    answer: str
    accept: tuple[str, ...] = ()
    choices: tuple[str, ...] = ()
    range: tuple[float, float] | None = None
    source: str = ""
    tags: tuple[str, ...] = ()
    fact_type: str = ""
    extra: str = ""

    def to_dict(self) -> dict[str, Any]:
        """Return the question as the JSON object of CONTRACT.md."""
        return {
            "id": self.id,
            "fact_id": self.fact_id,
            "template": self.template,
            "kind": self.kind,
            "prompt": self.prompt,
            "answer": self.answer,
            "accept": list(self.accept),
            "choices": list(self.choices),
            "range": list(self.range) if self.range is not None else None,
            "source": self.source,
            "tags": list(self.tags),
            "fact_type": self.fact_type,
            "extra": self.extra,
        }


def question_from_dict(data: Mapping[str, Any]) -> QuizQuestion:
    """Rebuild a question from its JSON object (`Question.to_dict()`), tolerating extra keys."""
    low_high = data.get("range")
    bounds = (
        (float(low_high[0]), float(low_high[1]))
        if isinstance(low_high, (list, tuple)) and len(low_high) == 2
        else None
    )
    return QuizQuestion(
        id=str(data.get("id") or ""),
        fact_id=str(data.get("fact_id") or ""),
        template=str(data.get("template") or ""),
        kind=str(data.get("kind") or "basic"),
        prompt=str(data.get("prompt") or ""),
        answer=str(data.get("answer") or ""),
        accept=tuple(str(a) for a in data.get("accept") or ()),
        choices=tuple(str(c) for c in data.get("choices") or ()),
        range=bounds,
        source=str(data.get("source") or ""),
        tags=tuple(str(t) for t in data.get("tags") or ()),
        fact_type=str(data.get("fact_type") or ""),
        extra=str(data.get("extra") or ""),
    )
