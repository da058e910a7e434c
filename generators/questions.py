"""Facts × templates → questions (the generator lands with the templates issue)."""

from __future__ import annotations

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
