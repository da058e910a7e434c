"""Dates written as periods or lists: « du 14 juin au 3 août 1995 », « en 1952, 1963 et 1984 »."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from generators.extract.context import Context
from generators.extract.tokens import month_numbers

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

DAY = r"^(?:[1-9]|0[1-9]|[12]\d|3[01]|1er)$"
YEAR = r"^(?:1[0-9]|20|21)\d\d$"
LAST_YEAR = "events.last_year"


def range_closing(doc: Doc, span: Span) -> tuple[int, int | None] | None:
    """Return the end and year of the day-month closing « du 14 juin au 3 août [1995] », or None."""
    k = span.end
    if k + 2 >= len(doc) or doc[k].lower_ not in ("au", "-"):
        return None
    day, month = doc[k + 1], doc[k + 2]
    if not re.match(DAY, day.text) or month.lower_ not in month_numbers():
        return None
    year = doc[k + 3] if k + 3 < len(doc) else None
    if year is not None and re.match(YEAR, year.text):
        return k + 4, int(year.text)
    return k + 3, None


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
