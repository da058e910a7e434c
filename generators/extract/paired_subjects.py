"""Two people joined in one subject (« A et B ont … »): which of them a later « il » / « elle »
of an attribution is, when their genders tell them apart; else no one."""

from __future__ import annotations

from typing import Any

from generators.extract.names import NameIndex


def paired(subj: Any, offset: int, index: NameIndex) -> bool:
    """Tell whether a subject joins two people by « et » / « ou » (« A et B »)."""
    return any(_joined(c) for c in subj.children) or _pair_named(subj, offset, index)


def _joined(tok: Any) -> bool:
    """Tell whether `tok` is a name joined by « et » / « ou » to the subject (« A et B »)."""
    return (
        tok.dep_ == "conj"
        and tok.pos_ == "PROPN"
        and any(c.dep_ == "cc" and c.lower_ in ("et", "ou") for c in tok.children)
    )


def _pair_named(subj: Any, offset: int, index: NameIndex) -> bool:
    """Tell whether a subject phrase joins two people by « et » / « ou » (« A et B », which the
    parse may hang under the last word of A's name)."""
    if not any(t.dep_ == "cc" and t.lower_ in ("et", "ou") for t in subj.subtree):
        return False
    return len(_subject_people(subj, offset, index)) > 1


def _subject_people(subj: Any, offset: int, index: NameIndex) -> set[str]:
    edge = subj.right_edge
    named = index.mentions_in(offset + subj.left_edge.idx, offset + edge.idx + len(edge))
    return {m.full for m in named}


def one_of_gender(subj: Any, offset: int, index: NameIndex, gender: str) -> str | None:
    """Return the one person of « A et B » of the pronoun's gender when the other's gender is
    known to differ (« Léa Roy et Paul Vidal … . « … », reconnaît-elle »); else None (unsure)."""
    people = _subject_people(subj, offset, index)
    same = [p for p in people if index.gender(p) == gender]
    others = [p for p in people if p not in same]
    known = all(index.gender(p) not in (None, gender) for p in others)
    return same[0] if len(people) > 1 and len(same) == 1 and known else None
