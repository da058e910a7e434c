"""Clauses that tell no fact yet: a condition (« si »), and futures the tagger misreads."""

from __future__ import annotations

from typing import Any


def hypothetical(tok: Any) -> bool:
    """Tell a clause under a condition (« S'il gagne, il battra le record »): no fact yet."""
    return any(
        c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in ("si", "s'", "s’") for m in c.children)
        for c in tok.children
    )


def future_form(tok: Any) -> bool:
    """Tell a future the tagger read as another tense by its form: the infinitive (without the
    final « e » of « -re ») and a future ending (« battra », « déclarerons », « finiront »)."""
    lemma = tok.lemma_.lower()
    stem = lemma[:-1] if lemma.endswith("re") else lemma
    word = tok.lower_
    return (
        lemma.endswith(("er", "ir", "re"))
        and word.startswith(stem)
        and word[len(stem) :] in ("ai", "as", "a", "ons", "ez", "ont")
    )
