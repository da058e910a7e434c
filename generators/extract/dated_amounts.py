"""Dates that belong to an amount (« passer de 9 % en 2015 à 8 % en 2019 »), not to an event."""

from __future__ import annotations

from typing import TYPE_CHECKING

from generators import lexicon
from generators.extract.amount_series import compared_figure
from generators.extract.amounts import hedge_words, hyphen_piece
from generators.french import numbers

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_UNIT_POS = ("NOUN", "SYM", "PROPN")


def amount_before(doc: Doc, span: Span) -> int | None:
    """Return where the amount right before a date starts (« 9,9 % » in « 9,9 % en 2015 »), or None."""
    sent = span.sent
    k, words = span.start - 1, 0
    while k >= sent.start and words < 3:
        tok = doc[k]
        if tok.like_num and not numbers.looks_like_year(tok.text):
            while k - 1 >= sent.start and doc[k - 1].like_num:
                k -= 1  # « 1 200 »
            return k
        if hyphen_piece(doc, k):
            k -= 1  # « 1 200 nouveaux-nés en 2015 »: the pieces of one unit
            continue
        if tok.pos_ not in _UNIT_POS and not numbers.scale(tok.lower_) and tok.text != "%":
            return None
        k, words = k - 1, words + 1
    return None


def in_amount_series(doc: Doc, span: Span, dated: list[Span]) -> bool:
    """Tell whether a date only dates an amount of a change or a forecast, not an event.

    `dated` holds the dates of the doc that follow an amount. Two of them in one sentence make a
    series (« de 12 millions en 2003 à 18 millions en 2008 »); one alone needs the change's
    « de … à » (« de 3,1 % en 2004 à 2,7 % l'an prochain ») or a comparison's « contre », before
    the amount (« 12 %, contre 9 % en 2015 ») or after its date (« 130 GW en 2016, contre 9 GW »).
    """
    if span.label_ not in ("YEAR", "MONTH"):
        return False
    start = amount_before(doc, span)
    if start is None:
        return False
    sent = span.sent
    if compared_figure(doc, span.end, sent) is not None:
        return True  # « 130 GW en 2016, contre 9 GW pour … »: the year dates the first figure
    if sum(1 for other in dated if sent.start <= other.start < sent.end) >= 2:
        return True
    k = start - 1
    while k > sent.start and doc[k].lower_ in hedge_words() - {"de", "d'"}:
        k -= 1
    if k >= sent.start and doc[k].lower_ == "contre":
        return not _names_an_event(doc, span)  # « 12 %, contre 9 % en 2015 »: a comparison
    if k < sent.start or doc[k].lower_ not in ("de", "d'"):
        return False
    links = lexicon.word_set("event_series_links")
    after = [t for t in doc[span.end : min(sent.end, span.end + 3)]]
    while after and after[0].lower_ in links:
        after.pop(0)
    return (
        bool(after) and after[0].like_num and span.end < sent.end and doc[span.end].lower_ in links
    )


def _names_an_event(doc: Doc, span: Span) -> bool:
    """Tell whether the date is followed by the event it names (« en mai 2010, lors du vote »)."""
    after = doc[span.end : min(span.sent.end, span.end + 3)].text.lower()
    phrases = lexicon.word_set("event_date_appositions")
    return after.startswith(",") and any(after[1:].strip().startswith(p) for p in phrases)
