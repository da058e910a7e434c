"""The date patterns of `types/event` (as data: months, weekdays, prepositions from the lexicon),
run only around the words a date cannot do without (`anchored`)."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Any

from generators import lexicon
from generators.extract import anchored, weekdays
from generators.extract.tokens import month_numbers
from generators.french import numbers

if TYPE_CHECKING:
    from spacy.matcher import Matcher
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

NUMERIC = re.compile(r"^(0?[1-9]|[12]\d|3[01])[/.](0?[1-9]|1[0-2])[/.]((?:1[0-9]|20|21)\d\d)$")


def date_matches(doc: Doc) -> list[tuple[int, int, int]]:
    """Return the date matches of `doc`: (label id, start, end), as `matcher(doc.vocab)(doc)`."""
    return anchored.matches(matcher(doc.vocab), doc, is_anchor, REACH)


def words(phrase: str) -> list[str]:
    """Split a lexicon phrase as spaCy's French tokenizer does (« l'année » → « l' », « année »)."""
    return re.findall(r"\w+'|\w+(?:-\w+)*|[^\w\s]", phrase.lower())


@functools.cache
def matcher(vocab: Vocab) -> Matcher:
    """Build the date patterns (as data: months, weekdays and prepositions from the lexicon)."""
    from spacy.matcher import Matcher

    months = list(month_numbers())
    weekday = {"LOWER": {"IN": list(lexicon.word_set("french_weekdays"))}}
    day = {
        "TEXT": {"IN": [str(d) for d in range(1, 32)] + [f"0{d}" for d in range(1, 10)] + ["1er"]}
    }
    month = {"LOWER": {"IN": months}}
    year = {
        "IS_DIGIT": True,
        "LENGTH": 4,
    }  # checked against _YEAR in _read_date (faster than REGEX)
    found = Matcher(vocab)
    optional_year = {**year, "OP": "?"}
    part = {"LOWER": {"IN": list(lexicon.word_set("event_day_parts"))}}  # « samedi soir »
    first: list[dict[str, Any]] = [
        {"TEXT": "1"},
        {"LOWER": {"IN": list(lexicon.word_set("event_first_day_suffixes"))}},
    ]
    found.add(
        "DAY",
        [
            [weekday, day, month, optional_year],
            [weekday, part, day, month, optional_year],  # « samedi soir 6 octobre »
            [day, month, optional_year],
            [weekday, *first, month, optional_year],  # « 1 er octobre »: the suffix set apart
            [*first, month, optional_year],
        ],
    )
    before_month = {"LOWER": {"IN": list(lexicon.word_set("event_month_prepositions"))}}
    month_of: list[dict[str, Any]] = [{"LOWER": "mois"}, {"LOWER": {"IN": ["de", "d'"]}}, month]
    found.add(
        "MONTH",
        [
            [month, year],
            [before_month, month],
            [before_month, month, year],
            month_of,
            [*month_of, year],
        ],
    )
    found.add(
        "YEAR", [[{"LOWER": {"IN": list(lexicon.word_set("event_year_prepositions"))}}, year]]
    )
    found.add("YEAR_LIST", [[{"TEXT": {"IN": [",", "et"]}}, year]])  # « en 1951, 1961 et 1981 »
    found.add("NUMERIC", [[{"TEXT": {"REGEX": NUMERIC.pattern}}]])  # « 11/03/2020 »
    # « mardi », « le jeudi 18 », « samedi soir »: from the dateline
    found.add("WEEKDAY", [[weekday], [weekday, day], [weekday, part]])
    relday = [[{"LOWER": w} for w in words(p)] for p in weekdays.relative_days()]
    tensed = [p for p in weekdays.tensed_days()] + [
        p.replace("'", "’") for p in weekdays.tensed_days()
    ]
    found.add("RELDAY", [*relday, [{"LOWER": {"IN": tensed}}]])  # « aujourd'hui »: one token
    relative = [[{"LOWER": w} for w in words(p)] for p in relative_years() if p.startswith("l")]
    found.add("RELATIVE", relative)
    return found


REACH = 8  # at least the longest date pattern (tests/test_s17_speed.py checks it)


@functools.cache
def anchor_words() -> frozenset[str]:
    """Return words one of which every date pattern holds, but for years and numeric dates: a
    month, a weekday, a one-word day, and the longest word of each relative day or year phrase
    (the last of the longest: « année » in « cette année »; « cette » or « le » would put a
    window around most sentences)."""
    found = set(month_numbers()) | set(lexicon.word_set("french_weekdays"))
    found |= set(weekdays.tensed_days()) | {w.replace("'", "’") for w in weekdays.tensed_days()}
    phrases = [words(phrase) for phrase in [*weekdays.relative_days(), *relative_years()]]
    return frozenset(found | {max(reversed(phrase), key=len) for phrase in phrases if phrase})


def is_anchor(lower: str) -> bool:
    """Tell whether a token (lower-cased) may be in a date: the matcher runs around these."""
    return (
        lower in anchor_words()
        or (lower.isdigit() and len(lower) == 4)
        or NUMERIC.match(lower) is not None
    )


@functools.cache
def relative_years() -> dict[str, int]:
    """Return the phrases that name a year from the last one dated, with their shift in years."""
    return {k: v for k, v in numbers.table("event_relative_years").items()}
