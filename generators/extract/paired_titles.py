"""Titles joined by « et »: a second title after a first one, and two titles before two names.

« du triple champion d'Europe et vice-champion du monde, A B »: both titles are A B's
(`coordinated_title`). « La présidente et le trésorier du club, Anne Roy et Paul Lenoir, … » names
the president first and the treasurer second: the second title is the second name's, never the
first name's, which stands right after the comma (`paired_holder`). With one name only after the
comma (« … et le chef de l'État, Paul Lenoir, ») the title is that name's, as any title's.
"""

from __future__ import annotations

from typing import Any

from generators.extract.names import Mention, NameIndex
from generators.extract.roles import extend_role
from generators.extract.titles import is_modifier, title_end


def coordinated_title(doc: Any, stop: int, index: NameIndex, offset: int) -> tuple[int, int] | None:
    """Return the bounds of a second title after « et » ending a first one at `stop`, or None."""
    if stop + 1 >= len(doc) or doc[stop].lower_ != "et":
        return None
    p = stop + 1
    while p < len(doc) and is_modifier(doc[p]):
        p += 1
    if p >= len(doc) or not doc[p].is_lower or title_end(doc, p) < 0:
        return None
    return p, extend_role(doc, title_end(doc, p), index, offset)


def paired_holder(doc: Any, q: int, det: int, offset: int, index: NameIndex) -> Mention | None:
    """Return who holds the title whose determiner is at `det`, named from token `q` on: the name
    there, or — the title coming second after « et » and two names joined by « et » — the second."""
    first = index.mention_at(offset + doc[q].idx) if q < len(doc) else None
    if first is None or det == 0 or doc[det - 1].lower_ != "et":
        return first
    after = next((t for t in doc[q:] if t.idx >= first.end - offset), None)
    if after is None or after.lower_ != "et" or after.i + 1 >= len(doc):
        return first  # « … et le chef de l'État, A »: one title, one name
    second = index.mention_at(offset + doc[after.i + 1].idx)
    return second if second is not None and second.start == offset + doc[after.i + 1].idx else first
