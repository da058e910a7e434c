"""A card is read weeks after its article: its time words are dated, its « Qui » agrees.

« a affirmé l'ONU lundi » means nothing a month later: the day is named from the article's date
(« le 15 février 2016 »), and so are « hier », « ce week-end », « la semaine dernière »,
« en novembre dernier », « l'an dernier ». A weekday takes the last such day in a past clause, the
next one in a future clause; when the clause tells neither, the month both fall in, else the word
is left out. Words inside a quotation or a cloze gap are the article's and stay.

« Qui » agrees and « de le » contracts (`agreement`). Word lists: lexicon/question_time_periods.txt,
question_future_words.txt, question_future_not_verbs.txt.
"""

from __future__ import annotations

import datetime
import functools
import re
from collections.abc import Callable
from dataclasses import replace

from generators import lexicon
from generators.french import numbers
from generators.french.dates import date_text
from generators.questions.agreement import PROTECTED, agree_who, contract, outside_quotes
from generators.questions.clause_tense import clause_tense
from generators.questions.this_dates import the_day, this_dates
from generators.records import Question

_APOSTROPHE = "['’]"
_PREPOSITIONS = r"depuis|dès|pour|avant|après|jusqu['’]à|à partir de|au cours de|de|d['’]"


def retouched(question: Question, article_date: str) -> Question:
    """Return `question` with its time words dated and its « Qui » and contractions fixed.

    A prompt that already says its date (« … en mars 2018 ? ») keeps a time word it carries: that
    word came in with a wrong object, and the quality filter drops the card."""
    timed = _retime_shown(question.prompt, article_date)
    if timed != question.prompt and _asked_with_date(question):
        timed = question.prompt
    prompt = agree_who(contract(_dated_gap(_apart(timed), question.answer)))
    return question if prompt == question.prompt else replace(question, prompt=prompt)


@functools.cache
def _date_before_figure() -> re.Pattern[str]:
    """« compte le 15 mars 2017 7 000 habitants »: a date inside the clause right before a figure."""
    months = "|".join(lexicon.words("french_months"))
    return re.compile(
        rf"(?<=\w)\s+(le (?:1er|\d{{1,2}}) (?:{months}) \d{{4}})\s+"
        r"(?=(?:(?:plus|moins|près|environ)\s+(?:de\s+|d['’])?)?(?:\d|\{\{c\d+::\d|…))"
    )


def _apart(prompt: str) -> str:
    """Set a date apart with commas when a figure follows it inside the clause (« compte, le 15
    mars 2017, 7 000 habitants »): two figures side by side read as one."""
    return _date_before_figure().sub(r", \1, ", prompt)


def _dated_gap(prompt: str, answer: str) -> str:
    """Return « … un rebondissement ce … » (or « ce {{c1::…}} ») as « … le … » when the gap stands
    for a dated day (« 9 juin 2016 », « samedi 26 mai »): « ce 9 juin 2016 » is no French, and
    « ce » points back to the article's day."""
    weekdays = "|".join(numbers.table("event_weekday_numbers"))
    if not re.match(rf"^(?:le\s+)?(?:(?:{weekdays})\s+)?(?:\d{{1,2}}|1er)\s", answer, re.I):
        return prompt
    return re.sub(
        r"(?<![\w-])(?:([Ee])n\s+|(de|De|à|À)\s+)?([Cc])et?\s+(…|\{\{c\d+::)",
        _the_day,  # « En ce 4 mai » → « Le 4 mai »; « la nuit de ce samedi » → « du samedi »
        prompt,
    )


def _the_day(found: re.Match[str]) -> str:
    """Return the definite article that replaces « ce » before a dated gap, contracted with the
    « de » or « à » before it (« de ce … » → « du … », « à ce … » → « au … »)."""
    en, prep, ce, gap = found.groups()
    return f"{the_day(prep, (en or prep or ce)[0].isupper())} {gap}"


def _retime_shown(prompt: str, article_date: str) -> str:
    """Retime a prompt; a sentence shown between « » to complete (« Complétez : « … » ») is the
    card's own text, not a quotation."""
    shown = re.match(r"^(Complétez[^«]*«\s*)(.*?)(\s*»\s*)$", prompt, re.S)
    if shown:
        return shown.group(1) + retime(shown.group(2), article_date) + shown.group(3)
    return retime(prompt, article_date)


def retime(text: str, article_date: str) -> str:
    """Return `text` with the time words named from `article_date` (ISO) replaced by dates."""
    today = _day(article_date)
    if today is None:
        return text
    whole = text
    for step in (this_dates, _periods, _months_relative, _relative_days, _nights, _weekdays):
        whole = outside_quotes(whole, functools.partial(_step, step, whole, today))
    return whole


def _step(
    step: Callable[[str, str, datetime.date], str], sentence: str, today: datetime.date, part: str
) -> str:
    """Apply one retiming `step` to a part of `sentence`."""
    return step(part, sentence, today)


_FULL_DATE = re.compile(
    r"\b(?:en|le|du) (?:(?:\d{1,2}|1er) )?(?:janvier|février|mars|avril|mai|juin|juillet|août"
    r"|septembre|octobre|novembre|décembre) (?:1[5-9]|20)\d\d\b"
)


def _asked_with_date(question: Question) -> bool:
    """Tell a question built around a clause that already names its date (not a sentence shown)."""
    if question.kind in ("cloze", "truefalse") or question.prompt.startswith("Complétez"):
        return False
    return bool(_FULL_DATE.search(PROTECTED.sub(" ", question.prompt)))


def _day(article_date: str) -> datetime.date | None:
    """Return the article's date as a day, or None when it gives no day."""
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", article_date or ""):
        return None
    try:
        return datetime.date.fromisoformat(article_date)
    except ValueError:
        return None


def _capital(original: str, new: str) -> str:
    """Return `new` with a capital if `original` had one (a sentence's first word)."""
    return new[:1].upper() + new[1:] if original[:1].isupper() else new


def _iso(day: datetime.date) -> str:
    return day.isoformat()


# --- periods: « la semaine dernière », « le mois dernier », « l'an dernier », « ce week-end »


@functools.cache
def _period_table() -> dict[str, tuple[str, int]]:
    table: dict[str, tuple[str, int]] = {}
    for entry in lexicon.words("question_time_periods"):
        phrase, unit, shift = entry.rsplit(" ", 2)
        table[phrase.lower()] = (unit, int(shift))
    return table


@functools.cache
def _period_pattern() -> re.Pattern[str]:
    forms = []
    for phrase in sorted(_period_table(), key=len, reverse=True):
        body = _phrase_form(phrase)
        forms.append(body)
        if phrase.startswith("le "):  # « du mois dernier », « au mois prochain »
            forms.append("(?:du|au)" + body[len("le") :])
    return _after_preposition("|".join(forms))


def _periods(part: str, _sentence: str, today: datetime.date) -> str:
    def sub(found: re.Match[str]) -> str:
        phrase, prep = _words(found)
        if phrase.startswith(("du ", "au ")):
            prep, phrase = ("de" if phrase.startswith("du") else "à"), "le " + phrase[3:]
        unit, shift = _period_table()[phrase]
        new = _period_text(unit, shift, today, prep)
        if unit == "year" and prep in ("de", "d'") and _after_month(part[: found.start()]):
            new = new.removeprefix("de ")  # « le 17 octobre de l'année dernière » → « … 2016 »
        if not new:
            return found.group(0)
        if not prep and _is_subject(part, found):
            new = _subject_period(new, phrase)  # « Cette année n'a pas … » → « L’année 2017 n'a … »
        head = found.group("prep") or found.group("phrase")
        return _capital(head, new)

    return _period_pattern().sub(sub, part)


def _after_month(before: str) -> bool:
    """Tell whether `before` ends on a month (« le 17 octobre », « en mai »): a year follows it bare."""
    last = before.rstrip().rsplit(" ", 1)[-1]
    return last.lower() in lexicon.word_set("french_months")


def _is_subject(part: str, found: re.Match[str]) -> bool:
    """Tell a period phrase that opens its clause and is followed by its verb, not a comma
    (« Cette année n'a pas connu … », not « Cette année, le prix … » nor « … cette année »)."""
    before = part[: found.start()].rstrip()
    opens = not before or before[-1] in '.;:«"('
    return opens and not re.match(r"\s*[,)]", part[found.end() :])


def _subject_period(new: str, phrase: str) -> str:
    """« en 2017 » → « l’année 2017 » (« l’an 2017 » for « l'an dernier »: its participles agree
    with « an »), « en février 2018 » → « le mois de février 2018 »."""
    if re.fullmatch(r"en \d{4}", new):
        return ("l’an " if phrase.startswith("l'an ") else "l’année ") + new[3:]
    if new.startswith("en "):
        return "le mois de " + new[3:]
    return new


def _period_text(unit: str, shift: int, today: datetime.date, prep: str) -> str:
    """Return the period named: « la semaine du 5 mars 2018 », « en février 2018 », « en 2017 »."""
    lead = f"{prep} " if prep else ""
    if unit == "year":
        named = str(today.year + shift)
        if not prep:
            return f"en {named}"
        return f"de {named}" if prep in ("de", "d'") else f"{prep} {named}"
    if unit == "month":
        month = (today.month - 1 + shift) % 12 + 1
        year = today.year + (today.month - 1 + shift) // 12
        name = date_text(f"{year}-{month:02d}", with_preposition=False)
        if not prep or prep == "à":
            return f"en {name}"
        return f"de {name}" if prep in ("de", "d'") else f"{prep} {name}"
    if unit == "week":
        monday = today - datetime.timedelta(days=today.weekday()) + datetime.timedelta(weeks=shift)
        return f"{lead}la semaine du {date_text(_iso(monday), with_preposition=False)}"
    saturday = _weekend(today, shift)
    if saturday is None:
        return ""
    words = _weekend_text(saturday)
    return f"du {words}" if prep in ("de", "d'") else f"{lead}le {words}"


def _weekend(today: datetime.date, shift: int) -> datetime.date | None:
    """Return the Saturday of the weekend meant (this one: the current or the last one)."""
    last = today - datetime.timedelta(days=(today.weekday() - 5) % 7)
    if shift < 0:
        return last - datetime.timedelta(days=7) if today.weekday() >= 5 else last
    if shift > 0:
        return last + datetime.timedelta(days=7)
    return last if today.weekday() in (5, 6, 0) else None  # Tuesday to Friday: which one?


def _weekend_text(saturday: datetime.date) -> str:
    sunday = saturday + datetime.timedelta(days=1)
    end = date_text(_iso(sunday), with_preposition=False)
    if saturday.month == sunday.month:
        return f"week-end des {saturday.day} et {end}"
    return f"week-end du {date_text(_iso(saturday), with_preposition=False)} au {end}"


# --- « en novembre dernier », « le 3 mars prochain »


@functools.cache
def _month_pattern() -> re.Pattern[str]:
    months = "|".join(lexicon.words("french_months"))
    return re.compile(
        rf"(?<![\w-])(?:(?P<day>\d{{1,2}}|1er)\s+)?(?P<month>{months})\s+(?P<rel>dernier|prochain)(?![\w-])",
        re.I,
    )


def _months_relative(part: str, _sentence: str, today: datetime.date) -> str:
    months = [m.lower() for m in lexicon.words("french_months")]

    def sub(found: re.Match[str]) -> str:
        month = months.index(found.group("month").lower()) + 1
        day = int(found.group("day").rstrip("er")) if found.group("day") else 0
        here, there = (today.month, today.day if day else 0), (month, day)
        if here == there or (not day and month == today.month):
            return found.group(0)  # this very month: last year's or this one's?
        past = found.group("rel").lower() == "dernier"
        year = today.year - (there > here) if past else today.year + (there < here)
        kept = f"{found.group('day')} " if found.group("day") else ""
        return f"{kept}{found.group('month')} {year}"

    return _month_pattern().sub(sub, part)


# --- « hier », « demain », « aujourd'hui », « ce soir »


@functools.cache
def _day_table() -> dict[str, int]:
    return numbers.table("event_relative_days") | numbers.table("event_tensed_days")


def _phrase_form(phrase: str) -> str:
    """Return the pattern of a time phrase: either apostrophe, any spaces between its words."""
    return re.escape(phrase).replace("'", _APOSTROPHE).replace(r"\ ", r"\s+")


def _after_preposition(forms: str) -> re.Pattern[str]:
    """Return the pattern of one of `forms` (group « phrase »), after an optional preposition."""
    return re.compile(
        rf"(?<![\w-])(?:(?P<prep>{_PREPOSITIONS})\s*)?(?P<phrase>{forms})(?![\w-])", re.I
    )


def _words(found: re.Match[str]) -> tuple[str, str]:
    """Return the phrase and the preposition `found`, lower-case, single-spaced, apostrophes plain."""
    phrase = re.sub(r"\s+", " ", found.group("phrase").lower().replace("’", "'"))
    return phrase, (found.group("prep") or "").lower().replace("’", "'")


@functools.cache
def _day_pattern() -> re.Pattern[str]:
    """A relative day, after an optional preposition, and the part of the day after it (« demain
    matin »: group « part »)."""
    phrases = "|".join(_phrase_form(p) for p in sorted(_day_table(), key=len, reverse=True))
    return re.compile(
        rf"(?<![\w-])(?:(?P<prep>{_PREPOSITIONS})\s*)?(?P<phrase>{phrases})"
        r"(?:\s+(?P<part>matin|soir|après-midi))?(?![\w-])",
        re.I,
    )


def _relative_days(part: str, sentence: str, today: datetime.date) -> str:
    def sub(found: re.Match[str]) -> str:
        phrase, prep = _words(found)
        if phrase in numbers.table("event_tensed_days") and _nowadays(
            sentence, found.group("phrase"), prep
        ):
            return found.group(0)  # « les jeunes d'aujourd'hui », « aujourd'hui, on lit moins »
        day = today + datetime.timedelta(days=_day_table()[phrase])
        new = _dated(day, prep) + _part_of_day(f"{phrase} {found.group('part') or ''}".lower())
        return _capital(found.group("prep") or found.group("phrase"), new)

    return _day_pattern().sub(sub, part)


def _nowadays(sentence: str, word: str, prep: str) -> bool:
    """Tell « aujourd'hui » meaning nowadays: « d'aujourd'hui », « encore aujourd'hui », a contrast
    with a year before it (« 4 enfants en 2000, 3 aujourd'hui »), or opening a present clause."""
    if prep in ("de", "d'"):
        return True
    at = sentence.find(word)
    before, after = sentence[: max(at, 0)], sentence[max(at, 0) + len(word) :]
    if re.search(r"(?:encore|comme|jusqu['’]à)\s*$", before, re.I) or re.match(
        r"\s*encore\b", after
    ):
        return True
    if re.search(r"(?<![\w-])(?:en|de|depuis) (?:(?:1[5-9]|20)\d\d\b|…|\{\{c\d+::)", before):
        return True
    return at <= 0 and clause_tense(sentence, word) == "present"


def _dated(day: datetime.date, prep: str) -> str:
    """Return « le 11 mars 2018 » after its preposition (« du », « depuis le », « jusqu'au »)."""
    text = date_text(_iso(day), with_preposition=False)
    if prep in ("de", "d'"):
        return f"du {text}"
    if prep.startswith("jusqu"):
        return f"jusqu'au {text}"
    return f"{prep} le {text}" if prep else f"le {text}"


def _part_of_day(phrase: str) -> str:
    if "soir" in phrase:
        return " au soir"
    if "matin" in phrase:
        return " au matin"
    return " dans l'après-midi" if "après-midi" in phrase else ""


# --- a night between two weekdays: « dans la nuit de mercredi à jeudi »


@functools.cache
def _night_pattern() -> re.Pattern[str]:
    days = "|".join(numbers.table("event_weekday_numbers"))
    return re.compile(
        rf"(?<![\w-])(?P<night>nuit)\s+d[eu]\s+(?P<first>{days})\s+(?:à|au)\s+(?P<second>{days})"
        r"(?![\w-])(?!\s*(?:\d|1er\b))",
        re.I,
    )


def _nights(part: str, sentence: str, today: datetime.date) -> str:
    """Return « la nuit de mercredi à jeudi » as « la nuit du 23 au 24 mars 2016 » (the night
    before or after the article's day, by the clause's tense); left as is when the tense is unsure."""

    def sub(found: re.Match[str]) -> str:
        table = numbers.table("event_weekday_numbers")
        first, second = table[found.group("first").lower()], table[found.group("second").lower()]
        tense = clause_tense(sentence, found.group("second"))
        if (second - first) % 7 != 1 or tense not in ("past", "future"):
            return found.group(0)
        if tense == "past":
            morning = today - datetime.timedelta(days=(today.weekday() - second) % 7)
        else:
            morning = today + datetime.timedelta(days=(second - today.weekday()) % 7 or 7)
        evening = morning - datetime.timedelta(days=1)
        end = date_text(_iso(morning), with_preposition=False)
        start = date_text(_iso(evening), with_preposition=False).rsplit(" ", 1)[0]
        if evening.month == morning.month:
            start = start.split(" ", 1)[0]
        return f"{found.group('night')} du {start} au {end}"

    return _night_pattern().sub(sub, part)


# --- weekdays: « lundi », « ce mardi », « jeudi dernier », « samedi soir »


@functools.cache
def _weekday_pattern() -> re.Pattern[str]:
    days = "|".join(numbers.table("event_weekday_numbers"))
    months = "|".join(lexicon.words("french_months"))  # « ce lundi, 13 février, »: its date
    return re.compile(
        rf"(?<![\w-])(?:(?P<before>(?!(?:ce|cet)\s)[\w’']+)\s+)?(?P<ce>(?:ce|cet)\s+)?(?P<day>{days})"
        r"(?P<rel>\s+(?:dernier|prochain))?(?P<part>\s+(?:soir|matin|après-midi))?"
        r"(?![\w-])(?!\s*(?:\d|1er\b|de\b|d['’]))"
        rf"(?=(?P<apposed>\s*,\s*(?:(?:1\s?er|\d{{1,2}})\s+(?:{months})\b|…\s*(?:,|$)|$)))?",
        re.I,
    )


def _weekdays(part: str, sentence: str, today: datetime.date) -> str:
    blockers = lexicon.word_set("event_weekday_blockers") | lexicon.word_set(
        "event_weekday_end_bounds"
    )

    def sub(found: re.Match[str]) -> str:
        before = (found.group("before") or "").lower().replace("’", "'")
        if before in blockers or before.startswith("jusqu"):
            return found.group(0)  # « chaque mardi », « du lundi au vendredi »
        if found.group("apposed") is not None and _date_apposed(found.group("apposed"), sentence):
            if not found.group("ce"):  # « ce lundi matin, 13 février, »: dated there
                return found.group(0)
            said = f"le {found.group('day')}{found.group('part') or ''}"
            before_word = f"{found.group('before')} " if found.group("before") else ""
            return before_word + (said if before_word else _capital(found.group("ce"), said))
        weekday = numbers.table("event_weekday_numbers")[found.group("day").lower()]
        rel = (found.group("rel") or "").strip().lower()
        tense = {"dernier": "past", "prochain": "future"}.get(rel) or clause_tense(
            sentence, found.group("day")
        )
        back = (today.weekday() - weekday) % 7 or (7 if rel == "dernier" else 0)
        ahead = (weekday - today.weekday()) % 7 or (7 if rel == "prochain" else 0)
        last = today - datetime.timedelta(days=back)
        coming = today + datetime.timedelta(days=ahead)
        prefix = f"{found.group('before')} " if found.group("before") else ""
        head = found.group("ce") or found.group("day")
        if tense in ("past", "future") or last == coming:  # or the article's own day
            day = last if tense == "past" else coming
            new = _dated(day, "") + _part_of_day((found.group("part") or "").lower())
        elif (last.year, last.month) == (coming.year, coming.month) and not _governed(before):
            new = date_text(_iso(last)[:7])
        else:
            return found.group(0)
        return prefix + (new if prefix else _capital(head, new))

    return _weekday_pattern().sub(sub, part)


def _date_apposed(apposed: str, sentence: str) -> bool:
    """Tell whether what follows « ce lundi, » is its date: written, or the cloze's gap when the
    gap holds a day of the month (« ce lundi, {{c1::13 février}}, »), not a count."""
    if apposed.strip(" ,"):
        return True  # « 13 », « 1er », « …, »
    months = "|".join(lexicon.words("french_months"))
    return re.search(rf"\{{\{{c\d+::\s*(?:1\s?er|\d{{1,2}})\s+(?:{months})\b", sentence) is not None


def _governed(before: str) -> bool:
    """Tell a weekday after a preposition (« de jeudi à vendredi »): « en mars » cannot follow it."""
    return re.fullmatch(rf"(?:{_PREPOSITIONS}|à|au|du)", before) is not None
