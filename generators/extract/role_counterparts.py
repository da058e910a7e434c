"""« son homologue » : the post of the possessor, held elsewhere.

« Le premier ministre belge A a reçu son homologue néerlandais B » → B: « premier ministre
néerlandais » (the possessor's title, the homologue's nationality in place of the possessor's).
« La ministre de la Santé A a rencontré son homologue B » → B: « ministre de la Santé » (a
complement naming no place is kept; « maire de Lyon » → « maire »). Only when the sentence gives
one person a present title before the noun (lexicon people_counterpart_nouns), and a name follows
it; else no fact.
"""

from __future__ import annotations

from typing import Any

from generators import lexicon
from generators.extract.head_titles import demonym_countries
from generators.extract.names import NameIndex, RoleMention
from generators.extract.role_links import role_span
from generators.extract.roles import is_name_start, is_past_role, make_role, role_adjective
from generators.extract.titles import title_end
from generators.extract.tokens import words_at

_POSSESSIVES = frozenset({"son", "sa", "leur"})


def counterpart_roles(
    doc: Any, offset: int, index: NameIndex, roles: list[RoleMention]
) -> list[RoleMention]:
    """Return the roles « son homologue [nationalité] A » gives A (module docstring)."""
    out: list[RoleMention] = []
    nouns = lexicon.word_set("people_counterpart_nouns")
    for tok in (doc[i] for i in words_at(doc, nouns)):
        if tok.i == 0 or doc[tok.i - 1].lower_ not in _POSSESSIVES:
            continue
        k = tok.i + 1
        adjective = doc[k] if k < len(doc) and _nationality(doc[k]) else None
        k += 1 if adjective is not None else 0
        k += 1 if k < len(doc) and doc[k].text == "," else 0
        mention = index.mention_at(offset + doc[k].idx) if k < len(doc) else None
        if mention is None or not is_name_start(doc, k, index, offset):
            continue
        own = _possessor_role(doc, tok, offset, roles, mention.full)
        text = _counterpart_text(doc, own, offset, adjective) if own else None
        if own is None or not text:
            continue
        found = make_role(doc, tok.i, tok.i + 1, mention.full, offset, "counterpart")
        found.role, found.start = text, offset + doc[k].idx
        found.role_gender = None
        out.append(found)
    return out


def _nationality(tok: Any) -> bool:
    return tok.is_lower and role_adjective(tok) and tok.lower_ in demonym_countries()


def _feminine(adjective: str) -> bool | None:
    """Tell whether a nationality adjective is the feminine form (« indienne » of « indien »),
    None when it has one form (« belge »)."""
    country = demonym_countries()[adjective]
    others = [w for w, c in demonym_countries().items() if c == country and w != adjective]
    if not others:
        return None
    return any(adjective.startswith(w) for w in others)


def _agrees(title: Any, role: RoleMention, adjective: Any) -> bool:
    """Tell whether the possessor's title fits the homologue's gender, told by the adjective
    (« la chancelière … son homologue français »: no « chancelière français »)."""
    feminine = _feminine(adjective.lower_)
    if feminine is None:
        return True
    if feminine:
        return role.role_gender == "f"
    endings = tuple(lexicon.words("people_feminine_endings"))
    return not any(t.lower_.endswith(endings) for t in title)


def _possessor_role(
    doc: Any, noun: Any, offset: int, roles: list[RoleMention], other: str
) -> RoleMention | None:
    """Return the one present role the noun's sentence gives someone before it, else None."""
    sent = noun.sent
    before = [
        r
        for r in roles
        if r.offset == offset
        and sent.start_char <= r.start - offset < noun.idx
        and r.person != other
        and r.kind in ("title", "apposition", "attribute")
    ]
    if len({r.person for r in before}) != 1 or any(r.past or is_past_role(r.role) for r in before):
        return None
    return before[0]


def _counterpart_text(doc: Any, role: RoleMention, offset: int, adjective: Any) -> str | None:
    """Return the possessor's title, with the homologue's nationality and a place-free complement."""
    span = role_span(doc, role, offset)
    if span is None:
        return None
    title = next((t.i for t in span if title_end(doc, t.i) > t.i), None)
    if title is None:
        return None
    words = title_end(doc, title)
    k = words
    own_nationality = False
    while k < span.end and _nationality(doc[k]):
        own_nationality, k = True, k + 1
    if adjective is None and own_nationality:
        return None  # « le ministre belge A … son homologue B »: B's country is not told
    if adjective is not None and not _agrees(doc[title:words], role, adjective):
        return None
    complement = doc[k : span.end]
    places = lexicon.word_set("people_renamed_places")
    if any(t.ent_type_ == "LOC" or t.lower_ in places for t in complement):
        complement = doc[k:k]  # « maire de Lyon »: the homologue's town is another
    parts = [doc[title:words].text]
    parts += [adjective.text] if adjective is not None else []
    parts += [complement.text] if len(complement) else []
    return " ".join(parts)
