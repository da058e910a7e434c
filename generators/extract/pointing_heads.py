"""A head title whose body is a generic noun pointing back (« le chef de l'organisation, A »).

« Le groupe Velka a revendiqué l'attaque. Le chef de l'organisation Omar Belkadi a publié … » → A
heads Velka: a head title (lexicon leads_titles) with « de l' » / « du » / « de la » and a generic
body noun (lexicon leads_pointing_bodies) that no name follows, the person named right after it or
right before the title's comma, and the sentence before and its own, up to the title, naming one
organisation and no other. An organisation introduced by another body noun (« la société X » for
« le chef du groupe ») is not the one pointed at.

Each finding is (position, sentence, leader, leader token, (entity, head token), via), as the leads
extractor records them.
"""

from __future__ import annotations

import functools
from typing import Any

from generators import lexicon
from generators.extract.leading import entity_phrase
from generators.extract.names import NameIndex
from generators.extract.possessive_heads import org_name
from generators.extract.tokens import sentence_of

Found = tuple[int, Any, str, Any, Any, str]
_OF = frozenset({"de", "d'", "du"})
_ARTICLES = frozenset({"l'", "la", "le"})


def pointing_heads(doc: Any, tok: Any, offset: int, index: NameIndex) -> list[Found]:
    """« le chef de l'organisation, A » → A heads the one organisation named just before."""
    if tok.lower_ not in title_starts():
        return []
    noun = _pointing_noun(doc, _title_end(doc, tok))
    if noun is None:
        return []
    leader = _named_after(doc, noun.i + 1, offset, index) or _named_before(doc, tok, offset, index)
    if leader is None:
        return []
    body = _one_body(doc, tok, noun.lower_, offset, index)
    if body is None:
        return []
    past = tok.i > 0 and doc[tok.i - 1].lower_ in lexicon.word_set("people_past_markers")
    via = "title-past" if past else "title"
    return [(tok.i, sentence_of(tok), leader, None, body, via)]


@functools.cache
def title_starts() -> frozenset[str]:
    """Return the first words of the head titles (lexicon leads_titles: « secrétaire général »)."""
    return frozenset(t.split()[0] for t in lexicon.words("leads_titles"))


def _title_end(doc: Any, tok: Any) -> Any:
    """Return the last word of the longest head title starting at `tok` (« secrétaire général »)."""
    titles = lexicon.word_set("leads_titles")
    last = tok
    for k in range(tok.i + 1, min(len(doc), tok.i + 4)):
        if " ".join(t.lower_ for t in doc[tok.i : k + 1]) in titles:
            last = doc[k]
    return last


def _pointing_noun(doc: Any, tok: Any) -> Any:
    """Return the generic body noun of « chef de l'organisation » after the title, else None."""
    k = tok.i + 1
    while k < len(doc) and doc[k].pos_ == "ADJ" and doc[k].is_lower:
        k += 1  # « le chef intérimaire du parti »
    if k + 1 >= len(doc) or doc[k].lower_ not in _OF:
        return None
    if doc[k].lower_ != "du":
        if doc[k + 1].lower_ not in _ARTICLES:
            return None
        k += 1
    k += 1
    if k >= len(doc) or doc[k].lower_ not in lexicon.word_set("leads_pointing_bodies"):
        return None
    nxt = doc[k + 1] if k + 1 < len(doc) else None
    if nxt is not None and nxt.pos_ in ("ADJ", "ADP") and nxt.head.i == k:
        return None  # « chef du groupe parlementaire », « chef du groupe de travail »
    if nxt is not None and nxt.text[:1].isupper() and nxt.ent_type_ != "PER":
        return None  # « l'organisation Velka »: named, not pointing back
    return doc[k]


def _named_after(doc: Any, k: int, offset: int, index: NameIndex) -> str | None:
    """Return the person named right after the body noun (« … de l'organisation(,) A »)."""
    if k < len(doc) and doc[k].text == ",":
        k += 1
    mention = index.mention_at(offset + doc[k].idx) if k < len(doc) else None
    if mention is None or mention.start != offset + doc[k].idx:
        return None
    return str(mention.full)


def _named_before(doc: Any, tok: Any, offset: int, index: NameIndex) -> str | None:
    """Return the person whose name ends right before « , (le) chef de … »."""
    k = tok.i - 1
    if k >= 0 and doc[k].lower_ in ("le", "la", "l'"):
        k -= 1
    if k < 1 or doc[k].text != ",":
        return None
    mention = index.mention_at(offset + doc[k - 1].idx)
    return str(mention.full) if mention is not None else None


def _one_body(
    doc: Any, tok: Any, noun: str, offset: int, index: NameIndex
) -> tuple[str, Any] | None:
    """Return the one body named in the sentence before and this one up to the title: an
    organisation, unless another body noun than `noun` introduces it (« organisation » names any
    kind), or `noun` with its name (« le syndicat Arvel » for « du syndicat »)."""
    sent = sentence_of(tok)
    before = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    bodies = lexicon.word_set("people_named_bodies") | lexicon.word_set("people_member_bodies")
    found: dict[str, tuple[str, Any]] = {}
    for ent in doc.ents:
        if ent.label_ != "ORG" or not before <= ent.start < ent.end <= tok.i:
            continue
        if index.mention_at(offset + ent[0].idx) is not None:
            continue
        kind = doc[ent.start - 1].lower_ if ent.start > 0 else ""
        if kind in bodies and noun not in (kind, "organisation"):
            return None  # « la société X … le chef du groupe »: another body's kind
        found[ent.text] = (org_name(doc, ent), ent.root)
    for named in doc[before : tok.i]:
        after = doc[named.i + 1] if named.i + 1 < tok.i else None
        if named.lower_ == noun and named.text[:1].isupper() and named.ent_type_ != "ORG":
            found[named.text] = (entity_phrase(doc, named), named)  # « le Parti vert »
            continue
        if named.lower_ != noun or after is None or not after.text[:1].isupper():
            continue
        if after.ent_type_ == "ORG" or index.mention_at(offset + after.idx) is not None:
            continue  # an organisation counted above, or a person (« le club de Léa Roux »)
        found[after.text] = (entity_phrase(doc, named), named)  # « le syndicat Arvel »
    return next(iter(found.values())) if len(found) == 1 else None
