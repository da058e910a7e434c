"""Fact records: typed, with their source sentence and a stable id; JSON/YAML (de)serialization."""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from generators.errors import InputError

SCHEMA = 1

# The fields of each fact type that make up its identity (CONTRACT.md): a corrected value or a
# small edit elsewhere in the article keeps the id, and so the card's history.
KEY_FIELDS: dict[str, tuple[str, ...]] = {
    "quantity": ("unit", "subject"),
    "person_role": ("person", "role"),
    "succession": ("predecessor", "successor"),
    "leads": ("leader", "entity"),
    "event": ("date_norm", "participants"),
    "quote": ("speaker", "text"),
    "acronym": ("acronym",),
}
FACT_TYPES = tuple(KEY_FIELDS)
_BASE_KEYS = ("id", "type", "sentence", "start", "end")


@dataclass(frozen=True)
class Fact:
    """One fact of an article: its type, type fields, and the sentence it came from."""

    type: str
    sentence: str
    start: int
    end: int
    fields: Mapping[str, Any] = field(default_factory=dict)
    id: str = ""

    def get(self, name: str, default: Any = None) -> Any:
        """Return the type field `name`, or `default`."""
        return self.fields.get(name, default)

    def to_dict(self) -> dict[str, Any]:
        """Return the fact as the JSON object of CONTRACT.md."""
        out: dict[str, Any] = {"id": self.id, "type": self.type}
        out.update(self.fields)
        out.update({"sentence": self.sentence, "start": self.start, "end": self.end})
        return out


def identity_key(fact_type: str, fields: Mapping[str, Any]) -> str:
    """Return the normalized text of the key fields that identify a fact of `fact_type`."""
    parts: list[str] = [fact_type]
    for name in KEY_FIELDS.get(fact_type, tuple(sorted(fields))):
        value = fields.get(name)
        if fact_type == "quote" and name == "text":
            value = " ".join(
                _normalize(value).split()[:6]
            )  # first words: a typo fix later keeps the id
        elif isinstance(value, (list, tuple)):
            value = "|".join(sorted(_normalize(v) for v in value))
        parts.append(_normalize(value))
    return "\x1f".join(parts)


def fact_id(slug: str, fact_type: str, fields: Mapping[str, Any]) -> str:
    """Return the stable id of a fact: slug, type and a hash of its key fields."""
    digest = hashlib.sha1(f"{slug}\x1e{identity_key(fact_type, fields)}".encode()).hexdigest()[:10]
    return f"{slug}:{fact_type}:{digest}"


def make_fact(
    slug: str, fact_type: str, sentence: str, start: int, end: int, **fields: Any
) -> Fact:
    """Build a fact with its stable id."""
    return Fact(fact_type, sentence, start, end, dict(fields), fact_id(slug, fact_type, fields))


def dedupe_ids(facts: Iterable[Fact]) -> list[Fact]:
    """Give facts that share an id (same key fields twice) a numbered suffix, in text order."""
    seen: dict[str, int] = {}
    out: list[Fact] = []
    for fact in facts:
        count = seen.get(fact.id, 0)
        seen[fact.id] = count + 1
        if count:
            fact = Fact(
                fact.type,
                fact.sentence,
                fact.start,
                fact.end,
                fact.fields,
                f"{fact.id}-{count + 1}",
            )
        out.append(fact)
    return out


def _normalize(value: Any) -> str:
    text = str(value if value is not None else "").replace("\u2019", "'")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9%]+", " ", text).strip()


def facts_document(article_header: Mapping[str, Any], facts: Iterable[Fact]) -> dict[str, Any]:
    """Return the `factdeck facts --format json` object."""
    return {
        "schema": SCHEMA,
        "article": dict(article_header),
        "facts": [f.to_dict() for f in facts],
    }


def fact_from_dict(data: Mapping[str, Any], where: str = "facts file") -> Fact:
    """Rebuild a fact from its JSON/YAML object."""
    missing = [key for key in _BASE_KEYS if key not in data]
    if missing:
        raise InputError(
            f"{where}: a fact lacks {', '.join(missing)}; save facts with `factdeck facts`"
        )
    fields = {k: v for k, v in data.items() if k not in _BASE_KEYS}
    try:
        return Fact(
            str(data["type"]),
            str(data["sentence"]),
            int(data["start"]),
            int(data["end"]),
            fields,
            str(data["id"]),
        )
    except (TypeError, ValueError):
        raise InputError(
            f"{where}: fact {data.get('id')!r} has a non-numeric start or end"
        ) from None


def load_facts_document(text: str, where: str) -> tuple[dict[str, Any], list[Fact]]:
    """Parse a saved facts document (JSON or YAML) into its article header and facts."""
    import yaml

    from generators.yamlload import safe_load

    try:
        data = json.loads(text) if text.lstrip().startswith("{") else safe_load(text)
    except (json.JSONDecodeError, yaml.YAMLError) as exc:
        raise InputError(
            f"{where}: not valid JSON or YAML ({str(exc).splitlines()[0]}); save it with `factdeck facts`"
        ) from None
    if isinstance(data, list):
        data = {"article": {}, "facts": data}
    if not isinstance(data, dict) or not isinstance(data.get("facts"), list):
        raise InputError(
            f"{where}: expected an object with a `facts` list; save it with `factdeck facts`"
        )
    return dict(data.get("article") or {}), [fact_from_dict(item, where) for item in data["facts"]]
