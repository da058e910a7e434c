"""A bare part of a competition (« la quatrième étape », « la finale ») asked with the competition
the article's title names (« Tour de Valmontie 2016 : A remporte … » → « la quatrième étape du
Tour de Valmontie 2016 »): « Qui a remporté la quatrième étape ? » has no answer out of the
article. Lexicon question_competition_heads, question_event_parts."""

from __future__ import annotations

import functools
import re

from generators import lexicon

_ORDINAL = r"(?:\d+\s?(?:e|er|re|ème)|premier|première|dernier|dernière|\w+ième)"


@functools.cache
def _heads() -> dict[str, tuple[str, str]]:
    rows = (entry.split("|") for entry in lexicon.words("question_competition_heads"))
    return {head: (gender, number) for head, gender, number in rows}


def competition(title: str) -> str:
    """Return the competition a title opens on, with « de » contracted for its article (« du Tour
    de Valmontie 2016 », « de la Coupe de Brovanie »), or ''."""
    segments = re.split(r"\s*:\s*|,\s*", title)[:2]
    for segment in segments:
        found = _opening(segment.split())
        if found:
            return found
    for segment in segments:  # « Patinage : résultats du Trophée de Brovanie 2018 »
        words = segment.split()
        for k, word in enumerate(words[:-1]):
            low = word.lower()
            start = k + 2 if low == "de" and words[k + 1].lower() == "la" else k + 1
            if low in ("du", "des", "de") and start < len(words) and words[start][:1].isupper():
                found = _opening(words[start:])
                if found:
                    return found
    return ""


def _opening(words: list[str]) -> str:
    """Return « du Tour de Valmontie 2016 » when `words` open on a competition's head, else ''."""
    for size in (2, 1):
        head = " ".join(words[:size]).lower()
        if len(words) > size and head in _heads():
            gender, number = _heads()[head]
            of = "des" if number == "p" else "du" if gender == "m" else "de la"
            return f"{of} {' '.join(words)}"
    return ""


def unnamed_win(what: str, title: str) -> str:
    """Return a win's object with the competition the title names when the object names nothing
    (« la danse sur glace », « le titre masculin »: no capital, no year, before what it won against
    or by), as « … lors du Trophée de Brovanie 2018 »: « Qui a remporté la danse sur glace ? » fits
    every competition of the season. Else ''."""
    cut = re.search(r"\s(?:devant|face à|contre|avec|grâce à|au terme d|en (?=\d))", what)
    head, rest = (what[: cut.start()], what[cut.start() :]) if cut else (what, "")
    if re.search(r"\d|\b[A-ZÀ-Ý]", head[1:]) or len(head.split()) < 2:
        return ""  # « le titre de Brovanie », « la course » (a part: whole_of)
    whole = competition(title)
    return f"{head} lors {whole}{rest}" if whole else ""


@functools.cache
def _bare_part() -> re.Pattern[str]:
    """« la quatrième étape », « la finale »: a part an ordinal tells, or one of its kind (!alone)."""
    entries = [entry.split() for entry in lexicon.words("question_event_parts")]
    alone = "|".join(re.escape(e[0]) for e in entries if e[1:] == ["!alone"])
    counted = "|".join(re.escape(e[0]) for e in entries)
    return re.compile(rf"(?:la|le|l['’]|les)\s*(?:{_ORDINAL}\s+(?:{counted})|(?:{alone}))s?", re.I)


def whole_of(what: str, title: str) -> str:
    """Return `what` with the competition the title names when it opens on a bare part of one
    (« la finale » → « la finale de la Coupe de Brovanie 2018 », « la course en 2 h 10 » → « la
    course du Marathon de Brovanie en 2 h 10 »), else `what` as it is. A part its own complement
    names (« la course de côte », « la finale Dupont ») stays."""
    what = what.strip()
    part = _bare_part().match(what)
    rest = what[part.end() :] if part else ""
    if part is None or (rest and not _not_naming(rest)):
        return what
    whole = competition(title)
    return f"{part.group(0)} {whole}{rest}" if whole else what


def _not_naming(rest: str) -> bool:
    """Tell whether what follows a part leaves it unnamed: a complement of time, place or manner
    (« en 2 h 10 », « à Lyon »), not its « de … », a name or a word glued to it."""
    found = re.match(r"\s+([\w'’-]+)", rest)
    return (
        found is not None
        and found.group(1)[:1].islower()
        and found.group(1).lower() in ("en", "à", "au", "aux", "avec", "dès", "devant", "sur")
    ) or rest[:1] == ","
