"""Every fact carries a `confidence` (0–1) from the evidence its rule had; it never changes ids."""

from __future__ import annotations

from typing import Any

import pytest

from generators.extract import confidence
from generators.records import TYPES, fact_id


def test_every_seed_fact_has_a_confidence_between_0_and_1(seed_facts: Any) -> None:
    assert seed_facts
    for fact in seed_facts:
        assert 0.0 <= fact.get("confidence") <= 1.0, fact


def test_confidence_is_no_key_field(seed_facts: Any) -> None:
    for fact in seed_facts[:40]:
        fields = {k: v for k, v in fact.fields.items() if k != "confidence"}
        assert fact_id("x", fact.type, fields) == fact_id("x", fact.type, dict(fact.fields))


def test_table_rates_every_scored_type_with_a_default() -> None:
    for fact_type in TYPES:
        if fact_type != "action":  # rated by its own rule (weight of the clause)
            assert 0.0 < confidence.value(fact_type) <= 1.0


def test_an_unknown_evidence_fails_loudly() -> None:
    with pytest.raises(KeyError):
        confidence.value("quote", "hunch")


def test_a_named_speaker_is_surer_than_a_pronoun_or_none() -> None:
    named, pronoun, none = (
        confidence.value("quote", e) for e in ("named", "pronoun", "unresolved")
    )
    assert named > pronoun > none
