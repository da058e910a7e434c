"""Find the front matter at the start of an article's body: a dateline and bylines.

A dateline (« 5 juin 2016. – », « Lyon, 3 mars 2021 – », « 8 mai 2016, Rennes, France. – ») and a
pasted byline (« Par Jeanne Martel, publié le 14 mai 2024 à 10 h », « Publié le 2 avril 2023 »)
are the article's metadata: their date is the article's date, and their text is neither a fact
nor a question.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from generators import lexicon

# Lines looked at: a lead paragraph, a dateline, a byline or two, never further than this.
_MAX_LINES = 4


@dataclass(frozen=True)
class FrontMatter:
    """Where the dateline and bylines are (offsets into the text), and the date they give."""

    spans: tuple[tuple[int, int], ...] = ()
    date: str | None = None


@functools.cache
def _months() -> dict[str, int]:
    names = [m.lower() for m in lexicon.words("french_months")]
    return {name: number for number, name in enumerate(names, 1)}


@functools.cache
def _date_pattern() -> str:
    months = "|".join(sorted(_months(), key=len, reverse=True))
    return rf"(?P<day>\d{{1,2}})(?:er)?\s+(?P<month>{months})\s+(?P<year>\d{{4}})"


@functools.cache
def _dateline() -> re.Pattern[str]:
    """Return the pattern of a dateline: [place,] date [, place]. followed by a dash."""
    place = r"[^\W\d][^\n,.;:–—]{0,40}"
    return re.compile(
        rf"[ \t]*(?:{place},[ \t]*)?{_date_pattern()}(?:[ \t]*,[ \t]*[^\n.;:–—]{{1,80}})?"
        r"[ \t]*\.?[ \t]*(?:[–—]|--?)[ \t]*",
        re.IGNORECASE,
    )


@functools.cache
def _bylines() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in lexicon.words("article_bylines"))


def iso_date(text: str) -> str | None:
    """Return the first French date « 5 juin 2016 » of `text` as 2016-06-05, else None."""
    found = re.search(_date_pattern(), text, re.IGNORECASE)
    if found is None:
        return None
    day, month = int(found["day"]), _months()[found["month"].lower()]
    return f"{found['year']}-{month:02d}-{day:02d}" if 1 <= day <= 31 else None


def front_matter(text: str, start: int) -> FrontMatter:
    """Return the dateline and bylines that open the body of `text` at offset `start`."""
    spans: list[tuple[int, int]] = []
    date: str | None = None
    dated: str | None = None  # the dateline's date, which wins over a byline's
    position = start
    for _ in range(_MAX_LINES):
        line_start, line = _next_line(text, position)
        if not line.strip():
            break
        dateline = _dateline().match(line) if dated is None else None
        if dateline is not None:
            spans.append((line_start, line_start + dateline.end()))
            dated = iso_date(dateline.group(0))
            if line[dateline.end() :].strip():  # the body goes on after the dash
                break
        elif any(p.fullmatch(line.strip()) for p in _bylines()):
            spans.append((line_start, line_start + len(line)))
            date = date or iso_date(line)
        elif spans:
            break  # a lead paragraph may come before the dateline, not between it and a byline
        position = line_start + len(line)
    return FrontMatter(tuple(spans), dated or date)


def _next_line(text: str, position: int) -> tuple[int, str]:
    """Return the offset and text of the first non-blank line at or after `position`."""
    while position < len(text):
        end = text.find("\n", position)
        end = len(text) if end < 0 else end
        if text[position:end].strip():
            return position, text[position:end]
        position = end + 1
    return len(text), ""
