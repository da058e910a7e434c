"""Days named from the dateline: « mardi », « ce jeudi », « le jeudi 18 », « lundi dernier », « hier »."""

from __future__ import annotations

import datetime
import functools
import re
from typing import TYPE_CHECKING

from generators import lexicon
from generators.french import numbers

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_FUTURE_AUXILIARIES = ("aller", "devoir")


@functools.cache
def weekday_numbers() -> dict[str, int]:
    """Return the weekdays with their number (Monday 0)."""
    return numbers.table("event_weekday_numbers")


@functools.cache
def relative_days() -> dict[str, int]:
    """Return the phrases that name a day from the dateline, with their shift in days."""
    return numbers.table("event_relative_days")


def dateline_day(date: str | None) -> datetime.date | None:
    """Return the article's dateline as a date when it gives a day, else None."""
    if not date or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
        return None
    return datetime.date.fromisoformat(date)


def blocked(doc: Doc, span: Span) -> bool:
    """Tell whether a day is a habit, a span or quoted (« chaque mardi », « du lundi au vendredi »)."""
    before_span = doc[span.sent.start : span.start]
    if sum(t.text in ("«", "“") for t in before_span) > sum(
        t.text in ("»", "”") for t in before_span
    ):
        return True  # « si je pars demain »: a day of the speaker's, not of the dateline
    if span.label_ != "WEEKDAY":
        return False
    has_day = any(t.like_num for t in span)
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    if before in lexicon.word_set("event_weekday_blockers") and not (before == "le" and has_day):
        return True
    return span.end < len(doc) and doc[span.end].lower_ in ("de", "d'")  # « lundi de Pâques »


def bounds(doc: Doc, span: Span) -> tuple[int, int]:
    """Return the surface of a weekday with « ce » before and « dernier »/« prochain » after it."""
    start, end = span.start, span.end
    if start > 0 and doc[start - 1].lower_ in ("ce", "cet", "cette"):
        start -= 1
    if end < len(doc) and doc[end].lower_ in ("dernier", "prochain"):
        end += 1
    return start, end


def resolve(doc: Doc, span: Span, verb: Token, date: str | None) -> str | None:
    """Return the ISO date of a weekday or relative day from the dateline, or None when unsure."""
    today = dateline_day(date)
    if today is None:
        return None
    phrase = " ".join(t.lower_ for t in span)
    if phrase in relative_days():
        return (today + datetime.timedelta(days=relative_days()[phrase])).isoformat()
    weekday = next(
        (weekday_numbers()[t.lower_] for t in span if t.lower_ in weekday_numbers()), None
    )
    if weekday is None:
        return None
    day = next(
        (int(t.text.rstrip("er")) for t in span if re.fullmatch(r"\d{1,2}(er)?", t.text)), None
    )
    if day is not None:
        return _with_day(today, weekday, day)
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    tense = {"dernier": "past", "prochain": "future"}.get(after) or _tense(verb)
    back = (today.weekday() - weekday) % 7
    if tense == "past" or (tense == "present" and back == 0):
        back = back or (7 if after == "dernier" else 0)
        return (today - datetime.timedelta(days=back)).isoformat()
    if tense == "future":
        ahead = (weekday - today.weekday()) % 7 or (7 if after == "prochain" else 0)
        return (today + datetime.timedelta(days=ahead)).isoformat()
    return None


def _with_day(today: datetime.date, weekday: int, day: int) -> str | None:
    """Return the date of « jeudi 18 » near the dateline: the month whose 18th is a Thursday."""
    for shift in (0, -1, 1):
        month = (today.month - 1 + shift) % 12 + 1
        year = today.year + (today.month - 1 + shift) // 12
        try:
            candidate = datetime.date(year, month, day)
        except ValueError:
            continue
        if candidate.weekday() == weekday:
            return candidate.isoformat()
    return None


def _tense(verb: Token) -> str:
    """Return past, future or present for the clause of `verb` (its auxiliaries included)."""
    for tok in (verb, verb.head):
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        helpers = [c for c in tok.children if c.dep_.startswith("aux") or c.dep_ == "cop"]
        if tok.dep_ == "xcomp" and tok.head.lemma_ in _FUTURE_AUXILIARIES:
            return "future"  # « va être remis », « doit se tenir »
        if any(h.lemma_ in _FUTURE_AUXILIARIES for h in helpers):
            return "future"
        tenses = {t for form in [*helpers, tok] for t in form.morph.get("Tense", [])}
        moods = {m for form in [*helpers, tok] for m in form.morph.get("Mood", [])}
        if "Fut" in tenses or "Cnd" in moods:
            return "future"
        if any(h.dep_ == "aux:tense" for h in helpers) or "Imp" in tenses:
            return "past"
        if helpers:  # « est + participe »: a past with « être » verbs, else a present passive
            reflexive = any(c.lower_ in ("se", "s'") for c in tok.children)
            past = reflexive or tok.lemma_ in lexicon.word_set("event_etre_verbs")
            return "past" if past else "present"
        if tok.morph.get("VerbForm", []) == ["Part"] and "Past" in tenses:
            return "past"  # « un attentat perpétré ce mardi »
        if tok.morph.get("VerbForm", []) == ["Fin"]:
            return "past" if "Past" in tenses else "present"
    return "present"
