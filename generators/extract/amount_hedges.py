"""The hedges and bounds of a quantity (« environ », « plus de », « avoisinent les »), and the
span of its text."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from generators import lexicon
from generators.extract import amount_marks
from generators.extract.amounts import Quantity, compound_units, end_of_unit, phrase_lists
from generators.extract.tokens import span_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


def read_hedges(doc: Doc, quantity: Quantity, sent: Span) -> None:
    """Find hedges and bounds before the number and « environ » after it; set the text span."""
    quantity.char_start = doc[quantity.extra.get("prefix", quantity.start)].idx
    if (
        quantity.value_max is not None
        and quantity.start > sent.start
        and doc[quantity.start - 1].lower_ in ("entre", "de")
    ):
        quantity.char_start = doc[quantity.start - 1].idx  # « entre 800 et 900 hommes »
    last = end_of_unit(quantity)
    closing = doc[last - 1].text
    ending = all(t.is_space for t in doc[last : sent.end]) or closing[:-1] in compound_units()
    if len(closing) > 1 and closing.endswith(".") and ending:
        closing = closing[:-1]  # « 23 s. »: the sentence's full stop is no part of the unit
    quantity.char_end = doc[last - 1].idx + len(closing)
    text = span_text(sent)
    before = text[: quantity.char_start - sent.start_char].lower()
    for name, kind in (
        ("quantity_lower_bounds", "lower"),
        ("quantity_upper_bounds", "upper"),
        ("quantity_hedges", "approx"),
    ):
        phrase = _ending_phrase(before, phrase_lists(name))
        if phrase:
            quantity.char_start -= len(before) - len(before.rstrip()) + len(phrase)
            if kind == "approx":
                quantity.approx = True
            else:
                quantity.bound = kind
            break
    if "text_start" in quantity.extra:  # « au nombre de cinq »
        quantity.char_start = min(quantity.char_start, doc[quantity.extra["text_start"]].idx)
    _hedge_verb(doc, quantity, sent)
    after = text[quantity.char_end - sent.start_char :].lower()
    for phrase in phrase_lists("quantity_postposed_hedges"):
        matched = re.match(rf"\s*,?\s*{re.escape(phrase)}\b", after)
        if matched and not amount_marks.opens_phrase(after[matched.end() :]):
            quantity.approx = True
            quantity.char_end += after.index(phrase) + len(phrase)
            break


def _ending_phrase(before: str, phrases: tuple[str, ...]) -> str | None:
    """Return the phrase of `phrases` that ends `before` (as whole words), or None."""
    stripped = before.rstrip()
    for phrase in phrases:
        if stripped.endswith(phrase) and (
            len(stripped) == len(phrase) or not stripped[-len(phrase) - 1].isalnum()
        ):
            return phrase
    return None


def _hedge_verb(doc: Doc, quantity: Quantity, sent: Span) -> None:
    """Mark « avoisineraient les 850 000 F » approximate from the verb's lemma."""
    k = quantity.start - 1
    while k >= sent.start and doc[k].pos_ == "DET":
        k -= 1
    if k >= sent.start and doc[k].lemma_.lower() in lexicon.word_set("quantity_hedge_verbs"):
        quantity.approx = True
