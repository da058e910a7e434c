"""Where a role phrase goes on or stops: « et » inside a body's name, kinship with its complement,
a post only hedged by a conditional.

- « le ministre de l'Économie et des Finances », « la ministre de la Culture et des Sports »: a body
  named by two capitalised nouns joined by « et » is one body; « le ministre de la Transition
  écologique et solidaire »: two adjectives joined by « et » qualify one noun. « le ministre de
  l'Intérieur et le préfet A »: a determiner after « et » starts another phrase; « du musée de
  Vernay et du musée de Lormes »: the noun said again names a second body (role_links).
- « A, l'épouse de B »: a kinship noun with its complement in apposition is a role; « A, sa fille, »
  (a possessive and no complement) is not.
- « A pourrait occuper le poste de ministre », « A serait nommé ministre »: a conditional tells a
  possibility or a rumour, not a post held.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from generators import lexicon
from generators.extract.titles import title_end

_OF = frozenset({"de", "d'", "du", "des"})
_DEFINITE = frozenset({"le", "la", "l'"})
_CLIMB_DEPS = frozenset({"nmod", "obj", "xcomp", "obl:arg", "obl:mod", "ROOT", "obl"})
_NOUN_DEPS = frozenset({"nmod", "obl", "obl:mod"})


def and_in_body(doc: Any, j: int) -> int:
    """Return how many words from « et » at token `j` belong to the title: 2 for « et » and the
    last adjective of one noun, 1 for « et » joining two parts of one body's name, else 0."""
    if j < 1 or j + 1 >= len(doc) or doc[j].lower_ != "et":
        return 0
    prev = doc[j - 1]
    if prev.pos_ == "ADJ" and prev.is_lower and _last_adjective(doc, j + 1):
        return (
            2 if _inside_complement(doc, j) else 0
        )  # « de la Transition écologique et solidaire »
    return 1 if _and_of_body(doc, j) else 0


def _and_of_body(doc: Any, j: int) -> bool:
    """Tell whether « et de … » at `j` goes on naming the body (« de l'Économie et des Finances »)."""
    prev, nxt = doc[j - 1], doc[j + 1]
    if prev.pos_ not in ("NOUN", "PROPN") or nxt.lower_ not in _OF:
        return False
    k = j + 2
    while k < len(doc) and doc[k].lower_ in _DEFINITE:
        k += 1
    if k >= len(doc) or doc[k].pos_ not in ("NOUN", "PROPN") or not _inside_complement(doc, j):
        return False
    if doc[k].is_lower and any(t.lower_ == doc[k].lower_ for t in doc[max(0, j - 6) : j]):
        return False  # « du musée de Vernay et du musée de Lormes »: two bodies of one kind
    return _capitalised(doc[k]) or any(_capitalised(t) for t in doc[max(0, j - 6) : j])


def pre_title_adjective(doc: Any, k: int) -> bool:
    """Tell whether token `k` is an adjective before a title that is no title itself (« le
    dernier grand dirigeant », « l'influent conseiller »; not « grand » of « grand reporter »),
    or a degree adverb before one (« le très influent conseiller »)."""
    words = lexicon.word_set("people_pre_title_adjectives")
    if doc[k].lower_ in lexicon.word_set("people_pre_title_degrees"):
        return k + 1 < len(doc) and doc[k + 1].lower_ in words
    return doc[k].lower_ in words and title_end(doc, k) < 0


def complement_of_title(doc: Any, k: int) -> bool:
    """Tell whether the determiner at `k` opens the « à » or « de » complement of another title
    (« adjoint à la maire de X », « adjoint au maire », « le conseiller spécial du ministre »):
    the title after it names someone else's post."""
    if k >= 1 and doc[k].lower_ in ("au", "aux", "du"):
        return _title_before(doc, k - 1)
    return k >= 2 and doc[k - 1].lower_ in ("à", "de", "d'") and _title_before(doc, k - 2)


def _title_before(doc: Any, j: int) -> bool:
    """Tell whether a title ends at token `j`, after the adjectives that follow it (« conseiller
    spécial »)."""
    while j > 0 and doc[j].pos_ == "ADJ" and doc[j].is_lower and title_end(doc, j) < 0:
        j -= 1
    return title_end(doc, j) > 0


def chained_title(doc: Any, q: int, extend: Callable[[int], int]) -> tuple[int, int, int] | None:
    """Return (start, end, next word) of a second title without a determiner between commas
    (« le ministre d'État, ministre de l'Intérieur, A B »), or None. `extend` gives the end of
    a role phrase whose title words end at a token."""
    if q >= len(doc) or doc[q].pos_ == "DET" or title_end(doc, q) < 0:
        return None
    end = extend(title_end(doc, q))
    if end >= len(doc) - 1 or doc[end].text != ",":
        return None
    nxt = end + 1
    while nxt < len(doc) and doc[nxt].is_space:
        nxt += 1
    return q, end, nxt


def sigle_before(doc: Any, s: int) -> int:
    """Return where « (SIGLE) » right before token `s` starts (« le dirigeant de l'Agence X (AX)
    A B »: the body's sigle between the title and the name), else `s`."""
    if (
        s >= 4
        and doc[s - 1].text == ")"
        and doc[s - 3].text == "("
        and doc[s - 2].text.isupper()
        and len(doc[s - 2].text) >= 2
    ):
        return s - 3
    return s


def _last_adjective(doc: Any, k: int) -> bool:
    """Tell whether token `k` is a lower-case adjective ending the phrase (a name or a mark
    follows); the tagger may read it as an infinitive (« solidaire »)."""
    tok = doc[k]
    after = doc[k + 1] if k + 1 < len(doc) else None
    adjective = tok.pos_ == "ADJ" or (tok.pos_ == "VERB" and "Fin" not in tok.morph.get("VerbForm"))
    return (
        tok.is_lower and adjective and (after is None or after.is_punct or after.text[:1].isupper())
    )


def _capitalised(tok: Any) -> bool:
    """Tell whether `tok` is a capitalised common or proper noun inside a sentence."""
    return (
        tok.pos_ in ("NOUN", "PROPN")
        and tok.text[:1].isupper()
        and tok.text[1:].islower()
        and not tok.is_sent_start
    )


def _inside_complement(doc: Any, j: int) -> bool:
    """Tell whether a « de » complement opens within the five words before `j`."""
    return any(t.lower_ in _OF for t in doc[max(0, j - 5) : j])


@functools.cache
def _kinship() -> frozenset[str]:
    return frozenset(entry.split("|")[0] for entry in lexicon.words("people_kinship"))


def kinship_with_complement(doc: Any, p: int) -> bool:
    """Tell whether token `p` is a kinship noun after a definite article and before its « de »
    complement (« l'épouse de B », « le neveu du défunt »): a role in apposition."""
    return (
        0 < p < len(doc) - 2
        and doc[p].lower_ in _kinship()
        and doc[p - 1].lower_ in _DEFINITE
        and doc[p + 1].lower_ in _OF
    )


def hedged(doc: Any, i: int) -> bool:
    """Tell whether the role at token `i` is the complement of a verb in the conditional.

    The walk climbs from the role through post nouns and verbs (« le poste de ministre » →
    « occuper » → « pourrait »); it stops at a name the role is in apposition to or the subject
    of, and at any other noun the role completes.
    """
    tok = doc[i]
    for _ in range(6):
        if _conditional(tok):
            return True
        if tok.dep_ not in _CLIMB_DEPS or tok.head.i == tok.i:
            return False
        if tok.dep_ in _NOUN_DEPS and tok.head.lower_ not in lexicon.word_set("people_post_nouns"):
            return False  # « la défaite face au candidat »: the role is no post's complement
        tok = tok.head
    return False


def _conditional(tok: Any) -> bool:
    """Tell whether `tok` or one of its auxiliaries or copulas is in the conditional mood."""
    if "Cnd" in tok.morph.get("Mood"):
        return tok.pos_ in ("VERB", "AUX")
    return any(
        c.dep_ in ("aux", "aux:pass", "aux:tense", "cop") and "Cnd" in c.morph.get("Mood")
        for c in tok.children
    )


@functools.cache
def _relation_heads() -> tuple[tuple[str, ...], ...]:
    """Return the nouns of a person known through another (kinship, lexicon people_kinship,
    people_relation_nouns, people_relation_persons), as word tuples, longest first."""
    words = [entry.split("|")[0] for entry in lexicon.words("people_kinship")]
    words += lexicon.words("people_relation_nouns") + lexicon.words("people_relation_persons")
    return tuple(sorted({tuple(w.lower().split()) for w in words}, key=len, reverse=True))


def relation_before(doc: Any, p: int, k: int) -> tuple[int, int]:
    """Return where the role before a name starts and its determiner, given a title at `p` after
    the determiner `k`: (p, k) as they are, or a relation noun's start and determiner when the
    title is its complement (« le fils du maire, A B »: A B is the son, role « fils du maire »),
    its determiner -1 when it has none."""
    r = k - 1 if doc[k].lower_ in ("du", "des") else k - 2
    if r < 0 or (r == k - 2 and doc[k - 1].lower_ not in _OF):
        return p, k
    for words in _relation_heads():
        start = r - len(words) + 1
        if start >= 0 and tuple(t.lower_ for t in doc[start : r + 1]) == words:
            det = start - 1
            while det >= 0 and doc[det].pos_ == "ADJ" and doc[det].is_lower:
                det -= 1  # « un ancien collègue du maire »
            return (start, det) if det >= 0 and doc[det].pos_ == "DET" else (start, -1)
    return p, k


def past_participle_end(doc: Any, k: int) -> int:
    """Return the token after a lower-case past participle closing a title at `k` (« l'ancienne
    présidente du Chili destituée, A B »: what befell her, not her title), else `k`."""
    tok = doc[k] if k < len(doc) else None
    if (
        tok is not None
        and tok.is_lower
        and "Part" in tok.morph.get("VerbForm")
        and "Past" in tok.morph.get("Tense")
        and k + 1 < len(doc)
        and doc[k + 1].text == ","
    ):
        return k + 1
    return k
