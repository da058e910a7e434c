"""The project's own port of the fact scorer: same matching rules, per-type and overall P/R/F1.

A gold fact matches a predicted one of the same type when (strict mode):
- quantity: same value (approx flag equal), and unit overlap or the predicted text inside the gold
  sentence; a gold quantity without value matches on the surface text;
- person_role: same person (full name, last name or containment) and role overlap (Jaccard ≥ 0.5
  or containment);
- succession: same predecessor and successor names;
- event: same date (month/day only when the gold year is inferred) and a similar description or
  sentence;
- quote: the first five words of the predicted text in the gold sentence, and the same speaker;
- leads: same leader and a similar entity;
- acronym: the same letters, and the expansion when the gold gives one.
Optional gold facts never count as misses; predictions that match them are neutral.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

TYPES = ("quantity", "person_role", "succession", "event", "quote", "leads", "acronym")
STOP = frozenset(
    [
        "le",
        "la",
        "les",
        "l",
        "de",
        "du",
        "des",
        "d",
        "un",
        "une",
        "et",
        "à",
        "a",
        "au",
        "aux",
        "en",
        "pour",
        "par",
        "sur",
        "dans",
        "qui",
        "que",
        "the",
        "of",
    ]
)

Fact = Mapping[str, Any]


def norm(value: Any) -> str:
    """Return `value` lower-cased, without accents or punctuation, words single-spaced."""
    text = str(value or "").replace("\u2019", "'").replace("\u02bc", "'")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9%]+", " ", text).strip()


def words(value: Any) -> set[str]:
    """Return the content words of `value`."""
    return {w for w in norm(value).split() if w not in STOP}


def jaccard(a: Any, b: Any) -> float:
    """Return the Jaccard overlap of the content words of `a` and `b`."""
    left, right = words(a), words(b)
    return len(left & right) / len(left | right) if left | right else 0.0


def contains(a: Any, b: Any) -> bool:
    """Return whether one normalized text contains the other (both non-empty)."""
    left, right = norm(a), norm(b)
    return bool(left) and bool(right) and (left in right or right in left)


def name_match(predicted: Any, gold_names: Iterable[Any]) -> bool:
    """Return whether a predicted name is a gold name, its last name, or contains it."""
    p = norm(predicted)
    for name in gold_names:
        g = norm(name)
        if p == g or (p and g and p.split()[-1] == g.split()[-1]) or contains(p, g):
            return True
    return False


def same_value(a: Any, b: Any) -> bool:
    """Return whether two numbers are equal up to a relative 1e-6."""
    if a is None or b is None:
        return False
    return abs(float(a) - float(b)) <= 1e-6 * max(1.0, abs(float(b)))


def date_ok(p: Fact, g: Fact) -> bool:
    """Return whether the dates agree: ISO forms, month/day only when the gold year is inferred."""
    pn, gn = str(p.get("date_norm") or ""), str(g.get("date_norm") or "")
    if pn and gn:
        if g.get("year_inferred"):
            return pn[4:] == gn[4:] if len(gn) > 4 else pn == gn
        return pn == gn
    return norm(p.get("date")) == norm(g.get("date"))


def _quantity(p: Fact, g: Fact, strict: bool) -> bool:
    if g.get("value") is None:
        return bool(p.get("text")) and contains(p.get("text"), g.get("text"))
    if not same_value(p.get("value"), g.get("value")):
        return False
    if strict and bool(p.get("approx")) != bool(g.get("approx")):
        return False
    unit_ok = (
        jaccard(p.get("unit"), g.get("unit")) > 0
        or norm(p.get("unit"))[:3] == norm(g.get("unit"))[:3]
    )
    return unit_ok or bool(p.get("text") and norm(p.get("text")) in norm(g["sentence"]))


def _quote(p: Fact, g: Fact, strict: bool) -> bool:
    head = " ".join(norm(p.get("text")).split()[:5])
    speaker = g.get("speaker")
    speaker_ok = (speaker is None and not p.get("speaker")) or (
        speaker is not None and name_match(p.get("speaker"), [speaker])
    )
    return bool(head) and head in norm(g["sentence"]) and (speaker_ok or not strict)


def _acronym(p: Fact, g: Fact, strict: bool) -> bool:
    ok = norm(p.get("acronym")).replace(" ", "") == norm(g["acronym"]).replace(" ", "")
    if ok and strict and g.get("expansion"):
        ok = contains(p.get("expansion"), g["expansion"])
    return ok


def match(fact_type: str, p: Fact, g: Fact, strict: bool = True) -> bool:
    """Return whether prediction `p` matches gold fact `g` of `fact_type`."""
    if fact_type == "quantity":
        return _quantity(p, g, strict)
    if fact_type == "person_role":
        names = [g.get("person"), *(g.get("aliases") or [])]
        return name_match(p.get("person"), names) and (
            jaccard(p.get("role"), g["role"]) >= 0.5 or contains(p.get("role"), g["role"])
        )
    if fact_type == "succession":
        return name_match(p.get("predecessor"), [g["predecessor"]]) and name_match(
            p.get("successor"), [g["successor"]]
        )
    if fact_type == "event":
        similar = jaccard(p.get("what"), g["what"]) >= 0.2
        return date_ok(p, g) and (
            similar or bool(p.get("sentence") and jaccard(p["sentence"], g["sentence"]) >= 0.6)
        )
    if fact_type == "quote":
        return _quote(p, g, strict)
    if fact_type == "leads":
        entity_ok = (
            contains(p.get("entity"), g["entity"]) or jaccard(p.get("entity"), g["entity"]) >= 0.5
        )
        return name_match(p.get("leader"), [g["leader"]]) and entity_ok
    if fact_type == "acronym":
        return _acronym(p, g, strict)
    return False


@dataclass
class Counts:
    """True positives, false positives and false negatives of one fact type."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _best_match(p: Fact, gold: Sequence[Fact], used: set[int], strict: bool) -> int | None:
    """Return the index of the gold fact `p` matches, required facts first, or None."""
    for optional in (False, True):
        for i, g in enumerate(gold):
            if (
                i not in used
                and g["type"] == p.get("type")
                and bool(g.get("optional")) == optional
                and match(g["type"], p, g, strict)
            ):
                return i
    return None


def score(
    pairs: Iterable[tuple[Sequence[Fact], Sequence[Fact]]], strict: bool = True
) -> dict[str, Counts]:
    """Return counts per fact type and under "ALL" for (gold, predicted) pairs of fact lists."""
    totals: dict[str, Counts] = {}
    for gold, predicted in pairs:
        used: set[int] = set()
        for p in predicted:
            if p.get("type") not in TYPES:
                continue
            counts = totals.setdefault(p["type"], Counts())
            hit = _best_match(p, gold, used, strict)
            if hit is None:
                counts.fp += 1
                continue
            used.add(hit)
            if not gold[hit].get("optional"):
                counts.tp += 1
        for i, g in enumerate(gold):
            if i not in used and not g.get("optional"):
                totals.setdefault(g["type"], Counts()).fn += 1
    everything = Counts()
    for counts in totals.values():
        everything.tp, everything.fp, everything.fn = (
            everything.tp + counts.tp,
            everything.fp + counts.fp,
            everything.fn + counts.fn,
        )
    totals["ALL"] = everything
    return totals


def table(totals: Mapping[str, Counts]) -> str:
    """Return a readable table of the counts (for assertion messages)."""
    rows = [
        f"{t:12s} tp={c.tp:3d} fp={c.fp:3d} fn={c.fn:3d} P={c.precision:.3f} R={c.recall:.3f} F1={c.f1:.3f}"
        for t, c in sorted(totals.items())
    ]
    return "\n".join(rows)
