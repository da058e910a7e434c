"""No exception escapes question making: every bundled template on random sentences and fields."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generators.questions import generate
from generators.questions.templates import load_templates
from generators.records import TYPES, Fact

TEMPLATES = list(load_templates().values())

# Invented words of the shapes question making looks at: determiners opening a subject, verbs
# the object question inverts, numbers in digits and words, hedges, names, quotes, punctuation.
WORDS_TEXT = (
    "Les Le La L' les le la l' un une des du de d' au aux à en et qui que dont "
    "deux trois 12 300 1 200 2,5 millions milliard environ plus moins près quelque "
    "hommes coureurs usine société vélos emplois habitants % euros ans "
    "a ont doit doivent va compte sont est était ont-ils arrivés créer vendu nommé nommée "
    "dirige dirigée par succède succédé remplace président présidente ministre général "
    "Marie Lefèvre Paul Girard Jean M. Mme Brévanne ONU CNRS hier lundi cette il elle "
    "« » , ; : ( ) – . ? ! …"
)
WORDS = WORDS_TEXT.split()
SENTENCE = st.lists(st.sampled_from(WORDS), min_size=0, max_size=30).map(" ".join)
TRUNCATED = st.tuples(SENTENCE, st.integers(min_value=0, max_value=200)).map(
    lambda pair: pair[0][: pair[1]]
)
ANY_TEXT = st.one_of(SENTENCE, TRUNCATED, st.text(max_size=60))
NAME = st.one_of(
    st.sampled_from(["Marie Lefèvre", "Paul Girard", "M. Girard", "ONU", "la société Alvéa"]),
    ANY_TEXT,
)
NUMBER = st.one_of(
    st.none(),
    st.integers(min_value=-10, max_value=10**10),
    st.floats(allow_nan=False, allow_infinity=False, min_value=-1e12, max_value=1e12),
)
DATE_NORM = st.one_of(
    st.none(),
    st.sampled_from(["2021", "2021-03", "2021-03-01", "2021-13", "2021-02-31", "21", ""]),
    st.text(max_size=12),
)
GENDER = st.one_of(st.none(), st.sampled_from(["m", "f", "masc", "fem", "p", "s", ""]))

# Fields of each fact type as docs/contract.md types them, with the extras extraction adds.
CONTRACT_FIELDS: dict[str, dict[str, Any]] = {
    "quantity": {
        "value": NUMBER,
        "value_max": NUMBER,
        "approx": st.booleans(),
        "bound": st.sampled_from([None, "lower", "upper"]),
        "unit": ANY_TEXT,
        "text": ANY_TEXT,
        "subject": ANY_TEXT,
        "unit_gender": GENDER,
    },
    "person_role": {"person": NAME, "aliases": st.lists(NAME, max_size=3), "role": ANY_TEXT},
    "succession": {
        "role": ANY_TEXT,
        "predecessor": NAME,
        "successor": NAME,
        "date": st.one_of(st.none(), ANY_TEXT),
        "date_norm": DATE_NORM,
        "successor_gender": GENDER,
    },
    "leads": {
        "leader": NAME,
        "entity": NAME,
        "via": st.sampled_from(["verb", "title", ""]),
        "verb": ANY_TEXT,
    },
    "event": {
        "date": ANY_TEXT,
        "date_norm": DATE_NORM,
        "year_inferred": st.booleans(),
        "what": ANY_TEXT,
        "participants": st.lists(NAME, max_size=3),
    },
    "quote": {
        "speaker": st.one_of(st.none(), NAME),
        "text": ANY_TEXT,
        "marked": st.booleans(),
    },
    "acronym": {"acronym": ANY_TEXT, "expansion": st.one_of(st.none(), ANY_TEXT)},
    "action": {
        "actor": NAME,
        "actor_is_person": st.booleans(),
        "verb": st.sampled_from(["remporter", "mourir", "adopter", "rapporter", ""]),
        "kind": st.sampled_from(["win", "death", "decision", "figure", "appointment", ""]),
        "voice": st.sampled_from(["active", "passive"]),
        "predicate": st.sampled_from(["a remporté", "est morte", "ont adopté", "a été nommé", ""]),
        "object": st.one_of(st.none(), ANY_TEXT),
        "complement": st.one_of(st.none(), ANY_TEXT),
        "agent": st.one_of(st.none(), NAME),
        "date": st.one_of(st.none(), ANY_TEXT),
        "place": st.one_of(st.none(), ANY_TEXT),
        "age": st.one_of(st.none(), ANY_TEXT),
        "among": st.one_of(st.none(), st.sampled_from(["chez les femmes", "chez les juniors"])),
        "gender": GENDER,
        "number": st.sampled_from(["sg", "pl", ""]),
        "weight": NUMBER,
        "confidence": NUMBER,
    },
}
JUNK = st.recursive(
    st.one_of(st.none(), st.booleans(), NUMBER, ANY_TEXT),
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=6,
)


@st.composite
def facts(draw: Any, *, junk: bool = False) -> list[Fact]:
    """Draw a few facts of random types on random (often truncated) sentences."""
    found: list[Fact] = []
    for number in range(draw(st.integers(min_value=1, max_value=5))):
        fact_type = draw(st.sampled_from(list(TYPES)))
        sentence = draw(ANY_TEXT)
        shapes = CONTRACT_FIELDS[fact_type]
        fields = {
            name: draw(JUNK if junk and draw(st.booleans()) else strategy)
            for name, strategy in shapes.items()
            if draw(st.integers(min_value=0, max_value=5))  # a field is sometimes missing
        }
        display = draw(st.one_of(st.just(""), ANY_TEXT))
        fact_id = f"art:{fact_type}:{number}{draw(st.sampled_from('0123456789abcdef'))}"
        found.append(Fact(fact_type, sentence, 0, len(sentence), fields, fact_id, display))
    return found


HEADER = st.fixed_dictionaries(
    {"title": ANY_TEXT, "slug": st.sampled_from(["art", ""]), "date": DATE_NORM}
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(drawn=facts(), header=HEADER)
def test_no_error_on_contract_shaped_facts(drawn: list[Fact], header: dict[str, Any]) -> None:
    result = generate(drawn, TEMPLATES, header=header)
    failures = [r for r in result.rejected if r.traceback]
    assert not failures, failures[0].traceback


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(drawn=facts(junk=True), header=HEADER)
def test_no_exception_escapes_on_any_fields(drawn: list[Fact], header: dict[str, Any]) -> None:
    result = generate(drawn, TEMPLATES, header=header)
    for rejection in result.rejected:
        if rejection.traceback:
            assert rejection.reason.startswith(("internal error: ", "template error: "))
            assert rejection.question.fact_id in {f.id for f in drawn}


def test_a_two_word_subject_before_a_number_makes_questions() -> None:
    sentence = "Les trois coureurs sont partis tôt."
    fact = Fact(
        "quantity",
        sentence,
        0,
        len(sentence),
        {"value": 3, "unit": "coureurs", "text": "trois coureurs", "subject": "coureurs"},
        "art:quantity:1",
    )
    result = generate([fact], TEMPLATES, header={"slug": "art"}, per_fact=0)
    assert not [r for r in result.rejected if r.traceback]
    assert result.kept
