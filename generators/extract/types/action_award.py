"""Awards given, told as the winner's news: « Y a reçu le prix X ».

French tells an award from the giver's side (« le jury a décerné le prix X à Y », « la médaille a
été remise à Y ») or the honoured one's (« Y a été récompensé par le prix X », « le prix X
distingue Y »). Either way the story a reader remembers is who received what, asked « Qui a reçu
le prix X ? ». The recipient is a person the article names, right after « à » (a title between
them is fine: « au chercheur Y »); the award is a noun of lexicon/action_award_nouns.txt with a
name or a complement (« le prix » alone names nothing). A crowd (« à trois chercheurs »), a work
(« au film X de Y ») or a pronoun is no recipient: no fact.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from typing import Any

from generators import lexicon
from generators.extract.context import Context

_TO = frozenset({"à", "au", "aux"})
_BY = frozenset({"par", "de", "du", "d'", "d’"})
_OF = frozenset({"de", "d'", "d’", "du", "des"})
_CONTRACTED = {"du": "le", "au": "le", "des": "les", "aux": "les"}
_BETWEEN = frozenset({"DET", "ADJ", "NOUN"})  # « à la romancière Y », « au jeune chercheur Y »


def award(
    verb: Any, offset: int, ctx: Context, is_main: Callable[[Any], bool]
) -> dict[str, Any] | None:
    """Return the fields of the award `verb` (a token tagged VERB) gives to a named person, or None."""
    lemma = verb.lemma_.lower()
    if lemma not in _award_verbs() or not is_main(verb):
        return None
    if lemma in lexicon.word_set("action_award_givers"):
        found = _given(verb, offset, ctx)
    else:
        found = _honoured(verb, offset, ctx)
    return _fields(*found, ctx) if found is not None else None


@functools.cache
def _award_verbs() -> frozenset[str]:
    return lexicon.word_set("action_award_givers") | lexicon.word_set("action_award_honours")


def _fields(person: str, award: str, ctx: Context) -> dict[str, Any]:
    return {
        "actor": person,
        "actor_is_person": True,
        "gender": ctx.names.gender(person),
        "number": "sg",
        "verb": "recevoir",
        "kind": "win",
        "voice": "active",
        "predicate": "a reçu",
        "object": award,
        "complement": None,
        "agent": None,
        "actor_source": "name",
    }


def _given(verb: Any, offset: int, ctx: Context) -> tuple[str, str] | None:
    """« décerner le prix X à Y » (active) and « le prix X a été décerné à Y » (passive)."""
    prize = next(
        (c for c in verb.children if c.dep_ in ("obj", "nsubj:pass") and _is_award(c)), None
    )
    if prize is None:
        return None
    to = next((t for t in verb.doc[verb.i + 1 : verb.sent.end] if t.lower_ in _TO), None)
    if to is None or (prize.i > verb.i and to.i < prize.i):
        return None
    person = _named_after(to, offset, ctx)
    award = _award_text(prize)
    return (person, award) if person and award else None


def _honoured(verb: Any, offset: int, ctx: Context) -> tuple[str, str] | None:
    """« Y a été récompensé par le prix X », « le jury a distingué Y du prix X », « le prix X
    récompense Y »."""
    passive = any(c.dep_ == "aux:pass" for c in verb.children)
    who = next((c for c in verb.children if c.dep_ == ("nsubj:pass" if passive else "obj")), None)
    if who is None:
        return None
    person = _named_in(who, offset, ctx)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and _is_award(subject) and not passive:
        prize = subject
    else:
        prize = next((t for t in _after_by(verb) if _is_award(t)), None)
    if person is None or prize is None:
        return None
    award = _award_text(prize)
    return (person, award) if award else None


def _after_by(verb: Any) -> Iterator[Any]:
    """Yield the nouns the verb governs after « par » or « de » (« récompensé par le prix X »)."""
    for tok in verb.doc[verb.i + 1 : verb.sent.end]:
        if tok.is_punct:
            return
        case = next((c for c in tok.children if c.dep_ == "case"), None)
        if tok.pos_ in ("NOUN", "PROPN", "ADJ") and case is not None and case.lower_ in _BY:
            yield tok


def _is_award(tok: Any) -> bool:
    return _award_noun(tok) is not None


def _award_noun(tok: Any) -> Any:
    """Return the award noun of a phrase headed by `tok`: itself, or the word right before a
    name the parser made the head (« le trophée Orion », « trophée » read as its adjective)."""
    nouns = lexicon.word_set("action_award_nouns")
    if tok.lower_ in nouns or tok.lemma_.lower() in nouns:
        return tok
    if tok.i == 0 or not tok.text[:1].isupper():
        return None
    before = tok.doc[tok.i - 1]
    named = before.head.i == tok.i and (before.lower_ in nouns or before.lemma_.lower() in nouns)
    return before if named else None


def _named_after(to: Any, offset: int, ctx: Context) -> str | None:
    """Return the person named right after « à » (titles and adjectives between), or None."""
    doc = to.doc
    for tok in doc[to.i + 1 : min(to.i + 6, to.sent.end)]:
        mention = ctx.names.mention_at(offset + tok.idx)
        if mention is not None and mention.full:
            return _alone(mention.full, tok, mention.end, offset, ctx)
        if tok.pos_ not in _BETWEEN or tok.text[:1].isupper() or tok.lower_ in _OF:
            return None  # « au film X de Y », « à trois chercheurs »: not one person
    return None


def _alone(full: str, tok: Any, end: int, offset: int, ctx: Context) -> str | None:
    """Return `full` unless another person is joined to it (« à Y et à Z », « à X, Y et Z »:
    several winners, « Qui a reçu … ? » would have several answers)."""
    after = [t for t in tok.doc[tok.i : tok.sent.end] if offset + t.idx >= end]
    if after and after[0].lower_ in ("ainsi", "avec"):
        return None
    if after and after[0].lower_ in ("et", ","):
        for nxt in after[1:4]:
            if ctx.names.mention_at(offset + nxt.idx) is not None:
                return None
            if nxt.pos_ not in ("ADP", "DET", "NOUN", "ADJ") or nxt.text[:1].isupper():
                break
    return full


def _named_in(tok: Any, offset: int, ctx: Context) -> str | None:
    """Return the one person named in the phrase of `tok` (« l'écrivain Y »), or None; not a
    person named in its complement (« le film de Y »: the film was honoured)."""
    start = offset + tok.left_edge.idx
    end = offset + tok.right_edge.idx + len(tok.right_edge)
    mentions = [m for m in ctx.names.mentions_in(start, end) if m.full]
    if len({m.full for m in mentions}) != 1:
        return None
    before = [
        t
        for t in tok.doc[tok.left_edge.i : tok.right_edge.i + 1]
        if offset + t.idx < mentions[0].start
    ]
    return None if any(t.lower_ in _OF for t in before) else mentions[0].full


def _award_text(prize: Any) -> str | None:
    """Return the award's noun phrase as an object (« le prix X », « la médaille d'or »).

    The phrase runs from the noun through its names and « de » complements, and stops at a date,
    another preposition, a clause or a comma. A contracted article becomes the plain one (« du
    prix X » → « le prix X »); a bare noun (« le prix ») names nothing: None.
    """
    named_head = prize if _award_noun(prize) is not prize else None
    prize = _award_noun(prize)
    doc = prize.doc
    inside = {t.i for t in prize.subtree}
    words: list[str] = []
    k = prize.i + 1
    while k < prize.sent.end:
        tok = doc[k]
        if k not in inside and not (tok.text[:1].isupper() and tok.pos_ in ("PROPN", "NOUN")):
            break  # a name the parser hung on the verb still names the award (« prix X »)
        capital = tok.text[:1].isupper() and tok.is_alpha  # a name, whatever its tag
        if tok.is_punct or (tok.pos_ in ("VERB", "AUX", "NUM", "SCONJ") and not capital):
            break
        if tok.pos_ == "PRON" and doc[k - 1].lower_ not in _OF:
            break  # a relative clause; « d'or » (read as a pronoun) goes on
        if tok.pos_ == "ADP" and tok.lower_ not in _OF:
            break
        if tok.lower_ in lexicon.word_set("french_weekdays") or tok.like_num:
            break
        words.append(tok.text)
        k += 1
    while words and words[-1].lower() in _OF | {"le", "la", "les", "l'", "l’"}:
        words.pop()
    if not words:
        return None
    owner = named_head if named_head is not None else prize
    det = next((c for c in owner.children if c.dep_ == "det" and c.i < prize.i), None)
    if det is not None and "Yes" in det.morph.get("Poss"):
        return None  # « son prix annuel »: whose is the giver's, unnamed in the question
    case = next((c for c in owner.children if c.dep_ == "case" and c.i < prize.i), None)
    article = det.lower_ if det is not None else ""
    if case is not None and case.lower_ in _CONTRACTED:
        article = _CONTRACTED[case.lower_]
    head = prize.text if prize.text[:1].isupper() and prize.i > prize.sent.start else prize.lower_
    text = " ".join([head, *words]).replace("' ", "'").replace("’ ", "’")
    if article:
        glue = "" if article.endswith(("'", "’")) else " "
        text = f"{article}{glue}{text}"
    return text
