"""A head title after a possessive that points back to a body (« son président, A »).

- « le Monde …, alors que son directeur, Y, … »: the possessive phrase is the subject of its
  clause (so « son » cannot be that clause's subject) and the organisation is the last name
  before it in the sentence;
- « La société X a annoncé des pertes. Son PDG, A, a démissionné »: the phrase opens its sentence
  and the previous sentence's subject is a body (a body noun with its name, or an organisation);
- « La fédération X a répondu, par la voix de son président A »: after a phrase through which a
  body speaks (lexicon leads_voice_phrases), the body is the subject of that clause.

Only « son » / « sa » (a body is singular), and only one body: a subject with « et » is unsure.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from generators import lexicon
from generators.extract.leading import entity_phrase
from generators.extract.tokens import norm, text_of

Found = tuple[int, Any, str, Any, Any, str]
_SINGULAR_POSSESSIVES = frozenset({"son", "sa"})


@functools.cache
def _body_nouns() -> frozenset[str]:
    return lexicon.word_set("people_named_bodies") | lexicon.word_set("people_member_bodies")


@functools.cache
def _voice_phrases() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(p.replace("'", "' ").split()) for p in lexicon.words("leads_voice_phrases"))


def possessive_heads(doc: Any, role: Any, offset: int) -> list[Found]:
    """Return A leads the body « son » / « sa » refers to, for the role's title after it."""
    sent = doc[role.sent[0] : role.sent[1]]
    title = next(
        (
            t
            for t in sent
            if offset + t.idx >= role.start and norm(t.text) == norm(role.head).split()[0]
        ),
        None,
    )
    if title is None or title.i == 0 or "Yes" not in doc[title.i - 1].morph.get("Poss", []):
        return []
    det = title.i - 1
    voiced = _voice_verb(doc, det)
    if voiced is not None:
        body = _subject_body(doc, voiced) if doc[det].lower_ in _SINGULAR_POSSESSIVES else None
    elif title.dep_.startswith("nsubj") or (det == sent.start and _apposed(doc, title)):
        body = _named_body(_last_organisation(doc, sent.start, det), doc)
        if body is None and det == sent.start > 0 and doc[det].lower_ in _SINGULAR_POSSESSIVES:
            body = _subject_body(doc, doc[sent.start - 1].sent.root)
    else:
        return []
    if body is None:
        return []
    return [(role.start - offset, sent, role.person, None, body, "title")]


def _apposed(doc: Any, title: Any) -> bool:
    """Tell whether a comma follows the title (« Son PDG, A, … »): the phrase is the subject."""
    return bool(title.i + 1 < len(doc) and doc[title.i + 1].text == ",")


def _voice_verb(doc: Any, det: int) -> Any:
    """Return the verb of « par la voix de » before the possessive at `det`, else None."""
    if det < 1 or doc[det - 1].lower_ not in ("de", "d'"):
        return None
    for words in _voice_phrases():
        start = det - 1 - len(words)
        if start >= 0 and [t.lower_ for t in doc[start : det - 1]] == list(words):
            noun = doc[det - 2]
            return noun.head if noun.head.pos_ in ("VERB", "AUX") else None
    return None


def _subject_body(doc: Any, verb: Any) -> tuple[str, Any] | None:
    """Return the body that is the subject of `verb` (« la société X », an organisation)."""
    subjects = [c for c in verb.children if c.dep_.startswith("nsubj")]
    if len(subjects) != 1 or subjects[0].pos_ == "PRON":
        return None
    subject = subjects[0]
    if any(c.dep_ == "conj" for c in subject.children):
        return None  # « la société X et le groupe Y »: whose head is unsure
    span_end = subject.right_edge.i + 1
    named = _named_body(_last_organisation(doc, subject.left_edge.i, span_end), doc)
    if named is None and subject.lower_ in _body_nouns() and _named(doc, subject):
        return entity_phrase(doc, subject), subject  # « la fédération X », X read as no ORG
    return named


def _named(doc: Any, noun: Any) -> bool:
    """Tell whether a capitalised name follows a body noun (« la société Vantix »)."""
    nxt = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    return bool(nxt is not None and nxt.text[:1].isupper() and nxt.head.i == noun.i)


def _named_body(ent: Any, doc: Any) -> tuple[str, Any] | None:
    return (org_name(doc, ent), ent.root) if ent is not None else None


def _last_organisation(doc: Any, start: int, end: int) -> Any:
    """Return the organisation named last in doc[start:end] if no other name follows it."""
    for k in range(end - 1, start - 1, -1):
        tok = doc[k]
        if tok.ent_type_ == "ORG" and tok.ent_iob_ in ("B", "I"):
            ent = next((e for e in doc.ents if e.start <= k < e.end), None)
            return ent if ent is not None and ent.label_ == "ORG" else None
        if tok.ent_type_ or tok.pos_ in ("PROPN", "PRON"):
            return None
    return None


def org_name(doc: Any, ent: Any) -> str:
    """Return the organisation's name, with the article « du Monde » contracts (« Le Monde »)."""
    if ent.start > 0 and doc[ent.start - 1].lower_ in ("du", "au"):
        written = re.search(rf"\b(?:Le|le) {re.escape(ent.text)}\b", text_of(doc))
        if written:
            return f"Le {ent.text}"
    return str(ent.text)
