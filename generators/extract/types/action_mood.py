"""Clauses that tell no fact yet: a condition (« si »), futures the tagger misreads, negations,
quotations, outcomes not achieved, and a verb reporting the clause before it; a finite verb hung
under its subject's name, or a subject hung on a participle fronted before its verb; and parses
broken by a cut hyphened word or a quoted name read as the object."""

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


_OWN_CLAUSES = ("acl", "acl:relcl", "advcl", "csubj")


def reporting_aside(tok: Any) -> bool:
    """Tell a root verb that reports the clause before it, its subject told after it (« X aurait
    employé ses filles, a révélé lundi l'émission Y »): the verb group opens after a comma that
    closes a clause of its own (a verb with its auxiliary, or a finite one, outside a relative
    clause), so what the parser reads as its subject and object are not."""
    if tok.dep_ != "ROOT":
        return False
    start = min(
        (c.i for c in tok.children if c.dep_.startswith("aux") and c.i < tok.i), default=tok.i
    )
    if start == tok.sent.start or tok.doc[start - 1].text != ",":
        return False
    return any(_own_clause(t, tok) for t in tok.doc[tok.sent.start : start - 1])


def _own_clause(tok: Any, root: Any) -> bool:
    """Tell a verb heading a clause of its own under `root` (finite, or a participle with its
    auxiliary), not inside a relative clause or an aside (« X, spécialisé en droit, est décédé »)."""
    if tok.pos_ != "VERB":
        return False
    if tok.morph.get("VerbForm") != ["Fin"] and not any(
        c.dep_ == "aux:tense" for c in tok.children
    ):
        return False
    while tok.i != root.i:
        if tok.dep_ in _OWN_CLAUSES or tok.head.i == tok.i:
            return False
        tok = tok.head
    return True


def word_tail(tok: Any) -> bool:
    """Tell the tail of a hyphened word the parser cut (« low-cost » → « cost »): read as a subject,
    it says the clause's parse is broken."""
    return (
        tok.i > 0 and tok.doc[tok.i - 1].text in ("-", "‐") and not tok.doc[tok.i - 1].whitespace_
    )


def quoted_name_object(tok: Any) -> bool:
    """Tell a verb whose only object the parser took from the name in quote marks after a noun
    (« … des militaires de l'opération « Sentinelle » » read as « a attaqué Sentinelle »): the
    clause's parse is broken."""
    doc = tok.doc
    objects = [c.left_edge.i for c in tok.children if c.dep_ == "obj"]
    return (
        len(objects) == 1
        and objects[0] > 1
        and doc[objects[0] - 1].text in ("«", '"')
        and doc[objects[0] - 2].pos_ == "NOUN"
    )


def told_elsewhere(tok: Any) -> bool:
    """Tell a clause that is no fact of its own: quoted, a condition, reporting the clause before
    it, or its object a name the parser took from a noun's quote marks."""
    return (
        inside_quotes(tok) or reporting_aside(tok) or hypothetical(tok) or quoted_name_object(tok)
    )


def pluperfect(verb: Any) -> bool:
    """Tell a pluperfect (« avait publié »): told as before the news, not dated by the article."""
    return any(c.dep_ == "aux:tense" and c.morph.get("Tense") == ["Imp"] for c in verb.children)
