"""People no one names, as the speaker of a speech verb: « L'un des manifestants présents précise
que « … » », « Les dix délégués exigent « … » », « « … », ont affirmé les grévistes ».

French news lets a crowd speak through its noun: a plural noun of people (a title or occupation,
lexicon people_titles; an anonymous person, quote_anonymous_nouns; or a crowd noun,
quote_crowd_nouns) with its determiner or numeral, or « l'un des » / « l'une des » and such a noun.
The speaker is then the noun phrase as written (`crowd_phrase`), with a low confidence
(`is_crowd`). A single anonymous person (« un témoin ») stays unnamed (no speaker), a pronoun
(« l'une d'entre elles ») and a possessive (« ses partisans », whose?) are left to other rules, and
a group named before (« le couple », « les parents », quote_group_nouns) is not a crowd.
"""

from __future__ import annotations

import functools
from typing import Any

from generators import lexicon
from generators.extract.speech_words import phrase_bounds

_ONE = ("un", "une")
_OF = ("des", "de", "d'", "d’")
_POSSESSIVES = frozenset({"ses", "leurs", "nos", "vos", "mes", "tes"})
_PLURAL_OPENERS = frozenset(
    {"les", "des", "ces", "plusieurs", "certains", "certaines", "quelques", "de", "d'", "d’"}
)


def crowd_phrase(doc: Any, head: Any, owned: bool = False) -> str | None:
    """Return the phrase naming people no one names that `head` (a subject) heads, as written:
    « L'un des manifestants présents », « Les dix délégués », « les grévistes de l'usine »; None
    for any other subject. With `owned`, a possessive determines the noun too (« selon ses proches »:
    the source as written, for the one the sentence is about)."""
    if head.pos_ == "PRON" and head.lemma_.lower() in _ONE:
        return _one_of(doc, head)
    noun = head.pos_ == "NOUN" or (head.pos_ == "ADJ" and head.dep_ == "nsubj")  # mis-tagged
    if not noun or "Plur" not in head.morph.get("Number") or not _people(head):
        return None
    if _group(head) or not _determined(head, owned):
        return None
    start, end = phrase_bounds(doc, head)
    return str(doc[start:end].text)


def _one_of(doc: Any, one: Any) -> str | None:
    """« L'un des manifestants présents » → the phrase, from the article before « un » to the end
    of the plural noun's phrase; None unless a plural noun of people (or a proper noun) follows
    « des »."""
    k = one.i + 1
    if k + 1 >= len(doc) or doc[k].lower_ not in _OF:
        return None
    noun = doc[k + 1]
    while noun.pos_ in ("DET", "NUM", "ADJ") and noun.i + 1 < len(doc) and noun.i - k < 3:
        noun = doc[noun.i + 1]  # « l'un des deux avocats »
    proper = noun.pos_ in ("PROPN", "NOUN") and noun.text[:1].isupper()  # « l'un des Kivais »
    if not proper and (noun.pos_ != "NOUN" or not _people(noun)):
        return None
    start = one.i - 1 if one.i > 0 and doc[one.i - 1].pos_ == "DET" else one.i
    _, end = phrase_bounds(doc, noun)
    return str(doc[start:end].text)


def _people(noun: Any) -> bool:
    """Tell whether a noun names people (its lemma or its form, singular)."""
    words = _people_nouns()
    return noun.lemma_.lower() in words or noun.lower_.removesuffix("s") in words


def _group(noun: Any) -> bool:
    groups = lexicon.word_set("quote_group_nouns")
    return noun.lemma_.lower() in groups or noun.lower_ in groups


def _determined(noun: Any, owned: bool = False) -> bool:
    """Tell whether a plural noun has a determiner or a numeral of its own (a possessive only
    when `owned`)."""
    marks = [c for c in noun.children if c.dep_ in ("det", "nummod") and c.i < noun.i]
    if any(c.lower_ in _POSSESSIVES for c in marks):
        return owned
    return any(c.dep_ == "nummod" or c.lower_ in _PLURAL_OPENERS for c in marks)


@functools.cache
def _people_nouns() -> frozenset[str]:
    """Nouns of people, singular: titles, anonymous people, crowd nouns (one word each)."""
    words = set(lexicon.words("people_titles")) | set(lexicon.words("quote_crowd_nouns"))
    words |= set(lexicon.words("quote_anonymous_nouns"))
    return frozenset(w.lower() for w in words if " " not in w)


def is_crowd(speaker: str) -> bool:
    """Tell whether a speaker is a phrase `crowd_phrase` wrote (« l'un des X », « les dix X »):
    people no one names, a weaker clue than a body or a person."""
    words = speaker.lower().replace("’", "'").split()
    if len(words) >= 3 and words[0] in ("l'un", "l'une", "un", "une") and words[1] in _OF:
        return True
    if len(words) < 2 or words[0] not in _PLURAL_OPENERS | _POSSESSIVES:
        return False
    numbers = lexicon.word_set("numbers_words")
    noun = next((w for w in words[1:] if not w.isdigit() and w not in numbers), "")
    return noun.endswith("s") and noun.removesuffix("s") in _people_nouns()
