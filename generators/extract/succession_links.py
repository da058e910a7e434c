"""Successions whose two people are named in different sentences.

- « A a démissionné. Son successeur, B, a pris ses fonctions »: the parse may take B for the
  subject the possessive refers to; « son » is then the person named last before the noun, in
  its sentence or the one before (`possessor_before`).
- « Son successeur nommé en mai a promis des résultats. B annonce … »: a sentence whose subject
  is the successor and names nobody; the successor is the person whose name opens the next
  sentence as its subject (`successor_next`).
"""

from __future__ import annotations

from typing import Any

from generators import lexicon
from generators.extract.names import NameIndex


def possessor_before(
    doc: Any, noun: Any, offset: int, index: NameIndex, named: str | None
) -> str | None:
    """Return the person « son » refers to: the last named before `noun`, not `named`, in the
    noun's sentence or the one before."""
    sent = noun.sent
    start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    return index.person_before(
        offset + noun.idx, exclude=[named] if named else [], limit=offset + doc[start].idx
    )


def successor_next(doc: Any, noun: Any, offset: int, index: NameIndex) -> str | None:
    """Return who « son successeur », subject of a sentence naming nobody, is: the person whose
    name opens the next sentence as its subject."""
    sent = noun.sent
    if (
        not noun.dep_.startswith("nsubj")
        or not any("Yes" in c.morph.get("Poss") for c in noun.children if c.dep_ == "det")
        or index.mentions_in(offset + doc[sent.start].idx, offset + sent.end_char)
        or sent.end >= len(doc)
    ):
        return None
    k = sent.end
    while k < len(doc) and doc[k].is_space:
        k += 1
    if k >= len(doc):
        return None
    first = doc[k]
    mention = index.mention_at(offset + first.idx)
    if mention is None or mention.start != offset + first.idx:
        return None
    return mention.full if first.dep_.startswith("nsubj") else None


def replaced_by(
    doc: Any, verb: Any, offset: int, index: NameIndex, before: str | None
) -> str | None:
    """Return Y of « A a remplacé X par Y »: the person named right after a « par » that follows
    the active verb in its clause (lexicon succession_instead_verbs), not X; the verb's subject A
    only chose. None when no « par » names a person before the clause ends."""
    if verb.lemma_.lower() not in lexicon.word_set("succession_instead_verbs"):
        return None
    for tok in doc[verb.i + 1 : min(verb.sent.end, verb.i + 12)]:
        if tok.text in (".", ";", ":", "«", "»") or (tok.pos_ in ("VERB", "AUX") and tok.is_lower):
            return None  # the clause ends, or another verb's « par » follows
        if tok.lower_ == "par" and tok.i + 1 < len(doc):
            mention = index.mention_at(offset + doc[tok.i + 1].idx)
            if mention is None and tok.i + 2 < len(doc):  # « par le jeune Y »
                mention = index.mention_at(offset + doc[tok.i + 2].idx)
            return mention.full if mention is not None and mention.full != before else None
    return None
