"""« Ce dernier » / « cette dernière » as a speaker: the person named last before it, in this
sentence or the previous one, of the gender the words show (« La députée A a écrit au maire B.
Ce dernier a dénoncé un « … » » → B). French points with it at the last noun phrase of that gender:
when another one (a noun with its determiner) comes after the person's name (« A a visité le port.
Ce dernier … »: the port), it is left unresolved; a bare title (« A, député LR, ») is none."""

from __future__ import annotations

from typing import Any

from generators import lexicon
from generators.extract.names import NameIndex
from generators.extract.tokens import sentence_of

_GENDERS = {"Fem": "f", "Masc": "m"}


def last_named(doc: Any, subj: Any, offset: int, index: NameIndex) -> str | None:
    """Return the person « ce dernier » (`subj`, « dernier ») refers to, or None."""
    if (
        subj.i < 1
        or subj.lower_ not in lexicon.word_set("leads_last_named")
        or "Dem" not in doc[subj.i - 1].morph.get("PronType")
    ):
        return None
    tag = next(iter(subj.morph.get("Gender")), "")
    gender = _GENDERS.get(tag)
    sent = sentence_of(subj)
    start = sentence_of(doc[sent.start - 1]).start if sent.start > 0 else sent.start
    before = offset + doc[subj.i - 1].idx
    person = index.person_before(before, gender, limit=offset + doc[start].idx)
    named = [m for m in index.mentions_in(offset + doc[start].idx, before) if m.full == person]
    if person is None or not named or gender is None:
        return None
    later = [t for t in doc[start : subj.i - 1] if offset + t.idx >= named[-1].end]
    other = any(
        t.pos_ in ("NOUN", "PROPN")
        and tag in t.morph.get("Gender")
        and any(
            c.dep_ == "det" for c in t.children
        )  # « le port », not « député LR », « faire barrage »
        and index.mention_at(offset + t.idx) is None
        for t in later
    )
    return None if other else person


def anaphoric(sent: Any) -> bool:
    """Tell whether a sentence speaks through « ce dernier » / « cette dernière »."""
    words = list(sent)
    last = lexicon.word_set("leads_last_named")
    return any(
        t.lower_ in last and k > 0 and "Dem" in words[k - 1].morph.get("PronType")
        for k, t in enumerate(words)
    )
