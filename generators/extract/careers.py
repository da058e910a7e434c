"""Trades named by a possessive phrase: « elle commence sa carrière de chanteuse », « A exerce son
métier d'avocat » → the clause's subject is a « chanteuse », an « avocat »."""

from __future__ import annotations

from typing import Any

from generators import lexicon
from generators.extract.names import NameIndex, RoleMention
from generators.extract.offices import pronoun_holder
from generators.extract.roles import extend_role, make_role
from generators.extract.titles import is_modifier, title_end
from generators.extract.tokens import ordered_where, sentence_of

_POSSESSIVES = frozenset({"son", "sa"})  # « leur carrière »: whose, among several, is unsure


def careers(doc: Any, offset: int, index: NameIndex) -> list[RoleMention]:
    """Return the trades « son métier de T », « sa carrière de T » give the clause's subject.

    The owner must be the clause's subject: the person named last before the phrase in its
    sentence, when named as a subject, or « il » / « elle » resolved (`pronoun_holder`). Another
    person named in between makes the possessive unsure (« A a aidé B dans sa carrière de … »).
    """
    out: list[RoleMention] = []
    for i in ordered_where(doc, ("ORTH", "LOWER"), _is_career):
        det = i - 1
        while det > 0 and doc[det].pos_ == "ADJ" and doc[det].is_lower:
            det -= 1  # « sa longue carrière », « son ancienne profession »
        if det < 0 or i + 2 >= len(doc) or doc[det].lower_ not in _POSSESSIVES:
            continue
        if doc[i + 1].lower_ not in ("de", "d'"):
            continue
        p = i + 2
        while p < len(doc) - 1 and is_modifier(doc[p]):
            p += 1
        if not doc[p].is_lower or title_end(doc, p) < 0:
            continue
        holder, kind = _owner(doc, doc[i], offset, index)
        if holder:
            end = extend_role(doc, title_end(doc, p), index, offset)
            out.append(make_role(doc, p, end, holder, offset, kind))
    return out


def _is_career(_text: str, lower: str) -> bool:
    return lower in lexicon.word_set("people_career_nouns")


def _owner(doc: Any, noun: Any, offset: int, index: NameIndex) -> tuple[str | None, str]:
    """Return the subject owning « sa carrière »: the last person named before it in the sentence
    when that mention is a subject, else a subject pronoun of the noun's verb."""
    sent = sentence_of(noun)
    found = index.mentions_in(offset + sent.start_char, offset + noun.idx)
    if found:
        return (found[-1].full, "attribute") if found[-1].subject else (None, "attribute")
    verb = noun.head
    while verb.dep_ in ("obl", "obl:arg", "obl:mod", "nmod", "obj") and verb.head.i != verb.i:
        if verb.pos_ in ("VERB", "AUX"):
            break
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_.startswith("nsubj")), None)
    if subject is not None and subject.lower_ in ("il", "elle") and subject.i < noun.i:
        return pronoun_holder(doc, subject, offset, index)
    return None, "attribute"
