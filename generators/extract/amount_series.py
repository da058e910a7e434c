"""Comparison series of figures: « 41 200, contre 43 950 unités en 2019 et 45 100 en 2018 ».

A figure after « contre » (quantity_comparison_words) counts the same thing as the figure before it,
at another date; each figure after it, linked by « et » or a comma (quantity_series_links) to a
figure dated by « en <année> », goes on with the same series (« puis 7,7 % en 2022 »). So:
- the bare first figure takes the noun of the compared one (« 41 200 » → « unités »);
- a bare figure of the series takes the noun of the one before (« 45 100 » → « unités »);
- a dated figure of the series is about its noun at that date (subject « unités en 2019 »), the
  first one too when its year comes before « contre » (« 300 adhérents en 2020, contre 250 »).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from generators import lexicon
from generators.extract.amounts import Quantity, end_of_unit, hedge_words, noun_phrase
from generators.french import numbers

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_YEAR_PREPOSITIONS = ("en",)


def word_before(doc: Doc, start: int, sent: Span) -> int:
    """Return the position of the word before a figure, its hedges skipped (« contre environ 40 »)."""
    k = start - 1
    skipped = hedge_words() | lexicon.word_set("quantity_restrictive_words")
    while k > sent.start and doc[k].lower_ in skipped:
        k -= 1
    return k


def compared(doc: Doc, quantity: Quantity, sent: Span) -> bool:
    """Return whether the figure opens with « contre » or goes on with a dated series."""
    if quantity.extra.get("series"):
        return True
    k = word_before(doc, quantity.start, sent)
    if k >= sent.start and doc[k].lower_ in lexicon.word_set("quantity_comparison_words"):
        return True
    return dated_link(doc, k, sent)


def dated_link(doc: Doc, k: int, sent: Span) -> bool:
    """Return whether the link at `k` follows « en 2019 » (« … en 2019 et 45 100 en 2018 »)."""
    links = lexicon.word_set("quantity_series_links")
    return k - 2 >= sent.start and doc[k].lower_ in links and year_after(doc, k - 2, sent) == k


def year_after(doc: Doc, k: int, sent: Span) -> int | None:
    """Return the position after « en 2019 » starting at `k`, or None."""
    inside = k + 1 < sent.end and doc[k].lower_ in _YEAR_PREPOSITIONS
    return k + 2 if inside and numbers.looks_like_year(doc[k + 1].text) else None


def continues(doc: Doc, quantity: Quantity, antecedent: Quantity, sent: Span) -> bool:
    """Return whether a bare figure goes on with the dated comparison of `antecedent`
    (« contre 43 950 unités en 2019 et 45 100 »)."""
    if antecedent.start < sent.start or not compared(doc, antecedent, sent):
        return False
    dated = year_after(doc, end_of_unit(antecedent), sent)
    links = lexicon.word_set("quantity_series_links")
    if dated is None or dated >= quantity.start:
        return False
    if not all(doc[k].lower_ in links for k in range(dated, quantity.start)):
        return False
    quantity.extra["series"] = True
    return True


def compared_figure(doc: Doc, k: int, sent: Span) -> int | None:
    """Return where the figure of « , contre (seulement) 43 950 » starts, reading from `k` (the
    comma or « contre »), or None when no compared figure follows."""
    if k < sent.end and doc[k].text == ",":
        k += 1
    if k >= sent.end or doc[k].lower_ not in lexicon.word_set("quantity_comparison_words"):
        return None
    j = k + 1
    skipped = (hedge_words() - {"de", "d'"}) | lexicon.word_set("quantity_restrictive_words")
    while j < sent.end and doc[j].lower_ in skipped:
        j += 1  # « contre environ 40 », « contre seulement 9 »
    return j if j < sent.end and numbers.is_digits(doc[j].text) else None


def compared_noun(doc: Doc, quantity: Quantity, sent: Span) -> Span | None:
    """Return the noun of the figure a bare one is compared with (« 41 200, contre 43 950 unités »)."""
    j = compared_figure(doc, quantity.end, sent)
    if j is None:
        return None
    while j + 1 < sent.end and doc[j + 1].like_num and not numbers.looks_like_year(doc[j + 1].text):
        j += 1  # « 43 950 »
    return noun_phrase(doc, j + 1, sent, after_number=True)


def dated_subject(doc: Doc, quantity: Quantity, subject: str | None) -> str | None:
    """Return « unités en 2019 » for a figure of a comparison dated by the year after it."""
    sent = quantity.sent
    if sent is None or subject is None:
        return None
    end = end_of_unit(quantity)
    dated = year_after(doc, end, sent)
    if dated is None:
        return None
    if compared(doc, quantity, sent) or compared_figure(doc, dated, sent) is not None:
        return f"{subject} {doc[end:dated].text}"  # « 300 adhérents en 2020, contre 250 … »
    return None


def take_compared_noun(doc: Doc, quantity: Quantity, sent: Span) -> bool:
    """Give a bare first figure the noun of the figure compared with it, and say so."""
    noun = compared_noun(doc, quantity, sent)
    if noun is None:
        return False
    quantity.unit_text = noun.text
    quantity.extra["noun"] = noun.root
    return True
