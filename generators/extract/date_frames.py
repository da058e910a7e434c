"""Dates that frame something other than an event of their clause.

- « le premier recensement depuis 1998 », « son plus bas niveau depuis mars »: « depuis » after a
  superlative or an ordinal of its noun phrase gives the baseline of a comparison, not when
  anything happened (« le record détenu depuis 2012 » was set then: a verb stands between);
- « Munich (hiver 2022) »: a date alone in parentheses after a name labels that name (an edition,
  a season), not the clause around it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from generators import lexicon
from generators.extract.titles import title_end

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_BASELINE_WINDOW = 6  # words looked at before « depuis »
_CLOSING_QUOTES = ("»", "”", '"')


def compares_since(doc: Doc, span: Span) -> bool:
    """Return whether the date follows « depuis » after a superlative or an ordinal in its clause."""
    since = _since_index(doc, span)
    if since is None:
        return False
    markers = lexicon.word_set("event_baseline_markers")
    floor = max(span.sent.start, since - _BASELINE_WINDOW)
    for k in range(since - 1, floor - 1, -1):
        tok = doc[k]
        if tok.pos_ in ("VERB", "AUX"):  # « le record détenu depuis 2012 »: set then, an event
            return k > floor and doc[k - 1].lower_ == "jamais"  # « du jamais vu depuis 1987 »
        if tok.is_punct:
            return False
        if tok.lower_ in markers and title_end(doc, k) < 0:
            return True  # « Premier ministre depuis 2012 » is a title: he took office then
    return False


def _since_index(doc: Doc, span: Span) -> int | None:
    """Return the index of the « depuis » that opens the date (« depuis 1998 », « depuis le 3 mai »)."""
    k = span.start
    if doc[k].lower_ == "depuis":
        return k
    k -= 1
    if k > span.sent.start and doc[k].pos_ == "DET":
        k -= 1  # « depuis le 3 mai »
    return k if k >= span.sent.start and doc[k].lower_ == "depuis" else None


def labels_a_name(doc: Doc, span: Span) -> bool:
    """Return whether the date fills a parenthesis right after a name (« Munich (hiver 2022) »)."""
    opening, closing = span.start - 1, span.end
    if opening - 1 < span.sent.start or closing >= len(doc):
        return False
    if doc[opening].text != "(" or doc[closing].text != ")":
        return False
    named = doc[opening - 1]
    return named.text in _CLOSING_QUOTES or (
        named.pos_ == "PROPN" and named.text[:1].isupper() and not named.is_sent_start
    )
