"""Clauses that tell no fact yet: a condition (« si »), futures the tagger misreads, negations,
quotations, and outcomes not achieved; and a finite verb hung under its subject's name, or a
subject hung on a participle fronted before its verb."""

from __future__ import annotations

from typing import Any

from generators import lexicon
from generators.extract.types.action_story import recent_past

NEGATIONS = frozenset({"ne", "n'", "pas", "jamais", "plus", "ni", "aucun", "aucune", "guère"})


def hypothetical(tok: Any) -> bool:
    """Tell a clause under a condition (« S'il gagne, il battra le record »): no fact yet."""
    return any(
        c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in ("si", "s'", "s’") for m in c.children)
        for c in tok.children
    )


def future_form(tok: Any) -> bool:
    """Tell a future the tagger read as another tense by its form: the infinitive (without the
    final « e » of « -re ») and a future ending (« battra », « déclarerons », « finiront »)."""
    lemma = tok.lemma_.lower()
    stem = lemma[:-1] if lemma.endswith("re") else lemma
    word = tok.lower_
    return (
        lemma.endswith(("er", "ir", "re"))
        and word.startswith(stem)
        and word[len(stem) :] in ("ai", "as", "a", "ons", "ez", "ont")
    )


def negated(tok: Any) -> bool:
    """Tell a clause negated on its verb (« n'a pas remporté », « ne vient pas de … »)."""
    heads = (tok, tok.head) if recent_past(tok) else (tok,)
    return any(
        c.lower_ in NEGATIONS
        for head in heads
        for c in head.children
        if c.dep_ in ("advmod", "advmod:neg")
    )


def unachieved(tok: Any) -> bool:
    """Tell « la ville n'a (toujours) pas été reprise »: a negated passive of an outcome verb."""
    return (
        tok.lemma_.lower() in lexicon.word_set("action_unachieved_verbs")
        and any(c.dep_ == "aux:pass" for c in tok.children)
        and any(c.dep_ == "nsubj:pass" and c.pos_ != "PRON" for c in tok.children)
        and negated(tok)
    )


def misparsed_root(tok: Any) -> bool:
    """Tell a finite verb the parser hung under its own subject's name (« La cycliste Anne X remporte »)."""
    head = tok.head
    return (
        tok.dep_ in ("xcomp", "acl")
        and head.dep_ == "ROOT"
        and head.pos_ == "PROPN"
        and tok.morph.get("VerbForm") == ["Fin"]
        and head.i < tok.i
    )


_ASIDE_DEPS = ("obl:mod", "vocative", "dep", "nmod")


def fronted_subject(verb: Any) -> Any:
    """Return the subject the parser hung on a participle fronted before the verb (« X, professeur,
    spécialisé en droit, est décédé »: X is read as the subject of « spécialisé »), or None."""
    if verb.dep_ != "ROOT":
        return None
    for child in verb.children:
        aside = child.dep_ == "advcl" and child.i < verb.i
        if aside and child.morph.get("VerbForm") == ["Part"]:
            found = [c for c in child.children if c.dep_ == "nsubj" and c.i < child.i]
            if found:
                return found[0]
    return None


def named_before_aside(verb: Any) -> Any:
    """Return the name opening the sentence before an aside between commas and the verb, which
    the parser hung on the verb as an oblique (« X, représentant la Belgique, a remporté … »)."""
    sent = verb.sent
    first = sent[0]
    if first.pos_ != "PROPN" or first.head.i != verb.i or first.dep_ not in _ASIDE_DEPS:
        return None
    k = verb.i - 1
    while k > first.i and verb.doc[k].dep_.startswith("aux"):
        k -= 1
    name_end = first.i + 1
    while name_end < verb.i and verb.doc[name_end].dep_ == "flat:name":
        name_end += 1
    commas = verb.doc[name_end].text == "," and verb.doc[k].text == "," and k > name_end + 1
    return first if commas else None


def inside_quotes(tok: Any) -> bool:
    """Tell whether `tok` stands between « and » (or straight double quotes) in its sentence."""
    before: str = tok.doc[tok.sent.start : tok.i].text
    return before.count("«") > before.count("»") or before.count('"') % 2 == 1
