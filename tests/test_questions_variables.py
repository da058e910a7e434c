"""Template variables per fact type: every declared type has its function, a missing one fails loudly."""

from __future__ import annotations

import pytest

from generators.questions.index import ArticleIndex
from generators.questions.variables import (
    COMMON_VARIABLES,
    VARIABLES,
    build_context,
    variable_names,
    variables_of,
)
from generators.records import TYPES, Fact


def test_every_fact_type_has_its_variables() -> None:
    assert set(VARIABLES) == set(TYPES)
    assert all(VARIABLES[name] for name in TYPES)


def test_a_fact_type_without_variables_fails_loudly() -> None:
    with pytest.raises(LookupError, match="'weather' has no template variables"):
        variable_names([*TYPES, "weather"])
    with pytest.raises(LookupError, match=r"generators/questions/variables\.py"):
        build_context(Fact("weather", "Il pleut.", 0, 9), ArticleIndex.build([], {}))


@pytest.mark.parametrize("fact_type", list(TYPES))
def test_a_context_gives_exactly_the_declared_names(fact_type: str) -> None:
    fact = Fact(fact_type, "La société a vendu 300 vélos en 2021.", 0, 37, {"text": "300 vélos"})
    context = build_context(fact, ArticleIndex.build([fact], {}))
    assert set(context) == set(COMMON_VARIABLES) | set(variables_of(fact_type).names)
