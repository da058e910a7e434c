"""Slips of an article's French mended in a card's prompt and answer: a teacher would not print
« plus que 200 morts » (« plus de »), « 20 seconde » or « une quarantaine de personne » (the
plural), « 1,5 milliard d'euro » (and « 1,5 millions »: singular under 2), « Au dimanche, on a
relevé … » or « … au lundi. » (a day is named bare), « après avoir disparue » (no agreement
after « avoir » with nothing before it), and homophones: « a l'issue » (« à »), « c'est
déroulé » (« s'est »), « se sont 128 États » (« ce sont »); and typography: « 1 er février »
(« 1er »), a unit said twice when the choices carry it (« à … % » with « 85 % » as a choice),
and the page's plain typing errors (questions/typos.py: « de de », « c'est à-dire »).
Quotations keep the speaker's words; the sentence shown to complete (« Complétez : « … » ») is
the card's own text. Word list: lexicon/question_slips.txt (with french_weekdays.txt and
numbers_approx_nouns.txt).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import replace

from generators import lexicon
from generators.french.numbers import parse_words
from generators.questions.typos import corrected
from generators.records import Question

_QUOTATION = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"]*\"")
_SHOWN = re.compile(r"^(Complétez[^«]*«\s*)(.*?)(\s*»\s*)$", re.S)
_DIGITS = r"\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
_WORDS = (
    r"deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|"
    r"vingt|trente|quarante|cinquante|soixante|cent|mille"
)
_NUMBER = rf"(?:{_DIGITS}|(?:{_WORDS})(?:[\s-](?:{_WORDS}|et|un|une))*|…)"
_GAP = r"(?:\{\{c\d+::)"


def mended(question: Question) -> Question:
    """Return `question` with its article's slips mended (module docstring)."""
    shown = _SHOWN.match(question.prompt)
    if shown:
        prompt = shown.group(1) + mend(shown.group(2), question.answer) + shown.group(3)
    else:
        prompt = mend(question.prompt)
    choices = tuple(corrected(c) for c in question.choices)  # the answer's choice mended alike
    prompt = _unit_once(ordinals(corrected(prompt)), choices)
    answer = ordinals(corrected(mend(question.answer)))
    if (prompt, answer, choices) == (question.prompt, question.answer, question.choices):
        return question
    return replace(question, prompt=prompt, answer=answer, choices=choices)


# « 1 er février », « le 2 e tour »: an ordinal's ending split from its number by a space
_SPLIT_ORDINAL = re.compile(r"(?<![\w,.])(\d{1,4})[\s\u00a0\u202f]+(er|re|ère|e|ème)(?![\w'’-])")


def ordinals(text: str) -> str:
    """Return `text` with its ordinals joined (« 1 er février » → « 1er février »); quotations
    too: the split is the page's typography, not the speaker's words."""
    return _SPLIT_ORDINAL.sub(r"\1\2", text)


def _unit_once(prompt: str, choices: tuple[str, ...]) -> str:
    """« … à hauteur de … %, » whose choices all say « 85 % »: the unit once, in the choices
    (the sentence filled with a choice would say it twice)."""
    if not choices or "…" not in prompt:
        return prompt
    units = {c.rsplit(" ", 1)[-1] for c in choices if " " in c}
    if len(units) != 1 or not all(" " in c for c in choices):
        return prompt
    return re.sub(rf"…\s+{re.escape(units.pop())}(?![\w-])", "…", prompt, count=1)


def mend(text: str, blank: str = "") -> str:
    """Return `text` with the slips mended outside quotations; `blank` is what its « … » stands
    for (« … seconde » takes the plural when it stands for 20)."""
    return _outside(
        text,
        lambda part: _homophones(_participles(_days(_plurals(_comparatives(part), blank)))),
    )


def _outside(text: str, change: Callable[[str], str]) -> str:
    parts, last = [], 0
    for found in _QUOTATION.finditer(text):
        parts += [change(text[last : found.start()]), found.group(0)]
        last = found.end()
    return "".join([*parts, change(text[last:])])


def _slips(kind: str) -> tuple[str, ...]:
    return lexicon.tagged("question_slips", kind)


@functools.cache
def _comparative_pattern() -> re.Pattern[str]:
    words = lexicon.alternation(_slips("comparative"))
    return re.compile(
        rf"(?<![\w'’-])(?P<word>{words}) que (?=(?:{_GAP})?(?:\d|…|(?:{_WORDS})(?![\w-])))",
        re.IGNORECASE,
    )


_NEGATION = re.compile(r"(?<![\w-])(?:ne|n['’]|pas|rien|jamais)(?![\w-])", re.IGNORECASE)


def _comparatives(part: str) -> str:
    """« plus que 200 morts » → « plus de 200 morts »; « ne … plus que 200 » (only) stays."""

    def sub(found: re.Match[str]) -> str:
        clause = re.split(r"[,;:.]", part[: found.start()])[-1]
        if _NEGATION.search(clause):
            return found.group(0)
        return f"{found.group('word')} de "

    return _comparative_pattern().sub(sub, part)


@functools.cache
def _plural_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    nouns = lexicon.alternation(_slips("counted"))
    approx = lexicon.alternation(tuple(e.split()[0] for e in lexicon.words("numbers_approx_nouns")))
    counted = re.compile(
        rf"(?<![\w,’'-])(?P<number>{_NUMBER})(?:\}}\}})?\s+(?P<noun>{nouns})(?![\w'’-])",
        re.IGNORECASE,
    )
    collective = re.compile(  # « une dizaine de », « 1,5 milliard d' », « {{c1::2 millions}} de »
        rf"(?<![\w-])(?:{approx}|millions?|milliards?|(?P<blank>…))s?(?:\}}\}})?\s+d(?:e\s+|['’])"
        rf"(?P<noun>{nouns})(?![\w'’-])",
        re.IGNORECASE,
    )
    return counted, collective


def _plurals(part: str, blank: str) -> str:
    """« 20 seconde », « 1,5 milliard d'euro », « une quarantaine de personne »: the plural."""
    counted, collective = _plural_patterns()

    def numbered(found: re.Match[str]) -> str:
        number = found.group("number")
        value = _value(blank if number == "…" else number)
        if value is None or value < 2 or _clock_time(found):
            return found.group(0)
        return found.group(0) + "s"

    def collected(found: re.Match[str]) -> str:
        if found.group("blank") and not re.search(r"(?:milli(?:on|ard)|aine)s?$", blank):
            return found.group(0)  # « … de personne »: the plural only if « … » stands for one
        return found.group(0) + "s"

    part = counted.sub(numbered, part)
    return collective.sub(collected, _SCALE_OF_ONE.sub(r"\g<number>\g<space>\g<scale>", part))


def _clock_time(found: re.Match[str]) -> bool:
    """« à 2 h 30 heure locale »: the minutes of a time of day, no count of hours."""
    if found.group("noun").lower() != "heure":
        return False
    before, after = found.string[: found.start()], found.string[found.end() :]
    return re.search(r"\bh\s*$", before) is not None or re.match(r"\s+locale\b", after) is not None


# « 1,5 millions de cas »: a scale word under 2 stays singular (« 1,5 million »)
_SCALE_OF_ONE = re.compile(
    r"(?<![\d,.\w])(?P<number>[01](?:,\d+)?)(?P<space>\s+)(?P<scale>milli(?:on|ard))s(?![\w-])"
)


def _value(number: str) -> float | None:
    if not number:
        return None
    digits = re.sub(r"[\s\u00a0\u202f]", "", number).replace(",", ".")
    if re.fullmatch(r"\d+(?:\.\d+)?", digits):
        return float(digits)
    return parse_words(number.lower())


@functools.cache
def _day_pattern() -> re.Pattern[str]:
    days = lexicon.alternation(lexicon.words("french_weekdays"))
    return re.compile(rf"(?<![\w'’-])(?P<au>[Aa]u) (?P<day>{days})(?=\s*[,.;:]|\s*$)")


def _days(part: str) -> str:
    """« Au dimanche, on a relevé … », « … 34 degrés au lundi. »: the day is named bare."""
    days = lexicon.alternation(lexicon.words("french_weekdays"))
    ranges = lexicon.alternation(_slips("range"))
    governors = tuple(g.lower() for g in _slips("governor"))

    def sub(found: re.Match[str]) -> str:
        before = part[: found.start()]
        opened = re.search(rf"(?<![\w'’-])(?:{ranges})\s+(?:{days})(?![\w-])", before, re.I)
        words = re.findall(r"[\w'’-]+", before.lower())[-4:]
        if opened or any(w.startswith(governors) for w in words):
            return found.group(0)
        day = found.group("day")
        return day.capitalize() if found.group("au") == "Au" else day

    return _day_pattern().sub(sub, part)


_PARTICIPLE = re.compile(
    r"(?<![\w-])(?P<lead>(?:après |sans |pour |d['’])avoir )"
    r"(?P<stem>\w{2,}?(?:é|u|i))(?P<tail>es|e|(?<=é)s)(?![\w'’-])",
    re.IGNORECASE,
)


def _participles(part: str) -> str:
    """« après avoir disparue » → « après avoir disparu »: nothing before « avoir » to agree with."""

    def sub(found: re.Match[str]) -> str:
        word = found.group("stem") + found.group("tail")
        if word.lower() in _slips("not_participle"):
            return found.group(0)
        return found.group("lead") + found.group("stem")

    return _PARTICIPLE.sub(sub, part)


@functools.cache
def _homophone_patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    locutions = "|".join(re.escape(w).replace("'", "['’]") for w in _slips("locution"))
    pronominal = lexicon.alternation(_slips("pronominal"))
    adverbs = lexicon.alternation(_slips("presentative"))
    auxiliary = lexicon.alternation(_slips("auxiliary"))
    return (
        (re.compile(rf"(?<![\w'’-])à (?=(?:{auxiliary})(?![\w-]))"), "a"),
        (re.compile(rf"(?<![\w'’-])([Aa]) (?=(?:{locutions})(?:(?<=['’])|(?![\w-])))"), "à"),
        (re.compile(rf"(?<![\w'’-])([Cc])(['’])est (?=(?:{pronominal})(?:e|s|es)?(?![\w-]))"), "s"),
        (
            re.compile(rf"(?<![\w'’-])([Ss])e sont (?=(?:(?:{adverbs}) )?\d[\d\s]*(?! ?fois)\D)"),
            "c",
        ),
    )


def _homophones(part: str) -> str:
    """« a l'issue de » → « à l'issue de », « c'est déroulé » → « s'est déroulé », « se sont
    désormais 128 États » → « ce sont désormais 128 États », « l'incendie à commencé » → « a
    commencé »."""
    auxiliary, locution, pronominal, presentative = _homophone_patterns()
    part = auxiliary[0].sub("a ", part)  # « l'incendie à commencé »
    part = locution[0].sub(lambda m: "À " if m.group(1) == "A" else "à ", part)
    part = pronominal[0].sub(
        lambda m: ("S" if m.group(1) == "C" else "s") + m.group(2) + "est ", part
    )
    return presentative[0].sub(lambda m: ("C" if m.group(1) == "S" else "c") + "e sont ", part)
