"""Factors: « la demande a été multipliée par 5 », « les ventes divisées par deux ».

A number after « par » that completes a verb of lexicon quantity_factor_verbs counts how many times
something grew or shrank: a quantity whose unit is « fois », whose text starts at the verb and whose
subject is the verb's subject (« la demande »).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from generators import lexicon
from generators.extract.amounts import Quantity, head_phrase

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


def read_factor(doc: Doc, quantity: Quantity, sent: Span) -> bool:
    """Read the factor of a verb of lexicon quantity_factor_verbs before « par » and the number."""
    verb = quantity.start - 2
    if (
        verb < sent.start
        or quantity.value_max is not None
        or doc[quantity.start - 1].lower_ != "par"
        or doc[verb].lemma_.lower() not in lexicon.word_set("quantity_factor_verbs")
    ):
        return False
    quantity.unit_text = "fois"
    quantity.extra["text_start"] = verb
    head = doc[verb]
    for _ in range(3):  # « la luminosité s'est retrouvée multipliée par 3 »: the subject of the
        subject = next((c for c in head.children if c.dep_.startswith("nsubj")), None)
        if subject is not None or head.dep_ != "xcomp":  # verb the participle completes
            break
        head = head.head
    if subject is not None and subject.pos_ in ("NOUN", "PROPN"):
        quantity.extra["subject"] = head_phrase(subject)
    return True
