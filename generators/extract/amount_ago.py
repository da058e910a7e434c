"""A span of time counted back from the article's day (« il y a trois semaines », « voilà dix
jours que »): a relative date, not a quantity worth a card."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from generators import lexicon
from generators.extract.amounts import Quantity, end_of_unit

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_LOOK_BACK = 8  # tokens before the number: a marker (4 words at most) and a hedge (4 at most)


def _token_lists(name: str) -> tuple[tuple[str, ...], ...]:
    """Return the phrases of lexicon `name` as lower-case token tuples (« près d' » → près, d')."""
    return tuple(tuple(p.lower().replace("'", "' ").split()) for p in lexicon.words(name))


@functools.cache
def _markers() -> tuple[tuple[str, ...], ...]:
    return _token_lists("quantity_ago_markers")


@functools.cache
def _hedges() -> tuple[tuple[str, ...], ...]:
    names = ("quantity_hedges", "quantity_lower_bounds", "quantity_upper_bounds")
    return ((), *(p for name in names for p in _token_lists(name)))


def relative_date(doc: Doc, quantity: Quantity, sent: Span) -> bool:
    """Return whether the quantity is a span of time after « il y a », « voilà », « cela fait »
    (a hedge or bound may sit between): a date told from the article's day."""
    unit = quantity.unit
    if unit is None or quantity.has_scale != 1 or quantity.value_max is not None:
        return False
    if unit.root.lower_ not in lexicon.word_set("quantity_duration_units"):
        return False
    end = end_of_unit(quantity)
    if end + 1 < sent.end and doc[end].lower_ in ("de", "d'") and doc[end + 1].pos_ == "NOUN":
        return False  # « il y a trois jours de grève »: what there is, not when
    before = tuple(
        t.lower_ for t in doc[max(sent.start, quantity.start - _LOOK_BACK) : quantity.start]
    )
    return any(
        _ends_with(before[: len(before) - len(hedge)], marker)
        for hedge in _hedges()
        if _ends_with(before, hedge)
        for marker in _markers()
    )


def _ends_with(words: tuple[str, ...], tail: tuple[str, ...]) -> bool:
    return len(words) >= len(tail) and words[len(words) - len(tail) :] == tail
