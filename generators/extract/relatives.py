"""Relative clauses: the noun phrase a subject « qui » stands for (« X, qui déclare que … »)."""

from __future__ import annotations

from typing import Any

from generators.extract.names import NameIndex

_NOMINAL = ("NOUN", "PROPN")
_PHRASE_LINKS = ("nmod", "flat:name", "flat", "appos", "amod")


def is_relative_subject(tok: Any) -> bool:
    """Tell whether `tok` is the relative pronoun « qui » as a subject."""
    return bool(tok.lower_ == "qui" and tok.pos_ == "PRON" and tok.dep_.startswith("nsubj"))


def relative_antecedent(doc: Any, qui: Any, offset: int, index: NameIndex) -> Any:
    """Return the head of the noun phrase right before a subject « qui » (past one comma), a
    person's name as a span, or None.

    French puts the antecedent of « qui » right before it: « l'hôpital de la ville qui souhaitait
    … » is the hospital, « le chef du parti Marc Roy, qui déclare … » is Marc Roy. A person named
    last in the phrase is the antecedent (a name the index missed is taken as written); else a
    place or body name climbs to the common noun it completes (« l'hôpital de Lyon »), and no
    further: « l'initiative de l'hôpital qui … » is the hospital's. Anything else before « qui »
    (a verb, a figure, a closing mark) gives no antecedent.
    """
    k = qui.i - 1
    if k >= 0 and doc[k].text == ",":
        k -= 1
    if k < 0 or doc[k].pos_ not in _NOMINAL or doc[k].sent.start != qui.sent.start:
        return None
    tok = doc[k]
    mention = index.mention_at(offset + tok.idx)
    if mention is not None:
        return next(t for t in doc[tok.sent.start : tok.i + 1] if offset + t.idx >= mention.start)
    if tok.ent_type_ == "PER":
        return next(e for e in doc.ents if e.start <= tok.i < e.end)  # a person not indexed
    while (
        tok.pos_ == "PROPN"
        and tok.dep_ in _PHRASE_LINKS
        and tok.head.i < tok.i
        and tok.head.pos_ in _NOMINAL
        and tok.head.sent.start == tok.sent.start
    ):
        tok = tok.head
    return tok
