"""« ce dimanche 3 mars » in a card: a date the article points at from its own day, said plainly.

A news lead opens on « Ce samedi 12 mai, … » or « …, ce 9 juin, … »: the day is written, only its
demonstrative points back to the article (the quality filter drops such a card). Said from the
article's date it reads « le samedi 12 mai 2018 » (« En ce 4 mai » too; « de ce … » and « à ce … »
contract: « du … », « au … »): the year is the one that
puts the day within a month of the article's date (else the words stay), the weekday is kept only
when it is that day's. A gapped date is the article's words and stays: the card that asks the
day is the « Complétez » one (retouch._dated_gap). Words: lexicon/french_months.txt,
lexicon/event_weekday_numbers.txt.
"""

from __future__ import annotations

import datetime
import functools
import re

from generators import lexicon
from generators.french import numbers

_NEAREST_DAYS = 31  # « ce 3 mai » without its year: a day within a month of the article, or none


@functools.cache
def _pattern() -> re.Pattern[str]:
    days = "|".join(numbers.table("event_weekday_numbers"))
    months = "|".join(lexicon.words("french_months"))
    return re.compile(
        rf"(?<![\w-])(?:(?P<en>[Ee]n)\s+|(?P<prep>de|De|à|À)\s+)?(?P<ce>[Cc]e|[Cc]et)\s+(?:(?P<weekday>{days})\s+)?"
        rf"(?P<day>1\s?er|\d{{1,2}})\s+(?P<month>{months})(?:\s+(?P<year>(?:1[5-9]|20)\d\d))?"
        r"(?![\w-])",
        re.I,
    )


def this_dates(part: str, _sentence: str, today: datetime.date) -> str:
    """Return `part` with « ce [lundi] 3 mars [2018] » as « le [lundi] 3 mars 2018 »."""

    def sub(found: re.Match[str]) -> str:
        day = _day_of(found, today)
        if day is None:
            return found.group(0)
        weekday = found.group("weekday")
        if weekday and numbers.table("event_weekday_numbers")[weekday.lower()] != day.weekday():
            return found.group(0)  # the article's weekday is not that day's: leave it as written
        first = (found.group("en") or found.group("prep") or found.group("ce"))[0]
        head = the_day(found.group("prep"), first.isupper())  # « En ce 4 mai » → « Le 4 mai »
        number = "1er" if day.day == 1 else str(day.day)
        said = f"{weekday.lower()} " if weekday else ""
        return f"{head} {said}{number} {found.group('month').lower()} {day.year}"

    return _pattern().sub(sub, part)


def the_day(prep: str | None, capital: bool) -> str:
    """Return the article that replaces « ce » before a day, contracted with the « de » or « à »
    before it (« la nuit de ce samedi » → « du samedi », « à ce 3 mai » → « au 3 mai »)."""
    word = {"de": "du", "à": "au"}.get((prep or "").lower(), "le")
    return word.capitalize() if capital else word


def _day_of(found: re.Match[str], today: datetime.date) -> datetime.date | None:
    """Return the day a « ce … » phrase names: its own year, else the one nearest to `today`."""
    months = [m.lower() for m in lexicon.words("french_months")]
    month = months.index(found.group("month").lower()) + 1
    number = 1 if "er" in found.group("day") else int(found.group("day"))
    years = (
        [int(found.group("year"))] if found.group("year") else [today.year + d for d in (0, -1, 1)]
    )
    for year in years:
        try:
            day = datetime.date(year, month, number)
        except ValueError:
            continue
        if found.group("year") or abs((day - today).days) <= _NEAREST_DAYS:
            return day
    return None
