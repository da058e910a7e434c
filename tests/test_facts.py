"""Fact ids are stable across small edits and value corrections; documents round-trip."""

from __future__ import annotations

import json

import pytest

from generators.errors import InputError
from generators.records import fact_id, facts_document, load_facts_document, make_fact


def test_id_depends_on_key_fields_only() -> None:
    a = fact_id("s", "quantity", {"unit": "soldats", "subject": "soldats déployés", "value": 500})
    b = fact_id("s", "quantity", {"unit": "soldats", "subject": "soldats déployés", "value": 550})
    c = fact_id("s", "quantity", {"unit": "euros", "subject": "soldats déployés", "value": 500})
    assert a == b
    assert a != c


def test_id_ignores_case_accents_and_apostrophes() -> None:
    a = fact_id("s", "leads", {"leader": "Élise Durand", "entity": "l’agence"})
    b = fact_id("s", "leads", {"leader": "elise durand", "entity": "l'agence"})
    assert a == b


def test_id_depends_on_slug() -> None:
    fields = {"acronym": "SNCF"}
    assert fact_id("a", "acronym", fields) != fact_id("b", "acronym", fields)


def test_quote_id_keeps_first_words() -> None:
    a = fact_id(
        "s",
        "quote",
        {"speaker": "A", "text": "Nous irons jusqu'au bout de ce projet, quoi qu'il arrive"},
    )
    b = fact_id(
        "s",
        "quote",
        {"speaker": "A", "text": "Nous irons jusqu'au bout de ce projet, quoiqu'il arrive"},
    )
    assert a == b


def test_document_round_trip() -> None:
    fact = make_fact("s", "acronym", "La SNCF roule.", 0, 14, acronym="SNCF", expansion=None)
    doc = facts_document({"slug": "s"}, [fact])
    header, facts = load_facts_document(json.dumps(doc), "x.json")
    assert header == {"slug": "s"}
    assert facts == [fact]
    assert doc["facts"][0]["id"] == fact.id


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{not json", "x.json: not valid JSON or YAML"),
        ("facts: 3\n", "x.json: expected an object with a `facts` list"),
        ('{"facts": [{"type": "acronym"}]}', "x.json: a fact lacks id, sentence, start, end"),
    ],
)
def test_bad_facts_documents(text: str, message: str) -> None:
    with pytest.raises(InputError) as info:
        load_facts_document(text, "x.json")
    assert message in str(info.value)
