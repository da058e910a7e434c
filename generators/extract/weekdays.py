"""Days named from the dateline: « mardi », « ce jeudi », « le jeudi 18 », « lundi dernier », « hier »."""

from __future__ import annotations

import datetime
import functools
import re
from typing import TYPE_CHECKING

from generators import lexicon
from generators.extract.tokens import month_numbers
from generators.french import numbers

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_FUTURE_AUXILIARIES = ("aller", "devoir")
_SHIFT_MIN_DAYS = 31  # a day-month this close to the dateline keeps its year (late dateline)


@functools.cache
def weekday_numbers() -> dict[str, int]:
    """Return the weekdays with their number (Monday 0)."""
    return numbers.table("event_weekday_numbers")


@functools.cache
def relative_days() -> dict[str, int]:
    """Return the phrases that name a day from the dateline, with their shift in days."""
    return numbers.table("event_relative_days")


@functools.cache
def tensed_days() -> dict[str, int]:
    """Return the days named from the dateline only in a past or future clause (« aujourd'hui »)."""
    return numbers.table("event_tensed_days")


def dateline_day(date: str | None) -> datetime.date | None:
    """Return the article's dateline as a date when it gives a day, else None."""
    if not date or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
        return None
    return datetime.date.fromisoformat(date)


def quoted(doc: Doc, span: Span) -> bool:
    """Tell whether `span` stands inside quote marks opened earlier in its sentence."""
    before_span = doc[span.sent.start : span.start]
    opened = sum(t.text in ("«", "“") for t in before_span)
    return opened > sum(t.text in ("»", "”") for t in before_span)


def blocked(doc: Doc, span: Span) -> bool:
    """Tell whether a day is a habit, a span or quoted (« chaque mardi », « du lundi au vendredi »)."""
    if quoted(doc, span):
        return True  # « si je pars demain »: a day of the speaker's, not of the dateline
    if span.label_ != "WEEKDAY":
        return False
    has_day = any(t.like_num for t in span)
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    if before in lexicon.word_set("event_weekday_blockers") and not (before == "le" and has_day):
        return True
    two_before = "".join(t.lower_ for t in doc[max(0, span.start - 2) : span.start])
    if two_before in lexicon.word_set("event_weekday_end_bounds"):
        return True  # « jusqu'à samedi »: where a period ends
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
    phrase = " ".join(t.lower_ for t in span).replace("’", "'")
    ahead = tensed_days().get(phrase, relative_days().get(phrase, -1))
    if ahead >= 0 and _conditional(verb):
        return (
            None  # « il compterait aujourd'hui », « demain, les prix pourraient »: no dated event
        )
    if phrase in tensed_days():
        if _tense(verb) == "present":
            return None  # « aujourd'hui, les villes … »: nowadays
        return _pinned(doc, span, today + datetime.timedelta(days=tensed_days()[phrase]))
    if phrase in relative_days():
        return _pinned(doc, span, today + datetime.timedelta(days=relative_days()[phrase]))
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
    ahead = (weekday - today.weekday()) % 7
    if tense == "past" and after != "dernier" and _imperfect(verb) and back > 3 and 0 < ahead <= 3:
        tense = "future"  # « l'équipe se rendait à X pour la finale mercredi »: still to come
    if tense == "past" or (tense == "present" and back == 0):
        back = back or (7 if after == "dernier" else 0)
        return (today - datetime.timedelta(days=back)).isoformat()
    if tense == "future":
        ahead = (weekday - today.weekday()) % 7 or (7 if after == "prochain" else 0)
        return (today + datetime.timedelta(days=ahead)).isoformat()
    return None


def _pinned(doc: Doc, span: Span, day: datetime.date) -> str:
    """Return the ISO date of a relative day, moved to the weekday set beside it when the dateline
    lags (« Demain, dimanche » in an article dated a day after it was written)."""
    k = span.end + (1 if span.end < len(doc) and doc[span.end].text == "," else 0)
    weekday = weekday_numbers().get(doc[k].lower_) if k < len(doc) else None
    if weekday is None:
        return day.isoformat()
    shift = (weekday - day.weekday() + 3) % 7 - 3  # the nearest such weekday, within three days
    return (day + datetime.timedelta(days=shift)).isoformat()


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


def _conditional(verb: Token) -> bool:
    """Tell whether the clause of `verb` is in the conditional (hearsay or hypothesis)."""
    for tok in (verb, verb.head):
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        helpers = [c for c in tok.children if c.dep_.startswith("aux") or c.dep_ == "cop"]
        return any(
            "Cnd" in form.morph.get("Mood", []) or _conditional_form(form)
            for form in [*helpers, tok]
        )
    return False


@functools.cache
def _conditional_stems() -> dict[str, str]:
    """Return the verbs whose conditional stem is not their infinitive (« pouvoir » → « pourr »)."""
    pairs = (entry.split() for entry in lexicon.words("event_conditional_stems"))
    return {lemma: stem for lemma, stem in pairs}


def _future_stem(tok: Token) -> str:
    """Return the stem of the future and the conditional (« compter », « prendr », « pourr »)."""
    lemma = tok.lemma_.lower()
    return _conditional_stems().get(lemma) or (lemma[:-1] if lemma.endswith("re") else lemma)


def _conditional_form(tok: Token) -> bool:
    """Tell a conditional by its form when the tagger reads it as an imperfect (« compterait »)."""
    stem = _future_stem(tok)
    return any(tok.lower_ == stem + ending for ending in ("ait", "aient", "ais", "ions", "iez"))


def _future_form(tok: Token) -> bool:
    """Tell a future by its form when the tagger reads it as a present (« réunira »)."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    stem = _future_stem(tok)
    return any(tok.lower_ == stem + ending for ending in ("a", "ont", "ai", "as", "ons", "ez"))


def not_yet(verb: Token) -> bool:
    """Tell a verb in the future or the conditional, by its tags or its form (« deviendra »,
    « serait »): what it says is not the case yet."""
    tagged = "Fut" in verb.morph.get("Tense", []) or "Cnd" in verb.morph.get("Mood", [])
    return tagged or _future_form(verb) or _conditional_form(verb)


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
        if "Fut" in tenses or "Cnd" in moods or any(_future_form(f) for f in [*helpers, tok]):
            return "future"
        if any(h.dep_ == "aux:tense" for h in helpers) or "Imp" in tenses:
            return "past"
        if helpers and _announcing(tok):
            return "future"  # « le vote est prévu mardi »
        if helpers:  # « est + participe »: a past with « être » verbs, else a present passive
            reflexive = any(c.lower_ in ("se", "s'") for c in tok.children)
            past = reflexive or tok.lemma_ in lexicon.word_set("event_etre_verbs")
            return "past" if past else "present"
        if tok.morph.get("VerbForm", []) == ["Part"] and "Past" in tenses:
            return "past"  # « un attentat perpétré ce mardi »
        if tok.morph.get("VerbForm", []) == ["Fin"]:
            return "past" if "Past" in tenses else "present"
    return "present"


def _imperfect(verb: Token) -> bool:
    """Tell a clause in the imperfect (« se rendait »), whose weekday may be still to come at the
    dateline: a past seen from inside, not a passé composé."""
    helpers = [c for c in verb.children if c.dep_.startswith("aux")]
    return "Imp" in verb.morph.get("Tense", []) and not helpers


def _announcing(tok: Token) -> bool:
    """Tell whether a participle announces what is to come (lexicon event_future_participles)."""
    verbs = lexicon.word_set("event_future_participles")
    return tok.lemma_.lower() in verbs and "Part" in tok.morph.get("VerbForm", [])


@functools.cache
def _year_markers() -> dict[str, int]:
    """Return the words before a date that make it past (-1) or future (1) whatever the tense."""
    return numbers.table("event_year_tense_markers")


def year_of_day(
    span: Span, verb: Token, date: str, day_month: tuple[int, int | None], named: int | None
) -> tuple[int, bool]:
    """Return the dateline year of a day-month (or month) without year, and whether it is sure.

    A past clause takes the year written out in the sentence before (`named`) when the day then
    falls before the dateline (« En 1967, … Le 5 juin, les chars sont entrés »). Else a past
    clause (or « depuis le ») on a day more than a month after the dateline is the year before, a
    future one more than a month before it the year after; a shift in a quote or off a noun is unsure.
    """
    month, day = day_month
    found = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", date)
    year, this_month, this_day = (
        (int(g) if g else 0 for g in found.groups()) if found else (0, 0, 0)
    )
    exact = day is not None and this_day > 0
    gap = (month - this_month) * 31 + ((day or 0) - this_day if exact else 0)  # days after, roughly
    after, before = gap > _SHIFT_MIN_DAYS, gap < -_SHIFT_MIN_DAYS  # a close day: a lag, an update
    marker = _marker(span.doc, span)
    clause = _verb_above(verb)
    tense = {-1: "past", 1: "future"}.get(marker) or (_tense(clause) if clause else "present")
    if tense == "past" and named is not None and (named < year or (named == year and gap <= 0)):
        return named, True
    if not this_month:
        return year, True
    shift = -1 if tense == "past" and after else 1 if tense == "future" and before else 0
    if not shift:
        return year, True
    nominal = verb.pos_ in ("NOUN", "PROPN") and not marker  # « la réunion du 24 août »
    return year + shift, not (quoted(span.doc, span) or nominal)


def _marker(doc: Doc, span: Span) -> int:
    """Return the shift of a marker word right before the date (« depuis le 24 août »), else 0."""
    first = next((t.i for t in span if t.like_num or t.lower_ in month_numbers()), span.start)
    if first > 0 and doc[first - 1].lower_ in ("le", "l'", "la"):
        first -= 1
    words = " " + " ".join(t.lower_ for t in doc[max(0, first - 3) : first])
    for phrase, shift in _year_markers().items():
        if words.endswith(" " + " ".join(re.findall(r"\w+'|\w+|[^\w\s]", phrase))):
            return shift
    return 0


def _verb_above(tok: Token) -> Token | None:
    """Return `tok` when a verb, else the closest verb above it, or None."""
    while tok.pos_ not in ("VERB", "AUX"):
        copula = next((c for c in tok.children if c.dep_ == "cop"), None)
        if copula is not None:
            return copula  # « le pont sera ouvert le 5 janvier »
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return tok
