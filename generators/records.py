"""The records every stage passes on: fact types and question kinds, Fact, Question, Deck.

One declaration per fact type (`FactType`) and per question kind (`Kind`): extraction finds a
type's extractor as `generators.extract.types.<name>`, the question stage its templates in
`templates/questions/<name>.yaml` and its variables by name, every exporter a kind's shape here.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from generators.errors import InputError

SCHEMA = 1


@dataclass(frozen=True)
class FactType:
    """A fact type: its identity fields (docs/contract.md), the fields that name people, its French label."""

    name: str
    key_fields: tuple[str, ...]
    people: tuple[str, ...]
    label: str


# Order is the order of facts of one sentence in the output. The key fields make up a fact's
# identity: a corrected value or a small edit elsewhere in the article keeps the id, and so the
# card's history.
TYPES: dict[str, FactType] = {
    t.name: t
    for t in (
        FactType("quantity", ("unit", "subject"), (), "quantité"),
        FactType("person_role", ("person", "role"), ("person",), "personne et fonction"),
        FactType(
            "succession", ("predecessor", "successor"), ("predecessor", "successor"), "succession"
        ),
        FactType("leads", ("leader", "entity"), ("leader",), "direction"),
        FactType("event", ("date_norm", "participants"), (), "événement daté"),
        FactType("quote", ("speaker", "text"), ("speaker",), "citation"),
        FactType("acronym", ("acronym",), (), "sigle"),
        FactType("action", ("actor", "verb", "object"), (), "action principale"),
    )
}
FACT_TYPES = tuple(TYPES)
KEY_FIELDS: dict[str, tuple[str, ...]] = {name: t.key_fields for name, t in TYPES.items()}


@dataclass(frozen=True)
class Kind:
    """A question kind: whether it offers options, how its answer is given, its French label."""

    name: str
    options: bool  # the question carries its choices (multiple choice, true/false)
    typed: bool  # the answer is typed and checked (numbers with a tolerance)
    label: str


BASIC, CLOZE, MCQ, NUMERIC, TRUEFALSE = "basic", "cloze", "mcq", "numeric", "truefalse"
KINDS: dict[str, Kind] = {
    k.name: k
    for k in (
        Kind(BASIC, False, False, "question"),
        Kind(CLOZE, False, False, "texte à trous"),
        Kind(MCQ, True, False, "choix multiple"),
        Kind(NUMERIC, False, True, "nombre"),
        Kind(TRUEFALSE, True, False, "vrai ou faux"),
    )
}


_BASE_KEYS = ("id", "type", "sentence", "start", "end")
_RECORD_KEYS = (*_BASE_KEYS, "display")


@dataclass(frozen=True)
class Fact:
    """One fact of an article: its type, type fields, and the sentence it came from."""

    type: str
    sentence: str
    start: int
    end: int
    fields: Mapping[str, Any] = field(default_factory=dict)
    id: str = ""
    # The sentence as a card shows it: without page furniture or reference marks ("" = sentence).
    display: str = ""

    def get(self, name: str, default: Any = None) -> Any:
        """Return the type field `name`, or `default`."""
        return self.fields.get(name, default)

    def to_dict(self) -> dict[str, Any]:
        """Return the fact as the JSON object of docs/contract.md."""
        out: dict[str, Any] = {"id": self.id, "type": self.type}
        out.update(self.fields)
        out.update({"sentence": self.sentence, "start": self.start, "end": self.end})
        if self.display and self.display != self.sentence:
            out["display"] = self.display
        return out

    @property
    def shown(self) -> str:
        """Return the sentence as a card shows it."""
        return self.display or self.sentence


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
            fact = replace(fact, id=f"{fact.id}-{count + 1}")
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
    fields = {k: v for k, v in data.items() if k not in _RECORD_KEYS}
    try:
        return Fact(
            str(data["type"]),
            str(data["sentence"]),
            int(data["start"]),
            int(data["end"]),
            fields,
            str(data["id"]),
            str(data.get("display") or ""),
        )
    except (TypeError, ValueError):
        raise InputError(
            f"{where}: fact {data.get('id')!r} has a non-numeric start or end"
        ) from None


def load_facts_document(text: str, where: str) -> tuple[dict[str, Any], list[Fact]]:
    """Parse a saved facts document (JSON or YAML) into its article header and facts."""
    import yaml

    from generators.files.yamlload import safe_load

    try:
        data = json.loads(text) if text.lstrip().startswith("{") else safe_load(text)
    except (json.JSONDecodeError, yaml.YAMLError) as exc:
        raise InputError(
            f"{where}: not valid JSON or YAML ({str(exc).splitlines()[0]}); save it with `factdeck facts`"
        ) from None
    except RecursionError:  # json.loads on thousands of nested brackets
        raise InputError(f"{where}: nested too deeply; save it with `factdeck facts`") from None
    if isinstance(data, list):
        data = {"article": {}, "facts": data}
    if not isinstance(data, dict) or not isinstance(data.get("facts"), list):
        raise InputError(
            f"{where}: expected an object with a `facts` list; save it with `factdeck facts`"
        )
    return dict(data.get("article") or {}), [fact_from_dict(item, where) for item in data["facts"]]


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
    deck: str = ""  # the subdeck it goes in (a theme's `Thème::Article`); "" = the deck's own

    def to_dict(self) -> dict[str, Any]:
        """Return the question as the JSON object of docs/contract.md."""
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
            "score": self.score,
            **({"deck": self.deck} if self.deck else {}),
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
        score=float(data.get("score") or 0.0),
        deck=str(data.get("deck") or ""),
    )


@dataclass(frozen=True)
class Selection:
    """What a recipe or the command line keeps of the templates' questions."""

    templates: tuple[str, ...] = ()  # template ids or fact types; () = all
    kinds: tuple[str, ...] = ()  # question kinds; () = all
    limit: int | None = None  # keep the best N
    tags: tuple[str, ...] = ()  # added to every question
    per_fact: int | None = None  # questions kept per fact (None: the default budget; 0: all)


@dataclass(frozen=True)
class Deck:
    """Questions ready for a writer: the deck's name, its article, tags and the build's date."""

    name: str
    questions: tuple[Question, ...]
    article: Mapping[str, Any]
    timestamp: int
    tags: tuple[str, ...] = ()
    description: str = ""
    template_dirs: tuple[str, ...] = ()  # --templates folders, whose card overrides apply
    # A theme's subdecks: subdeck name → the header of its article (questions name theirs in .deck).
    articles: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    prune: bool = False  # leave out the questions of the previous build that are gone (no retired)


@dataclass(frozen=True)
class DeckQuestions:
    """The questions of one quiz source (a built deck, a recipe or an article) and its title."""

    key: str
    title: str
    questions: list[Question]
