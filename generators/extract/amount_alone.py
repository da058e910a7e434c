"""A number kept without a unit, told by the subject of its clause: an amount whose scale word
says it is one (« la dette atteint 26 milliards »), or a value of a rate (« le taux de fécondité
est passé de 1,54 à 1,60 », lexicon quantity_rate_subjects)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from generators import lexicon
from generators.extract.amounts import Quantity, head_phrase

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_SUBJECT_STEPS = 4  # heads walked up from an amount to the verb whose subject it is about


def scaled_alone(doc: Doc, quantity: Quantity, sent: Span) -> bool:
    """Keep « la dette atteint 26 milliards » without a unit: a scale word makes it an amount whose
    noun the article leaves implied; what it is about is the subject of its clause (« dette »).
    Without such a subject, or glued to a name (« Paris 2 millions »), it is dropped."""
    before = doc[quantity.start - 1] if quantity.start > sent.start else None
    if before is not None and (before.pos_ == "PROPN" or before.text[:1].isupper()):
        return False
    for subject in _subjects_above(doc[quantity.end - 1]):
        if subject is not None:
            quantity.extra["subject"] = head_phrase(subject)
            return True
    return False


def rate_alone(doc: Doc, quantity: Quantity, sent: Span) -> bool:
    """Keep a bare number whose clause's subject is a rate (« le taux de chômage est passé de 9,1
    à 8,7 », « alors que le taux se situait à 2,75 »): its subject is the rate's phrase."""
    subject = next(_subjects_above(doc[quantity.end - 1]), None)
    if subject is None or subject.lemma_.lower() not in lexicon.word_set("quantity_rate_subjects"):
        return False
    quantity.extra.update(subject=head_phrase(subject), rate=True)
    return True


def _subjects_above(tok: Any) -> Iterator[Any]:
    """Yield the noun or name subject (or None) of each verb above `tok`, at most _SUBJECT_STEPS
    heads up."""
    for _ in range(_SUBJECT_STEPS):
        if tok.head.i == tok.i:
            return
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            nouns = (c for c in tok.children if c.dep_.startswith("nsubj"))
            yield next((c for c in nouns if c.pos_ in ("NOUN", "PROPN")), None)
