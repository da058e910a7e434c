"""Dates written as periods or lists: « du 14 juin au 3 août 1995 », « en 1952, 1963 et 1984 »."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from generators import lexicon
from generators.extract.context import Context
from generators.extract.tokens import month_numbers

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

DAY = r"^(?:[1-9]|0[1-9]|[12]\d|3[01]|1er)$"
YEAR = r"^(?:1[0-9]|20|21)\d\d$"
LAST_YEAR = "events.last_year"
RANGE_WORDS = ("à", "-", "et", "au")
_LIST_WORDS = ("et",)  # range words that also join a list of dates, each with its preposition


def range_closing(doc: Doc, span: Span) -> tuple[int, int | None] | None:
    """Return the end of the day-month closing « du 14 juin au 3 août [1995] » (or « entre le 14
    juin et [le] 3 août 1995 ») and the year the period opens in, or None."""
    k = span.end
    if k + 2 < len(doc) and doc[k].lower_ == "et" and between_start(doc, span.start) < span.start:
        k += 1 if doc[k + 1].lower_ == "le" else 0  # « et le 3 août »: the period's second date
    elif k + 2 >= len(doc) or doc[k].lower_ not in ("au", "-"):
        return None
    if k + 3 > len(doc):
        return None
    day, month = doc[k + 1], doc[k + 2]
    if not re.match(DAY, day.text) or month.lower_ not in month_numbers():
        return None
    year = doc[k + 3] if k + 3 < len(doc) else None
    if year is not None and re.match(YEAR, year.text):
        opens = next((month_numbers()[t.lower_] for t in span if t.lower_ in month_numbers()), 0)
        # « du 20 décembre au 6 janvier 2019 »: the period opens the year before it closes
        return k + 4, int(year.text) - (opens > month_numbers()[month.lower_])
    return k + 3, None


def between_start(doc: Doc, start: int) -> int:
    """Return where « entre [le] » opens the date at token `start` (« entre le 14 juin »), else
    `start`."""
    for k in (start - 1, start - 2):
        if k >= 0 and doc[k].lower_ == "entre":
            return k
    return start


def listed_year(
    doc: Doc, span: Span, offset: int, ctx: Context
) -> tuple[str, str | None, bool, int] | None:
    """Return the later years of « en 1952, 1963 et 1984 » (span: « , 1961 »), else None."""
    k = span.start - 1
    while k - 1 >= span.sent.start and re.match(YEAR, doc[k].text):
        if doc[k - 1].lower_ == "en":
            year = span[-1]
            ctx.extras[LAST_YEAR] = (offset + span.start_char, int(year.text))
            return year.text, year.text, False, span.end
        if doc[k - 1].text != ",":
            return None
        k -= 2
    return None


def range_opening(
    doc: Doc, span: Span, day: int | None, month: int | None
) -> tuple[int, int | None, int | None] | None:
    """Return where a range of days or months opens, with its first day and month, or None."""
    k = span.start
    if day is not None and k > 0 and doc[k - 1].lower_ == "le":
        k -= 1  # « entre le 12 et le 14 juin »
    if k < 2 or doc[k - 1].lower_ not in RANGE_WORDS:
        return None
    prev = doc[k - 2]
    months = month_numbers()
    weekdays = lexicon.word_set("french_weekdays")
    first_day = span[1] if span[0].lower_ in weekdays and len(span) > 1 else span[0]
    if day is not None and re.match(DAY, first_day.text) and re.match(DAY, prev.text):
        start, first = _first_listed_day(doc, k - 2)
        return start, first, month
    if day is None and month is not None and span[0].lower_ in months and prev.lower_ in months:
        return k - 2, None, months[prev.lower_]
    return None


def _first_listed_day(doc: Doc, i: int) -> tuple[int, int]:
    """Return where the first day of « les 4, 5 et 6 mai », « samedi 4 au lundi 6 » starts, and it."""
    while i >= 2 and doc[i - 1].text == "," and re.match(DAY, doc[i - 2].text):
        i -= 2  # « les 4, 5 et 6 mai »: the list opens on its first day
    day = int(doc[i].text.rstrip("er"))
    if i > 0 and doc[i - 1].lower_ in lexicon.word_set("french_weekdays"):
        i -= 1  # « dans la nuit de samedi 4 à dimanche 5 mai »: the weekday goes with its day
    return i, day


def paired_year_end(doc: Doc, span: Span) -> int:
    """Return the end of « en 2010 et 2011 » (one date, the first year's), else the span's end."""
    k = span.end
    first = span.start - 1 if span.start > 0 else span.start
    if span.label_ != "YEAR" or doc[first].lower_ == "entre" or span[0].lower_ == "entre":
        return span.end
    if k + 1 < len(doc) and doc[k].lower_ == "et" and re.match(YEAR, doc[k + 1].text):
        return k + 2
    return span.end


def names_again(
    span: Span, start: int, norm: str | None, sent_at: int, dated: dict[str, int]
) -> bool:
    """Return whether a year or month dated in an earlier sentence comes back as a noun's
    complement (« les travaux de 2015 », « les chiffres pour mars »): the same happening again.

    `start` is where the date's words begin, `dated` where each year or month was first dated.
    """
    if norm is None or len(norm) > len("2015-03"):
        return False
    if dated.setdefault(norm, sent_at) >= sent_at:
        return False
    return any(
        t.dep_ == "nmod" and t.head.pos_ in ("NOUN", "PROPN") and t.head.i < start
        for t in span.doc[start : span.end]
    )


def frames_a_tally(span: Span) -> bool:
    """Return whether the date is a period framing a noun's tally (« sa victoire de la saison 2017 »)."""
    period = span[0]
    if period.lower_ not in lexicon.word_set("event_tally_periods"):
        return False
    return period.dep_ == "nmod" and period.head.pos_ == "NOUN" and period.head.i < period.i


def _season(doc: Doc, span: Span) -> bool:
    """Return whether a year opens a season written short (« en 2014-15 »: no year of its own)."""
    k = span.end
    return (
        k + 1 < len(doc)
        and doc[k].text in ("-", "/")
        and not doc[k - 1].whitespace_
        and not doc[k].whitespace_
        and re.fullmatch(r"\d\d", doc[k + 1].text) is not None
    )


def is_range(doc: Doc, span: Span) -> bool:
    """Return whether a bare year opens or closes a period (« de 1995 à 1997 », « 1985-1988 »)."""
    if span.label_ != "YEAR":
        return False
    if _season(doc, span):
        return True
    before_year = lexicon.word_set("event_year_prepositions")
    k = span.end + 1
    if k < len(doc) and doc[k].lower_ in before_year:
        if doc[span.end].lower_ in _LIST_WORDS:
            return False  # « en 1973 et en 1988 »: each year has its preposition, a list
        k += 1  # « de fin 1998 à début 2003 »
    if k < len(doc) and doc[span.end].lower_ in RANGE_WORDS and re.match(YEAR, doc[k].text):
        return paired_year_end(doc, span) == span.end  # « en 2010 et 2011 »: a pair, no period
    if span.start > 1 and doc[span.start - 1].lower_ in RANGE_WORDS:
        if doc[span.start - 1].lower_ in _LIST_WORDS and span[0].lower_ in before_year:
            return False  # the last of « en 1961, en 1973 et en 1988 »
        return bool(re.match(YEAR, doc[span.start - 2].text))  # « … 1998 au début 2003 »
    return span.start > 0 and doc[span.start - 1].lower_ == "entre"
