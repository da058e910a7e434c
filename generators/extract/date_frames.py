"""Dates that frame something other than an event of their clause.

- « le premier recensement depuis 1998 », « son plus bas niveau depuis mars »: « depuis » after a
  superlative or an ordinal of its noun phrase gives the baseline of a comparison, not when
  anything happened (« le record détenu depuis 2012 » was set then: a verb stands between);
- « Munich (hiver 2022) »: a date alone in parentheses after a name labels that name (an edition,
  a season), not the clause around it;
- « comme en 2013, le général est nommé… »: a date after « comme » compares the clause with what
  happened then; the clause itself is not dated by it;
- « entre les mois de juillet et septembre »: a window of months a figure is measured over, like
  « entre juillet et septembre »;
- « un mois de septembre aussi pluvieux »: after the indefinite « un », the month names a kind of
  month (any September), not when anything happened;
- « il faut remonter à 1998 pour retrouver un été aussi sec »: the date is the reference of a
  comparison (event_reference_phrases), nothing happened then in the clause;
- « sur les neuf premiers mois de l'année 2016, les ventes sont estimées à 558 600 »: the year
  closes a window of measure (a number, a rank, a period: quantity_window_ranks,
  quantity_window_periods) that the sentence's figure is counted over, not the date of an event
  (without a figure in digits, « … seul un navire a été construit » stays an event);
- « En 2015, le taux était tombé à 1,9 % et devrait encore baisser en 2016 »: when the parse
  loses the clause of a later date, what is left of the sentence is the clause of the date that
  opens it; the later date gets no event rather than the other's words;
- « dans la nuit de vendredi à samedi »: a night is dated by the day it starts on, the day before
  the weekday that ends it;
- « le programme du Festival de Brenneval de 2019 », « les Jeux olympiques d'hiver de 2030 »: a
  year after « de » closing a capitalised name labels that name's edition, not the clause;
- « X explique avoir « appris la venue de Y à partir du 19 octobre » »: a date inside quote marks
  whose verb, in the parse, stands outside them belongs to the quoted words: no clause to date.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from generators import lexicon
from generators.extract.titles import title_end
from generators.french import numbers

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_BASELINE_WINDOW = 6  # words looked at before « depuis »
_CLOSING_QUOTES = ("»", "”", '"')
_OPENING_QUOTES = ("«", "“")
_OF = ("de", "d'", "d’")
_LINKS = (*_OF, "du", "des")  # the words inside a name (« Coupe du monde », « Jeux d'hiver »)
_NAME_WINDOW = 5  # words looked at before the « de » of « Festival de Brenneval de 2019 »
_VERB_FORMS = {"Fin", "Part", "Ger"}  # « une décision datant de 2015 »: a verb, no name
_NAME_BREAKS = ("PUNCT", "DET", "AUX", "PRON", "SCONJ", "CCONJ", "NUM")


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


def compares_with(doc: Doc, span: Span) -> bool:
    """Return whether « comme » stands right before the date or its preposition (« comme en 2013 »)."""
    k = span.start - 1
    if k > span.sent.start and doc[k].lower_ in ("le", "l'", "en", "au", "à"):
        k -= 1  # « comme le 3 mars »
    return k >= span.sent.start and doc[k].lower_ in lexicon.word_set("event_comparison_words")


def window_of_months(doc: Doc, span: Span) -> bool:
    """Return whether « les mois de juillet » opens « entre les mois de juillet et septembre »."""
    if span.label_ != "MONTH" or span[0].lower_ != "mois" or span.end >= len(doc):
        return False
    k = span.start - 1
    if k > span.sent.start and doc[k].pos_ == "DET":
        k -= 1
    return k >= span.sent.start and doc[k].lower_ == "entre" and doc[span.end].lower_ == "et"


def kind_of_month(doc: Doc, span: Span) -> bool:
    """Return whether « mois de septembre » follows the indefinite « un » and has no year."""
    if span.label_ != "MONTH" or span[0].lower_ != "mois" or span.start <= span.sent.start:
        return False
    return doc[span.start - 1].lower_ == "un" and not any(t.like_num for t in span)


_REFERENCE_LINKS = ("à", "au", "en", "jusqu'", "jusqu’", "jusqu'à", "jusqu'en", "jusque")
_YEAR_HOLDERS = ("année", "l'", "l’", "la", "de", "d'", "d’", "du")  # « … mois de l'année 2016 »


def is_a_reference(doc: Doc, span: Span) -> bool:
    """Return whether « il faut remonter (jusqu'en) » stands right before the date (or before the
    preposition it opens with)."""
    k = span.start - 1
    while k > span.sent.start and doc[k].lower_ in _REFERENCE_LINKS:
        k -= 1
    before = " ".join(t.lower_ for t in doc[max(span.sent.start, k - 1) : k + 1])
    return before in lexicon.word_set("event_reference_phrases")


def measures_a_window(doc: Doc, span: Span) -> bool:
    """Return whether the year closes « les neuf premiers mois de l'année 2016 »."""
    year = next((t.i for t in span if t.like_num), None)
    if span.label_ != "YEAR" or year is None:
        return False
    k = year - 1
    while k > span.sent.start and doc[k].lower_ in _YEAR_HOLDERS:
        k -= 1
    if k - 2 < span.sent.start or doc[k].lower_ not in lexicon.word_set("quantity_window_periods"):
        return False
    ranked = doc[k - 1].lower_ in lexicon.word_set("quantity_window_ranks")
    return ranked and doc[k - 2].like_num and _states_a_figure(span, range(k - 2, span.end))


def _states_a_figure(span: Span, window: range) -> bool:
    """Return whether the sentence gives a figure in digits outside the window (« estimées à
    558 600 »)."""
    return any(
        t.text[:1].isdigit() and not numbers.looks_like_year(t.text) and t.i not in window
        for t in span.sent
    )


def framed_by_another(span: Span, spans: list[Span]) -> bool:
    """Return whether another date opens the sentence of `span` (« En 2015, … en 2016 »)."""
    sent = span.sent
    return any(
        other.start < span.start and sent.start <= other.start <= sent.start + 1 for other in spans
    )


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


def labels_an_edition(doc: Doc, span: Span) -> bool:
    """Return whether a year after « de » closes a capitalised name (« Festival de Brenneval de 2019 »)."""
    if span.label_ != "YEAR":
        return False
    k = span.start if span[0].lower_ in _OF else span.start - 1
    if k <= span.sent.start or doc[k].lower_ not in _OF:
        return False
    for j in range(k - 1, max(span.sent.start, k - _NAME_WINDOW), -1):
        tok = doc[j]
        if tok.pos_ in _NAME_BREAKS or _VERB_FORMS & set(tok.morph.get("VerbForm", [])):
            return False
        if tok.text[:1].isupper():
            return tok.pos_ in ("NOUN", "PROPN", "ADJ")  # « Jeux olympiques d'hiver de 2030 »
        linked = tok.lower_ in _LINKS or doc[j - 1].lower_ in _LINKS
        if not linked and tok.pos_ == "ADJ":
            linked = doc[j - 1].is_title  # « Jeux olympiques »
        if not linked:
            return False  # « une décision du tribunal de Brenneval datant de 2015 »: no name
    return False


def quoted_apart(doc: Doc, span: Span, governor: Token) -> bool:
    """Return whether the date is inside quote marks opened after its governing word."""
    opened: list[int] = []
    for tok in doc[span.sent.start : span.start]:
        if tok.text in _OPENING_QUOTES:
            opened.append(tok.i)
        elif tok.text in _CLOSING_QUOTES[:2] and opened:
            opened.pop()
    return bool(opened) and governor.i < opened[-1]


def night_start(doc: Doc, span: Span) -> int | None:
    """Return where « nuit de vendredi à samedi » starts when `span` is its closing weekday, else None."""
    k = span.start
    weekdays = lexicon.word_set("french_weekdays")
    if k < 4 or doc[k - 1].lower_ not in ("à", "au") or doc[k - 2].lower_ not in weekdays:
        return None
    if doc[k - 3].lower_ not in ("de", "du") or doc[k - 4].lower_ not in lexicon.word_set(
        "event_night_nouns"
    ):
        return None
    return k - 4


def day_before(iso: str) -> str:
    """Return the ISO day before `iso` (« 2018-03-31 » → « 2018-03-30 »)."""
    return (datetime.date.fromisoformat(iso) - datetime.timedelta(days=1)).isoformat()
