"""An event's words: the subject, auxiliaries, verb and object of the clause a date belongs to,
each phrase cut at punctuation, relatives and a length (types/event.py describes events with it)."""

from __future__ import annotations

from collections.abc import Container
from typing import TYPE_CHECKING

from generators import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_STOP_PHRASE = (",", ";", ":", "(", ")", "«", "»", '"', "[", "]")


def clause_verb(tok: Token) -> Token | None:
    """Return the closest verb above `tok`, or None."""
    while tok.head.i != tok.i:
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok
    return None


def clause_words(doc: Doc, verb: Token, skip: range) -> str:
    """Return subject, auxiliaries, verb and object of `verb`'s clause, leaving out `skip`."""
    subject = next(
        (c for c in verb.children if c.dep_.startswith("nsubj") and c.i not in skip), None
    )
    lead = ""
    if subject is not None and subject.lower_ == "qui" and verb.dep_ == "acl:relcl":
        subject = None  # « la cérémonie, qui a eu lieu le 2 avril »: the noun is the subject
    own = any(c.dep_.startswith("nsubj") and c.i in skip for c in verb.children)  # with the date
    if (
        subject is None
        and not own  # « X a été arraisonné, a précisé le ministère aujourd'hui »: not X's act
        and verb.dep_ in ("acl", "acl:relcl", "xcomp", "conj", "advcl")
        and verb.head.i not in skip
    ):
        host = verb.head
        host_subject = next((c for c in host.children if c.dep_.startswith("nsubj")), None)
        lead = (
            phrase_words(doc, host_subject, skip, 8)
            if host.pos_ in ("VERB", "AUX") and host_subject is not None
            else ""
        )
        if host.pos_ in ("NOUN", "PROPN"):  # without the date the parse may hang on the noun
            around = {*skip, *range(verb.left_edge.i, verb.right_edge.i + 1)}
            lead = phrase_words(doc, host, around, 8)
    parts = [phrase_words(doc, subject, skip, 8) if subject is not None else lead]
    named = _named_after(verb, subject, skip)
    if named is not None:  # « Le patineur Marc Olen est décédé »: the title and the name
        parts[0] = f"{parts[0]} {phrase_words(doc, named, skip, 8)}"
    aux = [
        c
        for c in verb.children
        if c.i < verb.i
        and (c.dep_.startswith(("aux", "expl")) or c.lower_ in ("ne", "n'") or _clitic(c))
    ]
    parts.append(" ".join(t.text for t in [*aux, verb]))
    obj = next(
        (
            c
            for c in verb.children
            if c.dep_ in ("obj", "obl:arg", "xcomp", "ccomp", "iobj")
            and c.i not in skip
            and not _clitic(c)
            and not _after_colon_quote(doc, verb, c)
        ),
        None,
    )
    if obj is not None:
        parts.append(phrase_words(doc, obj, skip, 8, keep_preposition=True))
    return " ".join(p for p in parts if p).replace("' ", "'")


def _after_colon_quote(doc: Doc, verb: Token, obj: Token) -> bool:
    """Tell an object the parse found in a quotation the verb announces (« X a annoncé … : « les
    Y doivent … » »): the speaker's words, not the verb's object."""
    between = doc[verb.i : obj.i]
    return obj.i > verb.i and any(t.text == ":" for t in between) and "«" in between.text


_TRIM = ("ADP", "DET", "CCONJ", "SCONJ", "PUNCT", "PRON", "SPACE")


def _clitic(tok: Token) -> bool:
    """Tell whether `tok` is an object pronoun right before its verb (« se sont formées », « l'a
    signé »): it stays there, never read as the clause's object after the verb."""
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else tok
    return (
        tok.pos_ == "PRON"
        and tok.lower_ in lexicon.word_set("event_clitics")
        and tok.i < tok.head.i
        and (
            after.i == tok.head.i or (after.head.i == tok.head.i and after.pos_ in ("AUX", "PRON"))
        )
        and not tok.dep_.startswith("nsubj")  # « nous avons signé »
    )


def _named_after(verb: Token, subject: Token | None, skip: range) -> Token | None:
    """Return the name the parser made a second subject right after a title subject (« le
    patineur | Marc Olen est décédé »), or None."""
    if subject is None or subject.pos_ != "NOUN":
        return None
    return next(
        (
            c
            for c in verb.children
            if c.dep_.startswith("nsubj")
            and c.i not in skip
            and c.pos_ == "PROPN"
            and c.left_edge.i == subject.right_edge.i + 1
        ),
        None,
    )


def phrase_words(
    doc: Doc, tok: Token, skip: Container[int], limit: int, keep_preposition: bool = False
) -> str:
    """Return the words of `tok`'s subtree around it, cut at punctuation, relatives and `limit`."""
    words: list[Token] = []
    for t in tok.subtree:
        if t.i in skip:
            continue
        if t.i > tok.i and (t.text in _STOP_PHRASE or "Rel" in t.morph.get("PronType", [])):
            break
        if t.i < tok.i and (t.text in _STOP_PHRASE or "Rel" in t.morph.get("PronType", [])):
            words = []
            continue
        words.append(t)
    words = words[: max(limit, words.index(tok) + 1 if tok in words else limit)]
    if words and words[-1].i != tok.i and _cut_number(doc, words[-1]):
        words.pop()  # « à 12 » cut from « à 12 800 »: no number cut in two
    while words and words[-1].pos_ in _TRIM and words[-1].i != tok.i and not _digits(words[-1]):
        words.pop()  # « 800 » of « à 12 800 », tagged a pronoun, stays
    while (
        words
        and words[0].i != tok.i
        and (
            words[0].pos_ in ("CCONJ", "SCONJ", "PUNCT")
            or (words[0].pos_ == "ADP" and not keep_preposition)
            or "Rel" in words[0].morph.get("PronType", [])
        )
    ):
        words.pop(0)
    return "".join(t.text_with_ws for t in words).strip()


def _digits(tok: Token) -> bool:
    """Return whether a token is written in digits (« 12 », « 800 »), not « un »."""
    return tok.text[:1].isdigit()


def _cut_number(doc: Doc, last: Token) -> bool:
    """Return whether a phrase ending at `last` cuts a number (« 12 » of « 12 800 »)."""
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    return nxt is not None and _digits(last) and _digits(nxt) and bool(last.whitespace_)


def planned_by(doc: Doc, start: int) -> Token | None:
    """Return the participle set after a noun right before a date at `start` (« sa visite prévue
    le 31 janvier », « la réunion fixée au 3 mai »): the date is the noun's, told by the
    participle, not the date of the clause's verb; None otherwise."""
    k = start - 1
    if k >= 0 and doc[k].lower_ in ("le", "au", "pour", "en", "à", "dès", "du", "l'"):
        k -= 1  # « prévue le », « fixée au », « programmée pour »
    if k < 1:
        return None
    tok = doc[k]
    participle = tok.pos_ in ("VERB", "ADJ") and "Part" in tok.morph.get("VerbForm", [])
    return tok if participle and tok.dep_ in ("acl", "amod") and tok.head.pos_ == "NOUN" else None
