"""« C'est X qui a remporté la course »: the cleft puts its focus X forward as the subject."""

from __future__ import annotations

from typing import Any


def clefted(verb: Any) -> Any:
    """Return the name a cleft puts forward as the subject of `verb` (« C'est Léa Morel qui a
    gagné », « Ce sont les Bleus qui … »), or None: the verb heads the relative clause of a
    sentence opening on « c'est » / « ce sont », its subject is « qui », and the focus is a name
    (« C'est un homme qui … » names nobody to ask about)."""
    head = verb.head
    if verb.dep_ != "acl:relcl" or not any(
        c.lower_ == "qui" and c.dep_ == "nsubj" for c in verb.children
    ):
        return None
    opening = [t for t in verb.sent if not t.is_punct][:2]
    cleft = len(opening) == 2 and opening[0].lower_ in ("c'", "c’", "ce")
    cleft = cleft and opening[1].lemma_ == "être" and opening[1].i < head.i
    return head if cleft and head.text[:1].isupper() else None
