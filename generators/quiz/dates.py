"""Dates in answers: read a French or numeric date, and say one in words (« 24 janvier 2021 »)."""

from __future__ import annotations

import functools
import re
import unicodedata

from generators import lexicon
from generators.quiz.i18n import N_, _

MONTHS = (
    N_("January"), N_("February"), N_("March"), N_("April"), N_("May"), N_("June"), N_("July"),
    N_("August"), N_("September"), N_("October"), N_("November"), N_("December"),
)  # fmt: skip
_ISO = re.compile(r"(?:(\d{4})-)?(\d{2})-(\d{2})|(\d{4})-(\d{2})")


def plain(text: str) -> str:
    """Return `text` lower-cased, without accents, with one kind of apostrophe and space."""
    text = unicodedata.normalize("NFKD", text.lower().replace("\u2019", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.split())


DateParts = tuple[int | None, int | None, int | None]


def parse_date(text: str) -> DateParts | None:
    """Return (year, month, day) of a French or numeric date in `text`, parts possibly None."""
    from text_to_num import alpha2digit

    folded = plain(text)
    for ordinal in lexicon.words("answer_ordinals"):
        folded = re.sub(rf"\b{re.escape(ordinal)}\b", "1", folded)
    folded = alpha2digit(folded, "fr")
    iso = re.search(r"\b(\d{4})-(\d{1,2})(?:-(\d{1,2}))?\b", folded)
    if iso:
        return _valid(int(iso[1]), int(iso[2]), int(iso[3]) if iso[3] else None)
    numeric = re.search(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})\b", folded)
    if numeric:
        year = int(numeric[3])
        return _valid(year + 2000 if year < 100 else year, int(numeric[2]), int(numeric[1]))
    months = _months()
    names = "|".join(sorted(months, key=len, reverse=True))
    textual = re.search(rf"(?:\b(\d{{1,2}}) )?\b({names})\b\.?(?: (?:de l'an )?(\d{{4}}))?", folded)
    if textual:
        day = int(textual[1]) if textual[1] else None
        return _valid(int(textual[3]) if textual[3] else None, months[textual[2]], day)
    alone = re.fullmatch(r"(?:[a-z' ]*\b)?(\d{4})", folded)
    return (int(alone[1]), None, None) if alone else None


@functools.cache
def _months() -> dict[str, int]:
    pairs = (line.rsplit(maxsplit=1) for line in lexicon.words("answer_months"))
    return {plain(name): int(number) for name, number in pairs}


def _valid(year: int | None, month: int | None, day: int | None) -> DateParts | None:
    if month is not None and not 1 <= month <= 12:
        return None
    if day is not None and not 1 <= day <= 31:
        return None
    return (year, month, day)


def has_month(text: str) -> bool:
    """Return whether `text` holds a date with at least a month."""
    parts = parse_date(text)
    return parts is not None and parts[1] is not None


def date_words(parts: DateParts) -> str:
    """Return a date in words in the language spoken (« 24 janvier 2021 », « 24 January »)."""
    year, month, day = parts
    if month is None:
        return str(year) if year is not None else "?"
    words = [_(MONTHS[month - 1])]
    if day is not None:
        words.insert(0, _("1st") if day == 1 else str(day))
    if year is not None:
        words.append(str(year))
    return " ".join(words)


def iso_parts(text: str) -> DateParts | None:
    """Return the parts of a bare numeric date (`2021-01-24`, `01-24`, `2021-01`), else None."""
    found = _ISO.fullmatch(text.strip())
    if found is None:
        return None
    if found[4]:
        return _valid(int(found[4]), int(found[5]), None)
    return _valid(int(found[1]) if found[1] else None, int(found[2]), int(found[3]))


def show_date(text: str) -> str:
    """Return `text` with a bare numeric date (`2021-01-24`, `01-24`, `2021-01`) in words."""
    parts = iso_parts(text)
    return date_words(parts) if parts is not None else text
