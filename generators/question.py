"""The question record: light to import, shared by the generator, the deck builder and the quiz."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Question:
    """One question, with its provenance down to the fact, template and sentence."""

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
    score: float = 0.0
    meta: dict[str, Any] = field(default_factory=dict)

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


def question_from_dict(data: Mapping[str, Any]) -> Question:
    """Rebuild a question from its JSON object (`Question.to_dict()`), tolerating extra keys."""
    low_high = data.get("range")
    bounds = (
        (float(low_high[0]), float(low_high[1]))
        if isinstance(low_high, (list, tuple)) and len(low_high) == 2
        else None
    )
    return Question(
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
