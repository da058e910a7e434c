"""Quantities in a doc, the pieces: the `Quantity` read, its unit's end, noun phrases, hedges."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from generators import lexicon
from generators.extract.tokens import month_numbers
from generators.french import numbers

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token
import functools
import re

THREE_DIGITS = re.compile(r"^\d{3}$")


NOUNS = ("NOUN", "PROPN")


_NOT_NOUNS = ("ADP", "CCONJ", "SCONJ", "PRON", "AUX", "PUNCT", "ADV", "NUM", "SYM", "INTJ")


ELLIPSIS_BEFORE = ("(", "dont", "et", ",", "soit")


@dataclass
class Quantity:
    """A quantity being read from a sentence: token positions and the values found so far."""

    start: int  # first token of the number (hedge excluded)
    end: int  # token after the number (and its scale word)
    value: float
    has_scale: int = 1
    approx: bool = False
    value_max: float | None = None
    bound: str | None = None
    unit: Span | None = None
    unit_text: str | None = None
    unit_end: int | None = None  # token after the unit when it goes on (« fois par jour »)
    inherited: bool = False
    char_start: int = 0
    char_end: int = 0
    sent: Span | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def end_of_unit(quantity: Quantity) -> int:
    """Return the token after the quantity's unit (or after its number when it has none)."""
    if quantity.unit_end is not None:
        return quantity.unit_end
    return quantity.unit.end if quantity.unit is not None else quantity.end


@functools.cache
def phrase_lists(name: str) -> tuple[str, ...]:
    return tuple(sorted(lexicon.word_set(name), key=len, reverse=True))


def phrase_head(tok: Token) -> Token:
    """Return the noun a phrase ending at `tok` is about (« naufrage » → « rescapés du naufrage »)."""
    while tok.dep_ == "nmod" and tok.head.i < tok.i and tok.head.pos_ in NOUNS:
        tok = tok.head
    return tok


def quantity_sentence(quantity: Quantity) -> Span:
    """Return the sentence of a quantity (set when it is read)."""
    assert quantity.sent is not None
    return quantity.sent


def is_label(doc: Doc, i: int, sent: Span) -> bool:
    """Return whether the number at `i` is a label, a reference marker or a denominator."""
    if i == sent.start:
        return False
    before = doc[i - 1]
    if before.lower_ in lexicon.word_set("quantity_label_nouns"):
        return True
    if before.text == "[" or before.lower_ in ("tous", "toutes", "n°", "l'"):
        return True
    glued = before.text in ("-", "–", "/") and not before.whitespace_
    if glued and i - 2 >= sent.start and not doc[i - 2].whitespace_ and doc[i - 2].is_digit:
        return True  # « 2-0 », « 2021-2022 », « 5/10 »: a score, a span of years, a ratio
    clock = before.lower_.rstrip(".") in compound_units() and i - 2 >= sent.start
    if clock and doc[i - 2].like_num:
        return True  # « à 10 h 30 min »: minutes of a time of day, or of a duration read already
    if before.lower_ == "sur" and any(t.like_num for t in doc[max(sent.start, i - 3) : i - 1]):
        return True  # a denominator: « 92 sur 1 065 », « un patient sur 10 »
    return before.lower_ in month_numbers()


@functools.cache
def compound_units() -> dict[str, int]:
    """Return the units of a duration written in parts, with their length in seconds."""
    return numbers.table("quantity_compound_units")


def per_unit_end(doc: Doc, end: int, sent: Span) -> int:
    """Return the end of a unit written with a glued slash (« km/h », « mg/l »)."""
    if (
        end + 1 < sent.end
        and doc[end].text == "/"
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and re.fullmatch(r"[^\W\d_]+[²³]?", doc[end + 1].text)
    ):
        return end + 2
    return end


def _mistagged_noun(doc: Doc, k: int, sent: Span, after_number: bool) -> bool:
    """Return whether a word the tagger missed is the counted noun (« 12 buts », « 50 salariés »)."""
    tok = doc[k]
    if not tok.is_alpha or tok.pos_ in _NOT_NOUNS or "Fin" in tok.morph.get("VerbForm", []):
        return False
    if tok.pos_ == "DET" and tok.morph.get("PronType", []):
        return False
    counted = any(t.head.i == k and t.like_num for t in doc[max(sent.start, k - 3) : k])
    plural = "Plur" in tok.morph.get("Number", []) or tok.lower_.endswith(("s", "x"))
    return tok.text[:1].isupper() or counted or (after_number and plural and tok.is_lower)


_OPENING_QUOTES = ("«", "“", '"')
_CLOSING_QUOTES = ("»", "”", '"')
_MAX_QUOTED = 4


def _quoted_noun(doc: Doc, k: int, sent: Span) -> Span | None:
    """Return « « moonwalkers » » after « cinq derniers »: a short quoted phrase the number counts."""
    for close in range(k + 2, min(sent.end, k + _MAX_QUOTED + 2)):
        if doc[close].text in _CLOSING_QUOTES:
            inside = doc[k + 1 : close]
            return doc[k : close + 1] if any(t.is_alpha for t in inside) else None
        if doc[close].is_punct and doc[close].text not in ("-", "'", "’"):
            return None
    return None


def hyphen_piece(doc: Doc, k: int) -> bool:
    """Return whether token `k` is a piece of a hyphenated word the tokenizer split (« nouveaux-nés »)."""
    if doc[k].text == "-":
        return k > 0 and not doc[k - 1].whitespace_ and not doc[k].whitespace_
    glued_after = k + 1 < len(doc) and doc[k + 1].text == "-" and not doc[k].whitespace_
    return glued_after or (k > 0 and doc[k - 1].text == "-" and not doc[k - 1].whitespace_)


def noun_phrase(doc: Doc, k: int, sent: Span, after_number: bool = False) -> Span | None:
    """Return the noun at `k` with the adjectives right after it, or None if `k` is no noun."""
    if k >= sent.end:
        return None
    head = doc[k]
    if head.text in _OPENING_QUOTES:
        return _quoted_noun(doc, k, sent)
    if not any(c.isalpha() for c in head.text):
        return None  # « top 10 » : a closing mark or a sign is no unit
    if head.pos_ not in NOUNS and not _mistagged_noun(doc, k, sent, after_number):
        return None
    if (
        head.ent_type_ == "PER"
        or head.lower_ in month_numbers()
        or head.lower_ in lexicon.word_set("french_weekdays")  # « 262 lundi soir »: no unit
        or head.lower_ in lexicon.word_set("numbers_fractions")
        or head.lower_ in lexicon.word_set("quantity_elliptic_participles")
        or (head.is_lower and head.lower_.endswith(phrase_lists("quantity_verb_endings")))
    ):
        return None
    end = k + 1
    while (
        end < sent.end
        and not doc[end - 1].whitespace_
        and (doc[end].text.startswith("-") or doc[end - 1].text.endswith("-"))
    ):
        end += 1  # « aides-éducateurs » split by the tokenizer
    end = per_unit_end(doc, end, sent)
    while (
        end < sent.end
        and doc[end].pos_ == "ADJ"
        and doc[end].head.i == k
        and doc[end].is_lower
        and doc[end].lower_ not in lexicon.word_set("french_weekdays")
    ):
        end += 1
    return doc[k:end]


@functools.cache
def hedge_words() -> frozenset[str]:
    """Return the single words of the hedge and bound phrases (« environ », « près », « de »…)."""
    names = ("quantity_hedges", "quantity_lower_bounds", "quantity_upper_bounds")
    return frozenset(w for name in names for phrase in phrase_lists(name) for w in phrase.split())


def hedged(doc: Doc, quantity: Quantity, sent: Span) -> bool:
    """Keep a number without a noun only when a hedge or bound shows it is a count."""
    before = doc[max(sent.start, quantity.start - 4) : quantity.start].text.lower()
    return any(
        before.endswith(p)
        for name in ("quantity_hedges", "quantity_lower_bounds", "quantity_upper_bounds")
        for p in phrase_lists(name)
    )


def head_phrase(tok: Token) -> str:
    """Return a noun with its adjectives and name parts (« nouveau contrat », « Parti républicain »)."""
    parts = [tok] + [
        c
        for c in tok.children
        if c.dep_ in ("amod", "flat:name", "flat", "fixed") and c.pos_ != "PUNCT"
    ]
    first, last = min(t.i for t in parts), max(t.i for t in parts)
    if last - first + 1 != len(parts):
        return tok.text
    doc = tok.doc
    if (
        last + 2 < len(doc)
        and doc[last + 1].lower_ in ("de", "d'")
        and doc[last + 2].head.i == tok.i
        and doc[last + 2].pos_ == "NOUN"
    ):
        last += 2  # « chiffre d'affaires », « taux de chômage »
    return doc[first : last + 1].text.replace("' ", "'")


def complement_phrase(doc: Doc, k: int, sent: Span, keep_preposition: bool = False) -> str | None:
    """Return the « de X » complement right after position `k` (up to five words), or None."""
    if k + 1 >= sent.end or doc[k].lower_ not in ("de", "d'", "des", "du"):
        return None
    end = k + 1
    while (
        end < sent.end
        and end - k <= 5
        and doc[end].pos_ not in ("PUNCT", "CCONJ", "NUM", "VERB", "AUX", "SCONJ", "PRON")
        and doc[end].lower_ not in ("qui", "que", "dont")
    ):
        end += 1
    while end > k + 1 and doc[end - 1].pos_ in ("ADP", "DET"):
        end -= 1
    span = doc[k + 1 : end]
    if not any(t.pos_ in NOUNS for t in span):
        return None
    return doc[k:end].text.replace("' ", "'") if keep_preposition else span.text
