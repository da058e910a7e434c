"""Heads whose body the sentence names by pointing back or by its leader's name.

- « la nouvelle maire de la ville, A, … », « A, maire (LV) de cette commune » → A heads the city
  named before: a place named earlier in the sentence (not a country), else the last one the
  article introduced with its kind (« la ville de Vanville », « la commune de X », « maire de
  X »). Kinds and titles are data (lexicon leads_town_nouns, leads_town_titles).
- « le Parti Y de A » → A heads the Parti Y: a party noun (lexicon leads_party_nouns) with its
  name, then « de » and a person's name.

Each finding is (position, sentence, leader, leader token, (entity, head token), via), as the leads
extractor records them.
"""

from __future__ import annotations

import re
from typing import Any

from generators import lexicon
from generators.extract.names import NameIndex
from generators.extract.tokens import sentence_of

Found = tuple[int, Any, str, Any, Any, str]
_POINTING = frozenset({"la", "cette", "l'"})  # « de la ville », « de cette commune »
# what may stand before the title: an article or a time word, never « au » (« adjoint au maire »)
_BEFORE_TITLE = frozenset({"le", "la", "l'", "nouveau", "nouvel", "nouvelle", "actuel", "actuelle"})


def town_heads(doc: Any, tok: Any, offset: int, index: NameIndex) -> list[Found]:
    """« la maire de la ville, A » / « A, maire de cette commune » → A heads the town named before."""
    if tok.lower_ not in lexicon.word_set("leads_town_titles") or tok.i == 0:
        return []
    before = doc[tok.i - 1]
    apposed_after = before.lower_ in _BEFORE_TITLE or _past_before(doc, tok)
    apposed_before = before.text == "," or (
        before.lower_ in ("le", "la", "l'") and tok.i > 1 and doc[tok.i - 2].text == ","
    )
    if not (apposed_after or apposed_before):
        return []
    end = _pointing_end(doc, tok.i + 1)
    if end < 0:
        return []
    leader = _named_after(doc, end, offset, index) if apposed_after else None
    if leader is None and apposed_before:
        leader = _named_before(doc, tok.i - (1 if before.text == "," else 2), offset, index)
    if leader is None:
        return []
    town = _town_before(doc, tok, offset, index)
    if town is None:
        return []
    via = "title-past" if _past_before(doc, tok) else "title"
    return [(tok.i, sentence_of(tok), leader, None, (town.text, town), via)]


def _past_before(doc: Any, tok: Any) -> bool:
    """Tell whether a past marker stands right before the title (« l'ancien maire »)."""
    words = [t.lower_ for t in doc[max(0, tok.i - 2) : tok.i]]
    markers = lexicon.word_set("people_past_markers")
    return any(w in markers or w.startswith("ex-") for w in words)


def _pointing_end(doc: Any, i: int) -> int:
    """Return the index after « (PARTI) de la ville » / « de cette commune » at `i`, else -1."""
    if i < len(doc) and doc[i].text == "(":
        close = next((k for k in range(i + 1, min(len(doc), i + 6)) if doc[k].text == ")"), -1)
        i = close + 1 if close > 0 else i
    if i + 2 >= len(doc) or doc[i].lower_ not in ("de", "d'"):
        return -1
    if doc[i + 1].lower_ not in _POINTING:
        return -1
    kinds = lexicon.word_set("leads_town_nouns")
    return i + 3 if doc[i + 2].lower_ in kinds else -1


def _named_after(doc: Any, end: int, offset: int, index: NameIndex) -> str | None:
    """Return the person named right after the title's comma (« …, A, … »)."""
    if end + 1 >= len(doc) or doc[end].text != ",":
        return None
    mention = index.mention_at(offset + doc[end + 1].idx)
    return mention.full if mention is not None else None


def _named_before(doc: Any, comma: int, offset: int, index: NameIndex) -> str | None:
    """Return the person whose name ends right before the title's comma (« A, maire de … »)."""
    if comma < 1 or doc[comma].text != ",":
        return None
    mention = index.mention_at(offset + doc[comma - 1].idx)
    return mention.full if mention is not None else None


def _town_before(doc: Any, tok: Any, offset: int, index: NameIndex) -> Any:
    """Return the token naming the town the title points back to, or None."""
    sent = sentence_of(tok)
    for k in range(tok.i - 1, sent.start - 1, -1):
        if _is_town(doc[k], offset, index):
            return doc[k]
    for k in range(sent.start - 1, 1, -1):
        if _is_town(doc[k], offset, index) and _introduced(doc, k):
            return doc[k]
    return None


def _is_town(tok: Any, offset: int, index: NameIndex) -> bool:
    """Tell whether a token names a place that is no country (and no person)."""
    countries = {re.sub(r"^(?:l'|la |le |les )", "", c) for c in lexicon.words("french_countries")}
    return (
        tok.ent_type_ == "LOC"
        and tok.text[:1].isupper()
        and tok.text not in countries
        and index.mention_at(offset + tok.idx) is None
    )


def _introduced(doc: Any, k: int) -> bool:
    """Tell whether a place is introduced with its kind (« la ville de X », « maire de X »)."""
    if k < 2 or doc[k - 1].lower_ not in ("de", "d'"):
        return False
    kind = doc[k - 2].lower_
    return kind in lexicon.word_set("leads_town_nouns") | lexicon.word_set("leads_town_titles")


def party_heads(doc: Any, tok: Any, offset: int, index: NameIndex) -> list[Found]:
    """« le Parti Y de A » → A heads « Parti Y »: a named party, then « de » and a person."""
    if tok.lower_ not in lexicon.word_set("leads_party_nouns") or not tok.text[:1].isupper():
        return []
    k = tok.i + 1
    while k < len(doc) and k - tok.i < 6 and (doc[k].text[:1].isupper() or _name_word(doc[k])):
        if index.mention_at(offset + doc[k].idx) is not None:
            return []
        k += 1
    if k == tok.i + 1 or k + 1 >= len(doc) or doc[k].lower_ not in ("de", "d'"):
        return []
    mention = index.mention_at(offset + doc[k + 1].idx)
    if mention is None or mention.start != offset + doc[k + 1].idx or " " not in mention.text:
        return []
    name = str(doc[tok.i : k].text)
    return [(tok.i, sentence_of(tok), mention.full, doc[k + 1], (name, tok), "title")]


def _name_word(tok: Any) -> bool:
    """Tell whether a lower-case word belongs to a party's name (« libéral-démocrate »)."""
    return bool(tok.pos_ == "ADJ" and tok.is_lower)


def organisation_before(doc: Any, role: Any, offset: int, index: NameIndex) -> list[Found]:
    """« L'agence X a publié … Selon le secrétaire général, A, … » → A heads X: a bare title of an
    organisation's head (lexicon leads_organisation_titles) when the sentence before and its own,
    up to the title, name one organisation and no other."""
    if role.role.lower() not in lexicon.word_set("leads_organisation_titles"):
        return []
    start, end = role.sent
    before = doc[start - 1].sent.start if start > 0 else start
    at = next((t.i for t in doc[start:end] if offset + t.idx >= role.start), end)
    names = {
        ent.text: ent
        for ent in doc.ents
        if ent.label_ == "ORG"
        and before <= ent.start
        and ent.end <= at
        and index.mention_at(offset + ent[0].idx) is None
    }
    if len(names) != 1:
        return []
    ent = next(iter(names.values()))
    return [(role.start - offset, doc[start:end], role.person, None, (ent.text, ent.root), "title")]
