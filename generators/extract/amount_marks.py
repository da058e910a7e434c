"""Marks around a read quantity that change its value or hedge: a sign written apart (« (- 7,7 %) »),
a unit symbol carrying a scale (« 120 M€ »), a half after the unit (« deux ans et demi ») and a
misspelt hedge (« prés de 40 »)."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from generators import lexicon
from generators.extract.amounts import Quantity, end_of_unit, noun_phrase
from generators.extract.tokens import span_text
from generators.french import numbers

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


@functools.cache
def _signs() -> dict[str, int]:
    """Return the sign characters and the factor each applies (« - » → -1)."""
    table: dict[str, int] = {}
    for entry in lexicon.words("quantity_signs"):
        sign, _, factor = entry.rpartition(" ")
        table[sign] = int(factor)
    return table


@functools.cache
def _scaled_symbols() -> dict[str, tuple[str, int]]:
    """Return the unit symbols that carry a scale: symbol → (plain unit, factor)."""
    table: dict[str, tuple[str, int]] = {}
    for entry in lexicon.words("quantity_scaled_symbols"):
        symbol, unit, factor = entry.split()
        table[symbol] = (unit, int(factor))
    return table


def read_sign(doc: Doc, quantity: Quantity, sent: Span) -> None:
    """Negate « (- 1,3 %) », « : - 2 points »: a lone sign after an opening mark, then the number."""
    k = quantity.start - 1
    if k < sent.start or quantity.value_max is not None or quantity.approx or quantity.bound:
        return
    factor = _signs().get(doc[k].text)
    if factor is None:
        return
    opener = k == sent.start or doc[k - 1].text in lexicon.words("quantity_sign_openers")
    if not opener:
        return  # « 2010 - 2012 », « Paris - Lyon 3 … »: a dash between two things
    quantity.value *= factor
    quantity.char_start = doc[k].idx


def is_scaled_symbol(word: str) -> bool:
    """Return whether `word` is a unit symbol carrying a scale (« M€ », « M€. » ending a sentence)."""
    return word.rstrip(".") in _scaled_symbols()


def read_scaled_symbol(quantity: Quantity) -> None:
    """Read « 120 M€ » as 120 000 000 €: the symbol's scale goes into the value."""
    if quantity.unit is None or len(quantity.unit) != 1 or quantity.has_scale > 1:
        return
    symbol = quantity.unit.text.rstrip(".")
    found = _scaled_symbols().get(symbol)
    if found is None:
        return
    unit, factor = found
    quantity.value *= factor
    if quantity.value_max is not None:
        quantity.value_max *= factor
    quantity.has_scale = factor
    quantity.unit_text = unit
    quantity.extra["symbol"] = symbol


@functools.cache
def _english_scales() -> dict[str, int]:
    """Return the English scale letters glued after a number (« m » → 1 000 000)."""
    return {
        word: int(factor)
        for word, factor in (e.split() for e in lexicon.words("quantity_english_scales"))
    }


def read_prefixed_currency(doc: Doc, quantity: Quantity, sent: Span) -> None:
    """Read « £ 45m », « $ 20 »: a currency sign before the number is its unit, and an English
    scale glued after the number multiplies it (« m » is then millions, not metres)."""
    k = quantity.start - 1
    if k < sent.start or doc[k].text not in lexicon.words("quantity_prefix_currencies"):
        return
    unit, end = quantity.unit, quantity.end
    if unit is not None:
        glued = len(unit) == 1 and unit.start == end and not doc[end - 1].whitespace_
        scale = (
            _english_scales().get(unit.text.rstrip("."))
            if glued and quantity.has_scale == 1
            else None
        )
        if scale is None:
            return
        quantity.value *= scale
        if quantity.value_max is not None:
            quantity.value_max *= scale
        quantity.has_scale, end = scale, unit.end
    quantity.unit, quantity.unit_end = doc[k : k + 1], end
    quantity.unit_text = doc[k].text
    quantity.extra["prefix"] = k


def read_half(doc: Doc, quantity: Quantity, sent: Span) -> None:
    """Read « deux ans et demi », « trois heures et demie »: a half of the unit after « et »."""
    if quantity.unit is None or quantity.value_max is not None or quantity.has_scale > 1:
        return
    if quantity.value % 1 or quantity.unit_end is not None:
        return
    k = end_of_unit(quantity)
    if k + 1 >= sent.end or doc[k].lower_ != "et":
        return
    if doc[k + 1].lower_ not in lexicon.word_set("quantity_half_words"):
        return
    quantity.value += 0.5
    quantity.unit_end = k + 2


def read_misspelt_hedge(doc: Doc, quantity: Quantity, sent: Span) -> None:
    """Mark « prés de 40 coureurs » approximate, not « les prés de 40 hectares » (meadows)."""
    if quantity.approx or quantity.bound or doc[quantity.start].idx != quantity.char_start:
        return
    before = span_text(sent)[: quantity.char_start - sent.start_char].rstrip().lower()
    for phrase in lexicon.words("quantity_misspelt_hedges"):
        if not before.endswith(phrase):
            continue
        head = before[: -len(phrase)]
        if head and head[-1].isalnum():
            continue
        previous = head.split()[-1] if head.split() else ""
        if previous in lexicon.word_set("quantity_noun_determiners"):
            return  # « les prés de 40 hectares »: the noun « pré », not a hedge
        quantity.approx = True
        quantity.char_start = sent.start_char + len(head)
        return


def opens_phrase(rest: str) -> bool:
    """Return whether the words after a postposed « environ » open a phrase of their own
    (« 156 postes, environ la moitié des effectifs »): then it hedges what follows, not the number."""
    words = rest.split()
    if not words:
        return False
    first = words[0].lower()
    return (
        first in lexicon.word_set("quantity_phrase_openers")
        or first[:1].isdigit()
        or numbers.is_number_word(first)
    )


def in_idiom(doc: Doc, quantity: Quantity) -> bool:
    """Return whether the number is part of a set phrase (« à deux pas de », « aux quatre coins »)."""
    for idiom in lexicon.words("quantity_number_idioms"):
        words = [w for w in idiom.lower().replace("'", "' ").split()]
        at = next((i for i, w in enumerate(words) if numbers.is_number_word(w)), None)
        if at is None:
            continue
        first = quantity.start - at
        if first < 0 or first + len(words) > len(doc):
            continue
        if [t.lower_ for t in doc[first : first + len(words)]] == words:
            return True
    return False


def partitive_unit(doc: Doc, quantity: Quantity, sent: Span) -> Span | None:
    """Return the noun of « deux de ses proches », « 21 de leurs membres »: the count takes the
    noun after the possessive; not « l'un de ses », nor a year (« en 2016 de ses … »)."""
    k = quantity.end
    if k + 2 >= sent.end or quantity.value <= 1 or quantity.has_scale > 1:
        return None
    if numbers.looks_like_year(doc[quantity.start].text) or doc[k].lower_ != "de":
        return None
    if doc[k + 1].lower_ not in lexicon.word_set("quantity_partitive_possessives"):
        return None
    return noun_phrase(doc, k + 2, sent)


def group_of_pronoun(doc: Doc, quantity: Quantity, sent: Span) -> tuple[Token, int] | None:
    """Return « militaires » for « quant aux militaires, deux d'entre eux ont été blessés », with the
    end of the pronoun phrase: the nearest plural noun before the number heading its own phrase
    (not a noun's complement)."""
    k = quantity.end
    words = [t.lower_.replace("’", "'") for t in doc[k : min(sent.end, k + 3)]]
    phrase = next(
        (
            p.split()
            for p in lexicon.words("quantity_partitive_pronouns")
            if words[: len(p.split())] == p.split()
        ),
        None,
    )
    if quantity.value < 2 or phrase is None:
        return None
    for tok in reversed(doc[sent.start : quantity.start]):
        if tok.pos_ == "NOUN" and "Plur" in tok.morph.get("Number", []) and tok.dep_ != "nmod":
            return (tok, k + len(phrase)) if tok.ent_type_ != "PER" else None
    return None


_TOLL_REACH = 12  # words looked back from the number for the toll noun


def toll_noun(doc: Doc, quantity: Quantity, sent: Span) -> tuple[Span, str] | None:
    """Return « morts » and « bilan de morts » for the first number of « le bilan de morts devient
    ainsi : six à Brenne, … »: a toll noun with a plural complement, a colon right before the number."""
    tolls = lexicon.word_set("quantity_toll_nouns")
    for k in range(quantity.start - 1, max(sent.start, quantity.start - _TOLL_REACH) - 1, -1):
        if doc[k].text in (";", "(", ")", ".") or (doc[k].text == ":" and k != quantity.start - 1):
            return None
        if doc[k].lower_ not in tolls:
            continue
        j = k + 1
        while j < quantity.start and doc[j].pos_ == "ADJ":
            j += 1
        if j + 1 >= quantity.start or doc[j].lower_ not in ("de", "d'", "des"):
            return None
        noun = noun_phrase(doc, j + 1, sent)
        plural = noun is not None and "Plur" in noun.root.morph.get("Number", [])
        if noun is None or not plural or noun.end > quantity.start:
            return None
        return noun, doc[k : noun.end].text.replace("' ", "'")
    return None


def read_measure(doc: Doc, quantity: Quantity, sent: Span) -> None:
    """Read a value on a scale its noun names (lexicon quantity_measure_nouns) when the number has
    no unit: the noun before it (« de magnitude 6,1 », « une magnitude de 5 ») or after « de »
    (« 6,1 de magnitude »)."""
    if quantity.unit is not None:
        return
    nouns = lexicon.word_set("quantity_measure_nouns")
    k = quantity.end
    if k + 1 < sent.end and doc[k].lower_ in ("de", "d'") and doc[k + 1].lower_ in nouns:
        quantity.unit, quantity.unit_text = doc[k + 1 : k + 2], doc[k + 1].text
        return
    j = quantity.start - 1
    if j > sent.start and doc[j].lower_ in ("de", "d'"):
        j -= 1
    if j >= sent.start and doc[j].lower_ in nouns:
        quantity.unit, quantity.unit_end = doc[j : j + 1], quantity.end
        quantity.unit_text = doc[j].text
        quantity.extra["prefix"] = j
